//! A marketplace's money over loopback, with the generated client: settle moves a captured
//! payment into the seller's and the marketplace's balance accounts (never more than was
//! captured); payouts and transfers draw on them, never below zero, once per transferRequestId,
//! told with notifyTransfer. The concurrency rule runs on a multi-threaded runtime: 32
//! concurrent payouts against one balance, and one request id sent by 16 callers at once.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "tests stop at a broken assumption")]

mod common;

use common::families::{TransferNotification, balances, code, code_of, payout, seller_pay_request, settle, transfer};
use common::merchant::merchant;
use common::payments::{CLIENT, vaulted_token};
use common::{client, sandbox};
use std::sync::Arc;
use vault_generated::{Client, CommonCode, ResultStatus};

const SELLER: &str = "SELLER-1";

/// A captured payment of `amount` sold by SELLER, settled `to_seller` to the seller and the
/// rest to the marketplace; the seller's account number.
async fn funded(client: &Client, id: &str, amount: i64, to_seller: i64) -> String {
    let token = vaulted_token(client, &format!("V-{id}")).await;
    let paid = client.payments().pay(&seller_pay_request(id, &token, amount, SELLER)).await.unwrap();
    let payment_id = paid.payment_id.unwrap();
    client.marketplace().settle(&settle(&format!("S-{id}"), &payment_id, to_seller, true)).await.unwrap();
    client.marketplace().settle(&settle(&format!("M-{id}"), &payment_id, amount - to_seller, false)).await.unwrap();
    // Everything captured is settled: one cent more is refused.
    let (over, _) = code_of(client.marketplace().settle(&settle(&format!("X-{id}"), &payment_id, 1, false)).await);
    assert_eq!(over, code(CommonCode::ProcessFail));
    balances(client, Some(SELLER)).await.remove(0).0
}

#[tokio::test]
async fn settlements_fill_balances_that_payouts_and_transfers_draw_on() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    let hook = merchant(CLIENT, 0).await;
    let seller = funded(&client, "P-MKT", 10_000, 9_000).await;
    assert_eq!(balances(&client, Some(SELLER)).await, vec![(seller.clone(), "9000".to_owned())]);
    let marketplace = balances(&client, None).await;
    assert_eq!(marketplace[0].1, "1000");

    let paid_out = client.marketplace().create_payout(&payout("PO-1", &seller, 2_500, Some(&hook.url))).await.unwrap();
    let told: Vec<TransferNotification> = common::families::notes_with(&hook, "transferResult", 1).await;
    assert_eq!(
        (told[0].transfer_id.as_str(), told[0].transfer_result.result_status),
        (paid_out.transfer_id.as_deref().unwrap(), ResultStatus::S)
    );
    // The same request id again: the same payout, not a second one.
    let again = client.marketplace().create_payout(&payout("PO-1", &seller, 2_500, Some(&hook.url))).await.unwrap();
    assert_eq!(again.transfer_id, paid_out.transfer_id);
    assert_eq!(balances(&client, Some(SELLER)).await[0].1, "6500");

    client.marketplace().create_transfer(&transfer("TR-1", &seller, &marketplace[0].0, 500)).await.unwrap();
    assert_eq!(balances(&client, Some(SELLER)).await[0].1, "6000");
    assert_eq!(balances(&client, None).await[0].1, "1500");

    // More than the balance: refused, nothing moves.
    let (refused, why) = code_of(client.marketplace().create_payout(&payout("PO-BIG", &seller, 6_001, None)).await);
    assert_eq!(refused, code(CommonCode::ProcessFail), "{why}");
    assert_eq!(balances(&client, Some(SELLER)).await[0].1, "6000");
    // Another client cannot draw on this one's account.
    let other = common::client_with(&sandbox, "SANDBOX_OTHER", vault_sandbox::test_keys::MERCHANT_PRIVATE_KEY);
    assert!(other.marketplace().create_payout(&payout("PO-THEIRS", &seller, 1, None)).await.is_err());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_payouts_never_overdraw_a_balance() {
    let sandbox = sandbox().await;
    let client = Arc::new(client(&sandbox));
    let seller = funded(&client, "P-RACE", 10_700, 10_000).await;
    // 32 payouts of 700 against 10 000: exactly 14 fit.
    let calls = (0..32).map(|n| {
        let (client, seller) = (Arc::clone(&client), seller.clone());
        tokio::spawn(async move {
            client.marketplace().create_payout(&payout(&format!("RACE-{n}"), &seller, 700, None)).await.is_ok()
        })
    });
    let mut succeeded = 0;
    for call in calls {
        succeeded += usize::from(call.await.unwrap());
    }
    assert_eq!(succeeded, 14);
    assert_eq!(balances(&client, Some(SELLER)).await[0].1, (10_000 - 14 * 700).to_string());
    assert!(sandbox.accounts().iter().all(|a| a.available >= 0));

    // One request id from 16 callers at once: one payout, the same answer to all.
    let calls = (0..16).map(|_| {
        let (client, seller) = (Arc::clone(&client), seller.clone());
        tokio::spawn(async move {
            client.marketplace().create_payout(&payout("SAME", &seller, 100, None)).await.unwrap().transfer_id
        })
    });
    let mut ids = Vec::new();
    for call in calls {
        ids.push(call.await.unwrap());
    }
    ids.dedup();
    assert_eq!(ids.len(), 1, "{ids:?}");
    assert_eq!(sandbox.transfers().iter().filter(|t| t.transfer_request_id == "SAME").count(), 1);
    assert_eq!(balances(&client, Some(SELLER)).await[0].1, (10_000 - 14 * 700 - 100).to_string());
}
