//! What the sandbox remembers: vaulting sessions, answers kept per idempotency id, and a log
//! of every call for tests to inspect.

use bytes::Bytes;
use std::collections::HashMap;
use vault_generated::response::CardPaymentMethodDetail;
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

/// How a vaulting stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VaultingState {
    /// Waiting for the buyer to verify the card.
    Processing,
    /// The card is vaulted.
    Success,
    /// Vaulting failed.
    Fail,
}

/// A card vaulting started by `vaultPaymentMethod`.
#[derive(Debug, Clone)]
pub struct Vaulting {
    /// The merchant's vaulting request id.
    pub vaulting_request_id: String,
    /// The client that started it.
    pub client_id: String,
    /// How it stands.
    pub state: VaultingState,
    /// The card as answers show it (the token once vaulted).
    pub card: CardPaymentMethodDetail,
    /// The token, issued when verification is done.
    pub card_token: String,
    /// Where the outcome is notified.
    pub notification_url: String,
    /// Where the buyer goes after verification.
    pub redirect_url: String,
    /// When it was started.
    pub created: DateTime,
    /// The page the buyer opens to verify the card (3-D Secure), while processing.
    pub verification_url: Option<String>,
}

/// A notification waiting to be sent.
#[derive(Debug, Clone)]
pub struct Outgoing {
    /// The merchant's notification URL.
    pub url: String,
    /// The client it is for.
    pub client_id: String,
    /// The JSON body.
    pub body: Vec<u8>,
}

/// A notification the sandbox sent, and how the merchant answered.
#[derive(Debug, Clone)]
pub struct Delivery {
    /// Where it went.
    pub url: String,
    /// The body sent.
    pub body: Bytes,
    /// The HTTP status of the answer (none when the request failed).
    pub status: Option<u16>,
    /// Whether the answer was exactly the acknowledgement.
    pub acknowledged: bool,
    /// Why the request failed, when it did.
    pub error: Option<String>,
}

/// The sandbox's mutable state.
#[derive(Debug, Default)]
pub struct World {
    /// Vaulting sessions, in creation order.
    pub sessions: Vec<Session>,
    /// Card vaultings, in creation order.
    pub vaultings: Vec<Vaulting>,
    /// Notifications to send once the current call is answered.
    pub(crate) outbox: Vec<Outgoing>,
    /// Notifications sent.
    pub deliveries: Vec<Delivery>,
    /// Final answers by (client id, API, idempotency id).
    pub(crate) kept: HashMap<(String, &'static str, String), Kept>,
    /// Every call received.
    pub calls: Vec<RecordedCall>,
}

impl World {
    /// The vaulting of a client's request id.
    pub fn vaulting(&self, client_id: &str, vaulting_request_id: &str) -> Option<&Vaulting> {
        self.vaultings.iter().find(|v| v.client_id == client_id && v.vaulting_request_id == vaulting_request_id)
    }

    /// Queues a notification to send after the current call.
    pub(crate) fn notify(&mut self, outgoing: Outgoing) {
        self.outbox.push(outgoing);
    }
}
