//! Antom's official Python SDK (`global-open-sdk-python`) against the `vault-sandbox` binary,
//! as a team runs it: the SDK's own request classes of one API of every family it covers are
//! sent to the process, decoded by the generated request types, answered, and the answers
//! verified and read by the SDK's response classes.
//!
//! The SDK is installed into a virtual environment under `target/` on first run (PyPI access
//! needed once). Outside CI, `VAULT_SKIP_PYTHON_INTEROP=1` skips it and says so; in CI nothing
//! skips (`common::python::skip`).
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "test helpers stop at a broken assumption")]

mod common;

use common::Process;
use serde_json::json;
use std::path::Path;
use vault_sandbox::test_keys;

const SDK: &str = "global-open-sdk-python==1.7.1";

/// The client id the SDK sends (`SANDBOX_` keeps the SDK on the sandbox paths).
const CLIENT_ID: &str = "SANDBOX_PY_SDK";

/// Per family the SDK has request classes for: the API its script sends with the SDK's own
/// request class, by documented path, and the answer expected. A family with a state machine
/// refuses ids it never issued (a payment, token, subscription or dispute) with its page's
/// code (inquiryPayment, whose page has no code table, with the common `PROCESS_FAIL`): the
/// request was decoded and checked, and the SDK verifies and reads that signed answer as it
/// does a success.
const FAMILY_APIS: &[(&str, &str, &str, &str)] = &[
    ("vaulting", "/v1/vaults/createVaultingSession", "S", "SUCCESS"),
    ("payments", "/v1/payments/inquiryPayment", "F", "PROCESS_FAIL"),
    ("checkout", "/v1/payments/createPaymentSession", "S", "SUCCESS"),
    ("authorizations", "/v1/authorizations/revoke", "F", "INVALID_ACCESS_TOKEN"),
    ("subscriptions", "/v1/subscriptions/cancel", "F", "PROCESS_FAIL"),
    ("disputes", "/v1/payments/acceptDispute", "F", "PARAM_ILLEGAL"),
    ("marketplace", "/v1/accounts/inquireBalance", "S", "SUCCESS"),
    ("customs", "/v1/customs/inquiryDeclarationRequests", "S", "SUCCESS"),
    ("aba", "/v1/aba/cards/inquireCard", "S", "SUCCESS"),
];

/// The base64 body of a PEM key, the form the Python SDK takes.
fn bare(pem: &str) -> String {
    pem.lines().filter(|l| !l.starts_with("-----")).collect()
}

/// One API of every family the SDK covers, sent by the SDK to the binary: accepted, answered
/// with the expected result, every answer's signature verified by the SDK (and an answer
/// checked against another key refused, so the verification is real), every request's
/// signature verified by the sandbox (its log says so).
#[test]
fn the_official_python_sdk_calls_one_api_of_every_family_on_the_binary() {
    if common::python::skip("every family through the official Python SDK, against the sandbox binary") {
        return;
    }
    let python = common::python::with(&[SDK]);
    let sandbox = Process::start_logged("memory");
    let job = json!({
        "sandbox_url": sandbox.url,
        "client_id": CLIENT_ID,
        "merchant_private_key": bare(test_keys::MERCHANT_PRIVATE_KEY_PKCS1),
        "sandbox_public_key": bare(test_keys::SANDBOX_PUBLIC_KEY),
        // Any other RSA key: the answer signed with the sandbox's key must not verify with it.
        "wrong_public_key": bare(test_keys::MERCHANT_PUBLIC_KEY),
    });
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/python/antom_families.py");
    let report = common::python::run_script(&python, &script, &job);
    let logs = sandbox.logs();

    assert_eq!(report["wrong_signature"]["rejected"], true, "the SDK really verifies: {report}");
    let mut wrong = Vec::new();
    for (family, path, status, code) in FAMILY_APIS {
        let answer = &report["families"][family];
        assert_eq!(answer["path"], format!("/ams/sandbox/api{path}"), "{family}: {report}");
        if (&answer["result_status"], &answer["result_code"]) != (&json!(status), &json!(code)) {
            wrong.push(format!("{family}: expected {status} {code}, got {answer}"));
        }
        let logged = format!("path=/ams/sandbox/api{path} signature=Valid code={code}");
        if !logs.contains(&logged) {
            wrong.push(format!("{family}: the sandbox did not log `{logged}`"));
        }
    }
    assert!(wrong.is_empty(), "{}\n--- sandbox log ---\n{logs}", wrong.join("\n"));
    // The SDK's request was read field by field: the state machine names the dispute it sent.
    let message = report["families"]["disputes"]["answer"]["result"]["resultMessage"].as_str().unwrap_or_default();
    assert!(message.contains("PY-DISPUTE-1"), "{report}");
    assert!(!logs.contains("signature=Invalid") && !logs.contains("signature=Missing"), "{logs}");
}
