//! The "More information" bullets of a field: maximum length and size, value range, the
//! idempotency marker and the date format note.

use crate::ast::Text;
use crate::diag::Diagnostics;
use crate::vocab;

/// What the bullets of one field say.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Constraints {
    /// "Maximum length: N characters".
    pub max_len: Option<usize>,
    /// "Maximum size: N elements".
    pub max_items: Option<usize>,
    /// "Value range: A - B".
    pub range: Option<(i64, i64)>,
    /// The idempotency bullet, when present.
    pub idempotency: Option<String>,
    /// The ISO 8601 bullet, when present.
    pub datetime: Option<String>,
    /// Where the maximum-length bullet is (for messages about it).
    pub max_len_at: Option<crate::source::Span>,
}

/// Reads the bullets; an unrecognised or malformed bullet is reported.
pub fn read(bullets: &[Text], sink: &mut Diagnostics) -> Constraints {
    let mut out = Constraints::default();
    for bullet in bullets {
        let line = bullet.plain.trim();
        if let Some(rest) = line.strip_prefix(vocab::MAX_LENGTH) {
            out.max_len = count(rest, vocab::CHARACTERS, bullet, sink);
            out.max_len_at = Some(bullet.span);
        } else if let Some(rest) = line.strip_prefix(vocab::MAX_SIZE) {
            out.max_items = count(rest, vocab::ELEMENTS, bullet, sink);
        } else if let Some(rest) = line.strip_prefix(vocab::VALUE_RANGE) {
            out.range = range(rest, bullet, sink);
        } else if line.starts_with(vocab::IDEMPOTENCY) {
            out.idempotency = Some(bullet.markdown.clone());
        } else if line.starts_with(vocab::ISO_8601) {
            out.datetime = Some(bullet.markdown.clone());
        } else {
            sink.error(bullet.span, "this `More information` line is not understood").help(format!(
                "the lines understood are `{} N {}`, `{} N {}`, `{} A - B`, `{}. ...` and `{}. ...`",
                vocab::MAX_LENGTH,
                vocab::CHARACTERS,
                vocab::MAX_SIZE,
                vocab::ELEMENTS,
                vocab::VALUE_RANGE,
                vocab::IDEMPOTENCY,
                vocab::ISO_8601
            ));
        }
    }
    out
}

/// ` 64 characters` → 64.
fn count(rest: &str, unit: &str, bullet: &Text, sink: &mut Diagnostics) -> Option<usize> {
    let mut words = rest.split_whitespace();
    let number = words.next().and_then(|n| n.parse::<usize>().ok());
    let unit_ok = words.next().map(|w| w.trim_end_matches('.')) == Some(unit) && words.next().is_none();
    match number {
        Some(n) if unit_ok && n > 0 => Some(n),
        _ => {
            let head = bullet.plain.split(':').next().unwrap_or("");
            sink.error(bullet.span, format!("malformed `{head}`: `{}`", bullet.plain.trim()))
                .label(format!("expected a positive whole number followed by `{unit}`"))
                .help(format!("write it as `{head}: 64 {unit}`"));
            None
        }
    }
}

/// ` -720 - 720` → (-720, 720).
fn range(rest: &str, bullet: &Text, sink: &mut Diagnostics) -> Option<(i64, i64)> {
    let rest = rest.trim().trim_end_matches('.');
    let parsed = rest.char_indices().skip(1).find(|&(_, c)| c == '-' || c == '~').and_then(|(i, _)| {
        let low = rest[..i].trim().parse::<i64>().ok()?;
        let high = rest[i + 1..].trim().parse::<i64>().ok()?;
        (low <= high).then_some((low, high))
    });
    if parsed.is_none() {
        sink.error(bullet.span, format!("malformed `{}`", bullet.plain.trim()))
            .help(format!("write it as `{} -720 - 720` with the lower bound first", vocab::VALUE_RANGE));
    }
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Span;

    fn bullets(lines: &[&str]) -> Vec<Text> {
        lines
            .iter()
            .map(|l| Text { plain: (*l).to_owned(), markdown: (*l).to_owned(), span: Span::default() })
            .collect()
    }

    #[test]
    fn reads_each_bullet() {
        let mut sink = Diagnostics::new();
        let c = read(
            &bullets(&[
                "Maximum length: 64 characters",
                "Maximum size: 10 elements",
                "Value range: -720 - 720",
                "This field is an API idempotency field. Same id, same result.",
                "The value follows the ISO 8601 standard format. For example, \"2019-11-27T12:01:01+08:00\".",
            ]),
            &mut sink,
        );
        assert!(sink.is_empty());
        assert_eq!((c.max_len, c.max_items, c.range), (Some(64), Some(10), Some((-720, 720))));
        assert!(c.idempotency.is_some() && c.datetime.is_some());
    }

    #[test]
    fn reports_malformed_and_unknown_bullets() {
        for line in [
            "Maximum length: sixty-four characters",
            "Maximum length: 64 bytes",
            "Maximum length: 64",
            "Maximum length: 0 characters",
            "Value range: 10 - 1",
            "Minimum length: 2 characters",
        ] {
            let mut sink = Diagnostics::new();
            let _ = read(&bullets(&[line]), &mut sink);
            assert_eq!(sink.len(), 1, "{line}");
        }
    }
}
