//! The subscriptions family: create (the user authorises at the URL of the answer), change,
//! update, cancel, the two inquiries, notifySubscription, and the payment of every period.
//!
//! The lifecycle, by the sandbox clock: a subscription waits for the user's authorisation
//! until `subscriptionExpiryTime` (30 minutes by default, as the page says); authorised, it is
//! active and each period is charged when it starts (a payment like `pay`'s, captured, with
//! notifyPayment to `paymentNotificationUrl`); it ends at `subscriptionEndTime`, when the
//! merchant terminates it, or at the end of the period under way once cancelled. Every change
//! of state is told with notifySubscription. Periods are charged when the clock is advanced
//! ([`charge_due`]), and a subscription whose period is due is brought up to date before a
//! call reads it.

mod cancel;
mod change;
mod create;
mod inquiry;
mod notifications;
mod period;

use crate::endpoint::Endpoint;
use crate::gateway::BuyerPage;
use crate::state::{Subscription, SubscriptionState};
use crate::store::{StoreError, Tx};
use std::collections::HashMap;

// The generated types of the family's pages: the only place that names them.
use vault_generated::subscriptions::{
    CancelError, CancelRequest, ChangeError, ChangeRequest, CreateError, CreateRequest, InquireSubscriptionError,
    InquireSubscriptionRequest, InquiryError, InquiryRequest, UpdateError, UpdateRequest,
};

crate::endpoint::unknown_on_store_failure!(
    CreateError,
    CancelError,
    ChangeError,
    UpdateError,
    InquiryError,
    InquireSubscriptionError
);

/// How long the user has to authorise a subscription when `subscriptionExpiryTime` is not
/// given (the create page's default).
const AUTHORISATION_MINUTES: i64 = 30;

/// The latest `subscriptionExpiryTime` the create page allows, after the request.
const LATEST_EXPIRY_HOURS: i64 = 48;

/// The most periods one pass charges for one subscription (a clock moved years ahead on a
/// weekly plan still answers quickly; the rest are charged by the next pass).
const MOST_PERIODS_PER_PASS: usize = 1000;

/// Adds the family's endpoints.
pub(crate) fn add(map: &mut HashMap<&'static str, Box<dyn Endpoint>>) {
    super::add::<CreateRequest>(map, create::behaviour);
    super::add::<CancelRequest>(map, cancel::behaviour);
    super::add::<ChangeRequest>(map, change::change);
    super::add::<UpdateRequest>(map, change::update);
    super::add::<InquiryRequest>(map, inquiry::inquiry);
    super::add::<InquireSubscriptionRequest>(map, inquiry::inquire_subscription);
}

/// Where the user authorises a subscription: `/sandbox/subscribe/{clientId}/{subscriptionRequestId}`.
pub(crate) const AUTHORISATION_PAGE: BuyerPage = BuyerPage {
    kind: <Subscription as crate::store::Record>::KIND,
    prefix: "/sandbox/subscribe/",
    complete: authorise,
};

/// A client's subscription by its id or its request id (both must match when both are given),
/// locked for the call and brought up to date with the clock (a lapsed authorisation, due
/// periods).
fn subscription(
    tx: &mut Tx<'_>,
    client_id: &str,
    subscription_id: Option<&str>,
    request_id: Option<&str>,
) -> Result<Option<Subscription>, StoreError> {
    let found = match (subscription_id, request_id) {
        (Some(id), _) => tx.get::<Subscription>(id)?,
        (None, Some(request_id)) => tx.find::<Subscription>(&Subscription::by_request(client_id, request_id))?,
        (None, None) => None,
    };
    let found =
        found.filter(|s| s.client_id == client_id && request_id.is_none_or(|id| s.subscription_request_id == id));
    let Some(mut subscription) = found else { return Ok(None) };
    bring_up_to_date(tx, &mut subscription)?;
    Ok(Some(subscription))
}

