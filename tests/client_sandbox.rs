//! The generated client against the sandbox over real HTTP on loopback: success, every
//! documented error code, unknown codes, bad bodies, bad and missing signatures, retries,
//! timeouts, idempotency, client ids, and what official SDKs send.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "test helpers stop at a broken assumption")]

mod common;

use common::{CLIENT_ID, RawCreate, client, client_with, request, sandbox};
use serde_json::json;
use std::time::Duration;
use vault_generated::vaulting::CreateVaultingSessionError;
use vault_generated::{ApiError, Error, NextStep, ResultStatus, RetryPolicy, SignatureFailure, TransportKind};
use vault_runtime::protocol::signature::VerifyError;
use vault_sandbox::{Fault, Sandbox, test_keys};

fn api_error<T: std::fmt::Debug>(
    outcome: Result<T, Error<CreateVaultingSessionError>>,
) -> (CreateVaultingSessionError, bool) {
    match outcome {
        Err(Error::Api { error, verified, .. }) => (*error, verified),
        other => panic!("expected an API error, got {other:?}"),
    }
}

#[tokio::test]
async fn a_session_is_created_and_its_signature_verified() {
    let sandbox = sandbox().await;
    let response = client(&sandbox).vaulting().create_vaulting_session(&request("REQ-OK-1")).await;
    let response = match response {
        Ok(response) => response,
        Err(e) => panic!("{e}"),
    };
    assert_eq!(response.result.result_code, "SUCCESS");
    assert_eq!(response.result.result_message, "Success", "the page's documented message");
    assert!(response.vaulting_session_id.len() <= 64);
    assert!(response.vaulting_session_expiry_time > chrono::Utc::now());
    assert_eq!(response.vaulting_session_expiry_time.offset().local_minus_utc(), 8 * 3600);
    assert!(!response.vaulting_session_data.expose().is_empty());
    let calls = sandbox.calls();
    assert_eq!(calls.len(), 1);
    assert!(calls[0].signature_valid);
    assert_eq!(calls[0].path, "/ams/sandbox/api/v1/vaults/createVaultingSession");
    assert!(calls[0].request_time.as_deref().is_some_and(|t| t.parse::<u64>().is_ok()), "epoch milliseconds");
    assert_eq!(sandbox.sessions().len(), 1);
}

#[tokio::test]
async fn a_non_sandbox_client_id_uses_the_production_path() {
    let sandbox = sandbox().await;
    let client = client_with(&sandbox, "LIVE_CLIENT", test_keys::MERCHANT_PRIVATE_KEY);
    assert!(client.vaulting().create_vaulting_session(&request("REQ-LIVE")).await.is_ok());
    assert_eq!(sandbox.calls()[0].path, "/ams/api/v1/vaults/createVaultingSession");
}

#[tokio::test]
async fn each_documented_error_code_comes_back_as_its_variant() {
    let sandbox = sandbox().await;
    let client = client(&sandbox).with_retry(RetryPolicy::disabled());
    for info in CreateVaultingSessionError::CODES.iter().filter(|c| c.status != ResultStatus::S) {
        sandbox.faults().push(Fault::answer(info.code, info.status), 1);
        let (error, verified) = api_error(client.vaulting().create_vaulting_session(&request("REQ-CODES")).await);
        assert!(verified);
        assert_eq!((error.code(), error.status()), (info.code, info.status));
        assert!(!matches!(error, CreateVaultingSessionError::Undocumented { .. }), "{error:?}");
        assert_eq!(error.message(), info.message, "the sandbox sends the page's message");
    }
}

#[tokio::test]
async fn an_unknown_code_is_unknown_and_its_status_decides() {
    let sandbox = sandbox().await;
    sandbox.faults().push(Fault::answer("BRAND_NEW_CODE", ResultStatus::F), 1);
    let (error, _) = api_error(client(&sandbox).vaulting().create_vaulting_session(&request("REQ-NEW")).await);
    assert!(
        matches!(&error, CreateVaultingSessionError::Undocumented { code, status: ResultStatus::F, .. } if code == "BRAND_NEW_CODE")
    );
    assert_eq!(error.next_step(), NextStep::DoNotRetry);
    assert_eq!(sandbox.calls().len(), 1, "F is never retried");
}

