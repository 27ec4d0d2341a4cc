//! `Int<MIN, MAX>`: a whole number within the page's "Value range".

use crate::validation::{FromDraft, Validator, Violation};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A whole number from `MIN` to `MAX` inclusive. Sent as a JSON number; read from a number
/// or a numeric string (the pages say values travel as strings, SDKs send numbers).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Int<const MIN: i64, const MAX: i64>(i64);

impl<const MIN: i64, const MAX: i64> Int<MIN, MAX> {
    /// Checks a runtime value.
    pub fn new(value: i64) -> Result<Self, Violation> {
        if (MIN..=MAX).contains(&value) {
            Ok(Int(value))
        } else {
            Err(Violation::OutOfRange { min: MIN, max: MAX, actual: value })
        }
    }

    /// Checks a literal in a const context (see [`int!`](crate::int)). Not meant to be called
    /// directly.
    #[doc(hidden)]
    pub const fn __literal(value: i64) -> Self {
        if value < MIN || value > MAX {
            const_panic::concat_panic!(
                "integer literal ",
                value,
                " is outside this field's value range ",
                MIN,
                " to ",
                MAX
            );
        }
        Int(value)
    }

    /// The number.
    pub fn get(self) -> i64 {
        self.0
    }
}

impl<const MIN: i64, const MAX: i64> fmt::Debug for Int<MIN, MAX> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl<const MIN: i64, const MAX: i64> fmt::Display for Int<MIN, MAX> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl<const MIN: i64, const MAX: i64> Serialize for Int<MIN, MAX> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.0)
    }
}

impl<'de, const MIN: i64, const MAX: i64> Deserialize<'de> for Int<MIN, MAX> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = crate::wire::int(deserializer)?;
        Self::new(value).map_err(serde::de::Error::custom)
    }
}

impl<const MIN: i64, const MAX: i64> FromDraft for Int<MIN, MAX> {
    type Draft = i64;

    fn from_draft(draft: i64, validator: &mut Validator) -> Option<Self> {
        validator.check(Self::new(draft))
    }
}
