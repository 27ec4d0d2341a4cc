//! Meaning carried by description prose: "fixed to `X`", "Some possible values are ...", the
//! ISO 3166 mention; and the Markdown kept for rustdoc.

use crate::ast::{Prose, Text};
use crate::source::Span;
use crate::vocab;

/// What a field's description says besides its words.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ProseFacts {
    /// Description paragraphs, notes and lists, as Markdown.
    pub docs: Vec<String>,
    /// "The value of this parameter is fixed to `X`", with the sentence's span.
    pub fixed: Option<(String, Span)>,
    /// "Some possible values are `A`, `B` and `C`", with each value's span.
    pub examples: Vec<(String, Span)>,
    /// Whether the text refers to ISO 3166 country codes.
    pub region: bool,
    /// Whether the text refers to ISO 4217 currency codes.
    pub currency: bool,
    /// Result codes named in a "returned when _result.resultCode_ is `X`" sentence.
    pub returned_with: Vec<(String, Span)>,
}

/// Reads a field's prose.
pub fn read(prose: &[Prose]) -> ProseFacts {
    let mut facts = ProseFacts { docs: docs(prose), ..ProseFacts::default() };
    for text in prose.iter().flat_map(texts) {
        if facts.fixed.is_none() {
            facts.fixed = fixed_value(text);
        }
        if facts.examples.is_empty() {
            facts.examples = possible_values(text);
        }
        facts.region |= mentions_alpha2(&text.plain);
        facts.currency |= vocab::ISO_4217.iter().any(|standard| text.plain.contains(standard));
        facts.returned_with.extend(returned_with(text));
    }
    facts
}

/// Whether a text cites ISO 3166 country codes, other than the subdivision codes of ISO 3166-2.
fn mentions_alpha2(text: &str) -> bool {
    text.match_indices(vocab::ISO_3166)
        .any(|(at, found)| !text[at + found.len()..].starts_with(vocab::ISO_3166_SUBDIVISION))
}

/// The codes of sentences that say when the field is returned, by result code: "returned when
/// _result.resultCode_ is `A` or `B`". Only the backticked values that follow `resultCode`
/// count (not `APP` in "... and _terminalType_ is `APP`").
fn returned_with(text: &Text) -> Vec<(String, Span)> {
    text.plain
        .split(". ")
        .filter(|sentence| sentence.contains(vocab::RETURNED))
        .filter_map(|sentence| sentence.split_once(vocab::RESULT_CODE_FIELD).map(|(_, after)| after))
        .flat_map(codes_after)
        .map(|code| (code.to_owned(), value_span(text, code)))
        .collect()
}

/// The backticked codes right after `resultCode`: `_ is `A``, then more joined by `,`, `or`,
/// `and`, `/`; the first other word ends the list.
fn codes_after(text: &str) -> Vec<&str> {
    let mut codes = Vec::new();
    let mut rest = text;
    while let Some((before, after)) = rest.split_once('`') {
        let joiner = |word: &str| matches!(word, "_" | "is" | "of" | "equals" | "=" | "," | "or" | "and" | "/" | ":");
        let only_joiners = before.split(|c: char| c.is_whitespace()).filter(|w| !w.is_empty()).all(|w| {
            let w = w.trim_matches(',');
            w.is_empty() || joiner(w) || joiner(&w.replace('_', ""))
        });
        let Some((code, next)) = after.split_once('`') else { break };
        let is_code =
            !code.is_empty() && code.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
        if !only_joiners || !is_code {
            break;
        }
        codes.push(code);
        rest = next;
    }
    codes
}

/// The Markdown of prose blocks, one string per paragraph, note or list.
pub fn docs(prose: &[Prose]) -> Vec<String> {
    prose
        .iter()
        .map(|p| match p {
            Prose::Paragraph(t) | Prose::Note(t) => tidy(&t.markdown),
            // In code, spaces are content.
            Prose::Code(t) => t.markdown.clone(),
            Prose::List(items) => {
                items.iter().map(|i| format!("- {}", tidy(&i.markdown))).collect::<Vec<_>>().join("\n")
            }
        })
        .collect()
}

