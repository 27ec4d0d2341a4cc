//! `change` and `update`: a new description, plan (period rule, amount) or end for an active
//! subscription, from the next period on; `update` can also move the next charge
//! (`nextSubscriptionDate`). Each is told with notifySubscription (`CHANGE`, `UPDATE`).
//!
//! change's `subscriptionChangeRequestId` is its idempotency field (the endpoint keeps its
//! answers); update's page names none, so the last `subscriptionUpdateRequestId` applied is
//! kept on the subscription and the same id again changes nothing.

use super::notifications::Event;
use super::{ChangeError, UpdateError, notifications, period};
use crate::apis::refuse;
use crate::endpoint::{Caller, success_result};
use crate::state::{Subscription, SubscriptionState};
use crate::store::Tx;
use vault_generated::CommonCode;
use vault_generated::subscriptions::{ChangeRequest, ChangeResponse, PeriodRule, UpdateRequest, UpdateResponse};
use vault_runtime::{ApiError, DateTime};

/// What a change or update asks.
struct Changes<'a> {
    description: Option<&'a str>,
    rule: Option<&'a PeriodRule>,
    amount: Option<(vault_runtime::Currency, i64)>,
    end: Option<DateTime>,
}

pub(super) fn change(tx: &mut Tx<'_>, caller: &Caller, request: &ChangeRequest) -> Result<ChangeResponse, ChangeError> {
    let changes = Changes {
        description: request.subscription_description.as_ref().map(|d| d.as_str()),
        rule: request.period_rule.as_ref(),
        amount: request.payment_amount.as_ref().map(|a| (a.currency, a.value.get())),
        end: request.subscription_end_time,
    };
    let subscription = active::<ChangeError>(tx, caller, request.subscription_id.as_str())?;
    apply::<ChangeError>(tx, subscription, &changes, Event::Changed)?;
    let mut response = ChangeResponse::default();
    response.result = success_result::<ChangeError>();
    Ok(response)
}

pub(super) fn update(tx: &mut Tx<'_>, caller: &Caller, request: &UpdateRequest) -> Result<UpdateResponse, UpdateError> {
    let mut response = UpdateResponse::default();
    response.result = success_result::<UpdateError>();
    let mut subscription = active::<UpdateError>(tx, caller, request.subscription_id.as_str())?;
    let update_id = request.subscription_update_request_id.as_str();
    if subscription.last_update_request_id.as_deref() == Some(update_id) {
        return Ok(response);
    }
    subscription.last_update_request_id = Some(update_id.to_owned());
    if let Some(next) = request.next_subscription_date {
        if next <= tx.now() {
            return Err(refuse(CommonCode::ParamIllegal, "nextSubscriptionDate: must be in the future"));
        }
        subscription.next_charge = Some(next);
    }
    let changes = Changes {
        description: request.subscription_description.as_ref().map(|d| d.as_str()),
        rule: request.period_rule.as_ref(),
        amount: request.payment_amount.as_ref().map(|a| (a.currency, a.value.get())),
        end: request.subscription_end_time,
    };
    apply::<UpdateError>(tx, subscription, &changes, Event::Updated)?;
    Ok(response)
}

/// The client's active subscription `id`, or why it cannot be changed.
fn active<E: ApiError + From<crate::store::StoreError>>(
    tx: &mut Tx<'_>,
    caller: &Caller,
    id: &str,
) -> Result<Subscription, E> {
    match super::subscription(tx, &caller.client_id, Some(id), None)? {
        None => Err(refuse(CommonCode::ProcessFail, format!("no subscription `{id}` of this client"))),
        Some(s) if s.state != SubscriptionState::Active => {
            let why = format!("subscription `{id}` is not active ({:?}): it cannot be changed", s.state);
            Err(refuse(CommonCode::ProcessFail, why))
        }
        Some(s) => Ok(s),
    }
}

/// Applies `changes` (checked first: a refused change changes nothing), saves, notifies.
fn apply<E: ApiError + From<crate::store::StoreError>>(
    tx: &mut Tx<'_>,
    mut subscription: Subscription,
    changes: &Changes<'_>,
    event: Event,
) -> Result<(), E> {
    if let Some(rule) = changes.rule {
        period::check(rule.period_type.as_str(), rule.period_count.get())
            .map_err(|why| refuse::<E>(CommonCode::ParamIllegal, why))?;
        subscription.period_type = rule.period_type.as_str().to_owned();
        subscription.period_count = rule.period_count.get();
    }
    if let Some((currency, amount)) = changes.amount {
        subscription.currency = currency;
        subscription.amount = amount;
    }
    if let Some(end) = changes.end {
        if end <= subscription.start {
            return Err(refuse(CommonCode::ParamIllegal, "subscriptionEndTime: must be after the start"));
        }
        subscription.end = Some(end);
    }
    if let Some(description) = changes.description {
        description.clone_into(&mut subscription.description);
    }
    subscription.updated = tx.now();
    tx.update(&subscription)?;
    tx.notify(notifications::subscription(&subscription, event))?;
    Ok(())
}
