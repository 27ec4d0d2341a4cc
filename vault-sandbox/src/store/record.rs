//! What an API family stores: records of a kind, each a JSON document with an id, found by
//! unique keys and listed by the groups they belong to.

use serde::Serialize;
use serde::de::DeserializeOwned;

/// A business record of an API family: a payment, a refund, a vaulting, a subscription, a
/// dispute... Stored as its JSON (secrets included: this is the sandbox's own state).
///
/// ```text
/// impl Record for Dispute {
///     const KIND: &'static str = "dispute";
///     fn id(&self) -> &str { &self.dispute_id }
///     fn keys(&self) -> Vec<Key> { vec![Key::new("disputeId", [&self.client_id, &self.dispute_id])] }
///     fn links(&self) -> Vec<Key> { vec![Key::new("payment", [&self.payment_id])] }
/// }
/// ```
pub trait Record: Serialize + DeserializeOwned {
    /// The kind, unique among the families (`payment`).
    const KIND: &'static str;

    /// The record's id, unique within its kind, fixed for its life.
    fn id(&self) -> &str;

    /// The unique keys it is found by besides its id (a payment by its client and
    /// `paymentRequestId`). Written when the record is inserted, and fixed from then on.
    fn keys(&self) -> Vec<Key> {
        Vec::new()
    }

    /// The groups it is listed in (a refund in its payment's). Written when the record is
    /// inserted, and fixed from then on.
    fn links(&self) -> Vec<Key> {
        Vec::new()
    }
}

/// A named key: a unique key of a record, or a group it is listed in. Its value is made of
/// parts (a client id and a request id), kept apart so that no two different lists of parts
/// make the same key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key {
    pub(crate) name: &'static str,
    pub(crate) value: String,
}

impl Key {
    /// The key `name` with these parts: `Key::new("paymentRequestId", [client_id, request_id])`.
    pub fn new<'a>(name: &'static str, parts: impl IntoIterator<Item = &'a str>) -> Self {
        let parts: Vec<&str> = parts.into_iter().collect();
        // A JSON array of strings: unambiguous whatever the parts hold. Serialising strings
        // cannot fail.
        let value = serde_json::to_string(&parts).unwrap_or_default();
        Key { name, value }
    }
}
