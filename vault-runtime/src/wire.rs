//! The wire rule for scalars: send per the page's type, but read both the native JSON form and
//! the string form (`true`/`"true"`, `20`/`"20"`), since the pages say every value travels as
//! a string while the official SDKs send native booleans and numbers. Used through
//! `#[serde(deserialize_with = "...")]` by the generated types.

pub mod fields;

use serde::de::{self, Deserializer, Visitor};
use std::fmt;

#[derive(Clone, Copy)]
struct BoolVisitor;

impl Visitor<'_> for BoolVisitor {
    type Value = bool;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("true or false, as a JSON boolean or string")
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<bool, E> {
        Ok(value)
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<bool, E> {
        match value {
            "true" => Ok(true),
            "false" => Ok(false),
            _ => Err(E::invalid_value(de::Unexpected::Str(value), &self)),
        }
    }
}

#[derive(Clone, Copy)]
struct IntVisitor;

impl Visitor<'_> for IntVisitor {
    type Value = i64;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a whole number, as a JSON number or string")
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<i64, E> {
        Ok(value)
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<i64, E> {
        i64::try_from(value).map_err(|_| E::invalid_value(de::Unexpected::Unsigned(value), &self))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<i64, E> {
        value.trim().parse().map_err(|_| E::invalid_value(de::Unexpected::Str(value), &self))
    }
}

/// A boolean from `true` or `"true"`.
pub fn bool<'de, D: Deserializer<'de>>(deserializer: D) -> Result<bool, D::Error> {
    deserializer.deserialize_any(BoolVisitor)
}

/// A whole number from `20` or `"20"`.
pub fn int<'de, D: Deserializer<'de>>(deserializer: D) -> Result<i64, D::Error> {
    deserializer.deserialize_any(IntVisitor)
}

/// An optional boolean (absent or `null` is `None`).
pub fn option_bool<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<bool>, D::Error> {
    deserializer.deserialize_option(OptionOf(BoolVisitor))
}

/// An optional whole number (absent or `null` is `None`).
pub fn option_int<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<i64>, D::Error> {
    deserializer.deserialize_option(OptionOf(IntVisitor))
}

/// A date and time as the pages write it, to the second with its offset
/// (`2019-11-27T12:01:01+08:00`, always 25 characters for years 0 to 9999): what a request
/// sends, so that a page's maximum length on a Datetime field holds.
pub fn datetime<S: serde::Serializer>(value: &crate::DateTime, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(&value.to_rfc3339_opts(chrono::SecondsFormat::Secs, false))
}

/// [`datetime`] for an optional field (skipped when unset).
pub fn option_datetime<S: serde::Serializer>(
    value: &Option<crate::DateTime>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(value) => datetime(value, serializer),
        None => serializer.serialize_none(),
    }
}

struct OptionOf<V>(V);

impl<'de, V: Visitor<'de> + Copy> Visitor<'de> for OptionOf<V> {
    type Value = Option<V::Value>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self.0).map(Some)
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    #[derive(Deserialize, Debug, PartialEq)]
    struct Sample {
        #[serde(deserialize_with = "super::bool")]
        flag: bool,
        #[serde(deserialize_with = "super::int")]
        count: i64,
        #[serde(default, deserialize_with = "super::option_bool")]
        maybe: Option<bool>,
        #[serde(default, deserialize_with = "super::option_int")]
        size: Option<i64>,
    }

    #[test]
    fn native_and_string_forms_both_decode() {
        let native: Result<Sample, _> = serde_json::from_str(r#"{"flag":true,"count":20,"maybe":false,"size":-3}"#);
        let strings: Result<Sample, _> =
            serde_json::from_str(r#"{"flag":"true","count":"20","maybe":"false","size":"-3"}"#);
        let expected = Sample { flag: true, count: 20, maybe: Some(false), size: Some(-3) };
        assert_eq!(native.ok().as_ref(), Some(&expected));
        assert_eq!(strings.ok().as_ref(), Some(&expected));
        let absent: Result<Sample, _> = serde_json::from_str(r#"{"flag":false,"count":0,"maybe":null}"#);
        assert_eq!(absent.ok().map(|s| (s.maybe, s.size)), Some((None, None)));
        assert!(serde_json::from_str::<Sample>(r#"{"flag":"yes","count":1}"#).is_err());
        assert!(serde_json::from_str::<Sample>(r#"{"flag":true,"count":"1.5"}"#).is_err());
    }

    #[test]
    fn datetimes_are_sent_to_the_second_with_their_offset() {
        #[derive(serde::Serialize)]
        struct Sent {
            #[serde(serialize_with = "super::datetime")]
            at: crate::DateTime,
        }
        let at = chrono::DateTime::parse_from_rfc3339("2019-11-27T12:01:01.123456789+08:00");
        let json = at.ok().and_then(|at| serde_json::to_string(&Sent { at }).ok());
        assert_eq!(json.as_deref(), Some(r#"{"at":"2019-11-27T12:01:01+08:00"}"#));
    }
}
