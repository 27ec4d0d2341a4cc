//! `Region`: an assigned ISO 3166-1 alpha-2 country or region code.

use crate::validation::{FromDraft, Validator, Violation};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// The assigned ISO 3166-1 alpha-2 codes, from the maintained `rust_iso3166` crate (a table
/// that includes every assigned code, `AQ` among them). Readable in const contexts, so literals
/// are checked when the code is compiled.
const CODES: &[&str] = rust_iso3166::ALL_ALPHA2;

/// An ISO 3166-1 alpha-2 country or region code that is actually assigned (`US`, `SG`, ...):
/// two upper-case letters are not enough.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Region(&'static str);

/// Why a string is not a region code; `None` when it is one, with the table's copy.
const fn lookup(value: &str) -> Result<&'static str, &'static str> {
    let bytes = value.as_bytes();
    if bytes.len() != 2 {
        return Err("is not two letters long");
    }
    if !bytes[0].is_ascii_alphabetic() || !bytes[1].is_ascii_alphabetic() {
        return Err("is not two letters");
    }
    if !bytes[0].is_ascii_uppercase() || !bytes[1].is_ascii_uppercase() {
        return Err("is not in upper case");
    }
    let mut i = 0;
    while i < CODES.len() {
        let code = CODES[i].as_bytes();
        if code.len() == 2 && code[0] == bytes[0] && code[1] == bytes[1] {
            return Ok(CODES[i]);
        }
        i += 1;
    }
    Err("is not an assigned code")
}

impl Region {
    /// Checks a runtime value (case-sensitive: `sg` is rejected, as the provider expects `SG`).
    pub fn new(value: &str) -> Result<Self, Violation> {
        match lookup(value) {
            Ok(code) => Ok(Region(code)),
            Err(reason) => Err(Violation::NotRegion { reason, actual: Violation::echo(value) }),
        }
    }

    /// Checks a literal in a const context (see [`region!`](crate::region)). Not meant to be
    /// called directly.
    #[doc(hidden)]
    pub const fn __literal(value: &'static str) -> Self {
        match lookup(value) {
            Ok(code) => Region(code),
            Err(reason) => const_panic::concat_panic!(
                "region literal `",
                display: value,
                "` ",
                display: reason,
                "; expected an ISO 3166-1 alpha-2 code such as `US` or `SG`"
            ),
        }
    }

    /// The two-letter code.
    pub fn as_str(&self) -> &'static str {
        self.0
    }

    /// Every assigned code.
    pub fn all() -> impl Iterator<Item = Region> {
        CODES.iter().map(|code| Region(code))
    }
}

impl fmt::Debug for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.0, f)
    }
}

impl fmt::Display for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl std::str::FromStr for Region {
    type Err = Violation;

    fn from_str(value: &str) -> Result<Self, Violation> {
        Self::new(value)
    }
}

impl Serialize for Region {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0)
    }
}

impl<'de> Deserialize<'de> for Region {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Self::new(&value).map_err(serde::de::Error::custom)
    }
}

impl FromDraft for Region {
    type Draft = String;

    fn from_draft(draft: String, validator: &mut Validator) -> Option<Self> {
        validator.check(Self::new(&draft))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_assigned_codes_only() {
        for code in ["US", "SG", "HK", "PK", "JP", "CN", "BR", "AU", "MY", "AQ"] {
            assert_eq!(Region::new(code).map(|r| r.as_str()), Ok(code));
        }
        let reason = |v: &str| match Region::new(v) {
            Err(Violation::NotRegion { reason, .. }) => reason,
            _ => "accepted",
        };
        assert_eq!(reason("sg"), "is not in upper case");
        assert_eq!(reason("SGP"), "is not two letters long");
        assert_eq!(reason("XX"), "is not an assigned code");
        assert_eq!(reason("S1"), "is not two letters");
        assert_eq!(reason("É"), "is not two letters");
        assert_eq!(Region::all().count(), 249);
    }
}
