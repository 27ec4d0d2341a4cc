// Two APIs of one family whose failure codes both carry response fields: each error enum
// decodes its own (they once both emitted a `Carried` struct into the family module, which
// did not compile).
vault_macros::generate!(pages = "../../../vault-codegen/tests/fixtures/variants/two_apis_carry_fields");

use vault_runtime::{ApiError, ApiResult, ResultStatus};

fn main() {
    let body = br#"{"result":{"resultCode":"THING_PENDING","resultStatus":"U"},"retryToken":"T-1","retryAfter":"30"}"#;
    let pending = || ApiResult::new("THING_PENDING", ResultStatus::U, "");
    let declared = things::DeclareThingError::from_response(pending(), body).ok();
    let amended = things::AmendThingError::from_response(pending(), body).ok();
    assert!(matches!(
        declared,
        Some(things::DeclareThingError::ThingPending { retry_token: Some(ref token), retry_after: Some(30), .. }) if token == "T-1"
    ));
    assert!(matches!(
        amended,
        Some(things::AmendThingError::ThingPending { retry_token: Some(ref token), retry_after: Some(30), .. }) if token == "T-1"
    ));
    // Without a body the carried fields stay empty.
    let bare = things::AmendThingError::from_result(pending());
    assert!(matches!(bare, things::AmendThingError::ThingPending { retry_token: None, retry_after: None, .. }));
}
