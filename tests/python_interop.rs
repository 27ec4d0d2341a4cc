//! Interoperability with Antom's official Python SDK, `global-open-sdk-python`: its client
//! calls our sandbox and verifies our response signatures, and its signature tool verifies a
//! signature our client produced; for a GET, both sign the same text; the SDK's own request
//! classes of one API of every family it covers are accepted by the `vault-sandbox` binary
//! (`vault-sandbox/tests/python_sdk.rs`). This is the proof that we speak the real protocol
//! rather than agree with ourselves.
//!
//! The test installs the SDK into a virtual environment under `target/` on first run (PyPI
//! access needed once). On a machine without Python or PyPI, `VAULT_SKIP_PYTHON_INTEROP=1`
//! skips it and writes so among the test results; in CI (`CI` set) nothing skips (see
//! `common::python::skip`).
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "test helpers stop at a broken assumption")]

mod common;

use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use vault_runtime::protocol::Method;
use vault_runtime::protocol::signature::Message;
use vault_runtime::{AntomPublicKey, MerchantKey};
use vault_sandbox::{CaptureMode, Fault, PaymentState, test_keys};

const SDK: &str = "global-open-sdk-python==1.7.1";

/// The venv's python, with the SDK installed (once).
fn python_with_sdk() -> PathBuf {
    common::python::with(&[SDK])
}

/// The base64 body of a PEM key, the form the Python SDK takes.
fn bare(pem: &str) -> String {
    pem.lines().filter(|l| !l.starts_with("-----")).collect()
}

/// The job for the script: where the sandbox is, the keys, and a request our client signed
/// (as the sandbox received it).
fn job(sandbox: &vault_sandbox::RunningSandbox, ours: &vault_sandbox::RecordedCall) -> Value {
    json!({
        "sandbox_url": sandbox.url(),
        "client_id": common::CLIENT_ID,
        "merchant_private_key": bare(test_keys::MERCHANT_PRIVATE_KEY_PKCS1),
        "merchant_public_key": bare(test_keys::MERCHANT_PUBLIC_KEY),
        "sandbox_public_key": bare(test_keys::SANDBOX_PUBLIC_KEY),
        "our_request": {
            "path": ours.path,
            "client_id": ours.client_id,
            "request_time": ours.request_time,
            "body": String::from_utf8_lossy(&ours.body),
            "signature": ours.signature,
        },
    })
}

