//! The store through the in-process sandbox: expiries follow the sandbox clock, the call log
//! is bounded and holds no secret, and a sandbox on a file finds its world again.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "test helpers stop at a broken assumption")]

mod common;

use common::{client, inquiry, pay_request, vaulted_token};
use std::time::Duration;
// Capture's Amount and pay's PaymentFactor are named by the generator's rule for shared types
// (issue 14 section 3 revisits it).
use vault_generated::payments::capture::{Amount as CaptureAmount, AmountRequired as CaptureAmountRequired};
use vault_generated::payments::pay::PaymentFactor;
use vault_generated::payments::{CaptureError, CaptureRequest, CaptureRequired};
// payments' enum, named after its holder since ABA's inquireDirectPayment lists other states.
use vault_generated::payments::CaptureMode;
use vault_generated::payments::response::PaymentStatus;
use vault_generated::{Currency, Error, Text};
use vault_sandbox::{PaymentState, Retention, RunningSandbox, Sandbox, Storage};

async fn start(sandbox: Sandbox) -> RunningSandbox {
    sandbox.start().await.unwrap_or_else(|e| panic!("{e}"))
}

fn capture(payment_id: &str, amount: i64) -> CaptureRequest {
    let value = vault_generated::Digits::new(amount).unwrap();
    CaptureRequest::new(CaptureRequired {
        capture_request_id: Text::new(format!("C-{payment_id}")).unwrap(),
        payment_id: Text::new(payment_id).unwrap(),
        capture_amount: CaptureAmount::new(CaptureAmountRequired { currency: Currency::USD, value }),
    })
}

#[tokio::test]
async fn expiries_follow_the_sandbox_clock() {
    let sandbox = start(Sandbox::new()).await;
    let client = client(&sandbox.url());
    let token = vaulted_token(&client, "V-CLOCK").await;

    let mut manual = pay_request("P-MANUAL", &token, 500, None);
    let mut factor = PaymentFactor::new();
    factor.capture_mode = Some(CaptureMode::Manual);
    manual.payment_factor = Some(factor);
    let paid = client.payments().pay(&manual).await.unwrap();
    assert!(paid.auth_expiry_time.is_some(), "the answer says until when it can be captured");
    let mut three_ds = pay_request("P-3DS", &token, 300, None);
    three_ds.payment_method.require_issuer_authentication = Some(true);
    assert!(matches!(client.payments().pay(&three_ds).await, Err(Error::Api { .. })), "PAYMENT_IN_PROCESS");

    let before = sandbox.now().await.unwrap();
    let after = sandbox.advance_clock(Duration::from_secs(8 * 24 * 3600)).await.unwrap();
    assert!((after - before).num_days() == 8, "{before} -> {after}");

    let payment_id = paid.payment_id.unwrap();
    match client.payments().capture(&capture(&payment_id, 500)).await {
        Err(Error::Api { error, .. }) => assert!(matches!(*error, CaptureError::AuthExpired { .. }), "{error:?}"),
        other => panic!("an expired authorisation was captured: {other:?}"),
    }
    assert!(!sandbox.complete_payment_authentication(common::CLIENT_ID, "P-3DS", true).await, "too late");
    let expired = sandbox.payments().into_iter().find(|p| p.payment_request_id == "P-3DS").unwrap();
    assert_eq!(expired.state, PaymentState::Failed);
    let state = client.payments().inquiry_payment(&inquiry(&expired.payment_id)).await.unwrap();
    assert_eq!(state.payment_status, Some(PaymentStatus::Fail));
    let session = vault_generated::vaulting::CreateVaultingSessionRequest::new(
        vault_generated::vaulting::CreateVaultingSessionRequired {
            vaulting_request_id: vault_generated::text!("S-CLOCK"),
            vaulting_notification_url: vault_generated::url!("https://merchant.example/n"),
        },
    );
    let expiry = client.vaulting().create_vaulting_session(&session).await.unwrap().vaulting_session_expiry_time;
    assert_eq!((expiry - after).num_minutes(), 30, "a session lives 30 minutes of the sandbox clock: {expiry}");
}

