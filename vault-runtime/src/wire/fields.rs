//! What `wire_struct!` calls for each field of a generated struct: one module per kind of
//! field, each with the same four functions, so that the macro names the kind and the compiler
//! picks the code (no per-field `#[serde]` attributes, no derive macro re-reading every struct).
//!
//! - `take`: read the field's value from a JSON object into its slot (a second value for the
//!   same name is an error, as with serde's derive);
//! - `finish`: the struct's value from the slot once the object is read (an absent required
//!   field is an error, an absent optional one is `None`);
//! - `put`: write the field (an unset optional field is left out);
//! - `len`: how many entries `put` writes (0 or 1).
//!
//! Kinds: `req` and `opt` (required, optional), `*_lenient` (booleans and whole numbers read from
//! their native or their string form, [`super::bool`]), `*_seconds` (a date and time sent to the
//! second, [`super::datetime`]).

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;

/// The next key of a JSON object as one of the struct's wire names (`Some(None)` for a name
/// the struct does not have, whose value [`skip`] then reads and drops).
pub fn key<'de, A: MapAccess<'de>>(
    map: &mut A,
    fields: &'static [&'static str],
) -> Result<Option<Option<&'static str>>, A::Error> {
    map.next_key_seed(Key(fields))
}

/// Reads and drops the value of a key the struct does not have.
pub fn skip<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<de::IgnoredAny>().map(drop)
}

struct Key(&'static [&'static str]);

impl<'de> DeserializeSeed<'de> for Key {
    type Value = Option<&'static str>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl Visitor<'_> for Key {
    type Value = Option<&'static str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<Self::Value, E> {
        Ok(self.0.iter().copied().find(|wire| *wire == name))
    }

    fn visit_bytes<E: de::Error>(self, name: &[u8]) -> Result<Self::Value, E> {
        Ok(self.0.iter().copied().find(|wire| wire.as_bytes() == name))
    }
}

/// Puts a read value into its slot, refusing a second one.
fn fill<T, E: de::Error>(slot: &mut Option<T>, value: T, name: &'static str) -> Result<(), E> {
    match slot {
        Some(_) => Err(E::duplicate_field(name)),
        None => {
            *slot = Some(value);
            Ok(())
        }
    }
}

/// A boolean or whole number read from its native or its string form.
pub struct Lenient<T>(T);

impl<'de> Deserialize<'de> for Lenient<bool> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        super::bool(deserializer).map(Lenient)
    }
}

impl<'de> Deserialize<'de> for Lenient<i64> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        super::int(deserializer).map(Lenient)
    }
}

impl<'de> Deserialize<'de> for Lenient<Option<bool>> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        super::option_bool(deserializer).map(Lenient)
    }
}

impl<'de> Deserialize<'de> for Lenient<Option<i64>> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        super::option_int(deserializer).map(Lenient)
    }
}

/// A date and time written to the second with its offset.
struct Seconds<'a>(&'a crate::DateTime);

impl Serialize for Seconds<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        super::datetime(self.0, serializer)
    }
}

/// A required field.
pub mod req {
    use super::*;

    /// Reads the field's value.
    pub fn take<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
        map: &mut A,
        slot: &mut Option<T>,
        name: &'static str,
    ) -> Result<(), A::Error> {
        let value = map.next_value()?;
        fill(slot, value, name)
    }

    /// The field's value; absent is an error.
    pub fn finish<T, E: de::Error>(slot: Option<T>, name: &'static str) -> Result<T, E> {
        slot.ok_or_else(|| E::missing_field(name))
    }

    /// Writes the field.
    pub fn put<S: SerializeStruct, T: Serialize>(out: &mut S, name: &'static str, value: &T) -> Result<(), S::Error> {
        out.serialize_field(name, value)
    }

    /// Always one entry.
    pub fn len<T>(_: &T) -> usize {
        1
    }
}

/// An optional field: absent or `null` is `None`, and `None` is not written.
pub mod opt {
    use super::*;

    /// Reads the field's value (`null` is `None`).
    pub fn take<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
        map: &mut A,
        slot: &mut Option<Option<T>>,
        name: &'static str,
    ) -> Result<(), A::Error> {
        let value = map.next_value()?;
        fill(slot, value, name)
    }

    /// The field's value; absent is `None`.
    pub fn finish<T, E: de::Error>(slot: Option<Option<T>>, _: &'static str) -> Result<Option<T>, E> {
        Ok(slot.flatten())
    }

    /// Writes the field when it is set.
    pub fn put<S: SerializeStruct, T: Serialize>(
        out: &mut S,
        name: &'static str,
        value: &Option<T>,
    ) -> Result<(), S::Error> {
        match value {
            Some(value) => out.serialize_field(name, value),
            None => out.skip_field(name),
        }
    }

    /// One entry when set.
    pub fn len<T>(value: &Option<T>) -> usize {
        usize::from(value.is_some())
    }
}

/// A required boolean or whole number, read from its native or its string form.
pub mod req_lenient {
    pub use super::req::{finish, len, put};
    use super::*;

    /// Reads the field's value in either form.
    pub fn take<'de, A: MapAccess<'de>, T>(
        map: &mut A,
        slot: &mut Option<T>,
        name: &'static str,
    ) -> Result<(), A::Error>
    where
        Lenient<T>: Deserialize<'de>,
    {
        let Lenient(value) = map.next_value()?;
        fill(slot, value, name)
    }
}

/// An optional boolean or whole number, read from its native or its string form.
pub mod opt_lenient {
    pub use super::opt::{finish, len, put};
    use super::*;

    /// Reads the field's value in either form (`null` is `None`).
    pub fn take<'de, A: MapAccess<'de>, T>(
        map: &mut A,
        slot: &mut Option<Option<T>>,
        name: &'static str,
    ) -> Result<(), A::Error>
    where
        Lenient<Option<T>>: Deserialize<'de>,
    {
        let Lenient(value) = map.next_value()?;
        fill(slot, value, name)
    }
}

/// A required date and time, sent to the second.
pub mod req_seconds {
    pub use super::req::{finish, len, take};
    use super::*;

    /// Writes the date and time to the second.
    pub fn put<S: SerializeStruct>(out: &mut S, name: &'static str, value: &crate::DateTime) -> Result<(), S::Error> {
        out.serialize_field(name, &Seconds(value))
    }
}

/// An optional date and time, sent to the second when set.
pub mod opt_seconds {
    pub use super::opt::{finish, len, take};
    use super::*;

    /// Writes the date and time to the second when it is set.
    pub fn put<S: SerializeStruct>(
        out: &mut S,
        name: &'static str,
        value: &Option<crate::DateTime>,
    ) -> Result<(), S::Error> {
        match value {
            Some(value) => out.serialize_field(name, &Seconds(value)),
            None => out.skip_field(name),
        }
    }
}