/// Markdown without the white space that ends its lines, which rustdoc does not show (a page
/// saved with a trailing space means what it meant without); a hard break (two spaces or more)
/// stays one.
pub fn tidy(markdown: &str) -> String {
    let line = |line: &str| {
        let kept = line.trim_end();
        if line.ends_with("  ") && !kept.is_empty() { format!("{kept}  ") } else { kept.to_owned() }
    };
    markdown.lines().map(line).collect::<Vec<_>>().join("\n")
}

fn texts(prose: &Prose) -> Vec<&Text> {
    match prose {
        Prose::Paragraph(t) | Prose::Note(t) => vec![t],
        Prose::List(items) => items.iter().collect(),
        // An example is not a statement about the field.
        Prose::Code(_) => Vec::new(),
    }
}

/// `... fixed to `CARD`.`, `fixed as CASHIER_PAYMENT.` (backticks optional).
fn fixed_value(text: &Text) -> Option<(String, Span)> {
    let (at, words) = vocab::FIXED_TO.iter().find_map(|words| text.plain.find(words).map(|at| (at, *words)))?;
    let rest = text.plain[at + words.len()..].trim_start();
    let value = match rest.strip_prefix('`') {
        Some(quoted) => quoted.split('`').next()?,
        None => rest.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).next()?,
    };
    (!value.is_empty()).then(|| (value.to_owned(), value_span(text, value)))
}

/// `Some possible values are `US`, `SG`, and `MY`.` (backticks optional).
fn possible_values(text: &Text) -> Vec<(String, Span)> {
    let Some(at) = text.plain.find(vocab::POSSIBLE_VALUES) else {
        return Vec::new();
    };
    let rest = &text.plain[at + vocab::POSSIBLE_VALUES.len()..];
    let sentence = rest.split(". ").next().unwrap_or(rest).trim_end_matches('.');
    sentence
        .split([',', ' '])
        .map(|w| w.trim().trim_matches('`'))
        .filter(|w| !w.is_empty() && *w != "and" && *w != "or" && *w != ":")
        .map(|w| (w.to_owned(), value_span(text, w)))
        .collect()
}

/// The span of a value inside a text, when it can be found in the Markdown.
fn value_span(text: &Text, value: &str) -> Span {
    match text.markdown.find(&format!("`{value}`")) {
        Some(i) => text.span.sub(i + 1, value.len()),
        None => text.markdown.find(value).map_or(text.span, |i| text.span.sub(i, value.len())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(s: &str) -> Prose {
        Prose::Paragraph(Text {
            plain: s.to_owned(),
            markdown: s.to_owned(),
            span: Span { file: 0, start: 0, end: s.len() },
        })
    }

    #[test]
    fn finds_fixed_value_examples_and_region() {
        let facts = read(&[
            para("The kind. The value of this parameter is fixed to `CARD`."),
            para("A code from the ISO 3166 standard. Some possible values are `US`, `SG`, and `MY`. Other text."),
        ]);
        assert_eq!(facts.fixed.map(|f| f.0).as_deref(), Some("CARD"));
        let values: Vec<_> = facts.examples.iter().map(|e| e.0.as_str()).collect();
        assert_eq!(values, ["US", "SG", "MY"]);
        assert!(facts.region);
    }

    #[test]
    fn only_the_codes_after_result_code_are_read() {
        assert_eq!(codes_after("_ is `PAYMENT_IN_PROCESS`"), ["PAYMENT_IN_PROCESS"]);
        assert_eq!(codes_after("_ is `A` or `B`, and _terminalType_ is `APP`"), ["A", "B"]);
        assert_eq!(codes_after(" is not `X`"), Vec::<&str>::new());
        let facts = read(&[para(
            "This field is returned when _result.resultCode_ is `PAYMENT_IN_PROCESS` and _env.terminalType_ is `APP` or `WAP`.",
        )]);
        assert_eq!(facts.returned_with.iter().map(|c| c.0.as_str()).collect::<Vec<_>>(), ["PAYMENT_IN_PROCESS"]);
    }

    #[test]
    fn reads_plain_text_forms() {
        let facts = read(&[para("It is fixed to CARD. Some possible values are US, SG, HK and MY.")]);
        assert_eq!(facts.fixed.map(|f| f.0).as_deref(), Some("CARD"));
        assert_eq!(facts.examples.len(), 4);
        assert!(!facts.region);
    }
}
