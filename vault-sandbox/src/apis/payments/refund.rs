//! `refund`: part or all of a captured payment, in its currency; the refunds of a payment
//! together never exceed what was captured. The refund succeeds at once and is notified to
//! `refundNotifyUrl` when given.
//!
//! The vendor's refund page lists no code that is reachable for this project (see
//! `api-docs/payments/SOURCES.txt`), so refusals are the gateway's common codes with a
//! message that says which rule was broken.

use super::{amount, notifications};
use crate::endpoint::{Caller, success_result};
use crate::state::{PaymentState, Refund};
use crate::store::Tx;
use vault_generated::CommonCode;
use vault_generated::payments::{RefundError, RefundRequest, RefundResponse};

pub(crate) fn behaviour(
    tx: &mut Tx<'_>,
    caller: &Caller,
    request: &RefundRequest,
) -> Result<RefundResponse, RefundError> {
    let payment_id = request.payment_id.as_str();
    // Locked: concurrent refunds of one payment take turns, each seeing the others' money.
    let Some(payment) = super::payment(tx, &caller.client_id, Some(payment_id), None)? else {
        return Err(refused(CommonCode::ProcessFail, format!("no payment `{payment_id}`")));
    };
    // The same refundRequestId again once its kept answer was pruned (Retention): the refund
    // as it stands, never a second one.
    let key = Refund::by_request(&caller.client_id, request.refund_request_id.as_str());
    if let Some(existing) = tx.peek_by::<Refund>(&key)? {
        return Ok(answer(&existing));
    }
    if payment.state != PaymentState::Captured {
        let message = format!("only a captured payment can be refunded; `{payment_id}` is not captured");
        return Err(refused(CommonCode::ProcessFail, message));
    }
    let asked = &request.refund_amount;
    if asked.currency != payment.currency {
        let message = format!("refundAmount.currency: the payment is in {}", payment.currency.code());
        return Err(refused(CommonCode::ParamIllegal, message));
    }
    let capture_id = payment.capture.as_ref().map(|c| c.capture_id.as_str());
    if let Some(asked_capture) = &request.capture_id
        && Some(asked_capture.as_str()) != capture_id
    {
        let message = format!("captureId: `{}` is not a capture of this payment", asked_capture.as_str());
        return Err(refused(CommonCode::ParamIllegal, message));
    }
    let captured = payment.captured();
    let refunded: i64 = tx.linked::<Refund>(&Refund::of_payment(payment_id))?.iter().map(|r| r.amount).sum();
    let total = refunded.checked_add(asked.value.get());
    if total.is_none_or(|total| total > captured) {
        let message = format!(
            "refunds may not exceed the captured amount: {captured} captured, {refunded} refunded, {} asked",
            asked.value.get()
        );
        return Err(refused(CommonCode::ProcessFail, message));
    }
    let refund = Refund {
        refund_id: crate::apis::random_id("REF"),
        refund_request_id: request.refund_request_id.as_str().to_owned(),
        payment_id: payment_id.to_owned(),
        client_id: caller.client_id.clone(),
        currency: payment.currency,
        amount: asked.value.get(),
        time: tx.now(),
    };
    tx.insert(&refund)?;
    if let Some(url) = &request.refund_notify_url {
        tx.notify(notifications::refund(&refund, url.as_str()))?;
    }
    Ok(answer(&refund))
}

/// The answer of a refund made.
fn answer(refund: &Refund) -> RefundResponse {
    let mut response = RefundResponse::default();
    response.result = success_result::<RefundError>();
    response.refund_request_id = Some(refund.refund_request_id.clone());
    response.refund_id = Some(refund.refund_id.clone());
    response.payment_id = Some(refund.payment_id.clone());
    response.refund_amount = Some(amount(refund.currency, refund.amount));
    response.refund_time = Some(refund.time);
    response
}

fn refused(code: CommonCode, message: String) -> RefundError {
    RefundError::Common { code, message }
}
