//! `createPayout` and `createTransfer`: money out of a balance account (to the payee's method,
//! or into another account of the same client), never more than it holds.

use super::{CreatePayoutError, CreateTransferError};
use crate::apis::refuse;
use crate::endpoint::{Caller, success_result};
use crate::state::{Account, Transfer};
use crate::store::outbox::Outgoing;
use crate::store::{StoreError, Tx};
use vault_generated::CommonCode;
use vault_generated::marketplace::response::{TransferFromDetail, TransferToDetail};
use vault_generated::marketplace::{
    CreatePayoutRequest, CreatePayoutResponse, CreateTransferRequest, CreateTransferResponse, TransferNotification,
};
use vault_runtime::{ApiError, Currency};

/// What a payout or transfer asks, from either page.
struct Move<'a> {
    request_id: &'a str,
    from_account: Option<&'a str>,
    from_method: &'a str,
    currency: Currency,
    amount: i64,
    to_currency: Currency,
    /// The account credited (a transfer), none for a payout.
    to_account: Option<Option<&'a str>>,
    to_method: &'a str,
    purpose: String,
    notify_url: Option<&'a str>,
}

pub(super) fn payout(
    tx: &mut Tx<'_>,
    caller: &Caller,
    request: &CreatePayoutRequest,
) -> Result<CreatePayoutResponse, CreatePayoutError> {
    let (from, to) = (&request.transfer_from_detail, &request.transfer_to_detail);
    let asked = Move {
        request_id: request.transfer_request_id.as_str(),
        from_account: from.transfer_from_method.payment_method_id.as_ref().map(|id| id.expose().as_str()),
        from_method: from.transfer_from_method.payment_method_type.as_str(),
        currency: from.transfer_from_amount.currency,
        amount: from.transfer_from_amount.value.get(),
        to_currency: to.transfer_to_currency,
        to_account: None,
        to_method: to.transfer_to_method.payment_method_type.as_str(),
        purpose: wire(&to.purpose_code),
        notify_url: to.transfer_notify_url.as_ref().map(|url| url.as_str()),
    };
    let transfer = execute::<CreatePayoutError>(tx, caller, &asked)?;
    let mut response = CreatePayoutResponse::default();
    response.result = success_result::<CreatePayoutError>();
    response.transfer_id = Some(transfer.transfer_id.clone());
    response.transfer_request_id = Some(transfer.transfer_request_id.clone());
    response.transfer_from_detail = Some(from_detail(&asked, &transfer));
    response.transfer_to_detail = Some(to_detail(&asked));
    Ok(response)
}

pub(super) fn transfer(
    tx: &mut Tx<'_>,
    caller: &Caller,
    request: &CreateTransferRequest,
) -> Result<CreateTransferResponse, CreateTransferError> {
    let (from, to) = (&request.transfer_from_detail, &request.transfer_to_detail);
    let asked = Move {
        request_id: request.transfer_request_id.as_str(),
        from_account: from.transfer_from_method.payment_method_id.as_ref().map(|id| id.expose().as_str()),
        from_method: from.transfer_from_method.payment_method_type.as_str(),
        currency: from.transfer_from_amount.currency,
        amount: from.transfer_from_amount.value.get(),
        to_currency: to.transfer_to_currency,
        to_account: Some(to.transfer_to_method.payment_method_id.as_ref().map(|id| id.expose().as_str())),
        to_method: to.transfer_to_method.payment_method_type.as_str(),
        purpose: wire(&to.purpose_code),
        notify_url: to.transfer_notify_url.as_ref().map(|url| url.as_str()),
    };
    let transfer = execute::<CreateTransferError>(tx, caller, &asked)?;
    let mut response = CreateTransferResponse::default();
    response.result = success_result::<CreateTransferError>();
    response.transfer_id = Some(transfer.transfer_id);
    response.transfer_request_id = Some(transfer.transfer_request_id);
    asked.to_method.clone_into(&mut response.transfer_to_detail.transfer_to_method.payment_method_type);
    response.transfer_to_detail.transfer_to_currency = asked.to_currency.code().to_owned();
    response.transfer_to_detail.purpose_code = asked.purpose;
    Ok(response)
}

