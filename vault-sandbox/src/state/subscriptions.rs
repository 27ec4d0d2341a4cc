//! What the sandbox remembers of subscriptions: the plan (amount and period), where the
//! merchant is told about it, how it stands, and which period is billed next.

use crate::store::record::{Key, Record, Summary};
use serde::{Deserialize, Serialize};
use vault_runtime::{Currency, DateTime};

use super::money;

/// How a subscription stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SubscriptionState {
    /// Created; waiting for the user to authorise it at the URL of the answer.
    AwaitingAuthorisation,
    /// Authorised: every period is charged when it starts, by the sandbox clock.
    Active,
    /// Cancelled: the service stops at the end of the period under way; nothing more is charged.
    Cancelled,
    /// Terminated (by the merchant, by its end time, or because the user did not authorise it
    /// before it lapsed): nothing more is charged.
    Terminated,
}

/// A subscription started by `subscriptions/create`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Subscription {
    /// The sandbox's subscription id.
    pub subscription_id: String,
    /// The merchant's subscription request id.
    pub subscription_request_id: String,
    /// The client that created it.
    pub client_id: String,
    /// What the user subscribed to.
    pub description: String,
    /// How it stands.
    pub state: SubscriptionState,
    /// The unit of a period, as the page's value list writes it (`MONTH`).
    pub period_type: String,
    /// How many units make one period.
    pub period_count: i64,
    /// The currency charged.
    pub currency: Currency,
    /// The amount charged each period, in minor units.
    pub amount: i64,
    /// The payment method type charged (`paymentMethod.paymentMethodType`).
    pub payment_method_type: String,
    /// Where notifySubscription goes.
    pub subscription_notify_url: String,
    /// Where the notifyPayment of each period goes.
    pub payment_notify_url: String,
    /// Where the user returns after authorising.
    pub redirect_url: String,
    /// When the first period starts.
    pub start: DateTime,
    /// When it ends, when it does.
    pub end: Option<DateTime>,
    /// Until when the user may authorise it (by the sandbox clock).
    pub expiry: DateTime,
    /// The page where the user authorises it, while that is pending.
    pub authorisation_url: Option<String>,
    /// When the period under way started (none before the first is charged).
    pub period_start: Option<DateTime>,
    /// When the next period starts and is charged (none once nothing more is charged).
    pub next_charge: Option<DateTime>,
    /// How many periods were charged.
    pub periods_charged: i64,
    /// When it was last changed.
    pub updated: DateTime,
    /// The `subscriptionUpdateRequestId` last applied (its page names no idempotency field,
    /// so the sandbox applies an update sent twice once).
    pub last_update_request_id: Option<String>,
}

impl Subscription {
    /// The key of a client's subscription request id.
    pub(crate) fn by_request(client_id: &str, subscription_request_id: &str) -> Key {
        Key::new("subscriptionRequestId", [client_id, subscription_request_id])
    }

    /// The group every subscription is listed in, which the clock walks to charge due periods.
    pub(crate) fn all() -> Key {
        Key::new("subscriptions", [])
    }

    /// The `paymentRequestId` of the payment of period `number` (1 for the first).
    pub fn period_payment_request_id(&self, number: i64) -> String {
        format!("{}-P{number}", self.subscription_id)
    }
}

impl Record for Subscription {
    const KIND: &'static str = "subscription";

    fn id(&self) -> &str {
        &self.subscription_id
    }

    fn keys(&self) -> Vec<Key> {
        vec![Self::by_request(&self.client_id, &self.subscription_request_id)]
    }

    fn links(&self) -> Vec<Key> {
        vec![Self::all()]
    }

    fn summary(&self) -> Summary {
        let summary = Summary::new(&self.subscription_id)
            .field("subscriptionRequestId", &self.subscription_request_id)
            .field("client", &self.client_id)
            .field("state", format!("{:?}", self.state))
            .field("period", format!("{} x {}", self.period_count, self.period_type))
            .field("amount", money(self.currency, self.amount))
            .field("periods charged", self.periods_charged);
        if self.state == SubscriptionState::AwaitingAuthorisation {
            return summary.pending(&self.client_id, &self.subscription_request_id);
        }
        summary
    }
}
