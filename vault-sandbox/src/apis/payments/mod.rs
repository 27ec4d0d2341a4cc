//! The online payments family: pay with a vaulted card (captured automatically or manually,
//! with 3-D Secure when asked), capture, cancel, refund, the two inquiries, and the
//! notifyPayment, notifyCapture and notifyRefund messages.
//!
//! The money rules: a capture takes at most the authorised amount, in the payment's currency,
//! once; a cancellation comes before the capture; refunds together never exceed what was
//! captured. Every call runs under the state's lock, so concurrent calls see each other's
//! money.

mod cancel;
mod capture;
mod inquiry_payment;
mod inquiry_refund;
mod notifications;
mod pay;
mod refund;

use crate::endpoint::Endpoint;
use crate::gateway::BuyerPage;
use std::collections::HashMap;
use vault_generated::payments::{
    CancelRequest, CaptureRequest, InquiryPaymentRequest, InquiryRefundRequest, PayRequest, RefundRequest,
};
use vault_generated::response::PaymentAmount;
use vault_runtime::Currency;

/// Adds the family's endpoints.
pub(crate) fn add(map: &mut HashMap<&'static str, Box<dyn Endpoint>>) {
    super::add::<PayRequest>(map, pay::behaviour);
    super::add::<CaptureRequest>(map, capture::behaviour);
    super::add::<CancelRequest>(map, cancel::behaviour);
    super::add::<RefundRequest>(map, refund::behaviour);
    super::add::<InquiryPaymentRequest>(map, inquiry_payment::behaviour);
    super::add::<InquiryRefundRequest>(map, inquiry_refund::behaviour);
}

/// Where the buyer authenticates a payment: `/sandbox/authenticate/{clientId}/{paymentRequestId}`.
pub(crate) const AUTHENTICATION_PAGE: BuyerPage =
    BuyerPage { prefix: "/sandbox/authenticate/", complete: pay::complete_authentication };

/// An amount as answers and notifications write it: the currency code and the minor units.
fn amount(currency: Currency, minor_units: i64) -> PaymentAmount {
    let mut amount = PaymentAmount::default();
    amount.currency = currency.code().to_owned();
    amount.value = minor_units.to_string();
    amount
}
