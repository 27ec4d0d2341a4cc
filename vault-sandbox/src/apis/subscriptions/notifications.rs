//! notifySubscription, built from its page's types: what happened (the page's
//! `subscriptionNotificationType`) and how the subscription stands (`subscriptionStatus`).

use crate::state::{Subscription, SubscriptionState};
use crate::store::outbox::Outgoing;
use vault_generated::subscriptions::SubscriptionNotification;
use vault_generated::subscriptions::response::{SubscriptionNotificationType, SubscriptionStatus};

/// What a notification reports.
#[derive(Debug, Clone, Copy)]
pub(super) enum Event {
    /// The user authorised it: it took effect.
    Created,
    /// `change` changed it.
    Changed,
    /// `update` updated it.
    Updated,
    /// Cancelled: the service stops at the end of the period under way.
    Cancelled,
    /// Terminated: the service stops now.
    Terminated,
}

/// notifySubscription for `subscription` as it now stands.
pub(super) fn subscription(subscription: &Subscription, event: Event) -> Outgoing {
    let mut message = SubscriptionNotification::default();
    message.subscription_request_id = subscription.subscription_request_id.clone();
    message.subscription_id = subscription.subscription_id.clone();
    message.subscription_notification_type = match event {
        Event::Created => SubscriptionNotificationType::Create,
        Event::Changed => SubscriptionNotificationType::Change,
        Event::Updated => SubscriptionNotificationType::Update,
        Event::Cancelled => SubscriptionNotificationType::Cancel,
        Event::Terminated => SubscriptionNotificationType::Terminate,
    };
    // A cancelled subscription stays in effect until its period ends (the page's CANCEL).
    message.subscription_status = match subscription.state {
        SubscriptionState::Terminated => SubscriptionStatus::Terminated,
        _ => SubscriptionStatus::Active,
    };
    message.subscription_start_time = subscription.start;
    message.subscription_end_time = end(subscription);
    message.period_rule.period_type = subscription.period_type.clone();
    message.period_rule.period_count = subscription.period_count;
    Outgoing::new(&subscription.subscription_notify_url, &subscription.client_id, &message)
}

/// The end the notification gives (a required field): the subscription's own end; else,
/// cancelled, the end of the period under way (the page's CANCEL: "stops at the end of the
/// current period"); else, terminated, when that happened; else the start of the next period,
/// up to which the service is paid.
fn end(subscription: &Subscription) -> vault_runtime::DateTime {
    if let Some(end) = subscription.end {
        return end;
    }
    match subscription.state {
        SubscriptionState::Terminated => subscription.updated,
        _ => subscription.next_charge.unwrap_or(subscription.updated),
    }
}
