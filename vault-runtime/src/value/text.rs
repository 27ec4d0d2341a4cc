//! `Text<MAX>`: a string of at most `MAX` characters (characters, not bytes).

use crate::validation::{FromDraft, Validator, Violation};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;
use std::fmt;

/// A string of at most `MAX` characters, the page's "Maximum length".
///
/// Build it from a runtime value with [`Text::new`] or from a literal, checked when the code is
/// compiled, with [`text!`](crate::text).
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Text<const MAX: usize>(Cow<'static, str>);

/// Counts the characters (Unicode scalar values) of a string in a const context.
pub const fn char_count(s: &str) -> usize {
    let bytes = s.as_bytes();
    let (mut i, mut count) = (0, 0);
    while i < bytes.len() {
        // Every character has exactly one byte that is not a continuation byte (10xxxxxx).
        if bytes[i] & 0xC0 != 0x80 {
            count += 1;
        }
        i += 1;
    }
    count
}

impl<const MAX: usize> Text<MAX> {
    /// The maximum length in characters.
    pub const MAX: usize = MAX;

    /// Checks a runtime value.
    pub fn new(value: impl Into<String>) -> Result<Self, Violation> {
        let value = value.into();
        let actual = value.chars().count();
        if actual > MAX {
            return Err(Violation::TooLong { max: MAX, actual });
        }
        Ok(Text(Cow::Owned(value)))
    }

    /// Checks a literal; evaluated in a const context by [`text!`](crate::text), where a
    /// violation is a compile error. Not meant to be called directly.
    #[doc(hidden)]
    pub const fn __literal(value: &'static str) -> Self {
        let actual = char_count(value);
        if actual > MAX {
            const_panic::concat_panic!(
                "text literal is ",
                actual,
                " characters long; this field's maximum length is ",
                MAX,
                " characters"
            );
        }
        Text(Cow::Borrowed(value))
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<const MAX: usize> AsRef<str> for Text<MAX> {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl<const MAX: usize> fmt::Debug for Text<MAX> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl<const MAX: usize> fmt::Display for Text<MAX> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<const MAX: usize> TryFrom<&str> for Text<MAX> {
    type Error = Violation;

    fn try_from(value: &str) -> Result<Self, Violation> {
        Self::new(value)
    }
}

impl<const MAX: usize> TryFrom<String> for Text<MAX> {
    type Error = Violation;

    fn try_from(value: String) -> Result<Self, Violation> {
        Self::new(value)
    }
}

impl<const MAX: usize> Serialize for Text<MAX> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de, const MAX: usize> Deserialize<'de> for Text<MAX> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Self::new(value).map_err(serde::de::Error::custom)
    }
}

impl<const MAX: usize> FromDraft for Text<MAX> {
    type Draft = String;

    fn from_draft(draft: String, validator: &mut Validator) -> Option<Self> {
        validator.check(Self::new(draft))
    }
}

impl<const MAX: usize> zeroize::Zeroize for Text<MAX> {
    fn zeroize(&mut self) {
        if let Cow::Owned(value) = &mut self.0 {
            value.zeroize();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_characters_not_bytes() {
        assert_eq!(char_count("héllo €"), 7);
        assert!(Text::<3>::new("äöü").is_ok());
        assert_eq!(Text::<3>::new("äöüß"), Err(Violation::TooLong { max: 3, actual: 4 }));
        const LITERAL: Text<5> = Text::__literal("héllo");
        assert_eq!(LITERAL.as_str(), "héllo");
    }

    #[test]
    fn deserialising_checks_the_limit() {
        let ok: Result<Text<2>, _> = serde_json::from_str("\"ab\"");
        assert!(ok.is_ok());
        let err = serde_json::from_str::<Text<2>>("\"abc\"").err().map(|e| e.to_string());
        assert_eq!(err.as_deref(), Some("is 3 characters long; the maximum length is 2 characters"));
    }
}
