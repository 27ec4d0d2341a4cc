//! The pages in `api-docs/` against the vendor's facts: runs `scripts/vendor_check.py check` (the
//! standard library of `python3` is all it needs) on the OpenAPI export of the pages, which
//! compares every field's presence, type, REQUIRED flag, maximum length, array size, value range
//! and value list, and the status letters of the codes, with the committed fixture
//! `scripts/vendor-facts.json` and its list of known, justified differences. A second test
//! proves that the check fails when a page drifts from the vendor.
//!
//! The golden wire bodies of `tests/golden/` (what the client sends, every field set; see
//! `tests/golden_wire.rs`) are checked against the same facts, key path by key path
//! (`scripts/vendor_check.py golden`), so that their correctness does not rest on the generator.
//!
//! The fixture comes from the vendor's OpenAPI export (not on CI machines):
//! `python3 scripts/vendor_check.py regenerate`; see the top of the script.
#![allow(clippy::panic, reason = "test helpers stop at a broken assumption")]

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The OpenAPI document of `api-docs/`, as `antom-pages openapi api-docs` prints it.
fn document() -> Value {
    let root = root();
    let pages = [root.join("api-docs")];
    let sources = vault_codegen::load_paths(&pages, &root).unwrap_or_else(|e| panic!("{e}"));
    let model = vault_codegen::model(&sources, &antom_pages::config(&pages)).unwrap_or_else(|d| panic!("{d:#?}"));
    antom_pages::openapi::document(&model)
}

/// Runs `scripts/vendor_check.py` with `args`; whether it passed, and what it printed.
fn script(args: &[&std::ffi::OsStr]) -> (bool, String) {
    let output = Command::new("python3")
        .arg(root().join("scripts/vendor_check.py"))
        .args(args)
        .current_dir(root())
        .output()
        .unwrap_or_else(|e| panic!("python3 could not start: {e} (the check needs python3, standard library only)"));
    let text = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    (output.status.success(), text)
}

/// Runs the check on `document`; whether it passed, and what it printed.
fn check(name: &str, document: &Value) -> (bool, String) {
    let file = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("vendor-check-{name}.openapi.json"));
    assert!(std::fs::write(&file, document.to_string()).is_ok());
    script(&["check".as_ref(), "--ours".as_ref(), file.as_os_str()])
}

#[test]
fn every_field_of_the_pages_agrees_with_the_vendor_or_is_a_known_difference() {
    let (passed, output) = check("api-docs", &document());
    println!("{output}");
    assert!(passed, "the pages differ from the vendor's facts:\n{output}");
    assert!(output.contains(" 0 unexplained; 0 stale entries"), "{output}");
}

#[test]
fn the_check_fails_when_a_page_drifts_from_the_vendor() {
    let mut drifted = document();
    let schemas = &mut drifted["components"]["schemas"];
    // Address.region loses its REQUIRED flag (the defect of issue 10 §3) ...
    schemas["vaulting.Address"]["required"] = Value::Array(vec![]);
    // ... a length changes ...
    schemas["vaulting.VaultPaymentMethodRequest"]["properties"]["vaultingRequestId"]["maxLength"] = 32.into();
    // ... a field disappears ...
    if let Some(properties) = schemas["payments.RefundRequest"]["properties"].as_object_mut() {
        properties.remove("refundReason");
    }
    // ... and a code changes its letter.
    if let Some(codes) = drifted["paths"]["/v1/payments/cancel"]["post"]["x-antom-result-codes"].as_array_mut() {
        for code in codes.iter_mut().filter(|c| c["code"] == "ORDER_NOT_EXIST") {
            code["status"] = "U".into();
        }
    }
    let (passed, output) = check("drifted", &drifted);
    assert!(!passed, "the check accepted a drifted page:\n{output}");
    for expected in [
        "vaultPaymentMethod request paymentMethodDetail.card.billingAddress.region: required: ours false, vendor true",
        "vaultPaymentMethod request vaultingRequestId: maxLength: ours 32, vendor 64",
        "refund request refundReason: presence: ours false, vendor true",
        "payments_cancel codes ORDER_NOT_EXIST: status: ours \"U\", vendor \"F\"",
    ] {
        assert!(output.contains(expected), "expected `{expected}` in:\n{output}");
    }
}

/// Runs the golden check on a directory of bodies; whether it passed, and what it printed.
fn golden(directory: &Path) -> (bool, String) {
    script(&["golden".as_ref(), directory.as_os_str()])
}

#[test]
fn every_golden_wire_body_has_the_vendors_fields_and_values() {
    let (passed, output) = golden(&root().join("tests/golden"));
    println!("{output}");
    assert!(passed, "a golden body differs from the vendor's facts:\n{output}");
    // Every body is compared (tests/golden_wire.rs writes one per outbound API).
    let bodies = std::fs::read_dir(root().join("tests/golden")).map(|d| d.count()).unwrap_or_default();
    let summary = format!("{bodies} golden bodies compared with the vendor's request fields; 0 unexplained");
    assert!(output.lines().any(|line| line == summary), "expected `{summary}` in:\n{output}");
}

#[test]
fn the_golden_check_fails_on_a_wrong_name_a_missing_field_or_a_wrong_value() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("golden-drifted");
    assert!(std::fs::create_dir_all(&dir).is_ok());
    let read = |api: &str| std::fs::read_to_string(root().join(format!("tests/golden/{api}.json"))).unwrap_or_default();
    let edits = [
        ("payments_cancel", read("payments_cancel").replacen("\"paymentRequestId\"", "\"paymentRequestID\"", 1)),
        ("createVaultingSession", read("createVaultingSession").replacen("\"CARD\"", "\"CRAD\"", 1)),
        ("inquireVaulting", read("inquireVaulting").replacen("{", "{\"extra\":1,", 1)),
    ];
    for (api, body) in &edits {
        assert!(std::fs::write(dir.join(format!("{api}.json")), body).is_ok());
    }
    let mut refund: Value = serde_json::from_str(&read("refund")).unwrap_or_default();
    if let Some(body) = refund.as_object_mut() {
        body.remove("refundAmount");
        body.insert("isAsyncRefund".to_owned(), Value::String("true".to_owned()));
    }
    assert!(std::fs::write(dir.join("refund.json"), refund.to_string()).is_ok());
    let (passed, output) = golden(&dir);
    assert!(!passed, "the check accepted drifted bodies:\n{output}");
    for expected in [
        "payments_cancel request paymentRequestID: presence: ours true, vendor false",
        "payments_cancel request paymentRequestId: presence: ours false, vendor true",
        "createVaultingSession request paymentMethodType: fixed value: ours \"CRAD\", vendor \"CARD\"",
        "inquireVaulting request extra: presence: ours true, vendor false",
        "refund request refundAmount: presence: ours false, vendor true",
        "refund request isAsyncRefund: json type: ours \"str\", vendor \"boolean\"",
    ] {
        assert!(output.contains(expected), "expected `{expected}` in:\n{output}");
    }
}
