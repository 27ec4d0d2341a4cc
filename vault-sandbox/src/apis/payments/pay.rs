//! `pay` with a vaulted card: the token must belong to a card this client vaulted; the payment
//! is authorised at once, or after 3-D Secure when `paymentMethod.requireIssuerAuthentication`
//! is `true` (`PAYMENT_IN_PROCESS` with the page to open, until `paymentExpiryTime`); an
//! automatic capture takes the whole amount when the payment is authorised.

#![allow(
    clippy::result_large_err,
    reason = "the error is the page's PayError, whose PAYMENT_IN_PROCESS carries the answer's URLs"
)]

use super::{AUTHENTICATION_PAGE, AUTHORISATION_DAYS, PAYMENT_MINUTES, amount, failed, notifications, pending};
use crate::endpoint::{Caller, success_result};
use crate::gateway::BuyerPage;
use crate::state::{Capture, CaptureMode, Payment, PaymentState, Vaulting, VaultingState};
use crate::store::{StoreError, Tx};
use vault_generated::CommonCode;
use vault_generated::payments::CaptureMode as RequestedCapture;
use vault_generated::payments::{PayError, PayRequest, PayResponse};
use vault_runtime::ApiError as _;

pub(crate) fn behaviour(tx: &mut Tx<'_>, caller: &Caller, request: &PayRequest) -> Result<PayResponse, PayError> {
    let request_id = request.payment_request_id.as_str();
    if let Some(existing) = super::payment(tx, &caller.client_id, None, Some(request_id))? {
        // The same paymentRequestId again after an answer that was not final (final answers
        // are replayed before this runs): never a second charge, only how the payment stands.
        return answer(&existing);
    }
    let token = card_token(tx, caller, request)?;
    let authenticate = request.payment_method.require_issuer_authentication == Some(true);
    let now = tx.now();
    let mut payment = Payment {
        payment_id: crate::apis::random_id("PAY"),
        payment_request_id: request_id.to_owned(),
        client_id: caller.client_id.clone(),
        currency: request.payment_amount.currency,
        amount: request.payment_amount.value.get(),
        capture_mode: capture_mode(request),
        state: PaymentState::AwaitingAuthentication,
        card_token: token,
        payment_method_type: None,
        reference_merchant_id: request.order.merchant.as_ref().map(|m| m.reference_merchant_id.as_str().to_owned()),
        notify_url: request.payment_notify_url.as_ref().map(|url| url.as_str().to_owned()),
        redirect_url: request.payment_redirect_url.as_str().to_owned(),
        created: now,
        authorised: None,
        payment_expiry: request.payment_expiry_time.unwrap_or(now + chrono::Duration::minutes(PAYMENT_MINUTES)),
        auth_expiry: None,
        failure: None,
        cancelled: None,
        authentication_url: authenticate
            .then(|| BuyerPage::url(&caller.sandbox_url, AUTHENTICATION_PAGE.prefix, &caller.client_id, request_id)),
        capture: None,
    };
    tx.insert(&payment)?;
    if !authenticate {
        authorise(tx, &mut payment)?;
    }
    answer(&payment)
}

/// The vaulted card's token named by `paymentMethod`, or why the request cannot be charged.
fn card_token(tx: &mut Tx<'_>, caller: &Caller, request: &PayRequest) -> Result<String, PayError> {
    let method = &request.payment_method;
    if method.payment_method_type.as_str() != "CARD" {
        let message = format!("the sandbox charges vaulted cards only, not `{}`", method.payment_method_type.as_str());
        return Err(PayError::Common { code: CommonCode::ProcessFail, message });
    }
    let Some(token) = method.payment_method_id.as_ref().map(|id| id.expose().as_str()) else {
        let message = "paymentMethod.paymentMethodId: the cardToken of a vaulted card is required".to_owned();
        return Err(PayError::Common { code: CommonCode::ParamIllegal, message });
    };
    // A vaulted card stays vaulted: no lock needed to rely on it.
    let vaulting = tx.peek::<Vaulting>(token)?;
    let vaulted = vaulting.is_some_and(|v| v.client_id == caller.client_id && v.state == VaultingState::Success);
    if !vaulted {
        let message = "paymentMethod.paymentMethodId: no card of this client is vaulted under this token".to_owned();
        return Err(PayError::Common { code: CommonCode::ParamIllegal, message });
    }
    Ok(token.to_owned())
}

