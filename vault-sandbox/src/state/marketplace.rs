//! What the sandbox remembers of a marketplace's money: balance accounts (the marketplace's
//! own and each seller's, one per currency), the settlements that fill them from captured
//! payments, and the payouts and transfers that draw on them. Amounts in minor units.

use crate::store::record::{Key, Record, Summary};
use serde::{Deserialize, Serialize};
use vault_runtime::{Currency, DateTime};

use super::money;

/// A balance account: never negative.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Account {
    /// The account number (`accountNo`), which payouts and transfers name as
    /// `paymentMethodId` of a `BALANCE_ACCOUNT` method.
    pub account_no: String,
    /// The marketplace (client) it belongs to.
    pub client_id: String,
    /// The seller's `referenceMerchantId`; none for the marketplace's own account.
    pub seller: Option<String>,
    /// The currency.
    pub currency: Currency,
    /// The money available, in minor units (never negative).
    pub available: i64,
}

impl Account {
    /// The key of an owner's account in a currency.
    pub(crate) fn of(client_id: &str, seller: Option<&str>, currency: Currency) -> Key {
        Key::new("owner", [client_id, seller.unwrap_or(""), currency.code()])
    }

    /// The group of an owner's accounts.
    pub(crate) fn owned_by(client_id: &str, seller: Option<&str>) -> Key {
        Key::new("owner", [client_id, seller.unwrap_or("")])
    }
}

impl Record for Account {
    const KIND: &'static str = "account";

    fn id(&self) -> &str {
        &self.account_no
    }

    fn keys(&self) -> Vec<Key> {
        vec![Self::of(&self.client_id, self.seller.as_deref(), self.currency)]
    }

    fn links(&self) -> Vec<Key> {
        vec![Self::owned_by(&self.client_id, self.seller.as_deref())]
    }

    fn summary(&self) -> Summary {
        Summary::new(&self.account_no)
            .field("client", &self.client_id)
            .field("seller", self.seller.as_deref().unwrap_or("(marketplace)"))
            .field("available", money(self.currency, self.available))
    }
}

/// A payout (money leaves for the payee's method) or a transfer (to another balance account).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Transfer {
    /// The sandbox's transfer id.
    pub transfer_id: String,
    /// The merchant's `transferRequestId`.
    pub transfer_request_id: String,
    /// The client.
    pub client_id: String,
    /// The account debited.
    pub from_account: String,
    /// The account credited (a transfer), none for a payout.
    pub to_account: Option<String>,
    /// The currency.
    pub currency: Currency,
    /// The amount, in minor units.
    pub amount: i64,
    /// When.
    pub time: DateTime,
}

impl Transfer {
    /// The key of a client's transfer request id (payouts and transfers share the namespace:
    /// both pages call it `transferRequestId`).
    pub(crate) fn by_request(client_id: &str, transfer_request_id: &str) -> Key {
        Key::new("transferRequestId", [client_id, transfer_request_id])
    }
}

impl Record for Transfer {
    const KIND: &'static str = "transfer";

    fn id(&self) -> &str {
        &self.transfer_id
    }

    fn keys(&self) -> Vec<Key> {
        vec![Self::by_request(&self.client_id, &self.transfer_request_id)]
    }

    fn summary(&self) -> Summary {
        Summary::new(&self.transfer_id)
            .field("transferRequestId", &self.transfer_request_id)
            .field("from", &self.from_account)
            .field("to", self.to_account.as_deref().unwrap_or("(payout)"))
            .field("amount", money(self.currency, self.amount))
    }
}

/// A settlement of (part of) a captured payment into balance accounts.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Settlement {
    /// The sandbox's settlement id.
    pub settlement_id: String,
    /// The merchant's `settlementRequestId`.
    pub settlement_request_id: String,
    /// The client.
    pub client_id: String,
    /// The payment settled.
    pub payment_id: String,
    /// The currency.
    pub currency: Currency,
    /// The amount settled, in minor units.
    pub amount: i64,
}

impl Settlement {
    /// The key of a client's settlement request id.
    pub(crate) fn by_request(client_id: &str, settlement_request_id: &str) -> Key {
        Key::new("settlementRequestId", [client_id, settlement_request_id])
    }

    /// The group of a payment's settlements.
    pub(crate) fn of_payment(payment_id: &str) -> Key {
        Key::new("payment", [payment_id])
    }
}

impl Record for Settlement {
    const KIND: &'static str = "settlement";

    fn id(&self) -> &str {
        &self.settlement_id
    }

    fn keys(&self) -> Vec<Key> {
        vec![Self::by_request(&self.client_id, &self.settlement_request_id)]
    }

    fn links(&self) -> Vec<Key> {
        vec![Self::of_payment(&self.payment_id)]
    }

    fn summary(&self) -> Summary {
        Summary::new(&self.settlement_id)
            .field("paymentId", &self.payment_id)
            .field("amount", money(self.currency, self.amount))
    }
}
