// An amount of money: an ISO 4217 currency and minor units as digits, built from minor units or
// from a decimal text without floating point; a decimal rate within its range.
mod api {
    vault_macros::generate!(pages = "../../../vault-codegen/tests/fixtures/variants/money_and_examples");
}

use vault_runtime::{Currency, Decimal, Violation, text};

fn main() {
    let amount = api::payments::Amount::parse(Currency::USD, "13.14").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(amount, api::payments::Amount::from_minor_units(Currency::USD, 1314).unwrap_or_else(|e| panic!("{e}")));
    assert!(api::payments::Amount::parse(Currency::JPY, "13.14").is_err(), "yen have no decimals");
    assert!(matches!(api::payments::Amount::from_minor_units(Currency::USD, 0), Err(Violation::OutOfRange { .. })));
    let mut request =
        api::payments::PayRequest::new(api::payments::PayRequired { payment_request_id: text!("P-1"), payment_amount: amount });
    request.quote_price = Some(Decimal::new("7.2561").unwrap_or_else(|e| panic!("{e}")));
    let json = serde_json::to_value(&request).ok();
    let expected = serde_json::json!({
        "paymentRequestId": "P-1", "paymentAmount": {"currency": "USD", "value": "1314"}, "quotePrice": "7.2561"
    });
    assert_eq!(json, Some(expected));
    // A draft with an unknown currency is refused by ISO 4217.
    let mut draft = api::payments::AmountDraft::default();
    draft.currency = Some("XYZ".to_owned());
    draft.value = Some("100".to_owned());
    let errors = api::payments::Amount::try_from(draft).err().map(|e| e.to_string());
    assert_eq!(
        errors.as_deref(),
        Some("1 invalid field\n  - `currency` must be an ISO 4217 currency code; `XYZ` is not (rule: iso4217)")
    );
}