/// Debits the source (locked: concurrent moves take turns), credits the destination of a
/// transfer, records the move and queues notifyTransfer. The same request id again gives the
/// move already made.
fn execute<E: ApiError + From<StoreError>>(tx: &mut Tx<'_>, caller: &Caller, asked: &Move<'_>) -> Result<Transfer, E> {
    if let Some(existing) = tx.peek_by::<Transfer>(&Transfer::by_request(&caller.client_id, asked.request_id))? {
        return Ok(existing);
    }
    if asked.to_currency != asked.currency {
        let why = "transferToCurrency: the sandbox moves money without exchange; use the source's currency";
        return Err(refuse(CommonCode::ParamIllegal, why));
    }
    let mut from = account::<E>(tx, caller, asked.from_account, "transferFromMethod")?;
    if from.currency != asked.currency {
        let why = format!("transferFromAmount.currency: the account is in {}", from.currency.code());
        return Err(refuse(CommonCode::ParamIllegal, why));
    }
    let to = match asked.to_account {
        Some(id) => Some(account::<E>(tx, caller, id, "transferToMethod")?),
        None => None,
    };
    if to.as_ref().is_some_and(|to| to.account_no == from.account_no || to.currency != from.currency) {
        let why = "transferToMethod.paymentMethodId: another account of this client, in the same currency";
        return Err(refuse(CommonCode::ParamIllegal, why));
    }
    if asked.amount > from.available {
        let why =
            format!("the balance is {} and {} was asked: a balance never goes negative", from.available, asked.amount);
        return Err(refuse(CommonCode::ProcessFail, why));
    }
    from.available -= asked.amount;
    tx.update(&from)?;
    if let Some(mut to) = to {
        to.available = to.available.saturating_add(asked.amount);
        tx.update(&to)?;
    }
    let transfer = Transfer {
        transfer_id: crate::apis::random_id("TRF"),
        transfer_request_id: asked.request_id.to_owned(),
        client_id: caller.client_id.clone(),
        from_account: from.account_no,
        to_account: asked.to_account.flatten().map(str::to_owned),
        currency: asked.currency,
        amount: asked.amount,
        time: tx.now(),
    };
    tx.insert(&transfer)?;
    if let Some(url) = asked.notify_url {
        tx.notify(notification::<E>(asked, &transfer, url, &caller.client_id))?;
    }
    Ok(transfer)
}

/// The client's account named by a method's `paymentMethodId`, locked.
fn account<E: ApiError + From<StoreError>>(
    tx: &mut Tx<'_>,
    caller: &Caller,
    id: Option<&str>,
    field: &str,
) -> Result<Account, E> {
    let Some(id) = id else {
        return Err(refuse(
            CommonCode::ParamIllegal,
            format!("{field}.paymentMethodId: the balance account's accountNo"),
        ));
    };
    match tx.get::<Account>(id)?.filter(|a| a.client_id == caller.client_id) {
        Some(account) => Ok(account),
        None => Err(refuse(
            CommonCode::ParamIllegal,
            format!("{field}.paymentMethodId: no balance account `{id}` of this client"),
        )),
    }
}

fn notification<E: ApiError>(asked: &Move<'_>, transfer: &Transfer, url: &str, client_id: &str) -> Outgoing {
    let mut message = TransferNotification::default();
    message.transfer_result = success_result::<E>();
    message.transfer_id = transfer.transfer_id.clone();
    message.transfer_request_id = transfer.transfer_request_id.clone();
    message.transfer_from_detail = Some(from_detail(asked, transfer));
    message.transfer_to_detail = to_detail(asked);
    Outgoing::new(url, client_id, &message)
}

fn from_detail(asked: &Move<'_>, transfer: &Transfer) -> TransferFromDetail {
    let mut detail = TransferFromDetail::default();
    asked.from_method.clone_into(&mut detail.transfer_from_method.payment_method_type);
    crate::apis::write_amount!(detail.transfer_from_amount, transfer.currency, transfer.amount);
    detail
}

fn to_detail(asked: &Move<'_>) -> TransferToDetail {
    let mut detail = TransferToDetail::default();
    asked.to_method.clone_into(&mut detail.transfer_to_method.payment_method_type);
    detail.transfer_to_currency = asked.to_currency.code().to_owned();
    detail.purpose_code = asked.purpose.clone();
    detail
}

/// A generated value as its page writes it.
fn wire<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(text)) => text,
        _ => String::new(),
    }
}
