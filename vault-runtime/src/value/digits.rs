//! `Digits<MIN, MAX>`: a whole number that travels as a string of digits, within the page's
//! "Value range" (amounts in minor units, counts, screen sizes on `String` fields).

use crate::validation::{FromDraft, Validator, Violation};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A whole number from `MIN` to `MAX` inclusive, sent as a JSON string of digits (`"1314"`).
/// `MAX` is `i64::MAX` when the page's range is open (`1 - unlimited`). No floating point is
/// involved anywhere: amounts are counts of the currency's minor unit.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Digits<const MIN: i64, const MAX: i64>(i64);

impl<const MIN: i64, const MAX: i64> Digits<MIN, MAX> {
    /// Checks a runtime value.
    pub fn new(value: i64) -> Result<Self, Violation> {
        if (MIN..=MAX).contains(&value) {
            Ok(Digits(value))
        } else {
            Err(Violation::OutOfRange { min: MIN, max: MAX, actual: value })
        }
    }

    /// Reads a string of ASCII digits (an optional leading `-`), as the wire carries it.
    pub fn parse(text: &str) -> Result<Self, Violation> {
        let digits = text.strip_prefix('-').unwrap_or(text);
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Violation::NotDigits { actual: Violation::echo(text) });
        }
        let value = text.parse::<i64>().map_err(|_| Violation::NotDigits { actual: Violation::echo(text) })?;
        Self::new(value)
    }

    /// Checks a literal in a const context (see [`digits!`](crate::digits)). Not meant to be
    /// called directly.
    #[doc(hidden)]
    pub const fn __literal(value: i64) -> Self {
        if value < MIN || value > MAX {
            const_panic::concat_panic!(
                "number literal ",
                value,
                " is outside this field's value range ",
                MIN,
                " to ",
                MAX
            );
        }
        Digits(value)
    }

    /// The number.
    pub fn get(self) -> i64 {
        self.0
    }
}

impl<const MIN: i64, const MAX: i64> fmt::Debug for Digits<MIN, MAX> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl<const MIN: i64, const MAX: i64> fmt::Display for Digits<MIN, MAX> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl<const MIN: i64, const MAX: i64> Serialize for Digits<MIN, MAX> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0)
    }
}

impl<'de, const MIN: i64, const MAX: i64> Deserialize<'de> for Digits<MIN, MAX> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = crate::wire::int(deserializer)?;
        Self::new(value).map_err(serde::de::Error::custom)
    }
}

impl<const MIN: i64, const MAX: i64> FromDraft for Digits<MIN, MAX> {
    type Draft = String;

    fn from_draft(draft: String, validator: &mut Validator) -> Option<Self> {
        validator.check(Self::parse(draft.trim()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn travels_as_a_string_of_digits() {
        let value = Digits::<1, { i64::MAX }>::new(1314).ok();
        assert_eq!(value.map(|v| serde_json::to_string(&v).ok()), Some(Some("\"1314\"".to_owned())));
        let read: Result<Digits<0, 100>, _> = serde_json::from_str("\"42\"");
        assert_eq!(read.ok().map(Digits::get), Some(42));
        assert!(serde_json::from_str::<Digits<0, 100>>("\"101\"").is_err());
    }

    #[test]
    fn parses_only_digits_within_the_range() {
        assert_eq!(
            Digits::<1, { i64::MAX }>::parse("0"),
            Err(Violation::OutOfRange { min: 1, max: i64::MAX, actual: 0 })
        );
        assert_eq!(Digits::<0, 9>::parse("1.5"), Err(Violation::NotDigits { actual: Some("1.5".to_owned()) }));
        assert_eq!(Digits::<0, 9>::parse(" 1"), Err(Violation::NotDigits { actual: Some(" 1".to_owned()) }));
        assert_eq!(Digits::<-9, 9>::parse("-3").map(Digits::get), Ok(-3));
        assert!(Digits::<0, { i64::MAX }>::parse("99999999999999999999").is_err());
    }
}
