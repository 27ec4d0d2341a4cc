//! `subscriptions/create`: the subscription waits for the user's authorisation at the URL of
//! the answer, until `subscriptionExpiryTime` (which must fall within 48 hours of the request).

use super::{AUTHORISATION_MINUTES, AUTHORISATION_PAGE, CreateError, LATEST_EXPIRY_HOURS, period};
use crate::apis::refuse;
use crate::endpoint::{Caller, success_result};
use crate::gateway::BuyerPage;
use crate::state::{Subscription, SubscriptionState};
use crate::store::Tx;
use vault_generated::CommonCode;
use vault_generated::subscriptions::{CreateRequest, CreateResponse};

pub(super) fn behaviour(
    tx: &mut Tx<'_>,
    caller: &Caller,
    request: &CreateRequest,
) -> Result<CreateResponse, CreateError> {
    let request_id = request.subscription_request_id.as_str();
    if let Some(existing) = super::subscription(tx, &caller.client_id, None, Some(request_id))? {
        // Its kept answer was pruned (Retention): the subscription as it stands, never a second.
        return Ok(answer(&existing));
    }
    let rule = &request.period_rule;
    period::check(rule.period_type.as_str(), rule.period_count.get())
        .map_err(|why| refuse::<CreateError>(CommonCode::ParamIllegal, why))?;
    let now = tx.now();
    let start = request.subscription_start_time;
    if request.subscription_end_time.is_some_and(|end| end <= start) {
        let why = "subscriptionEndTime: the subscription must end after it starts";
        return Err(refuse(CommonCode::ParamIllegal, why));
    }
    let expiry = request.subscription_expiry_time.unwrap_or(now + chrono::Duration::minutes(AUTHORISATION_MINUTES));
    if expiry <= now || expiry > now + chrono::Duration::hours(LATEST_EXPIRY_HOURS) {
        let why = "subscriptionExpiryTime: must fall after now and less than 48 hours after the request";
        return Err(refuse(CommonCode::ParamIllegal, why));
    }
    let url = BuyerPage::url(&caller.sandbox_url, AUTHORISATION_PAGE.prefix, &caller.client_id, request_id);
    let subscription = Subscription {
        subscription_id: crate::apis::random_id("SUB"),
        subscription_request_id: request_id.to_owned(),
        client_id: caller.client_id.clone(),
        description: request.subscription_description.as_str().to_owned(),
        state: SubscriptionState::AwaitingAuthorisation,
        period_type: rule.period_type.as_str().to_owned(),
        period_count: rule.period_count.get(),
        currency: request.payment_amount.currency,
        amount: request.payment_amount.value.get(),
        payment_method_type: request.payment_method.payment_method_type.as_str().to_owned(),
        subscription_notify_url: request.subscription_notification_url.as_str().to_owned(),
        payment_notify_url: request.payment_notification_url.as_str().to_owned(),
        redirect_url: request.subscription_redirect_url.as_str().to_owned(),
        start,
        end: request.subscription_end_time,
        expiry,
        authorisation_url: Some(url),
        period_start: None,
        next_charge: None,
        periods_charged: 0,
        updated: now,
        last_update_request_id: None,
    };
    tx.insert(&subscription)?;
    Ok(answer(&subscription))
}

/// The answer: where the user authorises, while that is pending.
fn answer(subscription: &Subscription) -> CreateResponse {
    let mut response = CreateResponse::default();
    response.result = success_result::<CreateError>();
    response.normal_url = subscription.authorisation_url.clone();
    response.applink_url = subscription.authorisation_url.clone();
    response
}
