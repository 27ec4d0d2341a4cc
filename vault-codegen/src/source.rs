//! Page sources: the text of each page and the mapping from byte offsets to lines and columns.

use std::fmt;
use std::path::{Path, PathBuf};

/// Index of a page in [`Sources`].
pub type FileId = usize;

/// A byte range in one page.
///
/// Spans compare equal to each other and print as `Span`, so that ast and model values can be
/// compared and snapshot without churning when text moves inside a page.
#[derive(Clone, Copy, Default)]
pub struct Span {
    /// The page.
    pub file: FileId,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// The file id of a span that points at no page (a problem in the generator's settings).
pub const NO_FILE: FileId = usize::MAX;

impl Span {
    /// A span that points at no page.
    pub fn none() -> Span {
        Span { file: NO_FILE, start: 0, end: 0 }
    }

    /// A span of `len` bytes starting `offset` bytes after the start of `self`.
    pub fn sub(self, offset: usize, len: usize) -> Span {
        let start = (self.start + offset).min(self.end);
        Span { file: self.file, start, end: (start + len).min(self.end).max(start) }
    }
}

impl PartialEq for Span {
    fn eq(&self, _: &Span) -> bool {
        true
    }
}

impl Eq for Span {}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Span")
    }
}

/// One page: where it came from, what it says, where its lines start.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path shown in diagnostics (relative to the workspace when possible).
    pub display: String,
    /// The path the page was read from, used for rebuild tracking.
    pub path: PathBuf,
    /// The page text.
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    /// A page read from `path`, shown as `display` in diagnostics. Line endings become `\n`; a
    /// leading byte-order mark (which editors on Windows write) is dropped: it is not text, and
    /// before `# apiName` it would hide the title from the Markdown reader.
    pub fn new(display: impl Into<String>, path: impl Into<PathBuf>, text: impl Into<String>) -> Self {
        let mut text = text.into();
        if text.starts_with(BYTE_ORDER_MARK) {
            text.drain(..BYTE_ORDER_MARK.len_utf8());
        }
        let text = one_line_ending(text);
        let line_starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        SourceFile { display: display.into(), path: path.into(), text, line_starts }
    }

    /// The 1-based line and 1-based column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&start| start <= offset).max(1);
        let start = self.line_starts[line - 1];
        let column = self.text.get(start..offset).map_or(1, |s| s.chars().count() + 1);
        (line, column)
    }

    /// The text of a 1-based line, without its line ending.
    pub fn line_text(&self, line: usize) -> &str {
        let start = self.line_starts.get(line.wrapping_sub(1)).copied().unwrap_or(self.text.len());
        let end = self.line_starts.get(line).copied().unwrap_or(self.text.len());
        self.text.get(start..end).unwrap_or("").trim_end_matches(['\n', '\r'])
    }

    /// The text under a span (empty when the span does not fit this page).
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or("")
    }
}

const BYTE_ORDER_MARK: char = '\u{feff}';

/// `\r\n` and a lone `\r` (which pulldown-cmark also reads as a line ending) become `\n`, so that
/// the lines of diagnostics are the lines the Markdown reader saw, and a page saved with other
/// line endings keeps its meaning (the Markdown kept for rustdoc holds no `\r`). Columns do not
/// move: a line ending is never inside a line.
fn one_line_ending(text: String) -> String {
    if text.contains('\r') { text.replace("\r\n", "\n").replace('\r', "\n") } else { text }
}

/// All pages of one generation run, in a fixed order.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    files: Vec<SourceFile>,
}

impl Sources {
    /// An empty set of pages.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a page and returns its id.
    pub fn add(&mut self, file: SourceFile) -> FileId {
        self.files.push(file);
        self.files.len() - 1
    }

    /// The page with the given id.
    pub fn get(&self, id: FileId) -> Option<&SourceFile> {
        self.files.get(id)
    }

    /// Every page with its id.
    pub fn iter(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files.iter().enumerate()
    }

    /// The text under a span.
    pub fn slice(&self, span: Span) -> &str {
        self.get(span.file).map_or("", |file| file.slice(span))
    }

    /// How many pages there are.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Whether there are no pages.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

/// Joins `relative` onto `base` and removes `.` and `..` components without touching the disk,
/// so that a path shown in a diagnostic reads `api-docs/x.md` rather than `a/../api-docs/x.md`.
pub fn normalize(base: &Path, relative: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in base.join(relative).components() {
        match component {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let file = SourceFile::new("p.md", "p.md", "ab\nçé x\n");
        assert_eq!(file.line_col(0), (1, 1));
        assert_eq!(file.line_col(3), (2, 1));
        assert_eq!(file.line_col("ab\nçé ".len()), (2, 4));
        assert_eq!(file.line_text(2), "çé x");
        assert_eq!(file.line_text(9), "");
    }

    #[test]
    fn normalize_removes_dot_dot() {
        let p = normalize(Path::new("vault-generated/src"), Path::new("../../api-docs"));
        assert_eq!(p, PathBuf::from("api-docs"));
    }
}
