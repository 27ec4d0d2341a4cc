//! Field headings: `#### name (Type, REQUIRED)`, `#### name (Type)`, and the older form without
//! parentheses, `#### name Type  REQUIRED`.

use crate::ast::{FieldHeading, Text};
use crate::names::is_field_name;
use crate::source::Span;
use crate::vocab;

/// Why a heading could not be read: where, what, and what to write instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeadingError {
    pub span: Span,
    pub message: String,
    pub help: String,
}

/// Reads a field heading from its source line (`raw`, starting at `span.start`).
pub fn parse(raw: &str, span: Span) -> Result<FieldHeading, HeadingError> {
    let hashes = raw.len() - raw.trim_start_matches('#').len();
    let body_start = hashes + (raw[hashes..].len() - raw[hashes..].trim_start().len());
    let body = raw[body_start..].trim_end().trim_end_matches('#').trim_end();
    let at = |offset: usize, len: usize| span.sub(body_start + offset, len);
    let error = |offset: usize, len: usize, message: String| HeadingError {
        span: at(offset, len),
        message,
        help: vocab::HEADING_FORM.to_owned(),
    };
    if body.is_empty() {
        return Err(error(0, 0, "field heading is empty".to_owned()));
    }
    let (name_end, rest) = match body.find(['(', ' ', '\t']) {
        Some(i) => (i, &body[i..]),
        None => (body.len(), ""),
    };
    let name = token(&body[..name_end], at(0, name_end));
    if !is_field_name(&name.plain) {
        return Err(error(0, name_end, format!("`{}` is not a field name", name.plain)));
    }
    let rest_offset = name_end + (rest.len() - rest.trim_start().len());
    let rest = rest.trim();
    let parts = if let Some(inner) = rest.strip_prefix('(') {
        let Some(inner) = inner.strip_suffix(')') else {
            return Err(error(rest_offset, rest.len(), "unclosed `(` in field heading".to_owned()));
        };
        split_parts(inner, rest_offset + 1)
    } else {
        split_words(rest, rest_offset)
    };
    heading_from_parts(span, name, &parts, at)
}

fn heading_from_parts(
    span: Span,
    name: Text,
    parts: &[(usize, &str)],
    at: impl Fn(usize, usize) -> Span,
) -> Result<FieldHeading, HeadingError> {
    let mut ty = None;
    let mut required = false;
    for &(offset, part) in parts {
        if part == vocab::REQUIRED_FLAG {
            required = true;
        } else if ty.is_none() && !required {
            ty = Some(token(part, at(offset, part.len())));
        } else {
            return Err(HeadingError {
                span: at(offset, part.len()),
                message: format!("unexpected `{part}` in field heading"),
                help: format!(
                    "only the type and the word {} may follow the name; {}",
                    vocab::REQUIRED_FLAG,
                    vocab::HEADING_FORM
                ),
            });
        }
    }
    // A heading without a type is read with an empty type: lowering decides whether that is a
    // deprecated field the page keeps for reference or a mistake to report.
    let ty = ty.unwrap_or_else(|| Text { plain: String::new(), markdown: String::new(), span: name.span });
    Ok(FieldHeading { span, name, ty, required })
}

/// Splits `Type, REQUIRED` on commas outside `<...>`, keeping each part's offset.
fn split_parts(inner: &str, base: usize) -> Vec<(usize, &str)> {
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0usize, 0usize);
    for (i, c) in inner.char_indices() {
        match c {
            '<' => depth += 1,
            '>' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                parts.push(trimmed(inner, start, i, base));
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(trimmed(inner, start, inner.len(), base));
    parts.into_iter().filter(|(_, p)| !p.is_empty()).collect()
}

/// Splits the old form `Type  REQUIRED` on white space, keeping each word's offset.
fn split_words(rest: &str, base: usize) -> Vec<(usize, &str)> {
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in rest.char_indices().chain(std::iter::once((rest.len(), ' '))) {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                words.push((base + s, &rest[s..i]));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    words
}

fn trimmed(s: &str, start: usize, end: usize, base: usize) -> (usize, &str) {
    let part = &s[start..end];
    let lead = part.len() - part.trim_start().len();
    (base + start + lead, part.trim())
}

/// A heading token: its Markdown as written, and its plain form with backslash escapes removed.
fn token(markdown: &str, span: Span) -> Text {
    let mut plain = String::with_capacity(markdown.len());
    let mut chars = markdown.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => plain.extend(chars.next()),
            '`' => {}
            c => plain.push(c),
        }
    }
    Text { plain, markdown: markdown.to_owned(), span }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(raw: &str) -> Result<(String, Option<String>, bool), String> {
        let span = Span { file: 0, start: 0, end: raw.len() };
        parse(raw, span)
            .map(|h| (h.name.plain, Some(h.ty.plain), h.required))
            .map_err(|e| format!("{}@{}", e.message, e.span.start))
    }

    fn ok(name: &str, ty: &str, required: bool) -> Result<(String, Option<String>, bool), String> {
        Ok((name.to_owned(), Some(ty.to_owned()), required))
    }

    #[test]
    fn reads_every_heading_form() {
        assert_eq!(read("#### vaultingRequestId (String, REQUIRED)"), ok("vaultingRequestId", "String", true));
        assert_eq!(read("#### redirectUrl (String)"), ok("redirectUrl", "String", false));
        assert_eq!(read("##### items (Array<Item>, REQUIRED)"), ok("items", "Array<Item>", true));
        assert_eq!(read("#### vaultingRequestId String  REQUIRED"), ok("vaultingRequestId", "String", true));
        assert_eq!(read("#### payment\\_id (String)"), ok("payment_id", "String", false));
    }

    #[test]
    fn reports_broken_headings_at_the_right_column() {
        assert_eq!(read("#### vaultingRequestId"), ok("vaultingRequestId", "", false));
        assert_eq!(read("#### id (REQUIRED)"), ok("id", "", true));
        assert_eq!(read("#### id (String"), Err("unclosed `(` in field heading@8".to_owned()));
        assert_eq!(read("#### id (String, OPTIONAL)"), Err("unexpected `OPTIONAL` in field heading@17".to_owned()));
        assert_eq!(read("#### 9id (String)"), Err("`9id` is not a field name@5".to_owned()));
    }
}
