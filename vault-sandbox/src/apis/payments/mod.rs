//! The online payments family: pay with a vaulted card (captured automatically or manually,
//! with 3-D Secure when asked), capture, cancel, refund, the two inquiries, and the
//! notifyPayment, notifyCapture and notifyRefund messages.
//!
//! The money rules: a capture takes at most the authorised amount, in the payment's currency,
//! once, before the authorisation expires; a cancellation comes before the capture; refunds
//! together never exceed what was captured. A call reads its payment locked
//! ([`crate::store::Tx::get`]), so concurrent calls on one payment (in one sandbox process
//! or several on one database) take turns and see each other's money.
//!
//! Expiries follow the sandbox clock: a payment still waiting for 3-D Secure after its
//! `paymentExpiryTime` (default 14 minutes, as the page says) fails when next looked at, and
//! the merchant is notified; an authorisation can be captured for [`AUTHORISATION_DAYS`].

mod cancel;
mod capture;
mod charge;
mod inquiry_payment;
mod inquiry_refund;
mod notifications;
mod pay;
mod refund;

use crate::endpoint::{Endpoint, unknown_on_store_failure};
use crate::gateway::BuyerPage;
use crate::state::{Payment, PaymentState};
use crate::store::{StoreError, Tx};
use std::collections::HashMap;
use vault_generated::CommonCode;
use vault_generated::payments::response::Amount as PaymentAmount;
use vault_generated::payments::{
    CancelError, CancelRequest, CaptureError, CaptureRequest, InquiryPaymentError, InquiryPaymentRequest,
    InquiryRefundError, InquiryRefundRequest, PayError, PayRequest, RefundError, RefundRequest,
};
use vault_runtime::Currency;

pub(crate) use charge::{Charge, await_buyer, charge_now};
pub(crate) use pay::complete_authentication as complete_buyer;

unknown_on_store_failure!(PayError, CaptureError, CancelError, RefundError, InquiryPaymentError, InquiryRefundError);

/// How long an authorisation can be captured, by the sandbox clock (card schemes hold
/// authorisations about a week).
pub(crate) const AUTHORISATION_DAYS: i64 = 7;

/// How long the buyer has to authenticate when `paymentExpiryTime` is not given.
const PAYMENT_MINUTES: i64 = 14;

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
pub(crate) const AUTHENTICATION_PAGE: BuyerPage = BuyerPage {
    kind: <crate::state::Payment as crate::store::Record>::KIND,
    prefix: "/sandbox/authenticate/",
    complete: pay::complete_authentication,
};

/// An amount as answers and notifications write it: the currency code and the minor units.
pub(crate) fn amount(currency: Currency, minor_units: i64) -> PaymentAmount {
    let mut amount = PaymentAmount::default();
    amount.currency = currency.code().to_owned();
    amount.value = minor_units.to_string();
    amount
}

/// The `U` of a payment waiting for the buyer.
fn pending() -> PayError {
    PayError::PaymentInProcess {
        message: String::new(),
        payment_request_id: None,
        payment_id: None,
        payment_create_time: None,
        normal_url: None,
        scheme_url: None,
        applink_url: None,
        app_identifier: None,
    }
}

/// A payment that failed (authentication failed, or it expired first). The page documents
/// no code for it, so it is the gateway's common business failure.
fn failed(payment: &Payment) -> PayError {
    let message = payment.failure.clone().unwrap_or_else(|| "the payment failed".to_owned());
    PayError::Common { code: CommonCode::ProcessFail, message }
}

/// A client's payment by its id or its request id (both must match when both are given),
/// locked for the call; a payment whose authentication expired fails first.
pub(crate) fn payment(
    tx: &mut Tx<'_>,
    client_id: &str,
    payment_id: Option<&str>,
    request_id: Option<&str>,
) -> Result<Option<Payment>, StoreError> {
    let found = match (payment_id, request_id) {
        (Some(id), _) => tx.get::<Payment>(id)?,
        (None, Some(request_id)) => tx.find::<Payment>(&Payment::by_request(client_id, request_id))?,
        (None, None) => None,
    };
    let found = found.filter(|p| p.client_id == client_id && request_id.is_none_or(|id| p.payment_request_id == id));
    let Some(mut payment) = found else { return Ok(None) };
    if payment.state == PaymentState::AwaitingAuthentication && tx.now() > payment.payment_expiry {
        payment.state = PaymentState::Failed;
        payment.authentication_url = None;
        payment.failure = Some("the payment expired before the buyer authenticated".to_owned());
        tx.update(&payment)?;
        if let Some(outgoing) = notifications::payment(tx, &payment)? {
            tx.notify(outgoing)?;
        }
    }
    Ok(Some(payment))
}