/// `paymentFactor.captureMode`; automatic when absent, as the vendor's capture guide says.
fn capture_mode(request: &PayRequest) -> CaptureMode {
    match request.payment_factor.as_ref().and_then(|factor| factor.capture_mode) {
        Some(RequestedCapture::Manual) => CaptureMode::Manual,
        _ => CaptureMode::Automatic,
    }
}

/// The payment is authorised (and captured, when automatic) and saved; the merchant is
/// notified.
pub(super) fn authorise(tx: &mut Tx<'_>, payment: &mut Payment) -> Result<(), StoreError> {
    let now = tx.now();
    payment.state = PaymentState::Authorised;
    payment.authorised = Some(now);
    payment.auth_expiry = Some(now + chrono::Duration::days(AUTHORISATION_DAYS));
    payment.authentication_url = None;
    if let Some(outgoing) = notifications::payment(tx, payment)? {
        tx.notify(outgoing)?;
    }
    if payment.capture_mode == CaptureMode::Automatic {
        payment.state = PaymentState::Captured;
        payment.capture = Some(Capture {
            capture_id: crate::apis::random_id("CAP"),
            capture_request_id: payment.payment_request_id.clone(),
            amount: payment.amount,
            time: now,
        });
        if let Some(outgoing) = notifications::capture(payment) {
            tx.notify(outgoing)?;
        }
    }
    tx.update(payment)
}

/// The answer for a payment as it stands.
fn answer(payment: &Payment) -> Result<PayResponse, PayError> {
    let mut response = PayResponse::default();
    response.result = success_result::<PayError>();
    response.payment_request_id = Some(payment.payment_request_id.clone());
    response.payment_id = Some(payment.payment_id.clone());
    response.payment_amount = Some(amount(payment.currency, payment.amount));
    response.payment_create_time = Some(payment.created);
    response.payment_time = payment.authorised;
    response.auth_expiry_time = payment.auth_expiry;
    match payment.state {
        PaymentState::Authorised | PaymentState::Captured => {}
        PaymentState::AwaitingAuthentication => {
            // A `U` that carries the response's fields (the URLs), so it is a response whose
            // result is the error's.
            response.result = pending().to_result();
            response.normal_url = payment.authentication_url.clone();
            response.applink_url = payment.authentication_url.clone();
            response.scheme_url = Some(format!("antom-sandbox://authenticate/{}", payment.payment_request_id));
        }
        PaymentState::Failed => return Err(failed(payment)),
        PaymentState::Cancelled => {
            let message = "the payment was cancelled".to_owned();
            return Err(PayError::Common { code: CommonCode::ProcessFail, message });
        }
    }
    Ok(response)
}

/// Finishes a payment's 3-D Secure authentication: authorised (and captured when automatic)
/// or failed, and the merchant notified. Returns where the buyer goes next; `None` when the
/// payment is not waiting for the buyer (or its time ran out).
pub(crate) fn complete_authentication(
    tx: &mut Tx<'_>,
    client_id: &str,
    payment_request_id: &str,
    passed: bool,
) -> Result<Option<String>, StoreError> {
    let payment = super::payment(tx, client_id, None, Some(payment_request_id))?;
    let Some(mut payment) = payment.filter(|p| p.state == PaymentState::AwaitingAuthentication) else {
        return Ok(None);
    };
    if passed {
        authorise(tx, &mut payment)?;
    } else {
        payment.state = PaymentState::Failed;
        payment.authentication_url = None;
        payment.failure = Some("the buyer did not pass 3-D Secure authentication".to_owned());
        tx.update(&payment)?;
        if let Some(outgoing) = notifications::payment(tx, &payment)? {
            tx.notify(outgoing)?;
        }
    }
    Ok(Some(payment.redirect_url))
}
