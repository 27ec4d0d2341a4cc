//! Every limit a page sets on a request field, at the limit and one past it: a maximum length,
//! a value range, a maximum list size, a fixed value, a closed list of values. The walk over
//! the model of `api-docs/` is `antom_pages::limits` (shared with the constraint suite), so a
//! new field or page is covered without a word here, and each limit is read from the model, not
//! from the generated types.
//!
//! The dispatch: each body goes, signed, to the sandbox on loopback at its API's endpoint; the
//! sandbox library decodes every body into the API's generated request type (the path picks the
//! API: no list of APIs here), and a value the type refuses is answered `PARAM_ILLEGAL` with the
//! field's path and the runtime's violation. Those request types check with the same runtime
//! value types (`Text<MAX>`, `Int<MIN, MAX>`, `Digits`, `List<T, MAX>`, `Fixed`, the closed
//! enums) that a draft is converted into, so a limit the generator got wrong fails here whichever
//! way a value enters. The rest of the body is the API's required fields only, each valid.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "test helpers stop at a broken assumption")]

mod common;

use antom_pages::limits::{self, Limit, Rule};
use common::bodies::{self, Fill};
use serde_json::{Value, json};
use vault_codegen::model::{Api, ApiKind, Field, Model, Ty};
use vault_runtime::protocol::keys::MerchantKey;
use vault_runtime::protocol::{gateway_path, headers, signature};
use vault_sandbox::test_keys;

/// A step from a body to a field: its key, whether it is a list (the case uses element 0), and
/// the value to put there when the body lacks it (its required fields only).
#[derive(Clone)]
struct Step {
    key: String,
    list: bool,
    fill: Value,
}

/// A limit to try: the field's place, a value at the limit and one past it, and the words the
/// refusal must contain.
struct Case {
    api: String,
    path: Vec<Step>,
    at: Value,
    past: Value,
    refusal: String,
    /// The limit is on the elements of a list (named `list[0]`), not on the list.
    element: bool,
}

impl Case {
    /// The path as the sandbox names it (`order.goods[0].goodsName`).
    fn shown(&self) -> String {
        let mut out = String::new();
        for (i, step) in self.path.iter().enumerate() {
            if i > 0 {
                out.push('.');
            }
            out.push_str(&step.key);
            if step.list && (i + 1 < self.path.len() || self.element) {
                out.push_str("[0]");
            }
        }
        out
    }

    /// The API's required-only body with this field set to `value`.
    fn body(&self, base: &Value, value: &Value) -> Value {
        let mut body = base.clone();
        let mut here = &mut body;
        let (last, ancestors) = self.path.split_last().unwrap();
        for step in ancestors {
            let slot = here.as_object_mut().unwrap().entry(step.key.clone()).or_insert_with(|| step.fill.clone());
            here = if step.list { &mut slot[0] } else { slot };
        }
        here.as_object_mut().unwrap().insert(last.key.clone(), value.clone());
        body
    }
}

