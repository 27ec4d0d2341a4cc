//! The generated createVaultingSession types: exact request JSON, the page's sample response,
//! result codes to error variants, and validation of plain values that reports every problem.

use serde_json::json;
use vault_generated::vaulting::{
    CreateVaultingSessionDraft, CreateVaultingSessionError, CreateVaultingSessionRequest,
    CreateVaultingSessionRequired, CreateVaultingSessionResponse,
};
use vault_generated::{ApiError, ApiResult, NextStep, Operation, ResultStatus, Violation, region, text, url};

fn request() -> CreateVaultingSessionRequest {
    CreateVaultingSessionRequest::new(CreateVaultingSessionRequired {
        vaulting_request_id: text!("REQ-0001"),
        vaulting_notification_url: url!("https://merchant.example/vaulting/notify"),
    })
}

#[test]
fn request_serialises_to_exactly_the_wire_json() {
    let minimal = serde_json::to_string(&request()).ok();
    let expected = r#"{"paymentMethodType":"CARD","vaultingRequestId":"REQ-0001","vaultingNotificationUrl":"https://merchant.example/vaulting/notify"}"#;
    assert_eq!(minimal.as_deref(), Some(expected));

    let mut full = request();
    full.redirect_url = Some(url!("https://merchant.example/done"));
    full.merchant_region = Some(region!("SG"));
    let value = serde_json::to_value(&full).ok();
    let expected = json!({
        "paymentMethodType": "CARD",
        "vaultingRequestId": "REQ-0001",
        "vaultingNotificationUrl": "https://merchant.example/vaulting/notify",
        "redirectUrl": "https://merchant.example/done",
        "merchantRegion": "SG",
    });
    assert_eq!(value, Some(expected));
}

#[test]
fn the_pages_sample_response_deserialises() {
    let body = r#"{
        "result": {"resultCode": "SUCCESS", "resultStatus": "S", "resultMessage": "success"},
        "vaultingSessionData": "encrypted-session-data",
        "vaultingSessionId": "2019112719074101000700000077771",
        "vaultingSessionExpiryTime": "2019-11-27T12:01:01+08:00",
        "someFieldAddedLater": {"ignored": true}
    }"#;
    let response: CreateVaultingSessionResponse = match serde_json::from_str(body) {
        Ok(response) => response,
        Err(e) => panic!("{e}"),
    };
    assert_eq!(response.result.result_status, ResultStatus::S);
    assert_eq!(response.vaulting_session_expiry_time.to_rfc3339(), "2019-11-27T12:01:01+08:00");
    assert_eq!(response.vaulting_session_expiry_time.offset().local_minus_utc(), 8 * 3600);
    assert_eq!(response.vaulting_session_data.expose(), "encrypted-session-data");
    assert!(!format!("{response:?}").contains("encrypted-session-data"));
}

#[test]
fn a_response_without_a_required_field_or_with_a_bad_date_is_rejected() {
    let missing = r#"{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"ok"},"vaultingSessionData":"d","vaultingSessionExpiryTime":"2019-11-27T12:01:01+08:00"}"#;
    assert!(serde_json::from_str::<CreateVaultingSessionResponse>(missing).is_err());
    let no_offset = r#"{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"ok"},"vaultingSessionData":"d","vaultingSessionId":"i","vaultingSessionExpiryTime":"2019-11-27T12:01:01"}"#;
    assert!(serde_json::from_str::<CreateVaultingSessionResponse>(no_offset).is_err());
}

fn error(code: &str, status: ResultStatus) -> CreateVaultingSessionError {
    CreateVaultingSessionError::from_result(ApiResult::new(code, status, "server says"))
}

#[test]
fn each_documented_code_maps_to_its_variant() {
    let message = "server says".to_owned();
    assert_eq!(
        error("PARAM_ILLEGAL", ResultStatus::F),
        CreateVaultingSessionError::ParamIllegal { message: message.clone() }
    );
    assert_eq!(
        error("PROCESS_FAIL", ResultStatus::F),
        CreateVaultingSessionError::ProcessFail { message: message.clone() }
    );
    assert_eq!(error("UNKNOWN_EXCEPTION", ResultStatus::U), CreateVaultingSessionError::UnknownException { message });
    let documented = error("PROCESS_FAIL", ResultStatus::F).documented().map(|info| info.further_action);
    assert!(documented.is_some_and(|action| action.starts_with("Do not retry")));
    let codes: Vec<&str> = CreateVaultingSessionError::CODES.iter().map(|c| c.code).collect();
    assert_eq!(codes, ["SUCCESS", "PARAM_ILLEGAL", "PROCESS_FAIL", "UNKNOWN_EXCEPTION"]);
}

