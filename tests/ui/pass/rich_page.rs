// Every construct the generator knows, on a fixture page: arrays with a maximum size, booleans,
// integers with and without a range, enums, nested objects, optional fixed values, and a code
// that carries response fields. The expansion must compile and behave.
vault_macros::generate!(pages = "../pages/rich");

use orders::{
    CreateOrderDraft, CreateOrderError, CreateOrderRequest, CreateOrderRequired, CreateOrderResponse, OrderLine, OrderLineDraft,
    OrderLineRequired, Priority, response,
};
use vault_runtime::{ApiError, ApiResult, FromDraft, ResultStatus, int, text};

fn main() {
    let line = OrderLine::new(OrderLineRequired { sku: text!("SKU-1"), quantity: int!(2) });
    let lines = vault_runtime::List::new(vec![line]).ok();
    let Some(lines) = lines else { panic!("one line fits") };
    let mut order = CreateOrderRequest::new(CreateOrderRequired { order_id: text!("O-1"), lines, express: true });
    order.priority = Some(Priority::High);
    order.weight = Some(1200);
    order.channel = Some(vault_runtime::Fixed::VALUE);
    let json = serde_json::to_value(&order).ok();
    let expected = serde_json::json!({
        "orderId": "O-1", "kind": "RETAIL", "channel": "WEB",
        "lines": [{"sku": "SKU-1", "quantity": 2}], "priority": "HIGH", "weight": 1200, "express": true
    });
    assert_eq!(json, Some(expected));

    // A draft with four lines breaks the maximum size; a bad quantity and priority too.
    let line = |quantity| {
        let mut line = OrderLineDraft::default();
        line.sku = Some("SKU".to_owned());
        line.quantity = Some(quantity);
        line
    };
    let mut draft = CreateOrderDraft::default();
    draft.order_id = Some("O-2".to_owned());
    draft.lines = Some(vec![line(1), line(0), line(3), line(4)]);
    draft.priority = Some("URGENT".to_owned());
    draft.express = Some(false);
    let errors = CreateOrderRequest::validate(draft).err().map(|e| e.errors().iter().map(|e| e.field.clone()).collect::<Vec<_>>());
    assert_eq!(errors, Some(vec!["lines[1].quantity".to_owned(), "lines".to_owned(), "priority".to_owned()]));

    // Received: strings for booleans and numbers, an unknown enum value, an unknown field.
    let body = r#"{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"ok"},"orderId":"O-1","accepted":"true","count":"3","states":["NEW"],"review":{"score":5,"verdict":"MEH"},"extra":1}"#;
    let answer: Option<CreateOrderResponse> = serde_json::from_str(body).ok();
    let Some(answer) = answer else { panic!("decodes") };
    assert_eq!((answer.accepted, answer.count), (Some(true), Some(3)));
    assert_eq!(answer.review.and_then(|r| r.verdict), Some(response::Verdict::Undocumented("MEH".to_owned())));

    // REVIEW_NEEDED carries the review URL from the body.
    let result = ApiResult::new("REVIEW_NEEDED", ResultStatus::U, "review");
    let error = CreateOrderError::from_response(result, br#"{"reviewUrl":"https://shop.example/review"}"#).unwrap_or_else(|e| panic!("{e}"));
    let CreateOrderError::ReviewNeeded { review_url, .. } = &error else { panic!("variant") };
    assert_eq!(review_url.as_deref(), Some("https://shop.example/review"));
    assert!(error.is_retryable_with_same_id());
}