/// A limit's value at the limit, one past it, and the words the refusal must contain (the
/// walk and its rules are `antom_pages::limits`, shared with the constraint suite).
fn values(model: &Model, field: &Field, limit: &Limit<'_>) -> Vec<(Value, Value, String)> {
    let wrap = |v: Value| if limit.in_list { json!([v]) } else { v };
    let range = || "the value range is".to_owned();
    let as_text = matches!(limit.ty, Ty::NumericText { .. } | Ty::Decimal { .. });
    let number = |n: i64| if as_text { json!(n.to_string()) } else { json!(n) };
    let pair = |at: Value, past: Value, refusal: String| vec![(wrap(at), wrap(past), refusal)];
    match (&limit.rule, limit.ty) {
        // Characters, not bytes: `é` is two bytes.
        (Rule::MaxLength(max), Ty::Text { .. }) => pair(
            json!("é".repeat(*max)),
            json!("é".repeat(max + 1)),
            format!("is {} characters long; the maximum length is {max} characters", max + 1),
        ),
        (Rule::MaxLength(max), _) => {
            let url = |len: usize| format!("https://merchant.example/{}", "a".repeat(len - 25));
            let refusal = format!("is {} characters long; the maximum length is {max} characters", max + 1);
            pair(json!(url(*max)), json!(url(max + 1)), refusal)
        }
        (Rule::Min(min), _) => pair(number(*min), number(min.saturating_sub(1)), range()),
        (Rule::Max(max), Ty::Decimal { .. }) => pair(json!(max.to_string()), json!(format!("{max}.5")), range()),
        (Rule::Max(max), _) => pair(number(*max), number(max.saturating_add(1)), range()),
        (Rule::Fixed(value), _) => pair(json!(value), json!(format!("{value}X")), format!("must be `{value}`")),
        (Rule::Listed(listed), _) => listed
            .values
            .iter()
            .map(|v| (wrap(json!(v.value)), wrap(json!("NOT_A_VALUE_9")), "must be one of".to_owned()))
            .collect(),
        (Rule::MaxItems(max), Ty::Array { item, .. }) => {
            let one = bodies::value(model, field, item, Fill::Required, &mut Vec::new()).unwrap();
            let (at, past) = (vec![one.clone(); *max], vec![one; max + 1]);
            vec![(json!(at), json!(past), format!("has {} elements; the maximum size is {max}", max + 1))]
        }
        // A region's check is the runtime's own, the same for every field.
        _ => Vec::new(),
    }
}

/// Every limit of one API's request fields, nested ones included.
fn cases(model: &Model, api: &Api) -> Vec<Case> {
    let mut out = Vec::new();
    for reached in limits::request_fields(model).into_iter().filter(|r| std::ptr::eq(r.api, api)) {
        let path: Vec<Step> = reached
            .path
            .iter()
            .map(|f| {
                let fill = bodies::value(model, f, &f.ty, Fill::Required, &mut Vec::new()).unwrap_or(Value::Null);
                Step { key: f.name.clone(), list: matches!(f.ty, Ty::Array { .. }), fill }
            })
            .collect();
        for limit in limits::limits(&reached.field.ty) {
            for (at, past, refusal) in values(model, reached.field, &limit) {
                let element = limit.in_list;
                out.push(Case { api: api.name.clone(), path: path.clone(), at, past, refusal, element });
            }
        }
    }
    out
}

/// The client id of the sandbox's paths.
const CLIENT: &str = common::CLIENT_ID;

/// Signs and posts bodies to the sandbox as a merchant would, whatever they hold.
struct Poster {
    http: reqwest::Client,
    base: String,
    key: MerchantKey,
}

impl Poster {
    /// The answer's result code and message.
    async fn post(&self, endpoint: &str, body: &Value) -> (String, String) {
        let path = gateway_path(CLIENT, endpoint);
        let bytes = serde_json::to_vec(body).unwrap();
        let time = chrono::Utc::now().timestamp_millis().to_string();
        let signed = signature::sign(&self.key, "1", &path, CLIENT, &time, &bytes);
        let response = self
            .http
            .post(format!("{}{path}", self.base))
            .header("content-type", headers::CONTENT_TYPE_JSON)
            .header(headers::CLIENT_ID, CLIENT)
            .header(headers::REQUEST_TIME, time)
            .header(headers::SIGNATURE, signed)
            .body(bytes)
            .send()
            .await
            .unwrap();
        let answer: Value = serde_json::from_slice(&response.bytes().await.unwrap()).unwrap();
        let text = |key: &str| answer["result"][key].as_str().unwrap_or_default().to_owned();
        (text("resultCode"), text("resultMessage"))
    }
}

/// Whether an answer refuses the body for a value its type does not hold (the runtime's
/// violations, or serde's own words for a value of the wrong shape).
fn refused_value((code, message): &(String, String)) -> bool {
    let phrases = [
        "maximum length is",
        "maximum size is",
        "value range is",
        "must be",
        "is required but missing",
        "missing field",
        "unknown variant",
        "invalid type",
        "invalid value",
    ];
    code == "PARAM_ILLEGAL" && phrases.iter().any(|p| message.contains(p))
}

