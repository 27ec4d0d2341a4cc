//! What the sandbox remembers: each family's records, answers kept per idempotency id,
//! notifications to send and sent, and a log of every call for tests to inspect.

mod payments;
mod vaulting;

pub use payments::{Capture, CaptureMode, Payment, PaymentState, Refund};
pub use vaulting::{Session, Vaulting, VaultingState};

use bytes::Bytes;
use std::collections::HashMap;
use vault_runtime::ApiResult;

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

impl Outgoing {
    /// A notification of `message` (a generated notification type) for a client.
    pub(crate) fn new(url: &str, client_id: &str, message: &impl serde::Serialize) -> Self {
        // The gateway sends secrets (the card token) in clear, so the sandbox reveals them.
        // Serialising a generated type cannot fail (its maps have string keys).
        let body = vault_runtime::value::secret::reveal(|| serde_json::to_vec(message)).unwrap_or_default();
        Outgoing { url: url.to_owned(), client_id: client_id.to_owned(), body }
    }
}

/// One attempt to deliver a notification, and how the merchant answered.
#[derive(Debug, Clone)]
pub struct Delivery {
    /// Where it went.
    pub url: String,
    /// 1 for the first attempt, 2 for the first resend, ...
    pub attempt: u32,
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
    /// Payments, in creation order.
    pub payments: Vec<Payment>,
    /// Refunds, in creation order.
    pub refunds: Vec<Refund>,
    /// Notifications to send once the current call is answered.
    pub(crate) outbox: Vec<Outgoing>,
    /// Every attempt to deliver a notification, in order.
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

    /// The payment of a client, by its id or the merchant's request id (either may be given).
    pub fn payment(&self, client_id: &str, payment_id: Option<&str>, request_id: Option<&str>) -> Option<&Payment> {
        let index = self.payment_index(client_id, payment_id, request_id)?;
        self.payments.get(index)
    }

    /// Where [`World::payment`] is in `payments`.
    pub(crate) fn payment_index(
        &self,
        client_id: &str,
        payment_id: Option<&str>,
        request_id: Option<&str>,
    ) -> Option<usize> {
        if payment_id.is_none() && request_id.is_none() {
            return None;
        }
        self.payments.iter().position(|p| {
            p.client_id == client_id
                && payment_id.is_none_or(|id| p.payment_id == id)
                && request_id.is_none_or(|id| p.payment_request_id == id)
        })
    }

    /// The refunds of a payment, in the order they were made.
    pub fn refunds_of<'a>(&'a self, payment_id: &'a str) -> impl Iterator<Item = &'a Refund> + 'a {
        self.refunds.iter().filter(move |r| r.payment_id == payment_id)
    }

    /// Queues a notification to send after the current call.
    pub(crate) fn notify(&mut self, outgoing: Outgoing) {
        self.outbox.push(outgoing);
    }
}
