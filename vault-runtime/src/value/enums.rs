//! Support for the generated enums of fields with "Valid values are:" lists.

use crate::validation::Violation;
use serde::{Deserialize, Deserializer};
use std::str::FromStr;

/// Deserialises a closed enum from its wire string, with the enum's own error message.
pub fn deserialize_parsed<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: FromStr<Err = Violation>,
{
    let value = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
    value.parse().map_err(serde::de::Error::custom)
}
