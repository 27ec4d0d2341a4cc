//! rustdoc text from page text: escaping what rustdoc would misread, and the constraint lines
//! every generated field carries.

use crate::model::{Field, Ty};
use proc_macro2::TokenStream;
use quote::quote;

/// One `#[doc = "..."]` attribute per line, so that the expansion prints as `///` comments.
pub fn attrs(text: &str) -> TokenStream {
    let lines = text.trim().lines().map(|line| if line.is_empty() { String::new() } else { format!(" {line}") });
    quote! { #( #[doc = #lines] )* }
}

/// Joins paragraphs with blank lines.
pub fn paragraphs<I: IntoIterator<Item = S>, S: AsRef<str>>(parts: I) -> String {
    parts.into_iter().map(|p| p.as_ref().trim().to_owned()).filter(|p| !p.is_empty()).collect::<Vec<_>>().join("\n\n")
}

/// Makes page Markdown safe for rustdoc: `<` and `>` outside code spans become entities (so
/// `Array<Thing>` is not read as an HTML tag), a `>` that starts a quote line is kept, and a
/// `[` that does not start a `[text](url)` link is escaped (so it is not read as an intra-doc
/// link).
pub fn escape(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut in_fence = false;
    for line in markdown.lines() {
        if !out.is_empty() {
            out.push('\n');
        }
        if let Some(info) = line.trim_start().strip_prefix("```") {
            out.push_str(&fence(line, info, in_fence));
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            out.push_str(line);
            continue;
        }
        let quote_prefix = line.len() - line.trim_start_matches(['>', ' ']).len();
        out.push_str(&line[..quote_prefix]);
        escape_inline(&line[quote_prefix..], &mut out);
    }
    out
}

/// A fence line: an opening fence that rustdoc would compile as a doctest (no language, or
/// `rust`) is marked `text`; example messages are not Rust.
fn fence(line: &str, info: &str, closing: bool) -> String {
    let info = info.trim();
    if closing || (!info.is_empty() && !info.starts_with("rust")) {
        line.to_owned()
    } else {
        let indent = &line[..line.len() - line.trim_start().len()];
        format!("{indent}```text")
    }
}

fn escape_inline(line: &str, out: &mut String) {
    let mut in_code = false;
    for (i, c) in line.char_indices() {
        match c {
            '`' => {
                in_code = !in_code;
                out.push(c);
            }
            '<' if !in_code => out.push_str("&lt;"),
            '>' if !in_code => out.push_str("&gt;"),
            '[' if !in_code && !starts_link(&line[i..]) => out.push_str("\\["),
            ']' if !in_code && !line[i..].starts_with("](") => out.push_str("\\]"),
            _ => out.push(c),
        }
    }
}

fn starts_link(rest: &str) -> bool {
    rest.find(']').is_some_and(|close| rest[close..].starts_with("]("))
}

/// The docs of a field: its description, then a line with its flag and constraints, then the
/// notes worth repeating.
pub fn field(field: &Field, request: bool) -> String {
    let mut facts = vec![if field.required { "**Required.**".to_owned() } else { "Optional.".to_owned() }];
    match constraint(&field.ty) {
        Some(rule) if request || matches!(field.ty, Ty::Fixed(_)) => facts.push(rule),
        // What Antom sends is taken as sent, but its documented limits still size a database
        // column or a form: the docs state them, and that they are not checked.
        Some(rule) => {
            // A received URL may be an app's scheme URL (`schemeUrl`): only its length is a fact.
            let rule = match &field.ty {
                Ty::Url { max: Some(max) } => format!("A URL of at most {max} characters."),
                _ => rule,
            };
            facts.push(format!("{} (as documented; not checked on receipt).", rule.trim_end_matches('.')));
        }
        None => {}
    }
    // The examples are in the description already ("Some possible values are ..."); a field
    // whose examples are not (a table-layout page) lists them.
    let described = field.docs.iter().any(|d| d.contains(crate::vocab::POSSIBLE_VALUES));
    if !field.examples.is_empty() && !described {
        let examples = field.examples.iter().map(|e| format!("`{e}`")).collect::<Vec<_>>().join(", ");
        facts.push(format!("For example {examples}."));
    }
    if field.sensitive {
        facts.push("Sensitive: redacted in `Debug`.".to_owned());
    }
    facts.push(format!("Wire name: `{}`.", field.name));
    let docs = field.docs.iter().map(|d| escape(d));
    let notes = field.notes.iter().map(|n| escape(n));
    paragraphs(docs.chain(std::iter::once(facts.join(" "))).chain(notes))
}

/// A sentence that states the constraint of a request field's type.
fn constraint(ty: &Ty) -> Option<String> {
    Some(match ty {
        Ty::Text { max: Some(max) } => format!("At most {max} characters."),
        Ty::Url { max: Some(max) } => {
            format!("An absolute http(s) URL of at most {max} characters.")
        }
        Ty::Url { max: None } => "An absolute http(s) URL.".to_owned(),
        Ty::Region => "An ISO 3166-1 alpha-2 country or region code.".to_owned(),
        Ty::Currency => "An ISO 4217 currency code.".to_owned(),
        Ty::Decimal { range: Some(range) } => format!("A decimal number, sent as a string. {}", range_sentence(range)),
        Ty::Decimal { range: None } => "A decimal number, sent as a string.".to_owned(),
        Ty::Fixed(value) => format!("Always `{value}`."),
        Ty::Integer { range: Some(range) } | Ty::NumericText { range, .. } => range_sentence(range),
        Ty::Datetime { max: Some(max) } => format!("At most {max} characters as sent."),
        Ty::Array { item, max_items } => {
            let size = max_items.map(|m| format!("At most {m} elements. ")).unwrap_or_default();
            format!("{size}{}", constraint(item).unwrap_or_default()).trim().to_owned()
        }
        _ => return None,
    })
    .filter(|s| !s.is_empty())
}

/// "From 1 to 100." or "At least 1." for an open range; a numeric string says so.
fn range_sentence(range: &crate::model::Range) -> String {
    match range.max {
        Some(max) => format!("From {} to {max}.", range.min),
        None => format!("At least {}.", range.min),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_blocks_are_kept_and_never_compiled() {
        assert_eq!(escape("```json\n{\"a\": [1]}\n```"), "```json\n{\"a\": [1]}\n```");
        assert_eq!(escape("```\nx < y\n```"), "```text\nx < y\n```");
    }

    #[test]
    fn escapes_what_rustdoc_misreads() {
        assert_eq!(escape("an Array<Thing> of `Vec<T>`"), "an Array&lt;Thing&gt; of `Vec<T>`");
        assert_eq!(
            escape("> **Note**: see [docs](https://x) or [this]"),
            "> **Note**: see [docs](https://x) or \\[this\\]"
        );
    }
}
