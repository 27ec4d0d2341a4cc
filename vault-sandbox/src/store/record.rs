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
///     fn summary(&self) -> Summary {
///         Summary::new(&self.dispute_id).field("client", &self.client_id).field("status", &self.status)
///     }
/// }
/// ```
///
/// A family lists its kinds in `crate::apis::kinds` so that the dashboard can show them.
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

    /// What the dashboard shows of the record: a label and a few fields, none of them secret
    /// (no card number, CVV, token or session data: the label too, since a vaulting's id is
    /// its card token). The page escapes them; they may hold what a merchant sent.
    fn summary(&self) -> Summary;
}

/// What a person may see of a record (see [`Record::summary`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// What names the record for a person (an id that is no secret).
    pub label: String,
    /// A few fields, in order.
    pub fields: Vec<(&'static str, String)>,
    /// An authentication the buyer has not finished yet, which the dashboard offers to finish.
    pub pending: Option<Pending>,
}

impl Summary {
    /// A summary labelled `label`.
    pub fn new(label: &str) -> Self {
        Summary { label: label.to_owned(), ..Self::default() }
    }

    /// Adds a field.
    pub fn field(mut self, name: &'static str, value: impl ToString) -> Self {
        self.fields.push((name, value.to_string()));
        self
    }

    /// Marks the record as waiting for the buyer on the buyer page of its kind, for the
    /// client's request id.
    pub fn pending(mut self, client_id: &str, id: &str) -> Self {
        self.pending = Some(Pending { client_id: client_id.to_owned(), id: id.to_owned() });
        self
    }
}

/// An authentication waiting for the buyer on the buyer page of the record's kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pending {
    /// The client.
    pub client_id: String,
    /// The client's request id the page finishes.
    pub id: String,
}

/// A kind of record the dashboard knows how to summarise.
#[derive(Clone, Copy)]
pub(crate) struct Kind {
    /// [`Record::KIND`].
    pub name: &'static str,
    /// Reads a stored document of the kind and summarises it.
    pub summarise: fn(&str) -> Result<Summary, super::StoreError>,
}

/// The [`Kind`] of `R`.
pub(crate) fn kind<R: Record>() -> Kind {
    Kind { name: R::KIND, summarise: |doc| from_doc::<R>(doc).map(|record| record.summary()) }
}

/// A record from its stored JSON.
pub(super) fn from_doc<R: Record>(doc: &str) -> Result<R, super::StoreError> {
    serde_json::from_str(doc)
        .map_err(|e| super::StoreError::corrupt(format!("a stored {} does not read back: {e}", R::KIND)))
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