#[test]
fn an_undocumented_code_maps_to_undocumented_and_its_status_decides() {
    let undocumented = error("BRAND_NEW_LIMIT", ResultStatus::U);
    assert_eq!(
        undocumented,
        CreateVaultingSessionError::Undocumented {
            code: "BRAND_NEW_LIMIT".to_owned(),
            status: ResultStatus::U,
            message: "server says".to_owned()
        }
    );
    assert!(undocumented.is_retryable_with_same_id());
    assert!(undocumented.documented().is_none());
    // A documented code with another status letter is not the documented case.
    assert!(matches!(error("PARAM_ILLEGAL", ResultStatus::U), CreateVaultingSessionError::Undocumented { .. }));
}

#[test]
fn the_gateways_common_codes_are_typed_in_every_api() {
    use vault_generated::CommonCode;
    let limited = error("REQUEST_TRAFFIC_EXCEED_LIMIT", ResultStatus::U);
    assert_eq!(
        limited,
        CreateVaultingSessionError::Common {
            code: CommonCode::RequestTrafficExceedLimit,
            message: "server says".to_owned()
        }
    );
    // A `U` common code is retried like any unknown outcome, and says what to do.
    assert!(limited.is_retryable_with_same_id());
    assert_eq!(limited.documented().map(|info| info.status), Some(ResultStatus::U));
    let signature = vault_generated::vaulting::InquireVaultingError::from_result(ApiResult::new(
        "INVALID_SIGNATURE",
        ResultStatus::F,
        "",
    ));
    assert!(matches!(
        signature,
        vault_generated::vaulting::InquireVaultingError::Common { code: CommonCode::InvalidSignature, .. }
    ));
    assert_eq!(signature.next_step(), NextStep::DoNotRetry);
    // The page's own row wins over the common one (PARAM_ILLEGAL is in both).
    assert!(matches!(error("PARAM_ILLEGAL", ResultStatus::F), CreateVaultingSessionError::ParamIllegal { .. }));
    // A simulator answers with the typed value.
    assert_eq!(signature.to_result().result_code, "INVALID_SIGNATURE");
    assert_eq!(CommonCode::KeyNotFound.to_result().result_status, ResultStatus::F);
}

#[test]
fn retry_advice_derives_from_the_status_letter() {
    assert_eq!(error("UNKNOWN_EXCEPTION", ResultStatus::U).next_step(), NextStep::RetrySameRequest);
    assert_eq!(error("PARAM_ILLEGAL", ResultStatus::F).next_step(), NextStep::DoNotRetry);
    assert_eq!(error("SOMETHING_NEW", ResultStatus::F).next_step(), NextStep::DoNotRetry);
}

#[test]
fn a_draft_with_several_bad_values_reports_every_one() {
    let mut draft = CreateVaultingSessionDraft::default();
    draft.vaulting_request_id = Some("R".repeat(70));
    draft.vaulting_notification_url = Some("not a url".to_owned());
    draft.redirect_url = Some(format!("https://merchant.example/{}", "a".repeat(2030)));
    draft.merchant_region = Some("sg".to_owned());
    let errors = match CreateVaultingSessionRequest::try_from(draft) {
        Ok(_) => panic!("accepted"),
        Err(errors) => errors,
    };
    let fields: Vec<(&str, &str)> = errors.errors().iter().map(|e| (e.field.as_str(), e.violation.rule())).collect();
    assert_eq!(
        fields,
        [
            ("vaultingRequestId", "max_length"),
            ("vaultingNotificationUrl", "http_url"),
            ("redirectUrl", "max_length"),
            ("merchantRegion", "iso3166_alpha2")
        ]
    );
    assert_eq!(
        errors.field("vaultingRequestId").map(|e| &e.violation),
        Some(&Violation::TooLong { max: 64, actual: 70 })
    );
    assert_eq!(
        errors.field("redirectUrl").map(|e| &e.violation),
        Some(&Violation::TooLong { max: 2048, actual: 2055 })
    );
    let text = errors.to_string();
    assert!(text.starts_with("4 invalid fields"), "{text}");
    assert!(
        text.contains(
            "`vaultingRequestId` is 70 characters long; the maximum length is 64 characters (rule: max_length)"
        ),
        "{text}"
    );
}

