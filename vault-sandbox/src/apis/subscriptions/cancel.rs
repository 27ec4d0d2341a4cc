//! `subscriptions/cancel`: `CANCEL` stops the service at the end of the period under way
//! (nothing more is charged, and the subscription terminates then); `TERMINATE` stops it now.
//! Either on a subscription already in that state changes nothing and succeeds; a terminated
//! subscription cannot be cancelled. A subscription the user has not authorised yet
//! terminates at once.

use super::notifications::Event;
use super::{CancelError, notifications};
use crate::apis::refuse;
use crate::endpoint::{Caller, success_result};
use crate::state::SubscriptionState;
use crate::store::Tx;
use vault_generated::CommonCode;
use vault_generated::subscriptions::{CancelRequest, CancelResponse, CancellationType};

pub(super) fn behaviour(
    tx: &mut Tx<'_>,
    caller: &Caller,
    request: &CancelRequest,
) -> Result<CancelResponse, CancelError> {
    let id = request.subscription_id.as_ref().map(|id| id.as_str());
    let request_id = request.subscription_request_id.as_ref().map(|id| id.as_str());
    if id.is_none() && request_id.is_none() {
        let why = "give subscriptionId or subscriptionRequestId";
        return Err(refuse(CommonCode::ParamIllegal, why));
    }
    let Some(mut subscription) = super::subscription(tx, &caller.client_id, id, request_id)? else {
        return Err(refuse(CommonCode::ProcessFail, "no such subscription of this client"));
    };
    let terminate = request.cancellation_type == CancellationType::Terminate;
    let event = match (subscription.state, terminate) {
        (SubscriptionState::Terminated, true) | (SubscriptionState::Cancelled, false) => None,
        (SubscriptionState::Terminated, false) => {
            return Err(refuse(CommonCode::ProcessFail, "the subscription is terminated"));
        }
        (SubscriptionState::AwaitingAuthorisation, _) | (_, true) => {
            subscription.state = SubscriptionState::Terminated;
            subscription.next_charge = None;
            subscription.authorisation_url = None;
            Some(Event::Terminated)
        }
        (SubscriptionState::Active, false) => {
            // The period under way was paid for: the service runs until its end.
            subscription.state = SubscriptionState::Cancelled;
            Some(Event::Cancelled)
        }
    };
    if let Some(event) = event {
        subscription.updated = tx.now();
        tx.update(&subscription)?;
        tx.notify(notifications::subscription(&subscription, event))?;
    }
    let mut response = CancelResponse::default();
    response.result = success_result::<CancelError>();
    Ok(response)
}
