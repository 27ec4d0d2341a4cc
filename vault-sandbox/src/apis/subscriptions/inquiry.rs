//! The two inquiries: `subscriptions/inquiry` (by subscriptionId or subscriptionRequestId)
//! and `inquireSubscription` (by subscriptionId), each with the subscription brought up to date
//! with the clock first.

use super::{InquireSubscriptionError, InquiryError};
use crate::apis::refuse;
use crate::endpoint::{Caller, success_result};
use crate::state::{Subscription, SubscriptionState};
use crate::store::Tx;
use vault_generated::CommonCode;
use vault_generated::subscriptions::inquiry::response::PeriodRule as InquiryPeriodRule;
use vault_generated::subscriptions::response::{Status as SubscriptionInfoStatus, SubscriptionInfo};
use vault_generated::subscriptions::{
    InquireSubscriptionRequest, InquireSubscriptionResponse, InquiryRequest, InquiryResponse,
};

pub(super) fn inquiry(
    tx: &mut Tx<'_>,
    caller: &Caller,
    request: &InquiryRequest,
) -> Result<InquiryResponse, InquiryError> {
    let (id, request_id) = (request.subscription_id.as_deref(), request.subscription_request_id.as_deref());
    if id.is_none() && request_id.is_none() {
        return Err(refuse(CommonCode::ParamIllegal, "give subscriptionId or subscriptionRequestId"));
    }
    let Some(subscription) = super::subscription(tx, &caller.client_id, id, request_id)? else {
        return Err(refuse(CommonCode::ProcessFail, "no such subscription of this client"));
    };
    let mut response = InquiryResponse::default();
    response.result = success_result::<InquiryError>();
    response.subscription_request_id = Some(subscription.subscription_request_id.clone());
    response.subscription_status = status(&subscription).and_then(|s| wire(&s));
    response.subscription_start_time = Some(subscription.start.to_rfc3339());
    response.subscription_end_time = subscription.end.map(|end| end.to_rfc3339());
    let amount = crate::apis::payments::amount(subscription.currency, subscription.amount);
    let mut rule = InquiryPeriodRule::default();
    rule.period_type = subscription.period_type.clone();
    rule.period_count = subscription.period_count;
    rule.price = Some(amount.clone());
    response.period_rule = Some(rule);
    response.payment_amount = Some(amount);
    Ok(response)
}

pub(super) fn inquire_subscription(
    tx: &mut Tx<'_>,
    caller: &Caller,
    request: &InquireSubscriptionRequest,
) -> Result<InquireSubscriptionResponse, InquireSubscriptionError> {
    let id = request.subscription_id.as_str();
    let Some(subscription) = super::subscription(tx, &caller.client_id, Some(id), None)? else {
        let message = format!("no subscription `{id}` of this client");
        return Err(InquireSubscriptionError::SubscriptionNotExist { message });
    };
    let mut info = SubscriptionInfo::default();
    info.subscription_id = Some(subscription.subscription_id.clone());
    info.subscription_description = Some(subscription.description.clone());
    info.status = status(&subscription);
    info.subscription_start_time = Some(subscription.start);
    info.subscription_end_time = subscription.end;
    info.period_type = super::period::unit(&subscription.period_type);
    info.period_count = Some(subscription.period_count);
    info.current_period_start = subscription.period_start.map(|t| t.to_rfc3339());
    info.current_period_end = subscription.period_start.and(subscription.next_charge).map(|t| t.to_rfc3339());
    info.current_phase_no = Some(subscription.periods_charged);
    info.payment_method = Some(Default::default());
    if let Some(method) = &mut info.payment_method {
        method.payment_method_type = subscription.payment_method_type.clone();
    }
    info.payment_amount = Some(Default::default());
    if let Some(amount) = &mut info.payment_amount {
        crate::apis::write_amount!(amount, subscription.currency, subscription.amount);
    }
    info.last_update_time = Some(subscription.updated.to_rfc3339());
    info.subscription_notify_url = Some(subscription.subscription_notify_url.clone());
    info.subscription_expiry_time = Some(subscription.expiry);
    let mut response = InquireSubscriptionResponse::default();
    response.result = success_result::<InquireSubscriptionError>();
    response.subscription = Some(info);
    Ok(response)
}

/// The status the inquiries give; none while the user has not authorised it (the pages'
/// statuses are all of a subscription that took effect).
fn status(subscription: &Subscription) -> Option<SubscriptionInfoStatus> {
    match subscription.state {
        SubscriptionState::AwaitingAuthorisation => None,
        SubscriptionState::Active => Some(SubscriptionInfoStatus::Active),
        SubscriptionState::Cancelled => Some(SubscriptionInfoStatus::Cancelled),
        SubscriptionState::Terminated => Some(SubscriptionInfoStatus::Terminated),
    }
}

/// A value of a generated value list as its page writes it.
fn wire<T: serde::Serialize>(value: &T) -> Option<String> {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(text)) => Some(text),
        _ => None,
    }
}
