//! What the sandbox remembers of payments: for each payment the money authorised, captured and
//! refunded, in minor units of its currency (never floating point).

use crate::store::record::{Key, Record, Summary};
use serde::{Deserialize, Serialize};
use vault_runtime::{Currency, DateTime};

/// How the funds of a payment are captured (`paymentFactor.captureMode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CaptureMode {
    /// Captured in full as soon as the payment is authorised (the default).
    Automatic,
    /// Captured when the merchant calls `capture`.
    Manual,
}

/// How a payment stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PaymentState {
    /// Waiting for the buyer to pass 3-D Secure.
    AwaitingAuthentication,
    /// Authorised; the funds wait for a capture.
    Authorised,
    /// Captured; refunds may follow, up to the captured amount.
    Captured,
    /// Cancelled before capture: nothing is charged.
    Cancelled,
    /// Authentication failed, or the payment expired before it: nothing is charged.
    Failed,
}

/// A payment made by `pay` with a vaulted card.
#[derive(Debug, Clone, Serialize, Deserialize)]
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
    /// The card token charged (empty when the payment is not a vaulted card's).
    pub card_token: String,
    /// The payment method charged when it is not a vaulted card charged by `pay` (a
    /// subscription's period, a Checkout payment): its `paymentMethodType`, when known.
    #[serde(default)]
    pub payment_method_type: Option<String>,
    /// The sub-merchant selling (`order.merchant.referenceMerchantId`), whose balance a
    /// marketplace's settle credits for `SELLER`.
    #[serde(default)]
    pub reference_merchant_id: Option<String>,
    /// Where notifyPayment and notifyCapture go (none: not notified).
    pub notify_url: Option<String>,
    /// Where the buyer returns after authentication.
    pub redirect_url: String,
    /// When it was created.
    pub created: DateTime,
    /// When it was authorised.
    pub authorised: Option<DateTime>,
    /// Until when the buyer may authenticate (by the sandbox clock); then the payment fails.
    pub payment_expiry: DateTime,
    /// Until when an authorised payment may be captured (by the sandbox clock).
    pub auth_expiry: Option<DateTime>,
    /// Why the payment failed, when it did.
    pub failure: Option<String>,
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

    /// The key of a client's payment request id.
    pub(crate) fn by_request(client_id: &str, payment_request_id: &str) -> Key {
        Key::new("paymentRequestId", [client_id, payment_request_id])
    }
}

impl Record for Payment {
    const KIND: &'static str = "payment";

    fn id(&self) -> &str {
        &self.payment_id
    }

    fn keys(&self) -> Vec<Key> {
        vec![Self::by_request(&self.client_id, &self.payment_request_id)]
    }

    fn summary(&self) -> Summary {
        let summary = Summary::new(&self.payment_id)
            .field("paymentRequestId", &self.payment_request_id)
            .field("client", &self.client_id)
            .field("state", format!("{:?}", self.state))
            .field("amount", money(self.currency, self.amount))
            .field("captured", money(self.currency, self.captured()));
        if self.state == PaymentState::AwaitingAuthentication {
            return summary.pending(&self.client_id, &self.payment_request_id);
        }
        summary
    }
}

/// Minor units as a person reads them: `12.34 USD`.
pub fn money(currency: Currency, minor_units: i64) -> String {
    let exponent = u32::from(currency.exponent().unwrap_or(0));
    let scale = 10i64.pow(exponent.min(18));
    let sign = if minor_units < 0 { "-" } else { "" };
    let (whole, fraction) =
        (minor_units.unsigned_abs() / scale.unsigned_abs(), minor_units.unsigned_abs() % scale.unsigned_abs());
    if exponent == 0 {
        format!("{sign}{whole} {}", currency.code())
    } else {
        format!("{sign}{whole}.{fraction:0width$} {}", currency.code(), width = exponent as usize)
    }
}

/// The capture of a payment.
#[derive(Debug, Clone, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Serialize, Deserialize)]
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

impl Refund {
    /// The key of a client's refund request id.
    pub(crate) fn by_request(client_id: &str, refund_request_id: &str) -> Key {
        Key::new("refundRequestId", [client_id, refund_request_id])
    }

    /// The group of a payment's refunds.
    pub(crate) fn of_payment(payment_id: &str) -> Key {
        Key::new("payment", [payment_id])
    }
}

impl Record for Refund {
    const KIND: &'static str = "refund";

    fn id(&self) -> &str {
        &self.refund_id
    }

    fn keys(&self) -> Vec<Key> {
        vec![Self::by_request(&self.client_id, &self.refund_request_id)]
    }

    fn links(&self) -> Vec<Key> {
        vec![Self::of_payment(&self.payment_id)]
    }

    fn summary(&self) -> Summary {
        Summary::new(&self.refund_id)
            .field("refundRequestId", &self.refund_request_id)
            .field("paymentId", &self.payment_id)
            .field("client", &self.client_id)
            .field("amount", money(self.currency, self.amount))
    }
}
