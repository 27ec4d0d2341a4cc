//! The marketplace family's money: settle moves (part of) a captured payment into balance
//! accounts (the seller's, named by the payment's `order.merchant.referenceMerchantId`, or the
//! marketplace's own), inquireBalance reads them, createPayout pays out of one and
//! createTransfer moves money between two of the same client. A balance never goes negative:
//! the account is read locked, so concurrent payouts take turns (in one process or several on
//! one database) and the one that would overdraw it is refused. Payouts and transfers are
//! idempotent per `transferRequestId`, settlements per `settlementRequestId`; each payout and
//! transfer is told with notifyTransfer when `transferNotifyUrl` is given.
//!
//! A payout or transfer names its source account as `transferFromMethod.paymentMethodId` (the
//! `accountNo` inquireBalance gives), and a transfer its destination the same way in
//! `transferToMethod`.

mod balance;
mod settle;
mod transfers;

use crate::endpoint::Endpoint;
use crate::state::Account;
use crate::store::{StoreError, Tx};
use std::collections::HashMap;
use vault_runtime::Currency;

// The generated types of the family's pages: the only place that names them.
use vault_generated::marketplace::{
    CreatePayoutError, CreatePayoutRequest, CreateTransferError, CreateTransferRequest, InquireBalanceError,
    InquireBalanceRequest, SettleError, SettleRequest,
};

crate::endpoint::unknown_on_store_failure!(InquireBalanceError, CreatePayoutError, CreateTransferError, SettleError);

/// Adds the family's endpoints.
pub(crate) fn add(map: &mut HashMap<&'static str, Box<dyn Endpoint>>) {
    super::add::<SettleRequest>(map, settle::behaviour);
    super::add::<InquireBalanceRequest>(map, balance::behaviour);
    super::add::<CreatePayoutRequest>(map, transfers::payout);
    super::add::<CreateTransferRequest>(map, transfers::transfer);
}

/// Credits an owner's account in a currency (opened at the first credit), locked.
fn credit(
    tx: &mut Tx<'_>,
    client_id: &str,
    seller: Option<&str>,
    currency: Currency,
    amount: i64,
) -> Result<Account, StoreError> {
    match tx.find::<Account>(&Account::of(client_id, seller, currency))? {
        Some(mut account) => {
            account.available = account.available.saturating_add(amount);
            tx.update(&account)?;
            Ok(account)
        }
        None => {
            let account = Account {
                account_no: crate::apis::random_id("BA"),
                client_id: client_id.to_owned(),
                seller: seller.map(str::to_owned),
                currency,
                available: amount,
            };
            tx.insert(&account)?;
            Ok(account)
        }
    }
}
