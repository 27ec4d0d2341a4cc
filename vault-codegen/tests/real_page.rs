//! The model of the real `createVaultingSession` page: every fact the seed page states.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "test helpers stop at a broken assumption")]

mod common;

use vault_codegen::model::{Api, Status, Ty};

fn api() -> Api {
    let sources = common::load("api-docs");
    let model = match vault_codegen::model(&sources, &common::config()) {
        Ok(model) => model,
        Err(d) => panic!("{d:#?}"),
    };
    match model.apis.into_iter().find(|a| a.name == "createVaultingSession") {
        Some(api) => api,
        None => panic!("no createVaultingSession"),
    }
}

fn shape(fields: &[vault_codegen::model::Field]) -> Vec<(String, bool, Ty)> {
    fields.iter().map(|f| (f.name.clone(), f.required, f.ty.clone())).collect()
}

#[test]
fn request_fields_types_flags_and_limits() {
    let api = api();
    assert_eq!(api.endpoint.map(|e| e.path).as_deref(), Some("/v1/vaults/createVaultingSession"));
    assert_eq!(
        shape(&api.request),
        [
            ("paymentMethodType".to_owned(), true, Ty::Fixed("CARD".to_owned())),
            ("vaultingRequestId".to_owned(), true, Ty::Text { max: Some(64) }),
            ("vaultingNotificationUrl".to_owned(), true, Ty::Url { max: Some(2048) }),
            ("redirectUrl".to_owned(), false, Ty::Url { max: Some(2048) }),
            ("merchantRegion".to_owned(), false, Ty::Region),
        ]
    );
    let region = &api.request[4];
    assert_eq!(region.examples, ["US", "SG", "HK", "PK", "JP", "CN", "BR", "AU", "MY"]);
    assert!(region.docs.iter().any(|d| d.contains("Global Acquirer Gateway")));
    let idempotency = api.idempotency.as_ref().map(|i| i.field.as_str());
    assert_eq!(idempotency, Some("vaultingRequestId"));
}

#[test]
fn response_fields_and_the_sensitive_session_data() {
    let api = api();
    assert_eq!(
        shape(&api.response),
        [
            ("result".to_owned(), true, Ty::ApiResult),
            ("vaultingSessionData".to_owned(), true, Ty::Text { max: Some(4096) }),
            ("vaultingSessionId".to_owned(), true, Ty::Text { max: Some(64) }),
            ("vaultingSessionExpiryTime".to_owned(), true, Ty::Datetime { max: None }),
        ]
    );
    assert!(api.response[1].sensitive);
    assert!(api.response[3].notes.iter().any(|n| n.contains("2019-11-27T12:01:01+08:00")));
}

#[test]
fn result_codes_and_handling() {
    let api = api();
    let codes: Vec<(&str, Status)> = api.codes.iter().map(|c| (c.code.as_str(), c.status)).collect();
    assert_eq!(
        codes,
        [
            ("SUCCESS", Status::S),
            ("PARAM_ILLEGAL", Status::F),
            ("PROCESS_FAIL", Status::F),
            ("UNKNOWN_EXCEPTION", Status::U)
        ]
    );
    assert!(api.codes.iter().all(|c| !c.message.is_empty() && !c.action.is_empty()));
    assert_eq!(api.result_logic.len(), 2);
}
