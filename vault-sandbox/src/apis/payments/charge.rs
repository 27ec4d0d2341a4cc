//! Payments that other families cause: the charge of a subscription's period (captured at
//! once) and a Checkout payment that waits for the buyer. Both are payments like `pay`'s, so
//! inquiryPayment, capture, cancel, refund and notifyPayment treat them the same way.

use super::{AUTHORISATION_DAYS, PAYMENT_MINUTES, notifications};
use crate::state::{Capture, CaptureMode, Payment, PaymentState};
use crate::store::{StoreError, Tx};
use vault_runtime::{Currency, DateTime};

/// What another family asks to be charged.
pub(crate) struct Charge<'a> {
    /// The client charged for.
    pub client_id: &'a str,
    /// The payment's request id (the merchant's, or one the family derives).
    pub payment_request_id: &'a str,
    /// The currency.
    pub currency: Currency,
    /// The amount, in minor units.
    pub amount: i64,
    /// The payment method type, when known (Checkout lets the buyer choose).
    pub method: Option<&'a str>,
    /// Where notifyPayment goes.
    pub notify_url: Option<&'a str>,
    /// Where the buyer returns.
    pub redirect_url: &'a str,
}

impl Charge<'_> {
    fn payment(&self, now: DateTime, expiry: DateTime) -> Payment {
        Payment {
            payment_id: crate::apis::random_id("PAY"),
            payment_request_id: self.payment_request_id.to_owned(),
            client_id: self.client_id.to_owned(),
            currency: self.currency,
            amount: self.amount,
            capture_mode: CaptureMode::Automatic,
            state: PaymentState::AwaitingAuthentication,
            card_token: String::new(),
            payment_method_type: self.method.map(str::to_owned),
            reference_merchant_id: None,
            notify_url: self.notify_url.map(str::to_owned),
            redirect_url: self.redirect_url.to_owned(),
            created: now,
            authorised: None,
            payment_expiry: expiry,
            auth_expiry: None,
            failure: None,
            cancelled: None,
            authentication_url: None,
            capture: None,
        }
    }
}

/// A payment charged and captured at once (a subscription's period); notifyPayment is sent.
pub(crate) fn charge_now(tx: &mut Tx<'_>, charge: &Charge<'_>) -> Result<Payment, StoreError> {
    let now = tx.now();
    let mut payment = charge.payment(now, now);
    payment.state = PaymentState::Captured;
    payment.authorised = Some(now);
    payment.auth_expiry = Some(now + chrono::Duration::days(AUTHORISATION_DAYS));
    payment.capture = Some(Capture {
        capture_id: crate::apis::random_id("CAP"),
        capture_request_id: payment.payment_request_id.clone(),
        amount: payment.amount,
        time: now,
    });
    tx.insert(&payment)?;
    if let Some(outgoing) = notifications::payment(tx, &payment)? {
        tx.notify(outgoing)?;
    }
    Ok(payment)
}

/// A payment waiting for the buyer at `buyer_url` until `expiry` (default: the payment page's
/// 14 minutes); the buyer completes it as a 3-D Secure authentication is completed
/// ([`super::AUTHENTICATION_PAGE`]).
pub(crate) fn await_buyer(
    tx: &mut Tx<'_>,
    charge: &Charge<'_>,
    buyer_url: String,
    expiry: Option<DateTime>,
) -> Result<Payment, StoreError> {
    let now = tx.now();
    let expiry = expiry.unwrap_or(now + chrono::Duration::minutes(PAYMENT_MINUTES));
    let mut payment = charge.payment(now, expiry);
    payment.authentication_url = Some(buyer_url);
    tx.insert(&payment)?;
    Ok(payment)
}