/// The user authorises (or refuses) a subscription at its page: active, told with
/// notifySubscription, and its first period charged when it has started; refused, terminated.
fn authorise(tx: &mut Tx<'_>, client_id: &str, request_id: &str, passed: bool) -> Result<Option<String>, StoreError> {
    let found = subscription(tx, client_id, None, Some(request_id))?;
    let Some(mut subscription) = found.filter(|s| s.state == SubscriptionState::AwaitingAuthorisation) else {
        return Ok(None);
    };
    subscription.authorisation_url = None;
    subscription.updated = tx.now();
    if passed {
        subscription.state = SubscriptionState::Active;
        subscription.next_charge = Some(subscription.start);
        tx.notify(notifications::subscription(&subscription, notifications::Event::Created))?;
        charge(tx, &mut subscription)?;
    } else {
        subscription.state = SubscriptionState::Terminated;
        tx.notify(notifications::subscription(&subscription, notifications::Event::Terminated))?;
    }
    tx.update(&subscription)?;
    Ok(Some(subscription.redirect_url))
}

/// Charges every due period of every subscription (run when the sandbox clock moves).
pub(crate) fn charge_due(tx: &mut Tx<'_>) -> Result<(), StoreError> {
    let now = tx.now();
    let due: Vec<String> = tx
        .linked::<Subscription>(&Subscription::all())?
        .into_iter()
        .filter(|s| is_due(s, now))
        .map(|s| s.subscription_id)
        .collect();
    for id in due {
        // Locked and read again: a call may have changed it since the list was read.
        if let Some(mut subscription) = tx.get::<Subscription>(&id)? {
            bring_up_to_date(tx, &mut subscription)?;
        }
    }
    Ok(())
}

fn is_due(subscription: &Subscription, now: vault_runtime::DateTime) -> bool {
    match subscription.state {
        SubscriptionState::AwaitingAuthorisation => now > subscription.expiry,
        SubscriptionState::Active | SubscriptionState::Cancelled => subscription.next_charge.is_some_and(|t| t <= now),
        SubscriptionState::Terminated => false,
    }
}

/// A lapsed authorisation ends the subscription; due periods are charged (saved when changed).
fn bring_up_to_date(tx: &mut Tx<'_>, subscription: &mut Subscription) -> Result<(), StoreError> {
    if !is_due(subscription, tx.now()) {
        return Ok(());
    }
    if subscription.state == SubscriptionState::AwaitingAuthorisation {
        // The user never authorised it: it never took effect, so nothing is told.
        subscription.state = SubscriptionState::Terminated;
        subscription.authorisation_url = None;
    } else {
        charge(tx, subscription)?;
    }
    subscription.updated = tx.now();
    tx.update(subscription)
}

/// Charges the periods that have started by now, or ends the subscription when its end (or,
/// once cancelled, the end of the period under way) has come. The caller saves it.
fn charge(tx: &mut Tx<'_>, subscription: &mut Subscription) -> Result<(), StoreError> {
    let now = tx.now();
    for _ in 0..MOST_PERIODS_PER_PASS {
        let Some(due) = subscription.next_charge.filter(|t| *t <= now) else { return Ok(()) };
        let ended = subscription.end.is_some_and(|end| due >= end);
        if ended || subscription.state == SubscriptionState::Cancelled {
            subscription.state = SubscriptionState::Terminated;
            subscription.next_charge = None;
            return tx.notify(notifications::subscription(subscription, notifications::Event::Terminated));
        }
        subscription.periods_charged += 1;
        let request_id = subscription.period_payment_request_id(subscription.periods_charged);
        let charge = super::payments::Charge {
            client_id: &subscription.client_id,
            payment_request_id: &request_id,
            currency: subscription.currency,
            amount: subscription.amount,
            method: Some(&subscription.payment_method_type),
            notify_url: Some(&subscription.payment_notify_url),
            redirect_url: &subscription.redirect_url,
        };
        super::payments::charge_now(tx, &charge)?;
        subscription.period_start = Some(due);
        subscription.next_charge = period::after(due, &subscription.period_type, subscription.period_count);
    }
    Ok(())
}
