//! The sandbox as a service a team runs: health and readiness, a graceful stop on SIGTERM
//! that finishes the calls in flight and keeps what it owes, the notification allow-list,
//! and the per-client rate limit with the generated client's backoff against it.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "test helpers stop at a broken assumption")]

mod common;

use common::{Merchant, Process, client, pay_request, vaulted_token};
use std::num::NonZeroU32;
use std::time::Duration;
use vault_generated::vaulting::{CreateVaultingSessionRequest, CreateVaultingSessionRequired};
use vault_generated::{ApiError as _, Error, RetryPolicy, Text, url};
use vault_sandbox::{AllowEntry, Sandbox};

fn session(id: &str) -> CreateVaultingSessionRequest {
    CreateVaultingSessionRequest::new(CreateVaultingSessionRequired {
        vaulting_request_id: Text::new(id).unwrap(),
        vaulting_notification_url: url!("http://127.0.0.1:9/unused"),
    })
}

#[tokio::test]
async fn health_and_readiness_answer_while_serving() {
    let sandbox = Sandbox::new().start().await.unwrap();
    let http = reqwest::Client::new();
    let health = http.get(format!("{}{}", sandbox.url(), vault_sandbox::HEALTH_PATH)).send().await.unwrap();
    assert_eq!(health.status(), 200);
    let ready = http.get(format!("{}{}", sandbox.url(), vault_sandbox::READY_PATH)).send().await.unwrap();
    assert_eq!(ready.status(), 200);
    assert_eq!(ready.text().await.unwrap(), r#"{"ready":true}"#);
    sandbox.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sigterm_finishes_the_call_in_flight_and_keeps_the_undelivered_notification() {
    let file = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("sigterm-{}.sqlite", std::process::id()));
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", file.display()));
    }
    let store = file.display().to_string();
    let merchant = Merchant::start().await;
    let first = Process::start(&store);
    let client = client(&first.url).with_retry(RetryPolicy::disabled());
    let token = vaulted_token(&client, "V-TERM").await;
    // Paid and notified to a merchant that refuses for now: the notification waits to be resent.
    let paid = client.payments().pay(&pay_request("P-TERM", &token, 500, Some(&merchant.url))).await.unwrap();
    let payment_id = paid.payment_id.unwrap();

    // The next call waits 2 s in the sandbox (a fault queued through the dashboard's form);
    // SIGTERM arrives while it waits.
    let no_redirect = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let queued = no_redirect
        .post(format!("{}/sandbox/actions/fault", first.url))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("fault=delay&count=1")
        .send()
        .await
        .unwrap();
    assert_eq!(queued.status(), 303, "the form redirects back to the dashboard");
    // A form posted from another site (a page a person has open elsewhere) is refused.
    let foreign = no_redirect
        .post(format!("{}/sandbox/actions/clock", first.url))
        .header("origin", "http://elsewhere.example")
        .header("content-type", "application/x-www-form-urlencoded")
        .body("seconds=86400")
        .send()
        .await
        .unwrap();
    assert_eq!(foreign.status(), 403);
    let in_flight = tokio::spawn({
        let client = client.clone();
        async move { client.vaulting().create_vaulting_session(&session("S-IN-FLIGHT")).await }
    });
    // The call is in the sandbox once it has taken the fault (the dashboard counts those left).
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    loop {
        let page = reqwest::get(format!("{}/dashboard", first.url)).await.unwrap().text().await.unwrap();
        if page.contains(r#"<span id="faults">0</span>"#) {
            break;
        }
        assert!(tokio::time::Instant::now() < deadline, "the call never reached the sandbox");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let url = first.url.clone();
    let exit = tokio::task::spawn_blocking(move || first.terminate(Duration::from_secs(20))).await.unwrap();
    let answer = in_flight.await.unwrap();
    assert!(answer.is_ok(), "the call in flight was answered: {answer:?}");
    let exit = exit.unwrap_or_else(|| panic!("the sandbox did not stop within 20 s of SIGTERM"));
    assert!(exit.success(), "a graceful stop exits 0: {exit:?}");
    assert!(reqwest::get(format!("{url}/healthz")).await.is_err(), "nothing listens any more");

    // Started again on the file, the sandbox delivers what the stopped one owed.
    let second = Process::start(&store);
    merchant.accept();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    while !merchant.received().iter().any(|n| n["paymentId"] == payment_id.as_str()) {
        assert!(tokio::time::Instant::now() < deadline, "the notification of {payment_id} never came");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    drop(second);
}

/// A merchant on 127.0.0.1 that counts what reaches it, and a sandbox whose allow-list is `allow`.
async fn refused_deliveries(
    allow: Vec<AllowEntry>,
    notify: impl Fn(&str) -> String,
) -> (Vec<vault_sandbox::Delivery>, usize) {
    let merchant = Merchant::start().await;
    merchant.accept();
    let sandbox = Sandbox::new().notify_allow(allow).resend_schedule([]).start().await.unwrap();
    let client = common::client(&sandbox.url());
    let token = vaulted_token(&client, "V-ALLOW").await;
    let url = notify(&merchant.url);
    client.payments().pay(&pay_request("P-ALLOW", &token, 100, Some(&url))).await.unwrap();
    // The vaulting's notification, then notifyPayment and notifyCapture.
    let deliveries = sandbox.wait_for_deliveries(3, Duration::from_secs(10)).await;
    let reached = merchant.received().len();
    sandbox.shutdown().await;
    (deliveries.into_iter().filter(|d| d.url == url).collect(), reached)
}

#[tokio::test]
async fn a_notification_outside_the_allow_list_is_recorded_as_refused_and_never_sent() {
    // Only 127.0.0.2 is allowed: the merchant on 127.0.0.1 is outside, by address...
    let only = || vec!["127.0.0.2".parse::<AllowEntry>().unwrap()];
    let (deliveries, reached) = refused_deliveries(only(), str::to_owned).await;
    assert_eq!(reached, 0, "nothing was sent");
    assert_eq!(deliveries.len(), 2, "notifyPayment and notifyCapture, each refused once: {deliveries:?}");
    for refused in &deliveries {
        assert!(refused.refused && !refused.acknowledged && refused.status.is_none(), "{refused:?}");
        let why = refused.error.as_deref().unwrap_or_default();
        assert!(why.contains("127.0.0.1 is outside the allow-list (127.0.0.2/32)"), "{why}");
    }

    // ... and by a name that resolves there.
    let (deliveries, reached) = refused_deliveries(only(), |url| url.replace("127.0.0.1", "localhost")).await;
    assert_eq!(reached, 0, "nothing was sent");
    let why = deliveries.first().and_then(|d| d.error.clone()).unwrap_or_default();
    assert!(why.contains("`localhost` resolves to"), "{why}");

    // A listed host name passes wherever it resolves.
    let named = vec!["localhost".parse().unwrap(), "127.0.0.1".parse().unwrap()];
    let (deliveries, reached) = refused_deliveries(named, |url| url.replace("127.0.0.1", "localhost")).await;
    assert_eq!(reached, 2, "{deliveries:?}");
    assert!(deliveries.len() == 2 && deliveries.iter().all(|d| d.acknowledged && !d.refused), "{deliveries:?}");
}

#[tokio::test]
async fn the_rate_limit_answers_the_gateways_code_and_the_client_backs_off_until_it_passes() {
    let sandbox = Sandbox::new().rate_limit(NonZeroU32::new(2).unwrap()).start().await.unwrap();
    // Without retries, the third call in a burst of two is refused with the gateway's code.
    let impatient = client(&sandbox.url()).with_retry(RetryPolicy::disabled());
    let mut refused = None;
    for i in 1..=3 {
        if let Err(Error::Api { error, .. }) =
            impatient.vaulting().create_vaulting_session(&session(&format!("S-BURST-{i}"))).await
        {
            refused = Some(error);
        }
    }
    let refused = refused.unwrap_or_else(|| panic!("no call of the burst was limited"));
    assert_eq!(refused.code(), "REQUEST_TRAFFIC_EXCEED_LIMIT");
    assert_eq!(refused.to_result().result_status, vault_generated::ResultStatus::U);

    // With backoff, every call of a burst of six passes in the end.
    let patient = client(&sandbox.url()).with_retry(RetryPolicy {
        max_attempts: 10,
        initial_backoff: Duration::from_millis(300),
        max_backoff: Duration::from_secs(1),
    });
    for i in 0..6 {
        let answer = patient.vaulting().create_vaulting_session(&session(&format!("S-PATIENT-{i}"))).await;
        assert!(answer.is_ok(), "call {i}: {answer:?}");
    }
    let limited = sandbox.calls().iter().filter(|c| c.result_code == "REQUEST_TRAFFIC_EXCEED_LIMIT").count();
    assert!(limited >= 2, "the patient client was limited and retried: {limited} limited calls");
    sandbox.shutdown().await;
}
