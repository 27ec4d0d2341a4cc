//! `Fixed<V>`: a field that can hold one value only ("fixed to `CARD`").

use crate::validation::Violation;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::marker::PhantomData;

/// The value of a [`Fixed`] field; the generator emits one marker type per fixed value.
pub trait FixedValue {
    /// The only allowed value.
    const VALUE: &'static str;
}

/// A field that can only hold `V::VALUE`: there is nothing to set, and a request always
/// carries the right value.
pub struct Fixed<V>(PhantomData<V>);

/// Compares two strings in a const context.
pub const fn const_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

impl<V: FixedValue> Fixed<V> {
    /// The field, holding its only value.
    pub const VALUE: Self = Fixed(PhantomData);

    /// Checks a runtime value: only `V::VALUE` is accepted.
    pub fn new(value: &str) -> Result<Self, Violation> {
        if value == V::VALUE {
            Ok(Self::VALUE)
        } else {
            Err(Violation::NotFixed { expected: V::VALUE, actual: Violation::echo(value) })
        }
    }

    /// Checks a literal in a const context (see [`fixed!`](crate::fixed)). Not meant to be
    /// called directly.
    #[doc(hidden)]
    pub const fn __literal(value: &'static str) -> Self {
        if !const_eq(value, V::VALUE) {
            const_panic::concat_panic!(
                "this field is fixed to `",
                display: V::VALUE,
                "`; `",
                display: value,
                "` is not allowed"
            );
        }
        Self::VALUE
    }

    /// The value.
    pub fn as_str(&self) -> &'static str {
        V::VALUE
    }
}

impl<V> Clone for Fixed<V> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<V> Copy for Fixed<V> {}

impl<V> PartialEq for Fixed<V> {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl<V> Eq for Fixed<V> {}

impl<V: FixedValue> Default for Fixed<V> {
    fn default() -> Self {
        Self::VALUE
    }
}

impl<V: FixedValue> fmt::Debug for Fixed<V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(V::VALUE, f)
    }
}

impl<V: FixedValue> fmt::Display for Fixed<V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(V::VALUE)
    }
}

impl<V: FixedValue> Serialize for Fixed<V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(V::VALUE)
    }
}

impl<'de, V: FixedValue> Deserialize<'de> for Fixed<V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Self::new(&value).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    enum Card {}
    impl FixedValue for Card {
        const VALUE: &'static str = "CARD";
    }

    #[test]
    fn holds_and_accepts_only_its_value() {
        assert_eq!(serde_json::to_string(&Fixed::<Card>::VALUE).ok().as_deref(), Some("\"CARD\""));
        assert!(Fixed::<Card>::new("CARD").is_ok());
        let err = Fixed::<Card>::new("VISA").err().map(|e| e.to_string());
        assert_eq!(err.as_deref(), Some("must be `CARD`; `VISA` is not allowed"));
        assert!(serde_json::from_str::<Fixed<Card>>("\"card\"").is_err());
    }
}
