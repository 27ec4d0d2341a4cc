//! Interoperability with Antom's official Python SDK, `global-open-sdk-python`: its client
//! calls our sandbox and verifies our response signatures, and its signature tool verifies a
//! signature our client produced. This is the proof that we speak the real protocol rather
//! than agree with ourselves.
//!
//! The test installs the SDK into a virtual environment under `target/` on first run (PyPI
//! access needed once). On a machine without Python or PyPI, `VAULT_SKIP_PYTHON_INTEROP=1`
//! skips it and writes so among the test results; in CI (`CI` set) nothing skips (see
//! `common::python::skip`).
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "test helpers stop at a broken assumption")]

mod common;

use serde_json::{Value, json};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
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
    let run = || {
        let mut child = Command::new(python)
            .arg(script)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()?;
        if let Some(mut stdin) = child.stdin.take() {
            stdin.write_all(job.to_string().as_bytes())?;
        }
        child.wait_with_output()
    };
    let output = run().unwrap_or_else(|e| panic!("the Python SDK did not run: {e}"));
    assert!(output.status.success(), "the Python SDK failed:\n{}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&output.stdout)))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_official_python_sdk_and_we_verify_each_other() {
    if common::python::skip("interoperability with the official Python SDK") {
        return;
    }
    let python = tokio::task::spawn_blocking(python_with_sdk).await.unwrap_or_else(|e| panic!("{e}"));
    let sandbox = common::sandbox().await;
    let ours = common::client(&sandbox).create_vaulting_session(&common::request("RS-SIGNED-0001")).await;
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
