//! `inquireBalance`: the balance accounts of the marketplace, or of one seller
//! (`referenceMerchantId`).

use super::InquireBalanceError;
use crate::endpoint::{Caller, success_result};
use crate::state::Account;
use crate::store::Tx;
use vault_generated::accounts::response::AccountBalance;
use vault_generated::accounts::{InquireBalanceRequest, InquireBalanceResponse};
use vault_generated::response::CaptureAmount;

pub(super) fn behaviour(
    tx: &mut Tx<'_>,
    caller: &Caller,
    request: &InquireBalanceRequest,
) -> Result<InquireBalanceResponse, InquireBalanceError> {
    let seller = request.reference_merchant_id.as_ref().map(|id| id.as_str());
    let accounts = tx.linked::<Account>(&Account::owned_by(&caller.client_id, seller))?;
    let mut response = InquireBalanceResponse::default();
    response.result = success_result::<InquireBalanceError>();
    response.account_balances = accounts.iter().map(balance).collect();
    Ok(response)
}

fn balance(account: &Account) -> AccountBalance {
    let money = |minor_units: i64| {
        let written = crate::apis::payments::amount(account.currency, minor_units);
        let mut amount = CaptureAmount::default();
        amount.currency = written.currency;
        amount.value = written.value;
        amount
    };
    let mut balance = AccountBalance::default();
    balance.account_no = account.account_no.clone();
    balance.currency = account.currency.code().to_owned();
    balance.available_balance = money(account.available);
    balance.frozen_balance = money(0);
    balance.total_balance = money(account.available);
    balance
}
