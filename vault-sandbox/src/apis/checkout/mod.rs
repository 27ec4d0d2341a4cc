//! Checkout: `createPaymentSession` opens a payment for the buyer, who pays on the sandbox's
//! checkout page (`/sandbox/checkout/{clientId}/{paymentRequestId}`, the answer's `normalUrl`,
//! or [`crate::RunningSandbox::complete_checkout`]); the payment is then authorised and
//! captured, notifyPayment goes to `paymentNotifyUrl`, and inquiryPayment sees it. Until the
//! session expires (`paymentSessionExpiryTime`, by the sandbox clock) the same
//! `paymentRequestId` answers the same session; a buyer who does not pay in time leaves a
//! failed payment, notified like any other.

use crate::apis::refuse;
use crate::endpoint::{Caller, Endpoint, success_result};
use crate::gateway::BuyerPage;
use crate::state::{Payment, PaymentState};
use crate::store::Tx;
use std::collections::HashMap;
use vault_generated::CommonCode;

// The generated types of the family's page: the only place that names them.
use vault_generated::checkout::{
    CreatePaymentSessionError as SessionError, CreatePaymentSessionRequest as SessionRequest,
    CreatePaymentSessionResponse as SessionResponse,
};

crate::endpoint::unknown_on_store_failure!(SessionError);

/// Adds the family's endpoint.
pub(crate) fn add(map: &mut HashMap<&'static str, Box<dyn Endpoint>>) {
    super::add::<SessionRequest>(map, create_payment_session);
}

/// Where the buyer pays a Checkout payment (`?outcome=fail`: the buyer's payment fails).
pub(crate) const CHECKOUT_PAGE: BuyerPage = BuyerPage {
    kind: <Payment as crate::store::Record>::KIND,
    prefix: "/sandbox/checkout/",
    complete: super::payments::complete_buyer,
};

fn create_payment_session(
    tx: &mut Tx<'_>,
    caller: &Caller,
    request: &SessionRequest,
) -> Result<SessionResponse, SessionError> {
    let request_id = request.payment_request_id.as_str();
    if let Some(existing) = super::payments::payment(tx, &caller.client_id, None, Some(request_id))? {
        // Its kept answer was pruned, or the last answer was not final: the same session.
        if existing.state != PaymentState::AwaitingAuthentication {
            let why = format!("paymentRequestId: the payment `{request_id}` is no longer waiting for the buyer");
            return Err(refuse(CommonCode::ProcessFail, why));
        }
        // The page names no idempotency field, so the sandbox compares the money itself.
        let (currency, value) = (request.payment_amount.currency, request.payment_amount.value.get());
        if (existing.currency, existing.amount) != (currency, value) {
            let why = "paymentRequestId: already used for another amount";
            return Err(refuse(CommonCode::RepeatReqInconsistent, why));
        }
        return Ok(answer(&existing));
    }
    if request.order.order_amount.currency != request.payment_amount.currency {
        return Err(refuse(CommonCode::ParamIllegal, "paymentAmount.currency: differs from the order's"));
    }
    let url = BuyerPage::url(&caller.sandbox_url, CHECKOUT_PAGE.prefix, &caller.client_id, request_id);
    let method = request.payment_method.as_ref().map(|m| m.payment_method_type.as_str());
    let charge = super::payments::Charge {
        client_id: &caller.client_id,
        payment_request_id: request_id,
        currency: request.payment_amount.currency,
        amount: request.payment_amount.value.get(),
        method,
        notify_url: request.payment_notify_url.as_ref().map(|url| url.as_str()),
        redirect_url: request.payment_redirect_url.as_str(),
    };
    let expiry = request.payment_session_expiry_time.or(request.payment_expiry_time);
    if expiry.is_some_and(|expiry| expiry <= tx.now()) {
        return Err(refuse(CommonCode::ParamIllegal, "paymentSessionExpiryTime: already passed"));
    }
    let payment = super::payments::await_buyer(tx, &charge, url, expiry)?;
    Ok(answer(&payment))
}

/// The session of a payment waiting for the buyer: its id and data are derived from the
/// payment's, so that an answer given again is the same.
fn answer(payment: &Payment) -> SessionResponse {
    let mut response = SessionResponse::default();
    response.result = success_result::<SessionError>();
    response.payment_session_id = format!("PS{}", payment.payment_id);
    response.payment_session_data = format!("sandbox-session-{}", payment.payment_id);
    response.payment_session_expiry_time = payment.payment_expiry;
    response.normal_url = payment.authentication_url.clone();
    response.url = payment.authentication_url.clone();
    response
}
