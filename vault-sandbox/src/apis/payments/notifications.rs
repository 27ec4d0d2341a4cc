//! The notifyPayment, notifyCapture and notifyRefund messages, built from their pages' types.
//! A payment without `paymentNotifyUrl` (or a refund without `refundNotifyUrl`) is not
//! notified.

use super::amount;
use crate::endpoint::success_result;
use crate::state::{Payment, PaymentState, Refund, Vaulting};
use crate::store::outbox::Outgoing;
use crate::store::{StoreError, Tx};
use vault_generated::Secret;
use vault_generated::payments::capture::response::Amount as CaptureAmount;
use vault_generated::payments::notify_refund::response::{
    NotifyType as RefundNotifyType, RefundStatus as RefundRefundStatus,
};
use vault_generated::payments::response::{NotifyType as PaymentNotifyType, PaymentResultInfo};
use vault_generated::payments::{CaptureError, PayError, RefundError};
use vault_generated::payments::{CaptureNotification, PaymentNotification, RefundNotification};
use vault_runtime::ApiError as _;

/// notifyPayment for a payment that reached a final state (authorised or failed).
pub(super) fn payment(tx: &mut Tx<'_>, payment: &Payment) -> Result<Option<Outgoing>, StoreError> {
    let Some(url) = payment.notify_url.as_deref() else { return Ok(None) };
    let mut message = PaymentNotification::default();
    message.notify_type = PaymentNotifyType::PaymentResult;
    message.result = match payment.state {
        PaymentState::Failed => super::failed(payment).to_result(),
        _ => success_result::<PayError>(),
    };
    message.payment_request_id = payment.payment_request_id.clone();
    message.payment_id = payment.payment_id.clone();
    message.payment_amount = amount(payment.currency, payment.amount);
    message.payment_create_time = payment.created;
    message.payment_time = payment.authorised;
    match &payment.payment_method_type {
        Some(method) => message.payment_method_type = Some(method.clone()),
        None => {
            message.payment_method_type = Some("CARD".to_owned());
            message.payment_result_info = Some(card_result(tx, payment)?);
        }
    }
    Ok(Some(Outgoing::new(url, &payment.client_id, &message)))
}

/// What the payment result says about the card charged.
fn card_result(tx: &mut Tx<'_>, payment: &Payment) -> Result<PaymentResultInfo, StoreError> {
    let mut info = PaymentResultInfo::default();
    info.card_token = Some(Secret::new(payment.card_token.clone()));
    let vaulting = tx.peek::<Vaulting>(&payment.card_token)?;
    if let Some(card) = vaulting.as_ref().map(|v| &v.card) {
        info.card_no = card.masked_card_no.clone().map(Secret::new);
        info.card_brand = card.brand.clone();
        info.funding = card.funding.clone();
        info.issuing_country = card.issuing_country.clone();
    }
    Ok(info)
}

/// notifyCapture for a payment's capture.
pub(super) fn capture(payment: &Payment) -> Option<Outgoing> {
    let url = payment.notify_url.as_deref()?;
    let capture = payment.capture.as_ref()?;
    let mut message = CaptureNotification::default();
    message.result = success_result::<CaptureError>();
    message.notify_type = "CAPTURE_RESULT".to_owned();
    message.capture_request_id = capture.capture_request_id.clone();
    message.payment_id = payment.payment_id.clone();
    message.capture_id = capture.capture_id.clone();
    message.capture_amount = capture_amount(payment, capture.amount);
    message.capture_time = Some(capture.time);
    Some(Outgoing::new(url, &payment.client_id, &message))
}

/// A captured amount as answers write it.
pub(super) fn capture_amount(payment: &Payment, minor_units: i64) -> CaptureAmount {
    let written = amount(payment.currency, minor_units);
    let mut captured = CaptureAmount::default();
    captured.currency = written.currency;
    captured.value = written.value;
    captured
}

/// notifyRefund for a refund, to the URL of its request.
pub(super) fn refund(refund: &Refund, url: &str) -> Outgoing {
    let mut message = RefundNotification::default();
    message.notify_type = RefundNotifyType::RefundResult;
    message.result = success_result::<RefundError>();
    message.refund_status = RefundRefundStatus::Success;
    message.refund_request_id = refund.refund_request_id.clone();
    message.refund_id = refund.refund_id.clone();
    message.refund_amount = amount(refund.currency, refund.amount);
    message.refund_time = Some(refund.time);
    Outgoing::new(url, &refund.client_id, &message)
}
