//! What the sandbox remembers: vaulting sessions, answers kept per idempotency id, and a log
//! of every call for tests to inspect.

use bytes::Bytes;
use std::collections::HashMap;
use vault_runtime::{ApiResult, DateTime};

/// A vaulting session created by `createVaultingSession`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// The session id returned.
    pub id: String,
    /// The merchant's vaulting request id.
    pub vaulting_request_id: String,
    /// The client that created it.
    pub client_id: String,
    /// Where the outcome is to be notified.
    pub notification_url: String,
    /// When it expires.
    pub expiry: DateTime,
}

/// One call as the sandbox received it.
#[derive(Debug, Clone)]
pub struct RecordedCall {
    /// The request path as received.
    pub path: String,
    /// The `Client-Id` header.
    pub client_id: Option<String>,
    /// The `Request-Time` header.
    pub request_time: Option<String>,
    /// The `Signature` header.
    pub signature: Option<String>,
    /// Whether the request signature verified.
    pub signature_valid: bool,
    /// The body bytes as received.
    pub body: Bytes,
    /// The result code answered.
    pub result_code: String,
}

/// An answer: its result (for logs and idempotency) and its body bytes.
#[derive(Debug, Clone)]
pub struct Reply {
    /// The `result` object of the body.
    pub result: ApiResult,
    /// The JSON body.
    pub body: Vec<u8>,
}

/// A final answer kept for its idempotency id, with the request it answered.
#[derive(Debug, Clone)]
pub(crate) struct Kept {
    pub request: serde_json::Value,
    pub reply: Reply,
}

/// The sandbox's mutable state.
#[derive(Debug, Default)]
pub struct World {
    /// Vaulting sessions, in creation order.
    pub sessions: Vec<Session>,
    /// Final answers by (client id, API, idempotency id).
    pub(crate) kept: HashMap<(String, &'static str, String), Kept>,
    /// Every call received.
    pub calls: Vec<RecordedCall>,
}
