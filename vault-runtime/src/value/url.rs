//! `HttpUrl<MAX>`: an absolute http(s) URL of at most `MAX` characters.

use crate::validation::{FromDraft, Validator, Violation};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;
use std::fmt;

/// An absolute `http` or `https` URL with a host, of at most `MAX` characters.
///
/// The URL is kept exactly as given (and sent that way), so it must already be in its
/// transmitted form: ASCII, with anything outside RFC 3986's character set percent-encoded.
/// Runtime values are parsed with the `url` crate; literals given to [`url!`](crate::url) are
/// checked at compile time by a stricter subset of the same rules.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct HttpUrl<const MAX: usize>(Cow<'static, str>);

/// Bytes allowed anywhere in a URL by RFC 3986 (unreserved, reserved and `%`), except `[`,
/// `]`, which only an IPv6 host may use.
const fn is_url_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric()
        || matches!(
            b,
            b'-' | b'.'
                | b'_'
                | b'~'
                | b':'
                | b'/'
                | b'?'
                | b'#'
                | b'@'
                | b'!'
                | b'$'
                | b'&'
                | b'\''
                | b'('
                | b')'
                | b'*'
                | b'+'
                | b','
                | b';'
                | b'='
                | b'%'
        )
}

/// Checks the characters of the whole URL: RFC 3986 only, `%` followed by two hex digits.
const fn check_chars(bytes: &[u8], from: usize) -> Result<(), &'static str> {
    let mut i = from;
    let mut fragment = false;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'%' {
            if i + 2 >= bytes.len() || !bytes[i + 1].is_ascii_hexdigit() || !bytes[i + 2].is_ascii_hexdigit() {
                return Err("has a `%` that is not followed by two hex digits");
            }
        } else if b == b'#' {
            if fragment {
                return Err("has a second `#`");
            }
            fragment = true;
        } else if !is_url_byte(b) {
            return Err(
                "has a character that must be percent-encoded (white space, non-ASCII, or one of <>\"{}|\\^`[])",
            );
        }
        i += 1;
    }
    Ok(())
}

/// Where the scheme's `//` ends, for `http://` and `https://` (lower case).
const fn after_scheme(bytes: &[u8]) -> Option<usize> {
    let https = b"https://";
    let http = b"http://";
    if starts_with(bytes, https) {
        Some(https.len())
    } else if starts_with(bytes, http) {
        Some(http.len())
    } else {
        None
    }
}

