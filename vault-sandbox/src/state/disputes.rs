//! What the sandbox remembers of disputes: the payment disputed, the money at stake, the
//! defense deadline, and how the dispute stands.

use crate::store::record::{Key, Record, Summary};
use serde::{Deserialize, Serialize};
use vault_runtime::{Currency, DateTime};

use super::money;

/// How a dispute stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DisputeState {
    /// Opened by the buyer's issuer; the merchant may accept it or defend until the deadline.
    Open,
    /// The merchant supplied its defense; the issuer decides.
    Defended,
    /// The merchant accepted it: judged, the merchant bears the amount.
    Accepted,
}

/// A chargeback dispute on a captured payment, opened by a sandbox action.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Dispute {
    /// The sandbox's dispute id.
    pub dispute_id: String,
    /// The client whose payment is disputed.
    pub client_id: String,
    /// The payment disputed.
    pub payment_id: String,
    /// Its request id.
    pub payment_request_id: String,
    /// The currency disputed (the payment's).
    pub currency: Currency,
    /// The amount disputed, in minor units.
    pub amount: i64,
    /// How it stands.
    pub state: DisputeState,
    /// When it was opened (by the sandbox clock).
    pub opened: DateTime,
    /// Until when the merchant may accept or defend it.
    pub defense_due: DateTime,
    /// Whether the reminder that the deadline is near was sent.
    pub alerted: bool,
    /// When it was accepted or defended.
    pub resolved: Option<DateTime>,
    /// Where its notifications go (the payment's notification URL; none: not notified).
    pub notify_url: Option<String>,
}

impl Dispute {
    /// The unique key of a payment's dispute (the sandbox opens one per payment).
    pub(crate) fn of_payment(payment_id: &str) -> Key {
        Key::new("payment", [payment_id])
    }

    /// The group every dispute is listed in, which the clock walks for deadline reminders.
    pub(crate) fn all() -> Key {
        Key::new("disputes", [])
    }
}

impl Record for Dispute {
    const KIND: &'static str = "dispute";

    fn id(&self) -> &str {
        &self.dispute_id
    }

    fn keys(&self) -> Vec<Key> {
        vec![Self::of_payment(&self.payment_id)]
    }

    fn links(&self) -> Vec<Key> {
        vec![Self::all()]
    }

    fn summary(&self) -> Summary {
        Summary::new(&self.dispute_id)
            .field("paymentId", &self.payment_id)
            .field("client", &self.client_id)
            .field("state", format!("{:?}", self.state))
            .field("amount", money(self.currency, self.amount))
            .field("defense due", self.defense_due.to_rfc3339())
    }
}
