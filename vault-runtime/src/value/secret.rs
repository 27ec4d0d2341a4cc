//! `Secret<T>`: a value that `Debug` never shows and that is wiped from memory when dropped.

use crate::validation::{FromDraft, Validator};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use zeroize::Zeroize;

/// A sensitive value (card number, CVV, card token, session data): `Debug` prints
/// `Secret([REDACTED])`, there is no `Display`, and the memory is zeroed on drop. Reading it
/// takes an explicit [`Secret::expose`], which makes every use easy to find in review.
///
/// It serialises as the inner value, since the provider has to receive it.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Secret<T: Zeroize>(T);

impl<T: Zeroize> Secret<T> {
    /// Wraps a value.
    pub fn new(value: T) -> Self {
        Secret(value)
    }

    /// The value. Do not log it.
    pub fn expose(&self) -> &T {
        &self.0
    }
}

impl<T: Zeroize> From<T> for Secret<T> {
    fn from(value: T) -> Self {
        Secret(value)
    }
}

impl<T: Zeroize> Drop for Secret<T> {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl<T: Zeroize> fmt::Debug for Secret<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret([REDACTED])")
    }
}

impl<T: Zeroize + Serialize> Serialize for Secret<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de, T: Zeroize + Deserialize<'de>> Deserialize<'de> for Secret<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        T::deserialize(deserializer).map(Secret)
    }
}

/// A secret's draft is a secret too, so that a draft's `Debug` does not show it either.
impl<T> FromDraft for Secret<T>
where
    T: Zeroize + FromDraft,
    T::Draft: Zeroize + Default,
{
    type Draft = Secret<T::Draft>;

    fn from_draft(mut draft: Secret<T::Draft>, validator: &mut Validator) -> Option<Self> {
        let inner = std::mem::take(&mut draft.0);
        T::from_draft(inner, validator).map(Secret)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_redacts_and_serde_is_transparent() {
        let secret = Secret::new("4111111111111111".to_owned());
        assert_eq!(format!("{secret:?}"), "Secret([REDACTED])");
        assert_eq!(serde_json::to_string(&secret).ok().as_deref(), Some("\"4111111111111111\""));
        let back: Result<Secret<String>, _> = serde_json::from_str("\"x\"");
        assert_eq!(back.ok().map(|s| s.expose().clone()).as_deref(), Some("x"));
    }
}
