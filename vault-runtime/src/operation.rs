//! What the client needs to know about an API, implemented by each generated request type.

use crate::protocol::Method;
use crate::result::ApiError;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// An API call: its name, endpoint, idempotency field, and the types of its answer.
pub trait Operation: Serialize {
    /// The API name (`createVaultingSession`).
    const NAME: &'static str;
    /// The HTTP method its page gives (`POST` unless the page says `GET`); the client sends it
    /// and signs it, with the request as a JSON body either way.
    const METHOD: Method = Method::Post;
    /// The documented path (`/v1/vaults/createVaultingSession`), without the gateway prefix.
    const PATH: &'static str;
    /// The wire name of the request field that makes the call idempotent, if the page marks one.
    const IDEMPOTENCY_FIELD: Option<&'static str>;
    /// The large-message gateways the page sends this API through, per region (empty for the
    /// ordinary gateway); see [`crate::protocol::route::base_for`].
    const LARGE_MESSAGE_GATEWAYS: &'static [crate::Gateway] = &[];
    /// The response of a successful call.
    type Response: DeserializeOwned;
    /// The API's error enum.
    type Error: ApiError;

    /// The constants above, as one value (for lists of operations).
    const INFO: OperationInfo = OperationInfo {
        name: Self::NAME,
        method: Self::METHOD,
        path: Self::PATH,
        idempotency_field: Self::IDEMPOTENCY_FIELD,
    };

    /// The value of the idempotency field of this request.
    fn idempotency_key(&self) -> Option<&str>;
}

/// What a generated crate lists about each of its APIs, for tools that serve or inspect them
/// (the sandbox routes by it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OperationInfo {
    /// The API name.
    pub name: &'static str,
    /// The HTTP method its page gives.
    pub method: Method,
    /// The documented path.
    pub path: &'static str,
    /// The idempotency field, if any.
    pub idempotency_field: Option<&'static str>,
}

/// Code run once per request type of a generated crate (its `for_each_operation`), for tools
/// and tests that must cover every API with its own type: golden bodies, limits, simulators.
/// Only the APIs whose families are compiled are visited.
pub trait OperationVisitor {
    /// Called with the request type of one API.
    fn visit<O>(&mut self)
    where
        O: Operation + crate::FromDraft + Send + Sync + 'static,
        O::Draft: DeserializeOwned;
}
