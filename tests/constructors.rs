//! The constructor macros' nested form: a request built with its objects written as their
//! fields in braces and its lists as their elements in brackets is the request the struct form
//! builds, on the wire. Their literals' checks are `cargo check`'s (tests/constructor_check.rs
//! and the constraint suites show the errors).
#![allow(clippy::unwrap_used, reason = "test helpers stop at a broken assumption")]

use serde_json::json;
use vault_generated::payments::TerminalType;
use vault_generated::{Currency, pay_request};

#[test]
fn nested_objects_and_lists_build_the_request() {
    let method_id = vault_generated::Secret::new(vault_generated::text!("TOKEN-1"));
    let request = pay_request! {
        payment_request_id: "PAY-1",
        payment_amount: { currency: "USD", value: "2500" },
        env: { terminal_type: TerminalType::Web, time_zone_offset: -480 },
        order: {
            reference_order_id: "ORDER-1",
            order_description: "Two books",
            order_amount: { currency: Currency::USD, value: 2500 },
            goods: [
                { reference_goods_id: "G-1", goods_name: "Book", goods_quantity: "2",
                  cross_sell: { reference_goods_id: "G-2", goods_name: "Bookmark" } },
            ],
        },
        settlement_strategy: { settlement_currency: "USD" },
        payment_method: { payment_method_type: "CARD", payment_method_id: method_id },
        payment_redirect_url: "https://merchant.example/done",
    };
    let wire = serde_json::to_value(&request).unwrap();
    assert_eq!(wire["paymentAmount"], json!({ "currency": "USD", "value": "2500" }));
    assert_eq!(wire["env"], json!({ "terminalType": "WEB", "timeZoneOffset": -480 }));
    assert_eq!(wire["order"]["orderAmount"], json!({ "currency": "USD", "value": "2500" }));
    let goods = json!([{
        "referenceGoodsId": "G-1", "goodsName": "Book", "goodsQuantity": "2",
        "crossSell": { "referenceGoodsId": "G-2", "goodsName": "Bookmark" },
    }]);
    assert_eq!(wire["order"]["goods"], goods);
    assert_eq!(wire["settlementStrategy"], json!({ "settlementCurrency": "USD" }));
    assert_eq!(wire["paymentMethod"]["paymentMethodType"], "CARD");
    assert_eq!(request.payment_method.payment_method_id.as_ref().unwrap().expose().as_str(), "TOKEN-1");
}

/// A value written as it is stays accepted: the struct form's objects, an expression.
#[test]
fn the_flat_form_still_works() {
    let env = pay_request! {
        payment_request_id: "PAY-1",
        payment_amount: vault_generated::payments::Amount::parse(Currency::USD, "1.00").unwrap(),
        env: { terminal_type: TerminalType::App },
        order: { reference_order_id: "O", order_description: "D", order_amount: { currency: "JPY", value: 1 } },
        settlement_strategy: { settlement_currency: "JPY" },
        payment_method: { payment_method_type: "CARD" },
        payment_redirect_url: "https://merchant.example/done",
    }
    .env;
    let again = pay_request! {
        payment_request_id: "PAY-2",
        payment_amount: { currency: "USD", value: 1 },
        env: env.clone(),
        order: { reference_order_id: "O", order_description: "D", order_amount: { currency: "JPY", value: 1 } },
        settlement_strategy: { settlement_currency: "JPY" },
        payment_method: { payment_method_type: "CARD" },
        payment_redirect_url: "https://merchant.example/done",
    };
    assert_eq!(again.env, env);
}
