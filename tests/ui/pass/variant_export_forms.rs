// Forms of the vendor's own material: a value list written as plain lines, a received Datetime
// whose page gives it a length no date and time fits in, a value fixed for one product among
// listed values, two pages of one endpoint (the second renamed), and an endpoint given as GET.
mod lines {
    vault_macros::generate!(pages = "../../../vault-codegen/tests/fixtures/variants/value_list_paragraphs");
}
mod dates {
    vault_macros::generate!(pages = "../../../vault-codegen/tests/fixtures/variants/datetime_short_received");
}
mod products {
    vault_macros::generate!(pages = "../../../vault-codegen/tests/fixtures/variants/fixed_for_one_product");
}
mod consult {
    vault_macros::generate!(
        pages = "../../../vault-codegen/tests/fixtures/variants/two_pages_one_endpoint",
        rename = { "consult_auto.md": consultAuto },
    );
}
mod statement {
    vault_macros::generate!(pages = "../../../vault-codegen/tests/fixtures/variants/get_endpoint");
}

use vault_runtime::{Operation, text};

fn main() {
    let mut exchange = lines::things::CreateExchangeRequest::new(lines::things::CreateExchangeRequired {
        exchange_trade_type: lines::things::ExchangeTradeType::Spot,
    });
    exchange.settlement = Some(lines::things::Settlement::T1);
    assert_eq!(
        serde_json::to_value(&exchange).ok(),
        Some(serde_json::json!({"exchangeTradeType": "SPOT", "settlement": "T1"}))
    );

    // The page says 14 characters; Antom's date-times are read as sent.
    let body = r#"{"result":{"resultCode":"SUCCESS","resultStatus":"S"},"createTime":"2026-01-02T03:04:05+08:00","window":{"startTime":"2026-01-01T00:00:00+08:00"}}"#;
    let answer: Option<dates::things::InquireThingResponse> = serde_json::from_str(body).ok();
    assert!(answer.and_then(|a| a.create_time).is_some());

    let mut pay = products::things::PayThingRequest::new(products::things::PayThingRequired {
        product_code: products::things::ProductCode::AgreementPayment,
    });
    pay.settlement_mode = Some(vault_runtime::Fixed::VALUE);
    assert_eq!(
        serde_json::to_value(&pay).ok(),
        Some(serde_json::json!({"productCode": "AGREEMENT_PAYMENT", "settlementMode": "SPLIT"}))
    );

    assert_eq!(<consult::things::ConsultRequest as Operation>::PATH, "/v1/things/consult");
    assert_eq!(<consult::things::ConsultAutoRequest as Operation>::NAME, "consult");
    assert_eq!(<consult::things::ConsultAutoRequest as Operation>::PATH, "/v1/things/consult");

    let inquiry = statement::aba_accounts::InquiryStatementRequest::new(statement::aba_accounts::InquiryStatementRequired {
        customer_id: text!("CUST-1"),
        access_token: text!("TOKEN-1"),
    });
    assert_eq!(<statement::aba_accounts::InquiryStatementRequest as Operation>::METHOD, vault_runtime::protocol::Method::Get);
    assert_eq!(<consult::things::ConsultRequest as Operation>::METHOD, vault_runtime::protocol::Method::Post);
    assert_eq!(
        serde_json::to_value(&inquiry).ok(),
        Some(serde_json::json!({"customerId": "CUST-1", "accessToken": "TOKEN-1"}))
    );
    assert_eq!(statement::OPERATIONS[0].method, vault_runtime::protocol::Method::Get);
}
