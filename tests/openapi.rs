//! The OpenAPI export of the pages passes an established validator (`openapi-spec-validator`
//! from PyPI), installed in the Python environment the interoperability test uses. Outside CI,
//! `VAULT_SKIP_PYTHON_INTEROP=1` skips it and writes so among the test results.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "test helpers stop at a broken assumption")]

mod common;

use std::process::Command;

const VALIDATOR: &str = "openapi-spec-validator==0.7.2";

fn document(entries: &[&str]) -> serde_json::Value {
    let root = common::root();
    let paths: Vec<_> = entries.iter().map(|e| root.join(e)).collect();
    let sources = vault_codegen::load_paths(&paths, &root).unwrap_or_else(|e| panic!("{e}"));
    // The crate's settings when the pages are exactly api-docs/, as `antom-pages openapi` does.
    let config = antom_pages::config(&paths);
    let model = vault_codegen::model(&sources, &config).unwrap_or_else(|d| panic!("{d:#?}"));
    antom_pages::openapi::document(&model)
}

fn validate(name: &str, document: &serde_json::Value) {
    let python = common::python::with(&[VALIDATOR]);
    let file = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("{name}.openapi.json"));
    assert!(std::fs::write(&file, document.to_string()).is_ok());
    let script = "import sys, json\nfrom openapi_spec_validator import validate\nvalidate(json.load(open(sys.argv[1])))\nprint('valid')";
    common::python::run(
        Command::new(python).args(["-c", script]).arg(&file),
        &format!("validating the {name} OpenAPI document"),
    );
}

#[test]
fn the_openapi_document_of_the_pages_is_valid() {
    if common::python::skip("OpenAPI validation with openapi-spec-validator") {
        return;
    }
    let api_docs = document(&["api-docs"]);
    // What the document says, not only that it is valid.
    let post = &api_docs["paths"]["/v1/vaults/createVaultingSession"]["post"];
    assert_eq!(post["x-antom-idempotency-field"], "vaultingRequestId");
    assert_eq!(post["x-antom-result-codes"][3]["status"], "U");
    let request = &api_docs["components"]["schemas"]["vaulting.CreateVaultingSessionRequest"];
    assert_eq!(request["properties"]["vaultingRequestId"]["maxLength"], 64);
    assert_eq!(request["properties"]["paymentMethodType"]["x-antom-fixed"], "CARD");
    assert!(request["required"].as_array().is_some_and(|r| r.contains(&"vaultingNotificationUrl".into())));
    assert_eq!(api_docs["components"]["schemas"]["vaulting.Env"]["properties"]["timeZoneOffset"]["minimum"], -720);
    assert!(api_docs["webhooks"]["notifyVaulting"]["post"].is_object());
    let common = api_docs["x-antom-common-result-codes"].as_array().map(Vec::len).unwrap_or_default();
    assert!(common > 10, "the common codes are exported");
    // The crate's `sensitive` setting applies to exactly api-docs/, as the build reads it.
    let secret = &api_docs["components"]["schemas"]["vaulting.CreateVaultingSessionResponse"]["properties"]["vaultingSessionData"];
    assert_eq!(secret["x-antom-secret"], true, "vault-generated marks the session data secret");
    // Two families' APIs of one name are two operations.
    assert_eq!(api_docs["paths"]["/v1/subscriptions/cancel"]["post"]["operationId"], "subscriptions_cancel");
    assert_eq!(api_docs["paths"]["/v1/payments/cancel"]["post"]["operationId"], "payments_cancel");
    validate("api-docs", &api_docs);

    // An API sent through large-message gateways lists them as its own servers.
    let gateway = document(&["vault-codegen/tests/fixtures/variants/large_message_gateway"]);
    let servers = &gateway["paths"]["/v1/payments/supplyEvidence"]["post"]["servers"];
    assert_eq!(servers[0]["url"], "https://open-big-na.alipay.com/ams/api", "{servers}");
    validate("large-message gateway", &gateway);
}
