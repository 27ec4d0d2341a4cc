//! The "More information" bullets of a field: maximum length and size, value range, the
//! idempotency marker and the date format note.

use crate::ast::Text;
use crate::diag::{Diagnostics, Reported};
use crate::model::Range;
use crate::vocab;

/// What the bullets of one field say.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Constraints {
    /// "Maximum length: N characters".
    pub max_len: Option<usize>,
    /// "Maximum size: N elements".
    pub max_items: Option<usize>,
    /// "Value range: A - B", "A - unlimited", "[A, +∞)".
    pub range: Option<Range>,
    /// Where the value-range bullet is.
    pub range_at: Option<crate::source::Span>,
    /// A value range that is one number (`Value range: 64`). The vendor writes it once, on a
    /// `String` code field whose length is 64 everywhere else: on a `String` it is read as the
    /// maximum length, unless the field states one (the explicit bullet wins).
    pub single_number: Option<usize>,
    /// The idempotency bullet, when present.
    pub idempotency: Option<String>,
    /// The ISO 8601 bullet, when present.
    pub datetime: Option<String>,
    /// Where the maximum-length bullet is (for messages about it).
    pub max_len_at: Option<crate::source::Span>,
}

impl Constraints {
    /// The maximum length of a `String` field: the explicit bullet, else a one-number range.
    pub fn string_max(&self) -> Option<usize> {
        self.max_len.or(self.single_number)
    }
}

