//! `inquiryRefund`: a refund by its id or the merchant's request id. The sandbox's refunds
//! succeed at once, so a known refund is `SUCCESS`.

use super::amount;
use crate::endpoint::{Caller, success_result};
use crate::state::Refund;
use crate::store::Tx;
use vault_generated::CommonCode;
use vault_generated::payments::response::RefundStatus as InquiryRefundRefundStatus;
use vault_generated::payments::{InquiryRefundError, InquiryRefundRequest, InquiryRefundResponse};

pub(crate) fn behaviour(
    tx: &mut Tx<'_>,
    caller: &Caller,
    request: &InquiryRefundRequest,
) -> Result<InquiryRefundResponse, InquiryRefundError> {
    let refund_id = request.refund_id.as_ref().map(|id| id.as_str());
    let request_id = request.refund_request_id.as_ref().map(|id| id.as_str());
    let found = match (refund_id, request_id) {
        (Some(id), _) => tx.peek::<Refund>(id)?,
        (None, Some(request_id)) => tx.peek_by::<Refund>(&Refund::by_request(&caller.client_id, request_id))?,
        (None, None) => None,
    };
    let refund =
        found.filter(|r| r.client_id == caller.client_id && request_id.is_none_or(|id| r.refund_request_id == id));
    let Some(refund) = refund else {
        // The page's code table is not reachable (api-docs/payments/SOURCES.txt).
        let message = "no refund matches refundId / refundRequestId".to_owned();
        return Err(InquiryRefundError::Common { code: CommonCode::ProcessFail, message });
    };
    let mut response = InquiryRefundResponse::default();
    response.result = success_result::<InquiryRefundError>();
    response.refund_id = Some(refund.refund_id.clone());
    response.refund_request_id = Some(refund.refund_request_id.clone());
    response.refund_amount = Some(amount(refund.currency, refund.amount));
    response.refund_time = Some(refund.time);
    response.refund_status = Some(InquiryRefundRefundStatus::Success);
    Ok(response)
}
