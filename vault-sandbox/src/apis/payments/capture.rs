//! `capture`: takes at most the authorised amount of an authorised payment, in its currency,
//! once (the sandbox does not split captures), before the authorisation expires (by the
//! sandbox clock); the merchant is notified.

use super::notifications;
use crate::endpoint::{Caller, success_result};
use crate::state::{Capture, CaptureMode, PaymentState};
use crate::store::Tx;
use vault_generated::payments::{CaptureError, CaptureRequest, CaptureResponse};

pub(crate) fn behaviour(
    tx: &mut Tx<'_>,
    caller: &Caller,
    request: &CaptureRequest,
) -> Result<CaptureResponse, CaptureError> {
    let payment_id = request.payment_id.as_str();
    let Some(mut payment) = super::payment(tx, &caller.client_id, Some(payment_id), None)? else {
        return Err(CaptureError::AuthNotFound { message: format!("no payment `{payment_id}`") });
    };
    match payment.state {
        PaymentState::Authorised => {}
        PaymentState::Cancelled => return Err(CaptureError::AuthCancelled { message: String::new() }),
        // The same captureRequestId again once its kept answer was pruned (Retention): the
        // capture as it stands, never a second one.
        PaymentState::Captured
            if payment.capture_mode == CaptureMode::Manual
                && payment
                    .capture
                    .as_ref()
                    .is_some_and(|c| c.capture_request_id == request.capture_request_id.as_str()) =>
        {
            return Ok(answer(&payment));
        }
        PaymentState::Captured => {
            let message = "the payment is already captured, and the sandbox captures a payment once".to_owned();
            return Err(CaptureError::MultiCaptureNotSupported { message });
        }
        PaymentState::AwaitingAuthentication | PaymentState::Failed => {
            let message = "the payment is not authorised".to_owned();
            return Err(CaptureError::AuthNotFound { message });
        }
    }
    if let Some(expiry) = payment.auth_expiry
        && tx.now() > expiry
    {
        return Err(CaptureError::AuthExpired { message: format!("the authorisation expired at {expiry}") });
    }
    let asked = &request.capture_amount;
    if asked.currency != payment.currency {
        let message = format!("the payment is in {}, not {}", payment.currency.code(), asked.currency.code());
        return Err(CaptureError::CurrencyNotSupport { message });
    }
    if asked.value.get() > payment.amount {
        let message = format!("{} is more than the {} authorised", asked.value.get(), payment.amount);
        return Err(CaptureError::CaptureAmountExceedAuthLimit { message });
    }
    let capture = Capture {
        capture_id: crate::apis::random_id("CAP"),
        capture_request_id: request.capture_request_id.as_str().to_owned(),
        amount: asked.value.get(),
        time: tx.now(),
    };
    payment.state = PaymentState::Captured;
    payment.capture = Some(capture);
    tx.update(&payment)?;
    if let Some(outgoing) = notifications::capture(&payment) {
        tx.notify(outgoing)?;
    }
    Ok(answer(&payment))
}

/// The answer of a captured payment.
fn answer(payment: &crate::state::Payment) -> CaptureResponse {
    let mut response = CaptureResponse::default();
    response.result = success_result::<CaptureError>();
    if let Some(capture) = &payment.capture {
        response.capture_request_id = Some(capture.capture_request_id.clone());
        response.capture_id = Some(capture.capture_id.clone());
        response.capture_amount = Some(notifications::capture_amount(payment, capture.amount));
        response.capture_time = Some(capture.time);
    }
    response.payment_id = Some(payment.payment_id.clone());
    response
}
