//! A sandbox on a SQLite file is killed (`kill -9`) during load and started again on the same
//! file: every answer a client received is still true (an inquiry finds every payment and
//! refund answered `S`), a repeated request id gets its first answer, and the notifications
//! that were never acknowledged are delivered by the new process.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "test helpers stop at a broken assumption")]

mod common;

use common::{Merchant, Process, client, inquiry, pay_request, refund_inquiry, refund_request, vaulted_token};
use std::collections::BTreeSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;
use vault_generated::ResultStatus;
use vault_generated::payments::response::RefundStatus as InquiryRefundRefundStatus;
// payments' enum, named after its holder since ABA's inquireDirectPayment lists other states.
use vault_generated::payments::response::PaymentStatus;

/// What clients were answered `S`: (paymentRequestId, paymentId) and (refundRequestId, refundId, paymentId).
#[derive(Default)]
struct Answered {
    payments: Vec<(String, String)>,
    refunds: Vec<(String, String, String)>,
}

/// One client paying and refunding in a loop until `stop`.
async fn load(
    url: String,
    token: String,
    worker: usize,
    notify: String,
    stop: Arc<AtomicBool>,
    seen: Arc<Mutex<Answered>>,
) {
    let client = client(&url);
    for i in 0.. {
        if stop.load(Ordering::SeqCst) {
            return;
        }
        let request_id = format!("P-{worker}-{i}");
        let Ok(paid) = client.payments().pay(&pay_request(&request_id, &token, 100, Some(&notify))).await else {
            continue;
        };
        let payment_id = paid.payment_id.unwrap_or_default();
        seen.lock().unwrap_or_else(PoisonError::into_inner).payments.push((request_id.clone(), payment_id.clone()));
        let refund_id = format!("R-{worker}-{i}");
        if let Ok(refund) = client.payments().refund(&refund_request(&refund_id, &payment_id, 40)).await {
            let answered = (refund_id, refund.refund_id.unwrap_or_default(), payment_id);
            seen.lock().unwrap_or_else(PoisonError::into_inner).refunds.push(answered);
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_killed_sandbox_keeps_every_answer_and_sends_what_it_owed() {
    let file = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("crash-{}.sqlite", std::process::id()));
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", file.display()));
    }
    let store = file.display().to_string();
    let merchant = Merchant::start().await;
    let first = Process::start(&store);
    let token = vaulted_token(&client(&first.url), "V-CRASH").await;

    let (stop, seen) = (Arc::new(AtomicBool::new(false)), Arc::new(Mutex::new(Answered::default())));
    let workers: Vec<_> = (0..8)
        .map(|worker| {
            let (url, token, notify) = (first.url.clone(), token.clone(), merchant.url.clone());
            tokio::spawn(load(url, token, worker, notify, Arc::clone(&stop), Arc::clone(&seen)))
        })
        .collect();
    // Kill it in the middle of the load, once it has answered a good number of calls.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    while seen.lock().unwrap_or_else(PoisonError::into_inner).refunds.len() < 100
        && tokio::time::Instant::now() < deadline
    {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    first.kill();
    stop.store(true, Ordering::SeqCst);
    for worker in workers {
        let _ = worker.await;
    }
    let answered = std::mem::take(&mut *seen.lock().unwrap_or_else(PoisonError::into_inner));
    assert!(answered.refunds.len() >= 100, "the load ran: {} refunds answered", answered.refunds.len());

    let second = Process::start(&store);
    merchant.accept();
    let client = client(&second.url);
    for (request_id, payment_id) in &answered.payments {
        let state = client
            .payments()
            .inquiry_payment(&inquiry(payment_id))
            .await
            .unwrap_or_else(|e| panic!("{payment_id}: {e}"));
        assert_eq!(state.payment_status, Some(PaymentStatus::Success), "{payment_id}");
        let again = client.payments().pay(&pay_request(request_id, &token, 100, Some(&merchant.url))).await;
        let again = again.unwrap_or_else(|e| panic!("{request_id} again: {e}"));
        assert_eq!(again.payment_id.as_ref(), Some(payment_id), "{request_id} again gets its first answer");
    }
    for (request_id, refund_id, payment_id) in &answered.refunds {
        let state = client.payments().inquiry_refund(&refund_inquiry(refund_id)).await;
        let state = state.unwrap_or_else(|e| panic!("{refund_id}: {e}")).refund_status;
        assert_eq!(state, Some(InquiryRefundRefundStatus::Success), "{refund_id}");
        let again = client.payments().refund(&refund_request(request_id, payment_id, 40)).await;
        let again = again.unwrap_or_else(|e| panic!("{request_id} again: {e}"));
        assert_eq!(again.result.result_status, ResultStatus::S);
        assert_eq!(again.refund_id.as_ref(), Some(refund_id), "{request_id} again gets its first answer");
    }

    // Every payment answered S was notified to the merchant, who acknowledged nothing before
    // the kill: the new process sent what the old one owed.
    let owed: BTreeSet<&str> = answered.payments.iter().map(|(_, id)| id.as_str()).collect();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    let missing = loop {
        let notified: BTreeSet<String> = merchant
            .received()
            .iter()
            .filter(|n| n["notifyType"] == "PAYMENT_RESULT")
            .filter_map(|n| n["paymentId"].as_str().map(str::to_owned))
            .collect();
        let missing: Vec<&str> = owed.iter().copied().filter(|id| !notified.contains(*id)).collect();
        if missing.is_empty() || tokio::time::Instant::now() >= deadline {
            break missing;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert!(missing.is_empty(), "{} payments never notified after the restart: {missing:?}", missing.len());
}