/// Tries every limit of one API's request; how many, and what failed.
async fn check_api(poster: &Poster, model: &Model, api: &Api) -> (usize, Vec<String>) {
    let endpoint = &api.endpoint.as_ref().unwrap().path;
    let base = bodies::object(model, &api.request, Fill::Required, &mut Vec::new());
    let answer = poster.post(endpoint, &base).await;
    if refused_value(&answer) {
        return (0, vec![format!("{}: its required fields alone are refused: {}", api.name, answer.1)]);
    }
    let found = cases(model, api);
    let mut failures = Vec::new();
    for case in &found {
        let at = poster.post(endpoint, &case.body(&base, &case.at)).await;
        let past = poster.post(endpoint, &case.body(&base, &case.past)).await;
        let shown = case.shown();
        if refused_value(&at) {
            failures.push(format!("{} {shown}: refused at the limit ({}): {}", case.api, case.at, at.1));
        }
        let named = past.1.starts_with(&format!("{shown}:")) && past.1.contains(&case.refusal);
        if !(refused_value(&past) && named) {
            let expected = format!("`{shown}: ... {}`", case.refusal);
            failures.push(format!(
                "{} {shown}: one past the limit ({}) is not refused with {expected}, but {past:?}",
                case.api, case.past
            ));
        }
    }
    (found.len(), failures)
}

/// The sandbox and a poster signing with the TEST-ONLY merchant key.
async fn sandbox() -> (vault_sandbox::RunningSandbox, Poster) {
    let sandbox = common::sandbox().await;
    let key = MerchantKey::from_text(test_keys::MERCHANT_PRIVATE_KEY).unwrap();
    let poster = Poster { http: reqwest::Client::new(), base: sandbox.url(), key };
    (sandbox, poster)
}

/// A page renamed in `generate!` because another page describes its endpoint first
/// (consultAutoDebit beside consult). The sandbox serves an endpoint with one request type, the
/// first page's, so the second page's limits cannot be checked through it (its bodies are
/// checked against consult's type): a gap of the sandbox, which does not yet tell the products
/// of one endpoint apart.
fn second_page(model: &Model, api: &Api) -> bool {
    let path = |a: &Api| a.endpoint.as_ref().map(|e| e.path.clone());
    api.rust_name.is_some() && model.apis.iter().any(|a| a.rust_name.is_none() && path(a) == path(api))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_request_limit_holds_at_the_limit_and_refuses_one_past_it() {
    let model = bodies::model();
    let (_sandbox, poster) = sandbox().await;
    let (mut failures, mut tried) = (Vec::new(), 0usize);
    for api in model.apis.iter().filter(|a| a.kind == ApiKind::Call && !second_page(&model, a)) {
        let (count, failed) = check_api(&poster, &model, api).await;
        tried += count;
        failures.extend(failed);
    }
    assert!(failures.is_empty(), "{} of {tried} limits:\n{}", failures.len(), failures.join("\n"));
    // The walk reaches the nested fields of every API (pay alone has over a hundred limits).
    assert!(tried > 250, "only {tried} limits found");
    println!("{tried} limits held at the limit and refused one past it");
}

/// The check fails when the generated type's limit is not the page's: here the page is made to
/// say 63 where the type holds 64 (as if the emitter had written the wrong bound).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_type_whose_limit_is_not_the_pages_is_caught() {
    let mut model = bodies::model();
    let api = model.apis.iter_mut().find(|a| a.name == "createVaultingSession").unwrap();
    let field = api.request.iter_mut().find(|f| f.name == "vaultingRequestId").unwrap();
    assert_eq!(field.ty, Ty::Text { max: Some(64) });
    field.ty = Ty::Text { max: Some(63) };
    let (_sandbox, poster) = sandbox().await;
    let api = model.apis.iter().find(|a| a.name == "createVaultingSession").unwrap();
    let (_, failures) = check_api(&poster, &model, api).await;
    assert_eq!(failures.len(), 1, "{failures:#?}");
    assert!(failures[0].contains("vaultingRequestId: one past the limit"), "{failures:#?}");
}