#[tokio::test]
async fn the_sandbox_rejects_bodies_that_break_the_page() {
    let sandbox = sandbox().await;
    let runtime = client(&sandbox);
    let too_long = json!({"paymentMethodType": "CARD", "vaultingRequestId": "R".repeat(70), "vaultingNotificationUrl": "https://m.example/n"});
    let (error, _) = api_error(runtime.runtime().call(&RawCreate(too_long)).await);
    assert!(matches!(error, CreateVaultingSessionError::ParamIllegal { .. }), "{error:?}");
    assert_eq!(error.message(), "vaultingRequestId: is 70 characters long; the maximum length is 64 characters");
    let missing = json!({"paymentMethodType": "CARD", "vaultingRequestId": "R-2"});
    let (error, _) = api_error(runtime.runtime().call(&RawCreate(missing)).await);
    assert_eq!(error.message(), "missing field `vaultingNotificationUrl`");
    let not_card = json!({"paymentMethodType": "VISA", "vaultingRequestId": "R-3", "vaultingNotificationUrl": "https://m.example/n"});
    let (error, _) = api_error(runtime.runtime().call(&RawCreate(not_card)).await);
    assert_eq!(error.message(), "paymentMethodType: must be `CARD`; `VISA` is not allowed");
    assert!(sandbox.sessions().is_empty());
}