const fn starts_with(bytes: &[u8], prefix: &[u8]) -> bool {
    if bytes.len() < prefix.len() {
        return false;
    }
    let mut i = 0;
    while i < prefix.len() {
        if bytes[i] != prefix[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Where the authority (host and port) ends: the first `/`, `?` or `#` after `://`.
fn authority_end(bytes: &[u8]) -> usize {
    let start = bytes.windows(3).position(|w| w == b"://").map_or(0, |i| i + 3);
    bytes[start..].iter().position(|b| matches!(b, b'/' | b'?' | b'#')).map_or(bytes.len(), |i| start + i)
}

/// The compile-time check: scheme, a plain host (DNS name, IPv4 or bracketed IPv6), an
/// optional port, and RFC 3986 characters. Stricter than the `url` crate, never looser.
const fn check_literal(value: &str) -> Result<(), &'static str> {
    let bytes = value.as_bytes();
    let Some(start) = after_scheme(bytes) else {
        return Err("does not start with `https://` or `http://`");
    };
    let mut end = start;
    while end < bytes.len() && !matches!(bytes[end], b'/' | b'?' | b'#') {
        end += 1;
    }
    match check_authority(bytes, start, end) {
        Ok(()) => check_chars(bytes, end),
        Err(e) => Err(e),
    }
}

const fn check_authority(bytes: &[u8], start: usize, end: usize) -> Result<(), &'static str> {
    if start == end {
        return Err("has no host");
    }
    let mut host_end = start;
    if bytes[start] == b'[' {
        while host_end < end && bytes[host_end] != b']' {
            let b = bytes[host_end];
            if host_end > start && !(b.is_ascii_hexdigit() || b == b':' || b == b'.') {
                return Err("has a malformed IPv6 host");
            }
            host_end += 1;
        }
        if host_end == end || host_end == start + 1 {
            return Err("has a malformed IPv6 host");
        }
        host_end += 1;
    } else {
        while host_end < end && bytes[host_end] != b':' {
            host_end += 1;
        }
        if let Err(e) = check_host(bytes, start, host_end) {
            return Err(e);
        }
    }
    check_port(bytes, host_end, end)
}

/// A DNS name of letters, digits, hyphens and underscores in non-empty dot-separated labels; when the last
/// label is numeric, a dotted-quad IPv4 address (as the `url` crate reads it).
const fn check_host(bytes: &[u8], start: usize, end: usize) -> Result<(), &'static str> {
    let (mut label_start, mut labels, mut numeric_labels) = (start, 0, 0);
    let mut i = start;
    while i <= end {
        if i < end && !(bytes[i].is_ascii_alphanumeric() || matches!(bytes[i], b'-' | b'_' | b'.')) {
            return Err("has a character that is not allowed in a host name");
        }
        if i == end || bytes[i] == b'.' {
            if i == label_start {
                return Err("has an empty label in its host name");
            }
            if starts_with(split_at(bytes, label_start), b"xn--") {
                return Err("has an internationalised (xn--) host name; build it at runtime with `HttpUrl::new`");
            }
            labels += 1;
            if is_digit_run(bytes, label_start, i) {
                numeric_labels += 1;
                if i - label_start > 3 || parse_u32(bytes, label_start, i) > 255 {
                    return Err("has an IPv4 host with a part above 255");
                }
            }
            label_start = i + 1;
        }
        i += 1;
    }
    let last_numeric = is_digit_run(bytes, last_label(bytes, start, end), end);
    if last_numeric && (labels != 4 || numeric_labels != 4) {
        return Err("has a host that is neither a DNS name nor a four-part IPv4 address");
    }
    Ok(())
}

const fn split_at(bytes: &[u8], at: usize) -> &[u8] {
    bytes.split_at(at).1
}

/// Where the last dot-separated label of the host starts.
const fn last_label(bytes: &[u8], start: usize, end: usize) -> usize {
    let mut i = end;
    while i > start && bytes[i - 1] != b'.' {
        i -= 1;
    }
    i
}

const fn is_digit_run(bytes: &[u8], start: usize, end: usize) -> bool {
    let mut i = start;
    while i < end {
        if !bytes[i].is_ascii_digit() {
            return false;
        }
        i += 1;
    }
    start < end
}

const fn parse_u32(bytes: &[u8], start: usize, end: usize) -> u32 {
    let (mut i, mut n) = (start, 0u32);
    while i < end && i < start + 6 {
        n = n * 10 + (bytes[i] - b'0') as u32;
        i += 1;
    }
    n
}

/// Nothing, or `:` followed by a port number from 1 to 65535.
const fn check_port(bytes: &[u8], start: usize, end: usize) -> Result<(), &'static str> {
    if start == end {
        return Ok(());
    }
    if bytes[start] != b':' || end - start < 2 || end - start > 6 || !is_digit_run(bytes, start + 1, end) {
        return Err("has a malformed port");
    }
    let port = parse_u32(bytes, start + 1, end);
    if port == 0 || port > 65535 {
        return Err("has a port outside 1 to 65535");
    }
    Ok(())
}

impl<const MAX: usize> HttpUrl<MAX> {
    /// The maximum length in characters.
    pub const MAX: usize = MAX;

