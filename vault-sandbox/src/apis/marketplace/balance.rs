//! `inquireBalance`: the balance accounts of the marketplace, or of one seller
//! (`referenceMerchantId`).

use super::InquireBalanceError;
use crate::endpoint::{Caller, success_result};
use crate::state::Account;
use crate::store::Tx;
use vault_generated::marketplace::response::AccountBalance;
use vault_generated::marketplace::{InquireBalanceRequest, InquireBalanceResponse};

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
    let mut balance = AccountBalance::default();
    balance.account_no = account.account_no.clone();
    balance.currency = account.currency.code().to_owned();
    crate::apis::write_amount!(balance.available_balance, account.currency, account.available);
    crate::apis::write_amount!(balance.frozen_balance, account.currency, 0);
    crate::apis::write_amount!(balance.total_balance, account.currency, account.available);
    balance
}
