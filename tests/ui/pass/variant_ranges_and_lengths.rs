// Value ranges as the vendor writes them (`1 - unlimited`, `[0, +∞)`, `2-unlimited` on an array)
// and a one-number range read as a maximum length: the generated types enforce each bound.
mod open {
    vault_macros::generate!(pages = "../../../vault-codegen/tests/fixtures/variants/open_upper_bounds");
}
mod single {
    vault_macros::generate!(pages = "../../../vault-codegen/tests/fixtures/variants/single_number_range");
}

use vault_runtime::{Digits, FromDraft, Int, Text, digits, int, text};

fn main() {
    let amount = open::things::Amount::new(open::things::AmountRequired { currency: text!("USD"), value: digits!(1314) });
    let mut request = open::things::CreateThingRequest::new(open::things::CreateThingRequired { amount });
    request.period_count = Some(int!(12));
    request.estimate = Some(Int::new(0).unwrap_or_else(|_| panic!("0 is in [0, +∞)")));
    request.installment_free_nums = Some(vec![int!(3), int!(6)]);
    let json = serde_json::to_value(&request).ok();
    let expected = serde_json::json!({
        "amount": {"currency": "USD", "value": "1314"}, "periodCount": 12, "estimate": 0, "installmentFreeNums": [3, 6]
    });
    assert_eq!(json, Some(expected));

    // Zero is below `1 - unlimited`; a negative colour depth is below `0 - unlimited`.
    let _: Digits<1, { i64::MAX }> = request.amount.value;
    assert!(Digits::<1, { i64::MAX }>::new(0).is_err());
    let mut amount = open::things::AmountDraft::default();
    amount.currency = Some("USD".to_owned());
    amount.value = Some("0".to_owned());
    let mut draft = open::things::CreateThingDraft::default();
    draft.amount = Some(amount);
    draft.color_depth = Some("-1".to_owned());
    draft.period_count = Some(0);
    draft.time_zone_offset = Some(-721);
    draft.installment_free_nums = Some(vec![1]);
    let errors = open::things::CreateThingRequest::validate(draft).err().map(|e| e.to_string());
    let expected = "5 invalid fields
  - `amount.value` is 0; the value range is 1 and up (rule: range)
  - `colorDepth` is -1; the value range is 0 and up (rule: range)
  - `periodCount` is 0; the value range is 1 and up (rule: range)
  - `timeZoneOffset` is -721; the value range is -720 to 720 (rule: range)
  - `installmentFreeNums[0]` is 1; the value range is 2 and up (rule: range)";
    assert_eq!(errors.as_deref(), Some(expected));

    let code: Text<64> = text!("ALIPAY_CN");
    let request = single::things::CreateThingRequest::new(single::things::CreateThingRequired { payment_method_type: code });
    let _: Option<Text<8>> = request.short_code;
}
