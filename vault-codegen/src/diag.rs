//! Diagnostics: one sink collects every problem of every page, and rendering turns each into a
//! message that names `file:line:column` and quotes the offending line.

use crate::source::{Sources, Span};
use std::fmt::Write as _;

/// One problem in a page. Only a [`Diagnostics`] sink makes one, so that holding one proves
/// that it was reported.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Diagnostic {
    /// What is wrong, in one sentence.
    pub message: String,
    /// Where.
    pub span: Span,
    /// A short label under the quoted text.
    pub label: Option<String>,
    /// What to change.
    pub help: Option<String>,
    /// Other places that take part (e.g. the first definition of a duplicate).
    pub related: Vec<(Span, String)>,
    /// The generator setting the problem is about, when it is not in a page (so that the macro
    /// points at that token of its arguments).
    pub origin: Option<Origin>,
}

/// A generator setting (an argument of `generate!`) that a problem is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The `index`th name of `sensitive`.
    Sensitive(usize),
    /// The API name of the `index`th rule of `next_steps`.
    NextStepApi(usize),
    /// The code or status of the `index`th rule of `next_steps`.
    NextStepWhen(usize),
    /// The page of the `index`th entry of `rename`.
    Rename(usize),
    /// The directory of the `index`th entry of `features`.
    Feature(usize),
}

/// Proof that a problem was reported (rustc's `ErrorGuaranteed`). A stage that gives up on a
/// page, a field or a type returns it instead of its result, so that "nothing here" always
/// comes with a reported reason, and a problem nobody reported cannot pass for one that was.
/// Only [`Diagnostic::reported`] makes one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Reported(());

impl Diagnostic {
    /// The proof that this problem was reported.
    pub(crate) fn reported(&self) -> Reported {
        Reported(())
    }

    /// Adds a label under the quoted text.
    pub fn label(&mut self, label: impl Into<String>) -> &mut Self {
        self.label = Some(label.into());
        self
    }

    /// Adds a hint on what to change.
    pub fn help(&mut self, help: impl Into<String>) -> &mut Self {
        self.help = Some(help.into());
        self
    }

    /// Says which generator setting the problem is about.
    pub fn origin(&mut self, origin: Origin) -> &mut Self {
        self.origin = Some(origin);
        self
    }

    /// Points at another place that takes part in the problem.
    pub fn related(&mut self, span: Span, note: impl Into<String>) -> &mut Self {
        self.related.push((span, note.into()));
        self
    }
}

/// The sink every phase reports into. A phase reports, skips the broken item and goes on, so
/// that one run shows every problem.
#[derive(Debug, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// An empty sink.
    pub fn new() -> Self {
        Self::default()
    }

    /// Reports an error at `span`; the returned value can be decorated with a label and help.
    pub fn error(&mut self, span: Span, message: impl Into<String>) -> &mut Diagnostic {
        self.items.push(Diagnostic {
            message: message.into(),
            span,
            label: None,
            help: None,
            related: Vec::new(),
            origin: None,
        });
        let last = self.items.len() - 1;
        &mut self.items[last]
    }

    /// Whether nothing was reported.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// How many problems were reported.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// `value` when nothing was reported, else every problem reported, in page order.
    pub fn finish<T>(self, value: T) -> Result<T, Vec<Diagnostic>> {
        if self.is_empty() { Ok(value) } else { Err(self.into_vec()) }
    }

    /// The reported problems, in page order.
    pub fn into_vec(mut self) -> Vec<Diagnostic> {
        self.items.sort_by_key(|d| (d.span.file, d.span.start));
        self.items
    }
}

/// Renders one diagnostic in the style of rustc:
///
/// ```text
/// unknown type `Strng`
///   --> api-docs/create_vaulting_session.md:22:26
///    |
/// 22 | #### vaultingRequestId (Strng, REQUIRED)
///    |                         ^^^^^ not a known type
///    = help: ...
/// ```
pub fn render(sources: &Sources, diagnostic: &Diagnostic) -> String {
    let mut out = diagnostic.message.clone();
    let gutter = quote_span(&mut out, sources, diagnostic.span, diagnostic.label.as_deref());
    for (span, note) in &diagnostic.related {
        let _ = write!(out, "\n{gutter} = note: {note}");
        quote_span(&mut out, sources, *span, None);
    }
    if let Some(help) = &diagnostic.help {
        let _ = write!(out, "\n{gutter} = help: {help}");
    }
    out
}

/// Appends the location and the quoted line; returns the gutter (spaces as wide as the line
/// number) so that notes and help line up under it.
fn quote_span(out: &mut String, sources: &Sources, span: Span, label: Option<&str>) -> String {
    let Some(file) = sources.get(span.file) else {
        return String::new();
    };
    let (line, column) = file.line_col(span.start);
    let text = file.line_text(line);
    let gutter = " ".repeat(line.to_string().len());
    let width =
        file.text.get(span.start..span.end).map_or(1, |s| s.lines().next().unwrap_or("").chars().count().max(1));
    let carets = "^".repeat(width.min(text.chars().count().saturating_sub(column - 1)).max(1));
    let _ = write!(out, "\n{gutter}--> {}:{line}:{column}\n{gutter} |\n{line} | {text}", file.display);
    let _ = write!(out, "\n{gutter} | {}{carets}", " ".repeat(column - 1));
    if let Some(label) = label {
        let _ = write!(out, " {label}");
    }
    gutter
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;

    #[test]
    fn renders_location_quote_and_carets() {
        let mut sources = Sources::new();
        let text = "# api\n\n#### id (Strng, REQUIRED)\n";
        let file = sources.add(SourceFile::new("docs/a.md", "docs/a.md", text));
        let start = text.find("Strng").unwrap_or(0);
        let mut sink = Diagnostics::new();
        sink.error(Span { file, start, end: start + 5 }, "unknown type `Strng`")
            .label("not a known type")
            .help("write `String`");
        let rendered = render(&sources, &sink.into_vec()[0]);
        let expected = "unknown type `Strng`
 --> docs/a.md:3:10
  |
3 | #### id (Strng, REQUIRED)
  |          ^^^^^ not a known type
  = help: write `String`";
        assert_eq!(rendered, expected);
    }
}
