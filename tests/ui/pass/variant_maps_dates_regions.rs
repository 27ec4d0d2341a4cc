// Free-key objects are maps; Datetime fields with a maximum length are sent to the second with
// their offset; only a two-letter ISO 3166 field of length 2 is a region code.
mod maps {
    vault_macros::generate!(pages = "../../../vault-codegen/tests/fixtures/variants/map_types");
}
mod dates {
    vault_macros::generate!(pages = "../../../vault-codegen/tests/fixtures/variants/datetime_max_length");
}
mod regions {
    vault_macros::generate!(pages = "../../../vault-codegen/tests/fixtures/variants/iso3166_fields");
}

use std::collections::BTreeMap;
use vault_runtime::{DateTime, Region, Text, region, text};

fn main() {
    let mut request = maps::things::CreateThingRequest::new();
    request.metadata = Some(BTreeMap::from([("orderRef".to_owned(), "A-1".to_owned())]));
    request.payment_method_meta_data = Some(BTreeMap::from([("isCardOnFile".to_owned(), serde_json::json!(true))]));
    let json = serde_json::to_value(&request).ok();
    assert_eq!(json, Some(serde_json::json!({"metadata": {"orderRef": "A-1"}, "paymentMethodMetaData": {"isCardOnFile": true}})));
    let answer: Option<maps::things::CreateThingResponse> = serde_json::from_str(
        r#"{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"ok"},"extra":{"a":"b"}}"#,
    )
    .ok();
    assert_eq!(answer.and_then(|a| a.extra).map(|m| m.len()), Some(1));

    let at = |text: &str| DateTime::parse_from_rfc3339(text).unwrap_or_else(|_| panic!("a date"));
    let mut request = dates::things::CreateThingRequest::new(dates::things::CreateThingRequired {
        scheduled_time: at("2026-11-27T12:01:01.250+08:00"),
    });
    request.payment_expiry_time = Some(at("2026-11-28T00:00:00Z"));
    let json = serde_json::to_value(&request).ok();
    let expected = serde_json::json!({"paymentExpiryTime": "2026-11-28T00:00:00+00:00", "scheduledTime": "2026-11-27T12:01:01+08:00"});
    assert_eq!(json, Some(expected));

    let mut request = regions::things::CreateThingRequest::new();
    let code: Region = region!("SG");
    request.merchant_region = Some(code);
    let state: Text<8> = text!("CA");
    request.state = Some(state);
    let authority: Text<64> = text!("Issuer of the certificate");
    request.certificate_authority = Some(authority);
    request.issuing_country = Some("Singapore".to_owned());
    assert!(serde_json::to_value(&request).is_ok());
}
