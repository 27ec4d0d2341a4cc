//! Two sandbox processes (the binary) on one PostgreSQL database are one world: the money
//! rules hold across them (row locks and transactions, not a mutex of one process), a request
//! id repeated on the other process gets the first answer, and the clock is shared.
//! Needs `VAULT_TEST_POSTGRES_URL` (`scripts/with-postgres.sh`; `.ci/run` sets it).
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "test helpers stop at a broken assumption")]

mod common;

use common::{Process, client, fresh_postgres, inquiry, pay_request, refund_request, vaulted_token};
use std::collections::BTreeSet;
use vault_generated::payments::response::TransactionType;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn thirty_two_refunds_over_two_processes_never_refund_more_than_captured() {
    let Some(database) = fresh_postgres("refund_race") else { return };
    let (first, second) = (Process::start(&database), Process::start(&database));
    let clients = [client(&first.url), client(&second.url)];
    let token = vaulted_token(&clients[0], "V-RACE").await;
    let paid =
        clients[1].payments().pay(&pay_request("P-RACE", &token, 1000, None)).await.unwrap_or_else(|e| panic!("{e}"));
    let payment_id = paid.payment_id.unwrap_or_default();

    // 32 refunds of 50 (1600 asked of 1000 captured), alternating between the processes.
    let refunds: Vec<_> = (0..32)
        .map(|i| {
            let (client, payment_id) = (clients[i % 2].clone(), payment_id.clone());
            tokio::spawn(async move {
                client.payments().refund(&refund_request(&format!("R-RACE-{i}"), &payment_id, 50)).await
            })
        })
        .collect();
    let mut refunded = 0;
    for refund in refunds {
        if refund.await.unwrap_or_else(|e| panic!("{e}")).is_ok() {
            refunded += 50;
        }
    }
    assert_eq!(refunded, 1000, "exactly what was captured is refunded, never more");
    for client in &clients {
        let state = client.payments().inquiry_payment(&inquiry(&payment_id)).await.unwrap_or_else(|e| panic!("{e}"));
        let refunds: Vec<_> = state
            .transactions
            .unwrap_or_default()
            .into_iter()
            .filter(|t| t.transaction_type == TransactionType::Refund)
            .map(|t| t.transaction_amount.value)
            .collect();
        assert_eq!(refunds.len(), 20, "both processes see the same 20 refunds");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_request_id_sent_to_both_processes_gets_one_answer() {
    let Some(database) = fresh_postgres("same_request_id") else { return };
    let (first, second) = (Process::start(&database), Process::start(&database));
    let clients = [client(&first.url), client(&second.url)];
    let token = vaulted_token(&clients[0], "V-SAME").await;
    // The same paymentRequestId on both processes: one payment.
    let one =
        clients[0].payments().pay(&pay_request("P-SAME", &token, 700, None)).await.unwrap_or_else(|e| panic!("{e}"));
    let two =
        clients[1].payments().pay(&pay_request("P-SAME", &token, 700, None)).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(one.payment_id, two.payment_id);
    let payment_id = one.payment_id.unwrap_or_default();

    // The same refundRequestId sent 16 times at once, half to each process: one refund, and
    // every answer is the first.
    let sends: Vec<_> = (0..16)
        .map(|i| {
            let (client, payment_id) = (clients[i % 2].clone(), payment_id.clone());
            tokio::spawn(async move { client.payments().refund(&refund_request("R-SAME", &payment_id, 300)).await })
        })
        .collect();
    let mut ids = BTreeSet::new();
    for send in sends {
        let answer = send.await.unwrap_or_else(|e| panic!("{e}")).unwrap_or_else(|e| panic!("{e}"));
        ids.insert(answer.refund_id.unwrap_or_default());
    }
    assert_eq!(ids.len(), 1, "one refund id in every answer: {ids:?}");
    let state = clients[1].payments().inquiry_payment(&inquiry(&payment_id)).await.unwrap_or_else(|e| panic!("{e}"));
    let refunds =
        state.transactions.unwrap_or_default().into_iter().filter(|t| t.transaction_type == TransactionType::Refund);
    assert_eq!(refunds.count(), 1, "one refund");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_clock_advanced_on_one_process_moves_for_the_other() {
    let Some(database) = fresh_postgres("shared_clock") else { return };
    let (first, second) = (Process::start(&database), Process::start(&database));
    let http = reqwest::Client::new();
    let now = |url: String| {
        let http = http.clone();
        async move {
            let body = http.get(format!("{url}/sandbox/clock")).send().await.unwrap().bytes().await.unwrap();
            let answer: serde_json::Value = serde_json::from_slice(&body).unwrap();
            chrono::DateTime::parse_from_rfc3339(answer["now"].as_str().unwrap()).unwrap()
        }
    };
    let before = now(second.url.clone()).await;
    let moved =
        http.post(format!("{}/sandbox/clock", first.url)).body(r#"{"advanceSeconds": 86400}"#).send().await.unwrap();
    assert_eq!(moved.status(), 200);
    let after = now(second.url.clone()).await;
    let advanced = (after - before).num_seconds();
    assert!((86400..86400 + 60).contains(&advanced), "the other process's clock moved a day: {advanced} s");
    let refused =
        http.post(format!("{}/sandbox/clock", first.url)).body(r#"{"advanceSeconds": -5}"#).send().await.unwrap();
    assert_eq!(refused.status(), 400, "the clock only moves forward");
}
