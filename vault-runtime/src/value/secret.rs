//! `Secret<T>`: a value that `Debug` never shows and that is wiped from memory when dropped.

use crate::validation::{FromDraft, Validator};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cell::Cell;
use std::fmt;
use zeroize::Zeroize;

/// A sensitive value (card number, CVV, card token, session data): `Debug` prints
/// `Secret([REDACTED])`, there is no `Display`, and the memory is zeroed on drop. Reading it
/// takes an explicit [`Secret::expose`], which makes every use easy to find in review.
///
/// It serialises as `"[REDACTED]"`, so that `serde_json::to_string(&response)` (to log or cache
/// an answer) writes no secret. Only inside [`reveal`] does it serialise as its value: the
/// client serialises a request on its way to the wire that way, and a simulator its answers.
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

/// What a secret serialises as outside [`reveal`].
pub const REDACTED: &str = "[REDACTED]";

thread_local! {
    /// How many [`reveal`] calls this thread is inside.
    static REVEALING: Cell<u32> = const { Cell::new(0) };
}

/// Runs `serialize` (a serialisation, on this thread) with secrets written as their values: how
/// a request is put on the wire. Everywhere else a [`Secret`] serialises as `"[REDACTED]"`.
pub fn reveal<R>(serialize: impl FnOnce() -> R) -> R {
    /// Leaves the revealing state however `serialize` ends.
    struct Leave;
    impl Drop for Leave {
        fn drop(&mut self) {
            REVEALING.with(|r| r.set(r.get().saturating_sub(1)));
        }
    }
    REVEALING.with(|r| r.set(r.get() + 1));
    let _leave = Leave;
    serialize()
}

impl<T: Zeroize + Serialize> Serialize for Secret<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if REVEALING.with(Cell::get) > 0 { self.0.serialize(serializer) } else { serializer.serialize_str(REDACTED) }
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
    fn debug_and_serde_redact_except_when_revealed() {
        let secret = Secret::new("4111111111111111".to_owned());
        assert_eq!(format!("{secret:?}"), "Secret([REDACTED])");
        assert_eq!(serde_json::to_string(&secret).ok().as_deref(), Some("\"[REDACTED]\""));
        let sent = reveal(|| serde_json::to_string(&secret));
        assert_eq!(sent.ok().as_deref(), Some("\"4111111111111111\""));
        assert_eq!(serde_json::to_string(&secret).ok().as_deref(), Some("\"[REDACTED]\""));
        let back: Result<Secret<String>, _> = serde_json::from_str("\"x\"");
        assert_eq!(back.ok().map(|s| s.expose().clone()).as_deref(), Some("x"));
    }
}