#[tokio::test]
async fn the_call_log_is_bounded_and_holds_no_secret() {
    let retention = Retention { calls: 10, max_age: Duration::from_secs(3600) };
    let sandbox = start(Sandbox::new().retention(retention)).await;
    let client = client(&sandbox.url());
    let token = vaulted_token(&client, "V-LOG").await;
    let paid = client.payments().pay(&pay_request("P-LOG", &token, 100, None)).await.unwrap().payment_id.unwrap();
    let refund = client.payments().refund(&common::refund_request("R-LOG", &paid, 40)).await.unwrap().refund_id;
    for i in 0..300 {
        if i < 20 {
            // Calls whose answers are kept, more than the retention keeps.
            let session = vault_generated::vaulting::CreateVaultingSessionRequest::new(
                vault_generated::vaulting::CreateVaultingSessionRequired {
                    vaulting_request_id: Text::new(format!("S-LOG-{i}")).unwrap(),
                    vaulting_notification_url: vault_generated::url!("http://127.0.0.1:9/unused"),
                },
            );
            client.vaulting().create_vaulting_session(&session).await.unwrap();
        }
        let _ = client.payments().inquiry_payment(&inquiry(&format!("NO-SUCH-{i}"))).await;
    }
    let calls = sandbox.calls();
    assert!(calls.len() <= 10 + 128, "the log is pruned to its retention every 128 calls: {}", calls.len());
    assert!(calls.last().is_some_and(|c| c.body.windows(11).any(|w| w == b"NO-SUCH-299")), "the newest are kept");
    // The kept answers are bounded too: the refund's was forgotten (with it kept, another body
    // under the same id would be REPEAT_REQ_INCONSISTENT), and the same request id is answered
    // from the refund it made, not refunded again.
    let again = client.payments().refund(&common::refund_request("R-LOG", &paid, 30)).await.unwrap();
    assert_eq!(again.refund_id, refund, "the same refund, not a second one");
    assert_eq!(again.refund_amount.map(|a| a.value), Some("40".to_owned()));
    assert_eq!(sandbox.refunds().len(), 1);

    let fresh = start(Sandbox::new()).await;
    let client = common::client(&fresh.url());
    let token_too = vaulted_token(&client, "V-LOG-2").await;
    let logged: Vec<u8> = fresh.calls().iter().flat_map(|c| [c.body.to_vec(), c.answer.to_vec()].concat()).collect();
    let logged = String::from_utf8_lossy(&logged);
    for secret in ["4111111111111111", "\"737\"", token_too.as_str(), token.as_str()] {
        assert!(!logged.contains(secret), "the log shows {secret}: {logged}");
    }
    assert!(logged.contains("V-LOG-2") && logged.contains("[REDACTED]"), "{logged}");
}

#[tokio::test]
async fn a_sandbox_on_a_file_finds_its_world_again() {
    let file = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("restart-{}.sqlite", std::process::id()));
    let _ = std::fs::remove_file(&file);
    let storage = Storage::File(file.clone());
    let first = start(Sandbox::new().store(storage.clone())).await;
    let token = vaulted_token(&client(&first.url()), "V-FILE").await;
    let paid = client(&first.url()).payments().pay(&pay_request("P-FILE", &token, 250, None)).await.unwrap();
    first.advance_clock(Duration::from_secs(3600)).await.unwrap();
    let clock = first.now().await.unwrap();
    drop(first);
    // The file is one process's (an exclusive lock), released once the old sandbox's tasks
    // have stopped and let go of the store.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    let second = loop {
        match Sandbox::new().store(storage.clone()).start().await {
            Ok(sandbox) => break sandbox,
            Err(e) if tokio::time::Instant::now() > deadline => panic!("{e}"),
            Err(_) => tokio::time::sleep(Duration::from_millis(20)).await,
        }
    };
    let payments = second.payments();
    assert_eq!(payments.len(), 1);
    assert_eq!(Some(&payments[0].payment_id), paid.payment_id.as_ref());
    let now = second.now().await.unwrap();
    assert!((now - clock).num_seconds() >= 0 && (now - clock).num_minutes() < 5, "the clock kept its hour: {now}");
}

#[tokio::test]
async fn a_store_of_schema_1_is_migrated_on_open() {
    let file = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("schema1-{}.sqlite", std::process::id()));
    let _ = std::fs::remove_file(&file);
    let storage = Storage::File(file.clone());
    let first = start(Sandbox::new().store(storage.clone())).await;
    let token = vaulted_token(&client(&first.url()), "V-OLD").await;
    let paid = client(&first.url())
        .payments()
        .pay(&pay_request("P-OLD", &token, 250, Some("http://127.0.0.1:9/n")))
        .await
        .unwrap();
    first.shutdown().await;
    // Make it what version 1 wrote: no redacted copy of a notification, no refused flag, no
    // index on the kept answers' age.
    let downgraded = std::thread::spawn(move || -> rusqlite::Result<()> {
        let deadline = std::time::Instant::now() + Duration::from_secs(5);
        let db = loop {
            let db = rusqlite::Connection::open(&file)?;
            match db.execute_batch("BEGIN IMMEDIATE; COMMIT;") {
                Ok(()) => break db,
                Err(_) if std::time::Instant::now() < deadline => std::thread::sleep(Duration::from_millis(20)),
                Err(e) => return Err(e),
            }
        };
        db.execute_batch(
            "ALTER TABLE outbox DROP COLUMN shown; ALTER TABLE deliveries DROP COLUMN refused; \
             DROP INDEX answers_by_time; UPDATE sandbox_meta SET value = 1 WHERE name = 'schema_version';",
        )
    })
    .join()
    .unwrap();
    downgraded.unwrap();
    let second = start(Sandbox::new().store(storage)).await;
    assert_eq!(second.payments().first().map(|p| &p.payment_id), paid.payment_id.as_ref());
    // The notifications of version 1 show on the dashboard with only their shape.
    let page = reqwest::get(format!("{}{}", second.url(), vault_sandbox::DASHBOARD_PATH)).await.unwrap();
    assert_eq!(page.status(), 200);
    let page = page.text().await.unwrap();
    assert!(page.contains("PAYMENT_RESULT") || page.contains("[REDACTED]"), "{page}");
    assert!(!page.contains(&token), "no token on the page");
    second.shutdown().await;
}
