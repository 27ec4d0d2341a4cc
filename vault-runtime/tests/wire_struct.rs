//! `wire_struct!` against the JSON serde's derive read and wrote for the same fields: names as
//! given, unset optional fields left out, unknown names ignored, `null` as absent, booleans
//! and numbers in either form, dates to the second, and the errors for a repeated name, an
//! absent required field and a wrong type.

use vault_runtime::{DateTime, Text};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Answer {
    result_code: String,
    r#type: Option<String>,
    is3_ds: Option<bool>,
    count: i64,
    items: Option<Vec<Inner>>,
}
vault_runtime::wire_struct!(both Answer {
    result_code: "resultCode" req,
    r#type: "type" opt,
    is3_ds: "is3DS" opt_lenient,
    count: "count" req_lenient,
    items: "items" opt,
});

#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Inner {
    name: Option<String>,
}
vault_runtime::wire_struct!(both Inner { name: "name" opt });

#[derive(Debug, Clone, PartialEq, Eq)]
struct Sent {
    id: Text<8>,
    at: DateTime,
    until: Option<DateTime>,
    note: Option<Text<8>>,
}
vault_runtime::wire_struct!(ser Sent { id: "requestId" req, at: "at" req_seconds, until: "until" opt_seconds, note: "note" opt });

#[derive(Debug, Default, PartialEq, Eq)]
struct Empty {}
vault_runtime::wire_struct!(both Empty {});

fn read(json: &str) -> Result<Answer, String> {
    serde_json::from_str(json).map_err(|e| e.to_string())
}

#[test]
fn reads_names_forms_and_absences() {
    let answer = read(
        r#"{"resultCode":"S","type":null,"is3DS":"true","count":"7","extra":{"a":[1]},"items":[{"name":"x"},{}]}"#,
    );
    let expected = Answer {
        result_code: "S".into(),
        r#type: None,
        is3_ds: Some(true),
        count: 7,
        items: Some(vec![Inner { name: Some("x".into()) }, Inner { name: None }]),
    };
    assert_eq!(answer, Ok(expected));
    assert_eq!(
        read(r#"{"count":1,"resultCode":"F","is3DS":false}"#).map(|a| (a.is3_ds, a.items)),
        Ok((Some(false), None))
    );
}

#[test]
fn refuses_what_serde_derive_refused() {
    assert_eq!(read(r#"{"count":1}"#), Err("missing field `resultCode` at line 1 column 11".into()));
    let twice = read(r#"{"resultCode":"S","resultCode":"F","count":1}"#);
    assert!(twice.as_ref().is_err_and(|e| e.starts_with("duplicate field `resultCode`")), "{twice:?}");
    let wrong = read(r#"{"resultCode":5,"count":1}"#);
    assert!(wrong.as_ref().is_err_and(|e| e.starts_with("invalid type: integer `5`, expected a string")), "{wrong:?}");
    let not_object = read("[1]");
    assert!(not_object.as_ref().is_err_and(|e| e.contains("expected struct Answer")), "{not_object:?}");
    assert!(read(r#"{"resultCode":"S","count":"1.5"}"#).is_err());
}

#[test]
fn writes_set_fields_in_order_and_dates_to_the_second() {
    let at = chrono::DateTime::parse_from_rfc3339("2019-11-27T12:01:01.123+08:00");
    let sent = at.ok().zip(Text::new("REQ-1").ok()).map(|(at, id)| Sent { id, at, until: None, note: None });
    let json = sent.and_then(|s| serde_json::to_string(&s).ok());
    assert_eq!(json.as_deref(), Some(r#"{"requestId":"REQ-1","at":"2019-11-27T12:01:01+08:00"}"#));
    let answer = Answer { result_code: "S".into(), count: 2, ..Answer::default() };
    assert_eq!(serde_json::to_string(&answer).ok().as_deref(), Some(r#"{"resultCode":"S","count":2}"#));
    assert_eq!(serde_json::to_string(&Empty {}).ok().as_deref(), Some("{}"));
    assert_eq!(serde_json::from_str::<Empty>(r#"{"any":1}"#).ok(), Some(Empty {}));
}

/// Field names that are also the names the macro's code uses.
#[derive(Debug, Default, PartialEq, Eq)]
struct Clash {
    map: Option<String>,
    key: Option<String>,
    out: Option<String>,
    len: Option<i64>,
    deserializer: Option<String>,
}
vault_runtime::wire_struct!(both Clash {
    map: "map" opt,
    key: "key" opt,
    out: "out" opt,
    len: "len" opt_lenient,
    deserializer: "deserializer" opt,
});

#[test]
fn field_names_do_not_clash_with_the_macro_s_own() {
    let json = r#"{"map":"m","key":"k","out":"o","len":"3","deserializer":"d"}"#;
    let clash = serde_json::from_str::<Clash>(json).ok();
    let some = |s: &str| Some(s.to_owned());
    let expected = Clash { map: some("m"), key: some("k"), out: some("o"), len: Some(3), deserializer: some("d") };
    assert_eq!(clash.as_ref(), Some(&expected));
    let back = clash.and_then(|c| serde_json::to_string(&c).ok());
    assert_eq!(back.as_deref(), Some(r#"{"map":"m","key":"k","out":"o","len":3,"deserializer":"d"}"#));
}