#[tokio::test]
async fn an_undecodable_body_is_an_error_that_keeps_the_body() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    sandbox.faults().push(Fault::body("<html>gateway error</html>"), 1);
    match client.vaulting().create_vaulting_session(&request("REQ-HTML")).await {
        Err(error @ Error::Decode { .. }) => {
            assert_eq!(error.raw_body().map(|b| b.text().into_owned()).as_deref(), Some("<html>gateway error</html>"));
            assert_eq!(error.next_step(), NextStep::DoNotRetry);
        }
        other => panic!("{other:?}"),
    }
    let success_without_fields = r#"{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"ok"}}"#;
    sandbox.faults().push(Fault::body(success_without_fields), 1);
    match client.vaulting().create_vaulting_session(&request("REQ-EMPTY")).await {
        Err(Error::Decode { message, body }) => {
            assert!(message.contains("missing field `vaultingSessionData`"), "{message}");
            assert_eq!(body.bytes(), success_without_fields.as_bytes());
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_wrong_signature_is_always_an_error() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    for fault in [Fault::normal().wrong_signature(), Fault::answer("PROCESS_FAIL", ResultStatus::F).wrong_signature()] {
        sandbox.faults().push(fault, 1);
        match client.vaulting().create_vaulting_session(&request("REQ-BADSIG")).await {
            Err(Error::Signature { reason: SignatureFailure::Invalid(VerifyError::Mismatch), body }) => {
                assert!(!body.bytes().is_empty())
            }
            other => panic!("{other:?}"),
        }
    }
}

#[tokio::test]
async fn a_success_without_signature_is_rejected() {
    let sandbox = sandbox().await;
    sandbox.faults().push(Fault::normal().unsigned(), 1);
    match client(&sandbox).vaulting().create_vaulting_session(&request("REQ-UNSIGNED")).await {
        Err(Error::Signature { reason: SignatureFailure::Missing, .. }) => {}
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn an_unsigned_failure_is_accepted_as_unverified() {
    let sandbox = sandbox().await;
    sandbox.faults().push(Fault::answer("PROCESS_FAIL", ResultStatus::F).unsigned(), 1);
    let outcome = client(&sandbox).vaulting().create_vaulting_session(&request("REQ-UNSIGNED-F")).await;
    let text = outcome.as_ref().err().map(ToString::to_string).unwrap_or_default();
    let (error, verified) = api_error(outcome);
    assert!(matches!(error, CreateVaultingSessionError::ProcessFail { .. }));
    assert!(!verified);
    assert!(text.ends_with("(unsigned response: not verified)"), "{text}");
}

#[tokio::test]
async fn u_twice_then_s_is_three_identical_attempts_and_one_session() {
    let sandbox = sandbox().await;
    sandbox.faults().unknown_next(2);
    let response = client(&sandbox).vaulting().create_vaulting_session(&request("REQ-RETRY")).await;
    assert!(response.is_ok(), "{response:?}");
    let calls = sandbox.calls();
    assert_eq!(calls.len(), 3);
    assert!(calls.iter().all(|c| c.body == calls[0].body), "byte-identical bodies");
    let ids: Vec<String> = calls
        .iter()
        .map(|c| {
            serde_json::from_slice::<serde_json::Value>(&c.body)
                .ok()
                .and_then(|v| v["vaultingRequestId"].as_str().map(str::to_owned))
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(ids, ["REQ-RETRY", "REQ-RETRY", "REQ-RETRY"]);
    assert_eq!(sandbox.sessions().len(), 1);
}

#[tokio::test]
async fn u_is_reported_after_the_last_attempt_and_retries_can_be_switched_off() {
    let sandbox = sandbox().await;
    sandbox.faults().unknown_next(5);
    let (error, _) = api_error(client(&sandbox).vaulting().create_vaulting_session(&request("REQ-U")).await);
    assert_eq!(error.next_step(), NextStep::RetrySameRequest);
    assert_eq!(sandbox.calls().len(), 3, "three attempts in total by default");
    let (_, _) = api_error(
        client(&sandbox)
            .with_retry(RetryPolicy::disabled())
            .vaulting()
            .create_vaulting_session(&request("REQ-U"))
            .await,
    );
    assert_eq!(sandbox.calls().len(), 4, "one attempt with retries off");
}

#[tokio::test]
async fn a_timeout_is_retried_and_then_reported() {
    let sandbox = sandbox().await;
    sandbox.faults().delay_next(3, Duration::from_millis(800));
    let client = client(&sandbox).with_timeout(Duration::from_millis(200));
    match client.vaulting().create_vaulting_session(&request("REQ-SLOW")).await {
        Err(error @ Error::Transport { kind: TransportKind::Timeout, attempts: 3, .. }) => {
            assert_eq!(error.next_step(), NextStep::RetrySameRequest);
        }
        other => panic!("{other:?}"),
    }
    tokio::time::sleep(Duration::from_millis(1000)).await;
    assert_eq!(sandbox.calls().len(), 3);
    assert_eq!(sandbox.sessions().len(), 1, "the late attempts found the kept answer");
}

#[tokio::test]
async fn a_dropped_connection_is_retried_into_the_same_session() {
    let sandbox = sandbox().await;
    sandbox.faults().drop_next(1);
    let response = client(&sandbox).vaulting().create_vaulting_session(&request("REQ-DROP")).await;
    let session = response.map(|r| r.vaulting_session_id).unwrap_or_default();
    assert_eq!(sandbox.calls().len(), 2);
    assert_eq!(sandbox.sessions().iter().map(|s| s.id.clone()).collect::<Vec<_>>(), [session]);
}

#[tokio::test]
async fn the_same_id_gives_the_same_session_and_another_body_is_refused() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    let first =
        client.vaulting().create_vaulting_session(&request("REQ-IDEM")).await.map(|r| r.vaulting_session_id).ok();
    let again =
        client.vaulting().create_vaulting_session(&request("REQ-IDEM")).await.map(|r| r.vaulting_session_id).ok();
    assert!(first.is_some());
    assert_eq!(first, again);
    let mut different = request("REQ-IDEM");
    different.redirect_url = Some(vault_generated::url!("https://merchant.example/elsewhere"));
    let (error, _) = api_error(client.vaulting().create_vaulting_session(&different).await);
    assert_eq!(error.code(), "REPEAT_REQ_INCONSISTENT");
    assert_eq!(sandbox.sessions().len(), 1);
}

#[tokio::test]
async fn a_request_signed_with_another_key_is_refused() {
    let sandbox = sandbox().await;
    let wrong = client_with(&sandbox, CLIENT_ID, test_keys::SANDBOX_PRIVATE_KEY);
    let (error, verified) = api_error(wrong.vaulting().create_vaulting_session(&request("REQ-WRONGKEY")).await);
    assert_eq!((error.code(), error.status(), verified), ("INVALID_SIGNATURE", ResultStatus::F, true));
    assert!(!sandbox.calls()[0].signature_valid);
    assert!(sandbox.sessions().is_empty());
}

#[tokio::test]
async fn only_listed_client_ids_are_accepted() {
    let sandbox = match Sandbox::new().client_ids(["SANDBOX_ALLOWED".to_owned()]).start().await {
        Ok(s) => s,
        Err(e) => panic!("{e}"),
    };
    let allowed = client_with(&sandbox, "SANDBOX_ALLOWED", test_keys::MERCHANT_PRIVATE_KEY);
    assert!(allowed.vaulting().create_vaulting_session(&request("REQ-A")).await.is_ok());
    let other = client_with(&sandbox, "SANDBOX_OTHER", test_keys::MERCHANT_PRIVATE_KEY);
    let (error, _) = api_error(other.vaulting().create_vaulting_session(&request("REQ-B")).await);
    assert_eq!(error.code(), "INVALID_CLIENT");
}

#[tokio::test]
async fn an_http_error_status_keeps_the_body() {
    let sandbox = sandbox().await;
    let config = vault_generated::ClientConfig::from_key_text(
        format!("{}/not-the-gateway", sandbox.url()),
        CLIENT_ID,
        test_keys::MERCHANT_PRIVATE_KEY,
        test_keys::SANDBOX_PUBLIC_KEY,
    );
    let client = match config.map(vault_generated::Client::new) {
        Ok(Ok(client)) => client,
        _ => panic!("config"),
    };
    match client.vaulting().create_vaulting_session(&request("REQ-404")).await {
        Err(Error::HttpStatus { status: 404, body }) => {
            assert!(body.text().contains("no gateway path"))
        }
        other => panic!("{other:?}"),
    }
}

/// What the official SDKs send: an absolute-form request target, header names in any case,
/// an ISO 8601 Request-Time and a pretty-printed body.
#[tokio::test]
async fn the_sandbox_accepts_what_official_sdks_send() {
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
    let sandbox = sandbox().await;
    let path = "/ams/sandbox/api/v1/vaults/createVaultingSession";
    let body = "{\n   \"paymentMethodType\": \"CARD\",\n   \"vaultingRequestId\": \"REQ-SDK\",\n   \"vaultingNotificationUrl\": \"https://m.example/n\"\n}";
    let time = "2026-11-26T12:00:00+08:00";
    let key = vault_generated::MerchantKey::from_text(test_keys::MERCHANT_PRIVATE_KEY_PKCS1).ok();
    let signature = key
        .map(|k| vault_runtime::protocol::signature::sign(&k, "1", path, CLIENT_ID, time, body.as_bytes()))
        .unwrap_or_default();
    let request = format!(
        "POST {url}{path} HTTP/1.1\r\nhost: {addr}\r\nCONTENT-TYPE: application/json; charset=UTF-8\r\nclient-id: {CLIENT_ID}\r\nrequest-time: {time}\r\nsIgNaTuRe: {signature}\r\ncontent-length: {len}\r\nconnection: close\r\n\r\n{body}",
        url = sandbox.url(),
        addr = sandbox.addr(),
        len = body.len()
    );
    let mut stream = match tokio::net::TcpStream::connect(sandbox.addr()).await {
        Ok(stream) => stream,
        Err(e) => panic!("{e}"),
    };
    let mut answer = String::new();
    let io = async {
        stream.write_all(request.as_bytes()).await?;
        stream.read_to_string(&mut answer).await
    };
    assert!(io.await.is_ok());
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains("\"resultCode\":\"SUCCESS\""), "{answer}");
    for name in ["client-id: ", "response-time: ", "signature: algorithm=RSA256"] {
        assert!(answer.contains(name), "lower-case response header {name}: {answer}");
    }
    assert_eq!(sandbox.sessions().len(), 1);
}
