//! `settle`: a captured payment's money into balance accounts, per the settlement details
//! (the page's `SELLER` or `MARKETPLACE`), in the payment's currency; the settlements of a
//! payment together never exceed what was captured.

use super::SettleError;
use crate::apis::refuse;
use crate::endpoint::{Caller, success_result};
use crate::state::{PaymentState, Settlement};
use crate::store::Tx;
use vault_generated::CommonCode;
use vault_generated::marketplace::{SettleRequest, SettleResponse, SettleTo};

pub(super) fn behaviour(
    tx: &mut Tx<'_>,
    caller: &Caller,
    request: &SettleRequest,
) -> Result<SettleResponse, SettleError> {
    let request_id = request.settlement_request_id.as_str();
    let key = Settlement::by_request(&caller.client_id, request_id);
    if let Some(existing) = tx.peek_by::<Settlement>(&key)? {
        return Ok(answer(&existing));
    }
    let payment_id = request.payment_id.as_str();
    // Locked: concurrent settlements (and refunds) of one payment take turns.
    let payment = crate::apis::payments::payment(tx, &caller.client_id, Some(payment_id), None)?;
    let Some(payment) = payment.filter(|p| p.state == PaymentState::Captured) else {
        return Err(refuse(CommonCode::ProcessFail, format!("paymentId: no captured payment `{payment_id}`")));
    };
    let mut total: i64 = 0;
    for detail in &request.settlement_details {
        if detail.settlement_amount.currency != payment.currency {
            let why = format!("settlementAmount.currency: the payment is in {}", payment.currency.code());
            return Err(refuse(CommonCode::ParamIllegal, why));
        }
        if detail.settle_to == SettleTo::Seller && payment.reference_merchant_id.is_none() {
            let why = "settleTo: the payment names no seller (order.merchant.referenceMerchantId)";
            return Err(refuse(CommonCode::ParamIllegal, why));
        }
        total = total.saturating_add(detail.settlement_amount.value.get());
    }
    let settled: i64 = tx.linked::<Settlement>(&Settlement::of_payment(payment_id))?.iter().map(|s| s.amount).sum();
    if settled.saturating_add(total) > payment.captured() {
        let why = format!(
            "settlements may not exceed the captured amount: {} captured, {settled} settled, {total} asked",
            payment.captured()
        );
        return Err(refuse(CommonCode::ProcessFail, why));
    }
    for detail in &request.settlement_details {
        let seller = match detail.settle_to {
            SettleTo::Seller => payment.reference_merchant_id.as_deref(),
            _ => None,
        };
        super::credit(tx, &caller.client_id, seller, payment.currency, detail.settlement_amount.value.get())?;
    }
    let settlement = Settlement {
        settlement_id: crate::apis::random_id("STL"),
        settlement_request_id: request_id.to_owned(),
        client_id: caller.client_id.clone(),
        payment_id: payment_id.to_owned(),
        currency: payment.currency,
        amount: total,
    };
    tx.insert(&settlement)?;
    Ok(answer(&settlement))
}

fn answer(settlement: &Settlement) -> SettleResponse {
    let mut response = SettleResponse::default();
    response.result = success_result::<SettleError>();
    response.settlement_request_id = settlement.settlement_request_id.clone();
    response.settlement_id = settlement.settlement_id.clone();
    response
}
