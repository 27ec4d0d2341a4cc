// The heading forms other families write: a product after the title, `## Structure` with `###`
// sections, `Result object`, an untyped `Object` (named after its field), a non-standard
// `Result` (named after its field), `DateTime`, and a deprecated field without a type (left out);
// and an object that contains itself (boxed), with a Datetime in the request.
mod forms {
    vault_macros::generate!(pages = "../../../vault-codegen/tests/fixtures/variants/vendor_heading_forms");
}
mod goods {
    vault_macros::generate!(pages = "../../../vault-codegen/tests/fixtures/variants/self_reference");
}

use vault_runtime::{List, text};

fn main() {
    let from = forms::funds::TransferFromDetail::new(forms::funds::TransferFromDetailRequired { account_id: text!("ACC-1") });
    let request = forms::funds::CreateTransferRequest::new(forms::funds::CreateTransferRequired {
        transfer_request_id: text!("T-1"),
        transfer_from_detail: from,
    });
    assert_eq!(
        serde_json::to_value(&request).ok(),
        Some(serde_json::json!({"transferRequestId": "T-1", "transferFromDetail": {"accountId": "ACC-1"}}))
    );
    let body = r#"{"result":{"resultCode":"SUCCESS","resultStatus":"S"},"transferResult":{"transferStatus":"PROCESSING"}}"#;
    let answer: Option<forms::funds::CreateTransferResponse> = serde_json::from_str(body).ok();
    let status = answer.and_then(|a| a.transfer_result).map(|r| r.transfer_status);
    assert_eq!(status, Some(forms::funds::response::TransferStatus::Processing));

    let mut inner = goods::things::Goods::new(goods::things::GoodsRequired { reference_goods_id: text!("G-2") });
    inner.accessories = Some(vec![goods::things::Goods::new(goods::things::GoodsRequired { reference_goods_id: text!("G-3") })]);
    let mut outer = goods::things::Goods::new(goods::things::GoodsRequired { reference_goods_id: text!("G-1") });
    outer.cross_sell = Some(Box::new(inner));
    let mut request = goods::things::CreateThingRequest::new();
    request.goods = List::new(vec![outer]).ok();
    let json = serde_json::to_value(&request).ok();
    let expected = serde_json::json!({"goods": [{"referenceGoodsId": "G-1", "crossSell": {"referenceGoodsId": "G-2", "accessories": [{"referenceGoodsId": "G-3"}]}}]});
    assert_eq!(json, Some(expected));
}

// Two products' `createTransfer`: `/v1/aba/funds/...` is the `aba_funds` family, `/v1/funds/...`
// the `funds` family; the ABA page's `Array <Leg>` is a list of `Leg` with its maximum size.
mod transfers {
    vault_macros::generate!(pages = "../../../vault-codegen/tests/fixtures/variants/product_groups_in_path");
}

#[allow(dead_code, reason = "compiled, not run: the names and types are the point")]
fn two_products_one_api_name() {
    let leg = transfers::aba_funds::Leg::new(transfers::aba_funds::LegRequired { account_no: text!("ACC-1") });
    let aba = transfers::aba_funds::CreateTransferRequest::new(transfers::aba_funds::CreateTransferRequired {
        transfer_request_id: text!("T-1"),
        legs: vault_runtime::list![leg],
    });
    let marketplace = transfers::funds::CreateTransferRequest::new(transfers::funds::CreateTransferRequired {
        transfer_request_id: text!("T-2"),
    });
    let _ = (aba, marketplace);
}
