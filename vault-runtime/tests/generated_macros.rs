//! The macros the generated code calls instead of expanding the same items for every type:
//! `api_error!` (classification, parts, next steps, `Display`) and `request_impls!` /
//! `try_from_draft!` (constructor and draft checks), on hand-written types shaped like the
//! generated ones.

use vault_runtime::{ApiError, ApiResult, Fixed, FixedValue, NextStep, ResultStatus, Text};

fn result(code: &str, status: ResultStatus) -> ApiResult {
    ApiResult { result_code: code.to_owned(), result_status: status, result_message: "msg".to_owned() }
}

/// An API whose codes carry nothing, with a next-step rule per code and per status.
#[derive(Debug, PartialEq)]
enum PlainError {
    NotExist { message: String },
    Unknown { message: String },
    Undocumented { code: String, status: ResultStatus, message: String },
}

vault_runtime::api_error!(PlainError {
    NotExist = "NOT_EXIST" F,
    Unknown = "UNKNOWN" U
} codes [
    "SUCCESS" S "Success" "Read the status.",
    "NOT_EXIST" F "No such request." "Check the id.",
    "UNKNOWN" U "Unknown." "Inquire again."
], next_step { NotExist => FixRequest; F => RetryWithNewRequestId });

#[test]
fn a_code_maps_to_its_variant_only_with_its_status() {
    let err = PlainError::from_result(result("NOT_EXIST", ResultStatus::F));
    assert_eq!(err, PlainError::NotExist { message: "msg".to_owned() });
    assert_eq!((err.code(), err.status(), err.message()), ("NOT_EXIST", ResultStatus::F, "msg"));
    let other = PlainError::from_result(result("NOT_EXIST", ResultStatus::U));
    assert_eq!(
        other,
        PlainError::Undocumented { code: "NOT_EXIST".to_owned(), status: ResultStatus::U, message: "msg".to_owned() }
    );
    assert_eq!(PlainError::CODES.len(), 3);
    assert_eq!(PlainError::CODES[1].further_action, "Check the id.");
}

#[test]
fn next_step_rules_go_by_code_then_status_then_default() {
    assert_eq!(PlainError::from_result(result("NOT_EXIST", ResultStatus::F)).next_step(), NextStep::FixRequest);
    assert_eq!(PlainError::from_result(result("OTHER", ResultStatus::F)).next_step(), NextStep::RetryWithNewRequestId);
    let unknown = PlainError::from_result(result("UNKNOWN", ResultStatus::U));
    assert_eq!(unknown.next_step(), vault_runtime::default_next_step(ResultStatus::U));
}

#[test]
fn the_default_from_response_ignores_the_body_and_display_names_the_code() {
    let err = PlainError::from_response(result("UNKNOWN", ResultStatus::U), b"not json");
    assert_eq!(err.ok(), Some(PlainError::Unknown { message: "msg".to_owned() }));
    let shown = PlainError::from_result(result("NOT_EXIST", ResultStatus::F)).to_string();
    assert!(shown.contains("NOT_EXIST"), "{shown}");
}

/// An API where one code carries a response field.
#[derive(Debug, PartialEq)]
enum CarryingError {
    InProcess { message: String, redirect_url: Option<String> },
    Undocumented { code: String, status: ResultStatus, message: String },
}

vault_runtime::api_error!(CarryingError {
    InProcess = "IN_PROCESS" U { redirect_url }
} codes [
    "IN_PROCESS" U "Verifying." "Redirect the buyer."
], carried { redirect_url: Option<String> });

#[test]
fn carried_fields_are_decoded_from_the_body_and_a_bad_body_is_an_error() {
    let body = br#"{"result":{},"redirectUrl":"https://example.com/3ds"}"#;
    let err = CarryingError::from_response(result("IN_PROCESS", ResultStatus::U), body);
    let expected = CarryingError::InProcess {
        message: "msg".to_owned(),
        redirect_url: Some("https://example.com/3ds".to_owned()),
    };
    assert_eq!(err.ok(), Some(expected));
    let absent = CarryingError::from_response(result("IN_PROCESS", ResultStatus::U), b"{}");
    assert_eq!(absent.ok(), Some(CarryingError::InProcess { message: "msg".to_owned(), redirect_url: None }));
    let wrong = CarryingError::from_response(result("IN_PROCESS", ResultStatus::U), br#"{"redirectUrl":7}"#);
    assert!(wrong.is_err());
}

enum Card {}
impl FixedValue for Card {
    const VALUE: &'static str = "CARD";
}

/// A request-side type with a required, an optional and a fixed field.
#[derive(Debug)]
struct Order {
    id: Text<4>,
    note: Option<Text<2>>,
    kind: Fixed<Card>,
}
struct OrderRequired {
    id: Text<4>,
}
#[derive(Default)]
struct OrderDraft {
    id: Option<String>,
    note: Option<String>,
}

vault_runtime::request_impls!(Order(OrderRequired) from OrderDraft {
    id: required "id",
    note: optional "note",
    kind: fixed,
});

#[test]
fn new_takes_the_required_fields_and_fixes_the_rest() -> Result<(), vault_runtime::Violation> {
    let order = Order::new(OrderRequired { id: Text::new("A1")? });
    assert_eq!(order.id.as_str(), "A1");
    assert!(order.note.is_none());
    assert_eq!(vault_runtime::__private::serde_json::to_string(&order.kind).ok().as_deref(), Some("\"CARD\""));
    Ok(())
}

#[test]
fn a_draft_reports_every_broken_field_at_once() {
    let errors = Order::try_from(OrderDraft { id: None, note: Some("too long".to_owned()) }).err();
    let fields: Vec<String> = errors.into_iter().flatten().map(|e| e.field).collect();
    assert_eq!(fields, ["id", "note"]);
    let order = Order::try_from(OrderDraft { id: Some("B2".to_owned()), note: Some("ok".to_owned()) });
    assert_eq!(order.ok().and_then(|o| o.note).as_ref().map(Text::as_str), Some("ok"));
}