#[test]
fn a_valid_draft_becomes_the_same_request_as_the_typed_path() {
    let mut draft = CreateVaultingSessionDraft::default();
    draft.vaulting_request_id = Some("REQ-0001".to_owned());
    draft.vaulting_notification_url = Some("https://merchant.example/vaulting/notify".to_owned());
    assert_eq!(CreateVaultingSessionRequest::try_from(draft).ok(), Some(request()));
}

#[test]
fn a_draft_reads_the_request_json_and_reports_missing_required_fields() {
    let read: Result<CreateVaultingSessionDraft, _> =
        serde_json::from_value(json!({"vaultingRequestId": "REQ-0001", "merchantRegion": "SG", "other": 1}));
    let Ok(draft) = read else { panic!("a draft reads the wire names") };
    assert_eq!(draft.merchant_region.as_deref(), Some("SG"));
    let errors = CreateVaultingSessionRequest::try_from(draft).err().map(|e| e.to_string());
    assert_eq!(
        errors.as_deref(),
        Some("1 invalid field\n  - `vaultingNotificationUrl` is required but missing (rule: required)")
    );
}

#[test]
fn deserialising_a_request_checks_every_constraint() {
    let bad = json!({"paymentMethodType": "VISA", "vaultingRequestId": "x", "vaultingNotificationUrl": "https://m.example/n"});
    let error = serde_json::from_value::<CreateVaultingSessionRequest>(bad).err().map(|e| e.to_string());
    assert_eq!(error.as_deref(), Some("must be `CARD`; `VISA` is not allowed"));
}

#[test]
fn operation_metadata_comes_from_the_page() {
    assert_eq!(CreateVaultingSessionRequest::NAME, "createVaultingSession");
    assert_eq!(CreateVaultingSessionRequest::PATH, "/v1/vaults/createVaultingSession");
    assert_eq!(CreateVaultingSessionRequest::IDEMPOTENCY_FIELD, Some("vaultingRequestId"));
    assert_eq!(request().idempotency_key(), Some("REQ-0001"));
}

/// A caller's `Result<_, Error<E>>` stays under clippy's `result_large_err` threshold (128
/// bytes) for every API, so downstream crates that deny clippy warnings need no `allow`:
/// `pay`'s error alone is larger than that, which is why `Error::Api` boxes it.
#[test]
fn every_call_error_is_small_enough_to_return() {
    use vault_generated::Error;
    use vault_generated::payments::{
        CancelError, CaptureError, InquiryPaymentError, InquiryRefundError, PayError, RefundError,
    };
    use vault_generated::vaulting::{InquireVaultingError, VaultPaymentMethodError};
    const CLIPPY_LARGE_ERROR_THRESHOLD: usize = 128;
    let sizes = [
        ("createVaultingSession", size_of::<Error<CreateVaultingSessionError>>()),
        ("vaultPaymentMethod", size_of::<Error<VaultPaymentMethodError>>()),
        ("inquireVaulting", size_of::<Error<InquireVaultingError>>()),
        ("pay", size_of::<Error<PayError>>()),
        ("inquiryPayment", size_of::<Error<InquiryPaymentError>>()),
        ("cancel", size_of::<Error<CancelError>>()),
        ("capture", size_of::<Error<CaptureError>>()),
        ("refund", size_of::<Error<RefundError>>()),
        ("inquiryRefund", size_of::<Error<InquiryRefundError>>()),
    ];
    for (api, size) in sizes {
        assert!(size < CLIPPY_LARGE_ERROR_THRESHOLD, "Error<{api}'s error> is {size} bytes");
    }
    assert!(size_of::<PayError>() >= CLIPPY_LARGE_ERROR_THRESHOLD, "the case the box is for still exists");
}