/// Reads the bullets; an unrecognised or malformed bullet is reported.
pub fn read(bullets: &[Text], sink: &mut Diagnostics) -> Constraints {
    let mut out = Constraints::default();
    for bullet in bullets {
        let line = bullet.plain.trim();
        if let Some(rest) = line.strip_prefix(vocab::MAX_LENGTH) {
            out.max_len = count(rest, vocab::CHARACTERS, bullet, sink).ok();
            out.max_len_at = Some(bullet.span);
        } else if let Some(rest) = line.strip_prefix(vocab::MAX_SIZE) {
            // `Maximum size: Unlimited` is the vendor's way of saying that a list has no limit.
            if !is_unbounded(rest) {
                out.max_items = count(rest, vocab::ELEMENTS, bullet, sink).ok();
            }
        } else if let Some(rest) = line.strip_prefix(vocab::VALUE_RANGE) {
            out.range_at = Some(bullet.span);
            match rest.trim().trim_end_matches('.').parse::<usize>() {
                Ok(n) if n > 0 => out.single_number = Some(n),
                _ => out.range = range(rest, bullet, sink).ok(),
            }
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

/// Whether a limit is one of the words for no limit (`Unlimited`).
fn is_unbounded(rest: &str) -> bool {
    let word = rest.trim().trim_end_matches('.');
    vocab::UNBOUNDED.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// ` 64 characters` → 64.
fn count(rest: &str, unit: &str, bullet: &Text, sink: &mut Diagnostics) -> Result<usize, Reported> {
    let mut words = rest.split_whitespace();
    let number = words.next().and_then(|n| n.parse::<usize>().ok());
    // `1 character` is the singular the vendor writes for a length of one.
    let singular = unit.strip_suffix('s').unwrap_or(unit);
    let unit_ok = words.next().map(|w| w.trim_end_matches('.')).is_some_and(|w| w == unit || w == singular)
        && words.next().is_none();
    // Digits that do not fit are a number too large, not a malformed one: say which.
    let too_large =
        rest.split_whitespace().next().is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit())) && number.is_none();
    match number {
        Some(n) if unit_ok && n > 0 => Ok(n),
        _ => {
            let head = bullet.plain.split(':').next().unwrap_or("");
            let expected = match too_large {
                true => format!("a number of at most {} (the largest this machine's lengths hold)", usize::MAX),
                false => format!("a positive whole number followed by `{unit}`"),
            };
            Err(sink
                .error(bullet.span, format!("malformed `{head}`: `{}`", bullet.plain.trim()))
                .label(format!("expected {expected}"))
                .help(format!("write it as `{head}: 64 {unit}`"))
                .reported())
        }
    }
}

/// Reads a value range and reports one it cannot read.
fn range(rest: &str, bullet: &Text, sink: &mut Diagnostics) -> Result<Range, Reported> {
    parse_range(rest).map_err(|why| {
        sink.error(bullet.span, format!("malformed `{}`: {why}", bullet.plain.trim()))
            .help(format!(
                "write it as `{0} -720 - 720`, `{0} 1 - unlimited` or `{0} [0, +∞)`, with the lower bound first",
                vocab::VALUE_RANGE
            ))
            .reported()
    })
}

/// The forms the vendor writes: `-720 - 720`, `1 ~ 100`, `1 - unlimited`, and intervals
/// `[0, +∞)`, `[1, 100]`, `(0, 100)` (an open end excludes its bound; values are whole
/// numbers, so `(0, ...` starts at 1).
pub fn parse_range(text: &str) -> Result<Range, String> {
    let text = text.trim().trim_end_matches('.').trim();
    let (min, max) = match text.strip_prefix(['[', '(']) {
        Some(inner) => interval(text, inner)?,
        None => dashed(text)?,
    };
    match max {
        Some(max) if max < min => Err(format!("the upper bound {max} is below the lower bound {min}")),
        _ => Ok(Range { min, max }),
    }
}

fn interval(whole: &str, inner: &str) -> Result<(i64, Option<i64>), String> {
    let open_low = whole.starts_with('(');
    let Some(body) = inner.strip_suffix([']', ')']) else {
        return Err("the interval is not closed with `]` or `)`".to_owned());
    };
    let open_high = inner.ends_with(')');
    let (low, high) = body.split_once(',').ok_or("an interval needs two bounds separated by a comma")?;
    let overflow = || "a bound is out of range".to_owned();
    let low = number(low)?.checked_add(i64::from(open_low)).ok_or_else(overflow)?;
    let high = match bound(high)? {
        Some(high) => Some(high.checked_sub(i64::from(open_high)).ok_or_else(overflow)?),
        None => None,
    };
    Ok((low, high))
}

/// `A - B` or `A ~ B`; the separator is the first `-` or `~` after the first character, so that
/// a negative lower bound reads (`-720 - 720`).
fn dashed(text: &str) -> Result<(i64, Option<i64>), String> {
    let Some((at, _)) = text.char_indices().skip(1).find(|&(_, c)| c == '-' || c == '~') else {
        return Err("expected two bounds separated by `-`".to_owned());
    };
    Ok((number(&text[..at])?, bound(&text[at + 1..])?))
}

/// An upper bound: a number, or a word for none.
fn bound(text: &str) -> Result<Option<i64>, String> {
    let text = text.trim();
    if vocab::UNBOUNDED.iter().any(|word| text.eq_ignore_ascii_case(word)) {
        return Ok(None);
    }
    number(text).map(Some)
}

fn number(text: &str) -> Result<i64, String> {
    let text = text.trim();
    text.parse::<i64>().map_err(|_| format!("`{text}` is not a whole number"))
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
        assert_eq!((c.max_len, c.max_items, c.range), (Some(64), Some(10), Some(Range { min: -720, max: Some(720) })));
        assert!(c.idempotency.is_some() && c.datetime.is_some());
    }

    #[test]
    fn an_unlimited_size_is_no_limit() {
        for line in ["Maximum size: Unlimited", "Maximum size: unlimited."] {
            let mut sink = Diagnostics::new();
            let c = read(&bullets(&[line]), &mut sink);
            assert!(sink.is_empty(), "{line}");
            assert_eq!(c.max_items, None, "{line}");
        }
        let mut sink = Diagnostics::new();
        let _ = read(&bullets(&["Maximum size: many"]), &mut sink);
        assert_eq!(sink.len(), 1);
    }

    #[test]
    fn a_length_too_large_to_hold_is_said_to_be_too_large() {
        let mut sink = Diagnostics::new();
        let _ = read(&bullets(&["Maximum length: 99999999999999999999999 characters"]), &mut sink);
        let found = sink.into_vec();
        let label = found.first().and_then(|d| d.label.clone()).unwrap_or_default();
        assert!(label.starts_with("expected a number of at most "), "{label}");
        let mut sink = Diagnostics::new();
        let _ = read(&bullets(&["Maximum length: many characters"]), &mut sink);
        let label = sink.into_vec().first().and_then(|d| d.label.clone()).unwrap_or_default();
        assert_eq!(label, "expected a positive whole number followed by `characters`");
    }

    #[test]
    fn reads_every_range_form() {
        let r = |min, max| Ok(Range { min, max });
        assert_eq!(parse_range("-720 - 720"), r(-720, Some(720)));
        assert_eq!(parse_range("1 - unlimited"), r(1, None));
        assert_eq!(parse_range("0 - Unlimited."), r(0, None));
        assert_eq!(parse_range("[0, +∞)"), r(0, None));
        assert_eq!(parse_range("[1, +∞)"), r(1, None));
        assert_eq!(parse_range("[1, 100]"), r(1, Some(100)));
        assert_eq!(parse_range("(0, 100)"), r(1, Some(99)));
        assert_eq!(parse_range("1~100"), r(1, Some(100)));
        assert!(parse_range("10 - 1").is_err());
        assert!(parse_range("[1, 2").is_err());
        assert!(parse_range("a - b").is_err());
        assert!(parse_range("(9223372036854775807, +∞)").is_err());
        assert!(parse_range("[0, -9223372036854775808)").is_err());
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
