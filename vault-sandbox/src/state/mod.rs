//! What the sandbox remembers, as plain values: each family's records (stored by
//! [`crate::store`]), the answers it gives, the calls it received and the notifications it
//! delivered.

mod authorizations;
mod disputes;
mod marketplace;
mod payments;
mod subscriptions;
mod vaulting;

pub use authorizations::{Authorization, AuthorizationState, Token, TokenKind};
pub use disputes::{Dispute, DisputeState};
pub use marketplace::{Account, Settlement, Transfer};
pub use payments::{Capture, CaptureMode, Payment, PaymentState, Refund, money};
pub use subscriptions::{Subscription, SubscriptionState};
pub use vaulting::{Session, Vaulting, VaultingState};

use bytes::Bytes;
use vault_runtime::ApiResult;

/// One call as the sandbox received it and answered it, bodies with their secrets redacted
/// (card numbers, CVVs, tokens, session data: every field the pages mark as a secret).
#[derive(Debug, Clone)]
pub struct RecordedCall {
    /// When it arrived (the machine's clock, UTC).
    pub time: chrono::DateTime<chrono::Utc>,
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
    /// The body as received, secrets redacted. A body with no secret is kept byte for byte
    /// (so its signature can still be checked against it).
    pub body: Bytes,
    /// The result code answered.
    pub result_code: String,
    /// The result status answered (`S`, `F` or `U`).
    pub result_status: String,
    /// The answer's body, secrets redacted.
    pub answer: Bytes,
}

/// An answer: its result (for logs and idempotency) and its body bytes.
#[derive(Debug, Clone)]
pub struct Reply {
    /// The `result` object of the body.
    pub result: ApiResult,
    /// The JSON body, secrets in clear (as the gateway answers).
    pub body: Vec<u8>,
    /// The body with its secrets redacted, when it has any (for the call log).
    pub redacted: Option<Vec<u8>>,
}

impl Reply {
    /// The body as the call log shows it.
    pub fn logged(&self) -> &[u8] {
        self.redacted.as_deref().unwrap_or(&self.body)
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
    /// Why the request failed, or why it was not sent, when it was not.
    pub error: Option<String>,
    /// Not sent: the URL is outside the allow-list (`--notify-allow`); `error` says why.
    pub refused: bool,
}