/// Runs `tests/python/{script}` with the SDK's Python and returns its JSON report.
fn run_script(python: PathBuf, script: &str, job: &Value) -> Value {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/python").join(script);
    common::python::run_script(&python, &script, job)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_official_python_sdk_and_we_verify_each_other() {
    if common::python::skip("interoperability with the official Python SDK") {
        return;
    }
    let python = tokio::task::spawn_blocking(python_with_sdk).await.unwrap_or_else(|e| panic!("{e}"));
    let sandbox = common::sandbox().await;
    let ours = common::client(&sandbox).vaulting().create_vaulting_session(&common::request("RS-SIGNED-0001")).await;
    assert!(ours.is_ok(), "{ours:?}");
    let job = job(&sandbox, &sandbox.calls()[0]);
    let report = tokio::task::spawn_blocking(move || run_script(python, "antom_interop.py", &job))
        .await
        .unwrap_or_else(|e| panic!("{e}"));

    assert_eq!(report["sdk_call"]["result_code"], "SUCCESS", "{report}");
    assert!(report["sdk_call"]["session_id"].as_str().is_some_and(|id| id.starts_with("VS")), "{report}");
    assert!(report["sdk_call"]["session_data_length"].as_u64().is_some_and(|n| n > 0), "{report}");
    assert_eq!(report["sdk_rejects_wrong_key"], true, "the SDK really verifies: {report}");
    assert_eq!(report["sdk_verifies_our_signature"], true, "{report}");
    assert_eq!(report["sdk_rejects_changed_body"], true, "{report}");

    // What the SDK sent, as the sandbox saw it: its own request-time format, a pretty-printed
    // body, and a signature the sandbox verified.
    let sdk_calls: Vec<_> =
        sandbox.calls().into_iter().filter(|c| c.body.windows(11).any(|w| w == b"PY-SDK-0001")).collect();
    assert_eq!(sdk_calls.len(), 1);
    assert!(sdk_calls[0].signature_valid);
    assert!(sdk_calls[0].request_time.as_deref().is_some_and(|t| t.contains('T')), "ISO 8601 request time");
    assert!(sdk_calls[0].body.contains(&b'\n'), "pretty-printed body");
    assert_eq!(sdk_calls[0].path, "/ams/sandbox/api/v1/vaults/createVaultingSession");
}

/// The amounts of the payments test, in USD minor units: authorised, captured, refunded.
const PAID: i64 = 1000;
const CAPTURED: i64 = 800;
const REFUNDED: i64 = 300;

/// The job for the payments script: the sandbox, the keys, a card our client vaulted, and the
/// ids and amounts the SDK is to use.
fn payments_job(sandbox: &vault_sandbox::RunningSandbox, card_token: &str) -> Value {
    json!({
        "sandbox_url": sandbox.url(),
        "client_id": common::CLIENT_ID,
        "merchant_private_key": bare(test_keys::MERCHANT_PRIVATE_KEY_PKCS1),
        "sandbox_public_key": bare(test_keys::SANDBOX_PUBLIC_KEY),
        "card_token": card_token,
        "payment_request_id": "PY-PAY-0001",
        "capture_request_id": "PY-CAP-0001",
        "refund_request_id": "PY-REF-0001",
        "amount": PAID,
        "capture": CAPTURED,
        "refund": REFUNDED,
    })
}

/// `{"currency": "USD", "value": "<minor units>"}`, as the pages write amounts.
fn usd(minor_units: i64) -> Value {
    json!({ "currency": "USD", "value": minor_units.to_string() })
}

/// What the SDK reported: every step `S`, the amounts as asked, the inquiries agree.
fn assert_sdk_report(report: &Value) {
    for step in ["pay", "capture", "refund", "inquiry_payment", "inquiry_refund"] {
        assert_eq!(report[step]["result_status"], "S", "{step}: {report}");
        assert_eq!(report[step]["result_code"], "SUCCESS", "{step}: {report}");
    }
    assert_eq!(report["pay"]["payment_request_id"], "PY-PAY-0001", "{report}");
    assert_eq!(report["pay"]["payment_amount"], usd(PAID), "{report}");
    assert_eq!(report["capture"]["capture_amount"], usd(CAPTURED), "{report}");
    assert_eq!(report["refund"]["refund_amount"], usd(REFUNDED), "{report}");
    let inquiry = &report["inquiry_payment"];
    assert_eq!(inquiry["payment_status"], "SUCCESS", "{report}");
    assert_eq!(inquiry["payment_amount"], usd(PAID), "{report}");
    let kinds: Vec<_> = inquiry["transactions"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|t| (t["type"].clone(), t["status"].clone(), t["amount"].clone()))
        .collect();
    let expected = [("CAPTURE", CAPTURED), ("REFUND", REFUNDED)].map(|(k, v)| (json!(k), json!("SUCCESS"), usd(v)));
    assert_eq!(kinds, expected, "{report}");
    assert_eq!(report["inquiry_refund"]["refund_id"], report["refund"]["refund_id"], "{report}");
    assert_eq!(report["inquiry_refund"]["refund_status"], "SUCCESS", "{report}");
    assert_eq!(report["inquiry_refund"]["refund_amount"], usd(REFUNDED), "{report}");
}

/// The sandbox's side: one payment, captured and refunded as the SDK asked, and every call
/// it received signed correctly.
fn assert_sandbox_state(sandbox: &vault_sandbox::RunningSandbox, report: &Value, card_token: &str) {
    let payments = sandbox.payments();
    assert_eq!(payments.len(), 1, "the rejected answer and the retry are one payment");
    let payment = &payments[0];
    assert_eq!(Some(payment.payment_id.as_str()), report["pay"]["payment_id"].as_str());
    assert_eq!((payment.payment_request_id.as_str(), payment.card_token.as_str()), ("PY-PAY-0001", card_token));
    assert_eq!((payment.capture_mode, payment.state), (CaptureMode::Manual, PaymentState::Captured));
    assert_eq!((payment.amount, payment.captured()), (PAID, CAPTURED));
    let refunds = sandbox.refunds();
    assert_eq!(refunds.len(), 1);
    assert_eq!(Some(refunds[0].refund_id.as_str()), report["refund"]["refund_id"].as_str());
    assert_eq!((refunds[0].payment_id.as_str(), refunds[0].amount), (payment.payment_id.as_str(), REFUNDED));

    let calls = sandbox.calls();
    assert!(calls.iter().all(|c| c.signature_valid), "every request signature verified: {calls:?}");
    let paths: Vec<_> =
        calls.iter().skip(1).map(|c| c.path.trim_start_matches("/ams/sandbox/api/v1/payments/")).collect();
    assert_eq!(paths, ["pay", "pay", "capture", "refund", "inquiryPayment", "inquiryRefund"]);
    assert_eq!(calls[1].result_code, "SUCCESS", "the SDK refused a success for its signature alone");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_official_python_sdk_pays_captures_and_refunds_and_verifies_every_answer() {
    if common::python::skip("payments through the official Python SDK") {
        return;
    }
    let python = tokio::task::spawn_blocking(python_with_sdk).await.unwrap_or_else(|e| panic!("{e}"));
    let sandbox = common::sandbox().await;
    // The card is vaulted by our client: the SDK charges a token it did not create.
    let token = common::payments::vaulted_token(&common::client(&sandbox), "V-PY-PAY").await;
    // The SDK's first call (a pay) gets a well-formed signature over another body: the SDK
    // must refuse it; its retry with the same paymentRequestId is answered correctly signed.
    sandbox.faults().push(Fault::normal().wrong_signature(), 1);
    let job = payments_job(&sandbox, &token);
    let report = tokio::task::spawn_blocking(move || run_script(python, "antom_payments.py", &job));
    let report = report.await.unwrap_or_else(|e| panic!("{e}"));

    assert_eq!(report["wrong_signature"]["rejected"], true, "the SDK really verifies: {report}");
    assert_sdk_report(&report);
    assert_sandbox_state(&sandbox, &report, &token);
}

/// Only an explicit `1` skips, never in CI; any other value is a mistake, not a quiet run.
#[test]
fn the_skip_rule_is_explicit_and_never_applies_in_ci() {
    use common::python::skip_when;
    let what = "nothing (this line is the skip rule's own test)";
    let refused =
        |ci: bool, value: &'static str| std::panic::catch_unwind(|| skip_when(what, ci, Some(value))).is_err();
    assert!(!skip_when(what, false, None));
    assert!(!skip_when(what, true, None));
    assert!(skip_when(what, false, Some("1")));
    assert!(!skip_when(what, false, Some("0")));
    assert!(refused(true, "1"), "CI does not skip: it fails");
    assert!(refused(true, "0"), "the variable has no place in CI");
    assert!(refused(false, "yes"), "only `1` skips");
}

/// The GET variant page (`GET /v1/aba/accounts/inquiryStatement`, as the vendor's export
/// declares it), generated here with its own client: no shipped page says GET.
mod statement {
    vault_macros::generate!(pages = "../vault-codegen/tests/fixtures/variants/get_endpoint");
}

/// What the recording gateway saw of one request.
#[derive(Debug, Clone)]
struct Seen {
    method: String,
    path: String,
    headers: axum::http::HeaderMap,
    body: axum::body::Bytes,
}

impl Seen {
    fn header(&self, name: &str) -> &str {
        self.headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or_default()
    }

    /// The request as the signed message of `method`.
    fn message(&self, method: Method) -> Message<'_> {
        let (path, client_id, time) = (self.path.as_str(), self.header("client-id"), self.header("request-time"));
        Message { method, path, client_id, time, body: &self.body }
    }
}

/// The body of a request that asks the recording gateway to sign its answer as if the request
/// were a POST.
const ANSWER_AS_POST: &str = "CUST-PY-POST";

/// A gateway for the GET API that records each request and answers a success, signed with the
/// sandbox key as the answer to a GET (or to a POST, for a body naming [`ANSWER_AS_POST`]).
async fn recording_gateway() -> (String, std::sync::Arc<std::sync::Mutex<Vec<Seen>>>) {
    use axum::http::{HeaderMap, Method as HttpMethod, Uri};
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let log = std::sync::Arc::clone(&seen);
    let app = axum::Router::new().fallback(
        move |method: HttpMethod, uri: Uri, headers: HeaderMap, body: axum::body::Bytes| {
            let log = std::sync::Arc::clone(&log);
            async move {
                let seen = Seen { method: method.to_string(), path: uri.path().to_owned(), headers, body };
                log.lock().unwrap_or_else(std::sync::PoisonError::into_inner).push(seen.clone());
                signed_success(&seen)
            }
        },
    );
    let Ok(listener) = tokio::net::TcpListener::bind("127.0.0.1:0").await else { panic!("bind") };
    let addr = listener.local_addr().map(|a| a.to_string()).unwrap_or_default();
    tokio::spawn(async move { axum::serve(listener, app).await });
    (format!("http://{addr}"), seen)
}

fn signed_success(request: &Seen) -> axum::response::Response {
    let body = r#"{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"},"totalCount":"0"}"#;
    let as_post = request.body.windows(ANSWER_AS_POST.len()).any(|w| w == ANSWER_AS_POST.as_bytes());
    let method = if as_post { Method::Post } else { Method::Get };
    let key = MerchantKey::from_text(test_keys::SANDBOX_PRIVATE_KEY).unwrap_or_else(|e| panic!("{e}"));
    let time = "2026-01-01T00:00:00+08:00";
    let answer =
        Message { method, path: &request.path, client_id: request.header("client-id"), time, body: body.as_bytes() };
    axum::response::Response::builder()
        .header("content-type", "application/json; charset=UTF-8")
        .header("client-id", request.header("client-id"))
        .header("response-time", time)
        .header("signature", answer.sign(&key, "1"))
        .body(axum::body::Body::from(body))
        .unwrap_or_else(|e| panic!("{e}"))
}

/// Our client's GET call to the recording gateway: answered, and verified as a GET's answer.
async fn our_get_request(gateway_url: &str) {
    let config = vault_generated::ClientConfig::from_key_text(
        gateway_url,
        common::CLIENT_ID,
        test_keys::MERCHANT_PRIVATE_KEY,
        test_keys::SANDBOX_PUBLIC_KEY,
    );
    let client = statement::Client::new(config.unwrap_or_else(|e| panic!("{e}"))).unwrap_or_else(|e| panic!("{e}"));
    let mut request =
        statement::aba_accounts::InquiryStatementRequest::new(statement::aba_accounts::InquiryStatementRequired {
            customer_id: vault_runtime::text!("CUST-RS-0001"),
            access_token: vault_runtime::text!("TOKEN-RS"),
        });
    request.page_size = Some(vault_runtime::int!(20));
    let answered = client.aba_accounts().inquiry_statement(&request).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(answered.total_count.as_deref(), Some("0"));
}

/// The job for the GET script: the gateway, the keys, and our recorded request.
fn get_job(gateway_url: &str, ours: &Seen) -> Value {
    json!({
        "gateway_url": gateway_url,
        "client_id": common::CLIENT_ID,
        "merchant_private_key": bare(test_keys::MERCHANT_PRIVATE_KEY_PKCS1),
        "merchant_public_key": bare(test_keys::MERCHANT_PUBLIC_KEY),
        "gateway_public_key": bare(test_keys::SANDBOX_PUBLIC_KEY),
        "customer_id": "CUST-PY-0001",
        "customer_id_answered_as_post": ANSWER_AS_POST,
        "our_request": {
            "path": ours.path,
            "client_id": ours.header("client-id"),
            "request_time": ours.header("request-time"),
            "body": String::from_utf8_lossy(&ours.body),
            "signature": ours.header("signature"),
        },
    })
}

/// A GET the official SDK's way and ours: the same signed text (`GET <path>\n<clientId>.<time>.
/// <JSON body>`), checked both ways. The SDK signs its request's method with the JSON body and
/// its HTTP layer sends every request as POST; we send the GET we sign.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_get_request_is_signed_as_the_official_python_sdk_signs_it() {
    if std::env::var_os("VAULT_SKIP_PYTHON_INTEROP").is_some() {
        eprintln!("SKIPPED: GET requests against the official Python SDK (VAULT_SKIP_PYTHON_INTEROP is set)");
        return;
    }
    let python = tokio::task::spawn_blocking(python_with_sdk).await.unwrap_or_else(|e| panic!("{e}"));
    let (url, seen) = recording_gateway().await;
    our_get_request(&url).await;
    let ours = seen.lock().unwrap_or_else(std::sync::PoisonError::into_inner)[0].clone();
    assert_eq!(
        (ours.method.as_str(), ours.path.as_str()),
        ("GET", "/ams/sandbox/api/v1/aba/accounts/inquiryStatement")
    );
    assert!(ours.body.starts_with(b"{\"customerId\":\"CUST-RS-0001\""), "the request is the JSON body: {ours:?}");

    let job = get_job(&url, &ours);
    let report = tokio::task::spawn_blocking(move || run_script(python, "antom_get.py", &job));
    let report = report.await.unwrap_or_else(|e| panic!("{e}"));
    let our_text = String::from_utf8(ours.message(Method::Get).signed_text()).unwrap_or_default();
    assert_eq!(report["sdk_signed_text"].as_str(), Some(our_text.as_str()), "{report}");
    assert_eq!(report["sdk_verifies_ours_as_get"], true, "{report}");
    assert_eq!(report["sdk_verifies_ours_as_post"], false, "the method is part of the signed text: {report}");
    assert_eq!(report["sdk_call"]["result_code"], "SUCCESS", "the SDK verified an answer signed as a GET's: {report}");
    assert_eq!(report["sdk_rejects_answer_signed_as_post"], true, "{report}");

    let calls = seen.lock().unwrap_or_else(std::sync::PoisonError::into_inner).clone();
    let sdk =
        calls.iter().find(|c| c.body.windows(12).any(|w| w == b"CUST-PY-0001")).unwrap_or_else(|| panic!("{calls:?}"));
    assert_eq!((sdk.method.as_str(), sdk.path.as_str()), ("POST", ours.path.as_str()), "the SDK's transport");
    let merchant = AntomPublicKey::from_text(test_keys::MERCHANT_PUBLIC_KEY).unwrap_or_else(|e| panic!("{e}"));
    let signature = sdk.header("signature");
    assert_eq!(sdk.message(Method::Get).verify(&merchant, signature), Ok(()), "the SDK signed what we sign for a GET");
    assert!(sdk.message(Method::Post).verify(&merchant, signature).is_err(), "and not what a POST signs");
}
