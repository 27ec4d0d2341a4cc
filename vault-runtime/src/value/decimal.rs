//! `Decimal<MIN, MAX>`: a decimal number (a rate, a price) kept as the digits the page sends,
//! checked against the page's value range without floating point.

use crate::validation::{FromDraft, Validator, Violation};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A decimal number such as `"7.2561"`, sent as a JSON string, from `MIN` to `MAX` (an open
/// range has `MAX == i64::MAX`). Its text is kept as given.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Decimal<const MIN: i64, const MAX: i64>(String);

impl<const MIN: i64, const MAX: i64> Decimal<MIN, MAX> {
    /// Checks a decimal text: digits with at most one point and an optional leading `-`,
    /// within the range.
    pub fn new(text: impl Into<String>) -> Result<Self, Violation> {
        let text = text.into();
        let (negative, digits) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text.as_str()),
        };
        let not_decimal = || Violation::NotDecimal { actual: Violation::echo(&text) };
        let (whole, fraction) = super::split_decimal(digits).ok_or_else(not_decimal)?;
        // Compare with the whole bounds: the value is below MIN when its whole part is (or equal
        // with a fraction, for a negative value); above MAX likewise.
        let whole: i128 = whole.parse().map_err(|_| not_decimal())?;
        let has_fraction = fraction.bytes().any(|b| b != b'0');
        let signed = if negative { -whole } else { whole };
        let below = signed < i128::from(MIN) || (signed == i128::from(MIN) && negative && has_fraction);
        let above = signed > i128::from(MAX) || (signed == i128::from(MAX) && !negative && has_fraction);
        if below || above {
            let shown = i64::try_from(signed).unwrap_or(if negative { i64::MIN } else { i64::MAX });
            return Err(Violation::OutOfRange { min: MIN, max: MAX, actual: shown });
        }
        Ok(Decimal(text))
    }

    /// The decimal text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<const MIN: i64, const MAX: i64> fmt::Debug for Decimal<MIN, MAX> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<const MIN: i64, const MAX: i64> fmt::Display for Decimal<MIN, MAX> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<const MIN: i64, const MAX: i64> Serialize for Decimal<MIN, MAX> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de, const MIN: i64, const MAX: i64> Deserialize<'de> for Decimal<MIN, MAX> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Self::new(text).map_err(serde::de::Error::custom)
    }
}

impl<const MIN: i64, const MAX: i64> FromDraft for Decimal<MIN, MAX> {
    type Draft = String;

    fn from_draft(draft: String, validator: &mut Validator) -> Option<Self> {
        validator.check(Self::new(draft))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_in_their_range_without_floating_point() {
        type Rate = Decimal<1, { i64::MAX }>;
        assert_eq!(Rate::new("7.2561").map(|d| d.to_string()), Ok("7.2561".to_owned()));
        assert!(Rate::new("1").is_ok() && Rate::new("1.0").is_ok());
        assert!(Rate::new("0.9999").is_err() && Rate::new("-2").is_err());
        for bad in ["", "1.", ".5", "1e3", "1,5", "abc"] {
            assert!(Rate::new(bad).is_err(), "{bad}");
        }
        assert!(Decimal::<0, 100>::new("100.01").is_err() && Decimal::<0, 100>::new("100.00").is_ok());
    }
}
