//! `inquiryPayment`: how a payment stands, with its capture, cancellation and refunds as
//! transactions.

use super::{amount, failed, pending};
use crate::endpoint::{Caller, success_result};
use crate::state::{Payment, PaymentState, Refund};
use crate::store::{StoreError, Tx};
use vault_generated::CommonCode;
use vault_generated::payments::{
    CancelError, CaptureError, InquiryPaymentError, InquiryPaymentRequest, InquiryPaymentResponse, PayError,
    RefundError,
};
// The family path: the root alias `response::PaymentStatus` went when ABA's inquireDirectPayment
// listed other payment states (the generator names each list after its first holder).
use vault_generated::payments::response::PaymentStatus;
use vault_generated::payments::response::{Transaction, TransactionStatus, TransactionType};
use vault_runtime::{ApiError as _, ApiResult, DateTime};

pub(crate) fn behaviour(
    tx: &mut Tx<'_>,
    caller: &Caller,
    request: &InquiryPaymentRequest,
) -> Result<InquiryPaymentResponse, InquiryPaymentError> {
    let payment_id = request.payment_id.as_ref().map(|id| id.as_str());
    let request_id = request.payment_request_id.as_ref().map(|id| id.as_str());
    let Some(payment) = super::payment(tx, &caller.client_id, payment_id, request_id)? else {
        // The page's code table is not reachable (api-docs/payments/SOURCES.txt).
        let message = "no payment matches paymentId / paymentRequestId".to_owned();
        return Err(InquiryPaymentError::Common { code: CommonCode::ProcessFail, message });
    };
    let mut response = InquiryPaymentResponse::default();
    response.result = success_result::<InquiryPaymentError>();
    let (status, result) = status(&payment);
    response.payment_status = Some(status);
    response.payment_result_code = Some(result.result_code);
    response.payment_result_message = Some(result.result_message);
    response.payment_request_id = Some(payment.payment_request_id.clone());
    response.payment_id = Some(payment.payment_id.clone());
    response.payment_amount = Some(amount(payment.currency, payment.amount));
    response.payment_create_time = Some(payment.created);
    response.payment_time = payment.authorised;
    response.auth_expiry_time = payment.auth_expiry;
    response.payment_method_type = Some(payment.payment_method_type.clone().unwrap_or_else(|| "CARD".to_owned()));
    response.transactions = Some(transactions(tx, &payment)?);
    Ok(response)
}

/// The payment status and the result of the payment itself.
fn status(payment: &Payment) -> (PaymentStatus, ApiResult) {
    match payment.state {
        PaymentState::Authorised | PaymentState::Captured => (PaymentStatus::Success, success_result::<PayError>()),
        PaymentState::AwaitingAuthentication => (PaymentStatus::Processing, pending().to_result()),
        PaymentState::Failed => (PaymentStatus::Fail, failed(payment).to_result()),
        PaymentState::Cancelled => (PaymentStatus::Cancelled, success_result::<CancelError>()),
    }
}

/// The capture, the cancellation and the refunds of a payment.
fn transactions(tx: &mut Tx<'_>, payment: &Payment) -> Result<Vec<Transaction>, StoreError> {
    let mut list = Vec::new();
    if let Some(capture) = &payment.capture {
        let result = success_result::<CaptureError>();
        let (id, request_id) = (&capture.capture_id, &capture.capture_request_id);
        list.push(transaction(TransactionType::Capture, result, payment, capture.amount, id, request_id, capture.time));
    }
    if let Some(time) = payment.cancelled {
        let result = success_result::<CancelError>();
        let (id, request_id) = (&payment.payment_id, &payment.payment_request_id);
        list.push(transaction(TransactionType::Cancel, result, payment, payment.amount, id, request_id, time));
    }
    for refund in tx.linked::<Refund>(&Refund::of_payment(&payment.payment_id))? {
        let result = success_result::<RefundError>();
        let (id, request_id) = (&refund.refund_id, &refund.refund_request_id);
        list.push(transaction(TransactionType::Refund, result, payment, refund.amount, id, request_id, refund.time));
    }
    Ok(list)
}

fn transaction(
    kind: TransactionType,
    result: ApiResult,
    payment: &Payment,
    minor_units: i64,
    id: &str,
    request_id: &str,
    time: DateTime,
) -> Transaction {
    let mut transaction = Transaction::default();
    transaction.transaction_result = result;
    transaction.transaction_id = id.to_owned();
    transaction.transaction_type = kind;
    transaction.transaction_status = TransactionStatus::Success;
    transaction.transaction_amount = amount(payment.currency, minor_units);
    transaction.transaction_request_id = request_id.to_owned();
    transaction.transaction_time = Some(time.to_rfc3339());
    transaction
}
