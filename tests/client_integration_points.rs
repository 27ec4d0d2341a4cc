//! What integrators plug in: their own HTTP client (proxies, roots, pools) and `tracing`
//! spans per call with the API name, the attempt, the result code and the duration.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "test helpers stop at a broken assumption")]

mod common;

use axum::http::HeaderMap;
use std::sync::{Arc, Mutex, PoisonError};
use vault_generated::{Client, ClientConfig, Error};
use vault_sandbox::test_keys;

/// A server that remembers the `user-agent` of each request and answers HTTP 503.
async fn recording_server() -> (String, Arc<Mutex<Vec<String>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let agents = Arc::clone(&seen);
    let app = axum::Router::new().fallback(move |headers: HeaderMap| {
        let agents = Arc::clone(&agents);
        async move {
            let agent = headers.get("user-agent").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
            agents.lock().unwrap_or_else(PoisonError::into_inner).push(agent);
            (axum::http::StatusCode::SERVICE_UNAVAILABLE, "down")
        }
    });
    let Ok(listener) = tokio::net::TcpListener::bind("127.0.0.1:0").await else { panic!("bind") };
    let addr = listener.local_addr().map(|a| a.to_string()).unwrap_or_default();
    tokio::spawn(async move { axum::serve(listener, app).await });
    (format!("http://{addr}"), seen)
}

#[tokio::test]
async fn a_prepared_http_client_sends_every_call() {
    let (url, agents) = recording_server().await;
    let prepared = vault_runtime::reqwest::Client::builder().user_agent("merchant-proxy-aware/7").build();
    let prepared = prepared.unwrap_or_else(|e| panic!("{e}"));
    let config = ClientConfig::from_key_text(
        url,
        common::CLIENT_ID,
        test_keys::MERCHANT_PRIVATE_KEY,
        test_keys::SANDBOX_PUBLIC_KEY,
    );
    let config = config.unwrap_or_else(|e| panic!("{e}")).with_http_client(prepared);
    let client =
        Client::new(config).unwrap_or_else(|e| panic!("{e}")).with_retry(vault_generated::RetryPolicy::disabled());
    let outcome = client.vaulting().create_vaulting_session(&common::request("V-PREPARED")).await;
    assert!(matches!(outcome, Err(Error::HttpStatus { status: 503, .. })), "{outcome:?}");
    let agents = agents.lock().unwrap_or_else(PoisonError::into_inner).clone();
    assert_eq!(agents, ["merchant-proxy-aware/7"], "the prepared client sent the call");
}

#[tokio::test]
async fn each_call_is_a_span_with_api_attempts_result_and_duration() {
    let captured = common::logs::capture(tracing::Level::INFO);

    let sandbox = common::sandbox().await;
    sandbox.faults().unknown_next(1);
    let answered = common::client(&sandbox).vaulting().create_vaulting_session(&common::request("V-SPANS")).await;
    assert!(answered.is_ok(), "{answered:?}");

    let logs = captured.text();
    let attempt_two = "antom_call{api=\"createVaultingSession\"}:attempt{attempt=2}";
    assert!(logs.contains(attempt_two), "the second attempt is a span inside the call's:\n{logs}");
    // The other test of this binary logs through the same subscriber: find this call's end.
    let answered_line = logs.lines().find(|l| l.contains("answered") && l.contains("attempts=2")).unwrap_or_default();
    assert!(
        answered_line.contains("result_code=\"SUCCESS\"") || answered_line.contains("result_code=SUCCESS"),
        "{answered_line}"
    );
    assert!(answered_line.contains("duration_ms="), "{answered_line}");
    assert!(
        !logs.contains("vaultingSessionData") && !logs.contains("vaultingRequestId"),
        "no body in the logs:\n{logs}"
    );
}

/// The large-message gateway variant page (supplyEvidence: no endpoint line, a table of
/// gateways per region), generated here with its own client.
mod evidence {
    vault_macros::generate!(pages = "../vault-codegen/tests/fixtures/variants/large_message_gateway");
}

/// A server that remembers the path of each request and answers HTTP 503.
async fn path_recorder() -> (String, Arc<Mutex<Vec<String>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let paths = Arc::clone(&seen);
    let app = axum::Router::new().fallback(move |uri: axum::http::Uri| {
        let paths = Arc::clone(&paths);
        async move {
            paths.lock().unwrap_or_else(PoisonError::into_inner).push(uri.path().to_owned());
            (axum::http::StatusCode::SERVICE_UNAVAILABLE, "down")
        }
    });
    let Ok(listener) = tokio::net::TcpListener::bind("127.0.0.1:0").await else { panic!("bind") };
    let addr = listener.local_addr().map(|a| a.to_string()).unwrap_or_default();
    tokio::spawn(async move { axum::serve(listener, app).await });
    (format!("http://{addr}"), seen)
}

fn evidence_client(base_url: &str, large_message: Option<&str>) -> evidence::Client {
    let config = ClientConfig::from_key_text(
        base_url,
        common::CLIENT_ID,
        test_keys::MERCHANT_PRIVATE_KEY,
        test_keys::SANDBOX_PUBLIC_KEY,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let config = match large_message {
        Some(url) => config.with_large_message_base_url(url).unwrap_or_else(|e| panic!("{e}")),
        None => config,
    };
    evidence::Client::new(config).unwrap_or_else(|e| panic!("{e}")).with_retry(vault_generated::RetryPolicy::disabled())
}

fn evidence_request() -> evidence::payments::SupplyEvidenceRequest {
    let mut content = std::collections::BTreeMap::new();
    content.insert("LOGISTIC_INFORMATION".to_owned(), serde_json::json!({"trackingNumber": "SF1"}));
    evidence::payments::SupplyEvidenceRequest::new(evidence::payments::SupplyEvidenceRequired {
        dispute_id: vault_runtime::text!("D-1"),
        evidence_content: content,
    })
}

#[tokio::test]
async fn a_large_message_api_goes_where_its_gateway_is() {
    // A sandbox or proxy serves every path: the call goes to the base URL.
    let (base, at_base) = path_recorder().await;
    let outcome = evidence_client(&base, None).payments().supply_evidence(&evidence_request()).await;
    assert!(matches!(outcome, Err(Error::HttpStatus { status: 503, .. })), "{outcome:?}");
    assert_eq!(
        *at_base.lock().unwrap_or_else(PoisonError::into_inner),
        ["/ams/sandbox/api/v1/payments/supplyEvidence"]
    );

    // A configured large-message gateway takes it; the base URL sees nothing more.
    let (big, at_big) = path_recorder().await;
    let outcome = evidence_client(&base, Some(&big)).payments().supply_evidence(&evidence_request()).await;
    assert!(matches!(outcome, Err(Error::HttpStatus { status: 503, .. })), "{outcome:?}");
    assert_eq!(at_big.lock().unwrap_or_else(PoisonError::into_inner).len(), 1);
    assert_eq!(at_base.lock().unwrap_or_else(PoisonError::into_inner).len(), 1);

    // Antom's Europe host: the page lists no gateway there, so nothing is sent.
    let outcome = evidence_client(vault_runtime::protocol::HOST_EUROPE, None)
        .payments()
        .supply_evidence(&evidence_request())
        .await;
    match outcome {
        Err(error @ Error::NoGateway(_)) => {
            assert_eq!(error.next_step(), vault_generated::NextStep::DoNotRetry);
            assert!(error.to_string().contains("US https://open-big-na.alipay.com"), "{error}");
        }
        other => panic!("{other:?}"),
    }
}