    /// Checks a runtime value: RFC 3986 characters only, parsed by the `url` crate as an
    /// absolute `http` or `https` URL with a host, and no longer than `MAX`.
    pub fn new(value: impl Into<String>) -> Result<Self, Violation> {
        let value = value.into();
        let invalid = |reason: String| Violation::NotHttpUrl { reason };
        let bytes = value.as_bytes();
        if !bytes.iter().all(|b| b.is_ascii_graphic()) {
            return Err(invalid(
                "the URL has white space, a control character or a non-ASCII character; percent-encode it".to_owned(),
            ));
        }
        check_chars(bytes, authority_end(bytes)).map_err(|r| invalid(format!("the URL {r}")))?;
        let parsed = url::Url::parse(&value).map_err(|e| invalid(format!("{e}")))?;
        if !matches!(parsed.scheme(), "http" | "https") {
            return Err(invalid(format!("the scheme is `{}`, not `http` or `https`", parsed.scheme())));
        }
        if parsed.host().is_none() {
            return Err(invalid("the URL has no host".to_owned()));
        }
        let actual = value.chars().count();
        if actual > MAX {
            return Err(Violation::TooLong { max: MAX, actual });
        }
        Ok(HttpUrl(Cow::Owned(value)))
    }

    /// Checks a literal in a const context (see [`url!`](crate::url)). Not meant to be called
    /// directly.
    #[doc(hidden)]
    pub const fn __literal(value: &'static str) -> Self {
        if let Err(reason) = check_literal(value) {
            const_panic::concat_panic!("URL literal `", display: value, "` ", display: reason);
        }
        let actual = value.len();
        if actual > MAX {
            const_panic::concat_panic!(
                "URL literal is ",
                actual,
                " characters long; this field's maximum length is ",
                MAX,
                " characters"
            );
        }
        HttpUrl(Cow::Borrowed(value))
    }

    /// The URL as it is sent.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The URL parsed (for its host, path, ...).
    pub fn parse(&self) -> Option<url::Url> {
        url::Url::parse(&self.0).ok()
    }
}

impl<const MAX: usize> fmt::Debug for HttpUrl<MAX> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl<const MAX: usize> fmt::Display for HttpUrl<MAX> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<const MAX: usize> AsRef<str> for HttpUrl<MAX> {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl<const MAX: usize> Serialize for HttpUrl<MAX> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de, const MAX: usize> Deserialize<'de> for HttpUrl<MAX> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Self::new(value).map_err(serde::de::Error::custom)
    }
}

impl<const MAX: usize> FromDraft for HttpUrl<MAX> {
    type Draft = String;

    fn from_draft(draft: String, validator: &mut Validator) -> Option<Self> {
        validator.check(Self::new(draft))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: [&str; 9] = [
        "https://merchant.example/notify",
        "http://localhost:8080/hook?x=1&y=%20#top",
        "https://merchant.example",
        "https://127.0.0.1/a",
        "https://[::1]:443/a",
        "https://a-b.c_d.example/p(1)*+,;=!$'~",
        "https://merchant.example/",
        "https://x.example:65535",
        "https://1x.example/",
    ];

    const BAD: [&str; 14] = [
        "ftp://merchant.example/",
        "HTTPS://merchant.example/",
        "https:///path",
        "https://merchant example/",
        "https://merchant.example/a b",
        "https://merchant.example/é",
        "https://merchant.example/%zz",
        "https://merchant.example:0/",
        "https://merchant.example:70000/",
        "https://999.1.1.1/",
        "https://1.2.3/",
        "https://a..b/",
        "https://user@merchant.example/",
        "merchant.example/notify",
    ];

    #[test]
    fn literal_check_is_never_looser_than_the_url_crate() {
        for good in GOOD {
            assert_eq!(check_literal(good), Ok(()), "{good}");
            assert!(HttpUrl::<2048>::new(good).is_ok(), "{good}");
        }
        for bad in BAD {
            assert!(check_literal(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn runtime_check_reports_the_reason_and_the_length() {
        assert!(matches!(HttpUrl::<2048>::new("ftp://x.example/"), Err(Violation::NotHttpUrl { .. })));
        assert!(matches!(HttpUrl::<2048>::new("https://x.example/a b"), Err(Violation::NotHttpUrl { .. })));
        assert_eq!(
            HttpUrl::<20>::new("https://merchant.example/notify"),
            Err(Violation::TooLong { max: 20, actual: 31 })
        );
    }
}
