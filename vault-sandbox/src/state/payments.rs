//! What the sandbox remembers of payments: for each payment the money authorised, captured and
//! refunded, in minor units of its currency (never floating point).

use vault_runtime::{Currency, DateTime};

/// How the funds of a payment are captured (`paymentFactor.captureMode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaptureMode {
    /// Captured in full as soon as the payment is authorised (the default).
    Automatic,
    /// Captured when the merchant calls `capture`.
    Manual,
}

/// How a payment stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaymentState {
    /// Waiting for the buyer to pass 3-D Secure.
    AwaitingAuthentication,
    /// Authorised; the funds wait for a capture.
    Authorised,
    /// Captured; refunds may follow, up to the captured amount.
    Captured,
    /// Cancelled before capture: nothing is charged.
    Cancelled,
    /// Authentication failed: nothing is charged.
    Failed,
}

/// A payment made by `pay` with a vaulted card.
#[derive(Debug, Clone)]
pub struct Payment {
    /// The sandbox's payment id.
    pub payment_id: String,
    /// The merchant's payment request id.
    pub payment_request_id: String,
    /// The client that made it.
    pub client_id: String,
    /// The currency of every amount of the payment.
    pub currency: Currency,
    /// The amount asked, in minor units.
    pub amount: i64,
    /// How it is captured.
    pub capture_mode: CaptureMode,
    /// How it stands.
    pub state: PaymentState,
    /// The card token charged.
    pub card_token: String,
    /// Where notifyPayment and notifyCapture go (none: not notified).
    pub notify_url: Option<String>,
    /// Where the buyer returns after authentication.
    pub redirect_url: String,
    /// When it was created.
    pub created: DateTime,
    /// When it was authorised.
    pub authorised: Option<DateTime>,
    /// When it was cancelled.
    pub cancelled: Option<DateTime>,
    /// The page where the buyer authenticates, while that is pending.
    pub authentication_url: Option<String>,
    /// The capture, once made (the sandbox captures a payment once).
    pub capture: Option<Capture>,
}

impl Payment {
    /// The amount captured, in minor units.
    pub fn captured(&self) -> i64 {
        self.capture.as_ref().map_or(0, |capture| capture.amount)
    }
}

/// The capture of a payment.
#[derive(Debug, Clone)]
pub struct Capture {
    /// The sandbox's capture id.
    pub capture_id: String,
    /// The merchant's capture request id (for an automatic capture, the payment request id).
    pub capture_request_id: String,
    /// The amount captured, in minor units.
    pub amount: i64,
    /// When.
    pub time: DateTime,
}

/// A refund of a captured payment.
#[derive(Debug, Clone)]
pub struct Refund {
    /// The sandbox's refund id.
    pub refund_id: String,
    /// The merchant's refund request id.
    pub refund_request_id: String,
    /// The payment refunded.
    pub payment_id: String,
    /// The client that asked.
    pub client_id: String,
    /// The currency (the payment's).
    pub currency: Currency,
    /// The amount refunded, in minor units.
    pub amount: i64,
    /// When.
    pub time: DateTime,
}
