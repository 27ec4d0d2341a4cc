//! `cancel`: a payment that is not captured is cancelled (nothing is charged); a captured one
//! must be refunded instead. Cancelling twice answers the same.

use crate::endpoint::{Caller, success_result};
use crate::state::PaymentState;
use crate::store::Tx;
use vault_generated::payments::{CancelError, CancelRequest, CancelResponse};

pub(crate) fn behaviour(
    tx: &mut Tx<'_>,
    caller: &Caller,
    request: &CancelRequest,
) -> Result<CancelResponse, CancelError> {
    let payment_id = request.payment_id.as_ref().map(|id| id.as_str());
    let request_id = request.payment_request_id.as_ref().map(|id| id.as_str());
    let Some(mut payment) = super::payment(tx, &caller.client_id, payment_id, request_id)? else {
        let message = "no payment matches paymentId / paymentRequestId".to_owned();
        return Err(CancelError::OrderNotExist { message });
    };
    match payment.state {
        PaymentState::Captured => {
            let message = "the payment is captured; refund it instead".to_owned();
            return Err(CancelError::CancelWindowExceed { message });
        }
        PaymentState::Cancelled => {}
        PaymentState::AwaitingAuthentication | PaymentState::Authorised | PaymentState::Failed => {
            payment.state = PaymentState::Cancelled;
            payment.authentication_url = None;
            payment.cancelled = Some(tx.now());
            tx.update(&payment)?;
        }
    }
    let mut response = CancelResponse::default();
    response.result = success_result::<CancelError>();
    response.payment_id = Some(payment.payment_id.clone());
    response.payment_request_id = Some(payment.payment_request_id.clone());
    response.cancel_time = payment.cancelled;
    Ok(response)
}
