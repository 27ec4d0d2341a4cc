// Valid values on Boolean fields stay booleans; every spelling of the value-list sentence gives
// an enum (or a fixed value when it says so); invisible characters and bare values are read.
mod booleans {
    vault_macros::generate!(pages = "../../../vault-codegen/tests/fixtures/variants/boolean_valid_values");
}
mod lists {
    vault_macros::generate!(pages = "../../../vault-codegen/tests/fixtures/variants/value_list_spellings");
}

fn main() {
    let mut flags = booleans::things::CreateThingRequest::new();
    flags.recurring_payment = Some(true);
    flags.is_authorization = Some(false);
    assert_eq!(
        serde_json::to_value(&flags).ok(),
        Some(serde_json::json!({"recurringPayment": true, "isAuthorization": false}))
    );

    let mut request = lists::things::CreateThingRequest::new();
    request.transit_type = Some(lists::things::TransitType::Flight);
    request.account_holder_type = Some(lists::things::AccountHolderType::Enterprise);
    request.unit = Some(lists::things::Unit::Month);
    request.product_scene = Some(lists::things::ProductScene::CheckoutPayment);
    request.card_brand = Some(lists::things::CardBrand::Mastercard);
    request.notify_type = Some(lists::things::NotifyType::RefundResult);
    request.settlement_mode = Some(vault_runtime::Fixed::VALUE);
    let expected = serde_json::json!({
        "transitType": "FLIGHT", "accountHolderType": "ENTERPRISE", "unit": "MONTH",
        "productScene": "CHECKOUT_PAYMENT", "cardBrand": "MASTERCARD", "notifyType": "REFUND_RESULT",
        "productCode": "CASHIER_PAYMENT", "settlementMode": "SPLIT"
    });
    assert_eq!(serde_json::to_value(&request).ok(), Some(expected));
}
