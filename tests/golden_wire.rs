//! What the client puts on the wire, checked without the generated types on the other side:
//! for every outbound API of every family compiled in (`vault_generated::for_each_operation`;
//! CI runs with all of them), `tests/golden/<api>.json` holds a body with every field the page
//! lists set, byte for byte as the client sends it. The test reads the golden body into the
//! API's draft, sends the checked request to a loopback server that records what arrives, and
//! compares the bytes and the path (`/ams/api` + the vendor's endpoint from
//! `scripts/vendor-facts.json`). A wire name, a fixed value or a field the generated type gets
//! wrong drops or changes a value, and the bytes differ.
//!
//! The golden bodies' own correctness does not rest on the generator: `tests/vendor_check.rs`
//! checks every key path of each against the vendor's facts (`scripts/vendor_check.py golden`):
//! a key the vendor does not have, a vendor field missing without a justified entry, a value of
//! the wrong JSON type or over its limit fails.
//!
//! After a page changes on purpose: `GOLDEN_BLESS=1 cargo test --test golden_wire` rewrites
//! the bodies from a body built from the model with every field set (then review the diff and
//! run the vendor check).
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "test helpers stop at a broken assumption")]

mod common;

use axum::body::Bytes;
use axum::http::Uri;
use common::bodies::{self, Fill};
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::{Arc, LazyLock, Mutex, PoisonError};
use vault_generated::payments::CancelRequest;
use vault_generated::{ClientConfig, FromDraft, Operation, RetryPolicy};
use vault_runtime::OperationVisitor;
use vault_sandbox::test_keys;

/// What arrived: (path, body) per request.
type Arrived = Arc<Mutex<Vec<(String, Vec<u8>)>>>;

/// A server that records every request and answers 503 (the client's answer does not matter).
async fn recorder() -> (String, Arrived) {
    let arrived: Arrived = Arc::default();
    let seen = Arc::clone(&arrived);
    let app = axum::Router::new().fallback(move |uri: Uri, body: Bytes| {
        let seen = Arc::clone(&seen);
        async move {
            seen.lock().unwrap_or_else(PoisonError::into_inner).push((uri.path().to_owned(), body.to_vec()));
            (axum::http::StatusCode::SERVICE_UNAVAILABLE, "recorded")
        }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    (format!("http://{addr}"), arrived)
}

/// A client of a production client id (paths under `/ams/api`), one attempt per call.
fn client(url: &str) -> vault_generated::Client {
    let config = ClientConfig::from_key_text(
        url,
        "2188120000000001",
        test_keys::MERCHANT_PRIVATE_KEY,
        test_keys::SANDBOX_PUBLIC_KEY,
    );
    vault_generated::Client::new(config.unwrap()).unwrap().with_retry(RetryPolicy::disabled())
}

fn golden_file(api: &str) -> PathBuf {
    common::root().join("tests/golden").join(format!("{api}.json"))
}

/// The facts extracted from the vendor's OpenAPI export.
fn vendor_facts() -> Value {
    serde_json::from_slice(&std::fs::read(common::root().join("scripts/vendor-facts.json")).unwrap()).unwrap()
}

/// The model of `api-docs/`, built once for every API's check.
static MODEL: LazyLock<vault_codegen::model::Model> = LazyLock::new(bodies::model);

/// Endpoints where our page wins over the vendor's export and SDKs, each an `endpoint` entry of
/// `ALLOWED` in `scripts/vendor_check.py` that cites the vendor's reference page: the client
/// sends the page's path. The test fails if the vendor's facts come to agree (a stale entry).
const PAGE_WINS: &[&str] = &["inquireAvailableQuota"];

/// The page of the API whose request type is `O`: by its family module and its Rust name (two
/// pages of one endpoint share the wire name and the path, `consult` and `consultAutoDebit`).
fn page<O>(model: &vault_codegen::model::Model) -> &vault_codegen::model::Api {
    let type_name = std::any::type_name::<O>();
    let mut segments = type_name.rsplit("::");
    let (item, family) = (segments.next().unwrap_or_default(), segments.next().unwrap_or_default());
    let rust = |a: &vault_codegen::model::Api| {
        let name = a.rust_name.as_deref().unwrap_or(&a.name);
        let mut chars = name.chars();
        chars.next().map(|c| c.to_uppercase().chain(chars).collect::<String>() + "Request")
    };
    let found = model
        .apis
        .iter()
        .find(|a| a.endpoint.is_some() && a.family.as_deref() == Some(family) && rust(a).as_deref() == Some(item));
    found.unwrap_or_else(|| panic!("no page for {type_name}"))
}

/// The vendor facts' name of an API, which its golden body has too: the entry at its documented
/// path (`payments_cancel`: two families have a `cancel`), else the entry of its name (a page
/// whose facts come from the vendor's reference page, or whose path the page corrects), else,
/// for a second page of one endpoint, its Rust name (`consultAutoDebit`, not compared yet).
fn vendor_key(api: &vault_codegen::model::Api) -> String {
    let path = api.endpoint.as_ref().map(|e| e.path.as_str());
    let pages_of_endpoint = MODEL.apis.iter().filter(|a| a.endpoint.as_ref().map(|e| e.path.as_str()) == path).count();
    if let (Some(rust_name), 2..) = (&api.rust_name, pages_of_endpoint) {
        return rust_name.clone();
    }
    let facts = vendor_facts();
    let apis = facts["apis"].as_object().unwrap();
    let at_path = apis.iter().find(|(_, facts)| facts["path"].as_str() == path);
    at_path.map_or_else(|| api.name.clone(), |(key, _)| key.clone())
}

/// The path the client must send to: the vendor's endpoint, where the vendor's facts have one
/// (else the page's, which nothing else states), or the page's where the page wins.
fn expected_path<O: Operation>(key: &str) -> String {
    let vendor = vendor_facts()["apis"][key]["path"].as_str().map(str::to_owned);
    if PAGE_WINS.contains(&key) {
        assert_ne!(vendor.as_deref(), Some(O::PATH), "{key}: the vendor now agrees; remove it from PAGE_WINS");
        return format!("/ams/api{}", O::PATH);
    }
    format!("/ams/api{}", vendor.as_deref().unwrap_or(O::PATH))
}

/// When blessing: a text the page leaves free but the vendor fixes or lists (a card's
/// `paymentMethodType`, its `brand`) takes the vendor's value, so that the golden body is a
/// realistic message (the client must then send it unchanged).
fn vendor_values(body: &mut Value, fields: &Value, prefix: &str) {
    let Some(object) = body.as_object_mut() else { return };
    for (key, value) in object.iter_mut() {
        let path = format!("{prefix}{key}");
        let facts = &fields[&path];
        let listed = facts["fixed"].as_str().or_else(|| facts["values"][0].as_str());
        let vendor_value = |value: &mut Value| match value {
            Value::String(text) if !facts["values"].as_array().is_some_and(|v| v.iter().any(|v| v == text)) => {
                if let Some(listed) = listed {
                    *text = listed.to_owned();
                }
            }
            _ => {}
        };
        match value {
            Value::String(_) => vendor_value(value),
            // The items of a list of texts are that list's field (its path adds no segment).
            Value::Array(items) => items.iter_mut().for_each(|item| match item {
                Value::String(_) => vendor_value(item),
                _ => vendor_values(item, fields, &format!("{path}.")),
            }),
            _ => vendor_values(value, fields, &format!("{path}.")),
        }
    }
}

/// Sends the golden body of operation `O` and returns what arrived.
async fn send<O>(golden: &[u8]) -> (String, Vec<u8>)
where
    O: Operation + FromDraft + serde::Serialize + Send + Sync,
    O::Draft: DeserializeOwned,
{
    let draft: O::Draft = serde_json::from_slice(golden).unwrap_or_else(|e| panic!("{}: {e}", O::NAME));
    let request = O::validate(draft).unwrap_or_else(|e| panic!("{}: the golden body is not valid: {e}", O::NAME));
    let (url, arrived) = recorder().await;
    let _ = client(&url).runtime().call(&request).await;
    let arrived = arrived.lock().unwrap_or_else(PoisonError::into_inner).clone();
    assert_eq!(arrived.len(), 1, "{}: one request, no retry", O::NAME);
    arrived[0].clone()
}

/// Compares (or, with `GOLDEN_BLESS=1`, writes) the golden body of operation `O`.
async fn golden<O>() -> Result<(), String>
where
    O: Operation + FromDraft + serde::Serialize + Send + Sync,
    O::Draft: DeserializeOwned,
{
    let model = &*MODEL;
    let api = page::<O>(model);
    let key = vendor_key(api);
    let file = golden_file(&key);
    if std::env::var_os("GOLDEN_BLESS").is_some() {
        let mut body = bodies::object(model, &api.request, Fill::Every, &mut Vec::new());
        vendor_values(&mut body, &vendor_facts()["apis"][&key]["request"], "");
        let (_, sent) = send::<O>(&serde_json::to_vec(&body).unwrap()).await;
        std::fs::write(&file, sent).unwrap();
    }
    let golden = std::fs::read(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    let (path, sent) = send::<O>(&golden).await;
    let expected_path = expected_path::<O>(&key);
    if path != expected_path {
        return Err(format!("{}: sent to {path}, the vendor's endpoint is {expected_path}", O::NAME));
    }
    if sent != golden {
        let (sent, golden) = (String::from_utf8_lossy(&sent), String::from_utf8_lossy(&golden));
        let at = sent.chars().zip(golden.chars()).take_while(|(a, b)| a == b).count();
        let around = |s: &str| s.chars().skip(at.saturating_sub(60)).take(160).collect::<String>();
        return Err(format!(
            "{}: the client sends\n  {}\nwhere the golden body has\n  {}",
            O::NAME,
            around(&sent),
            around(&golden)
        ));
    }
    Ok(())
}

/// The golden check of every API the crate generates (each family compiled in), by its name.
#[derive(Default)]
struct Checks(Vec<(&'static str, Check)>);

/// One API's golden check, not yet run.
type Check = Pin<Box<dyn Future<Output = Result<(), String>>>>;

impl OperationVisitor for Checks {
    fn visit<O>(&mut self)
    where
        O: Operation + FromDraft + Send + Sync + 'static,
        O::Draft: DeserializeOwned,
    {
        self.0.push((O::NAME, Box::pin(golden::<O>())));
    }
}

#[tokio::test]
async fn every_outbound_api_sends_its_golden_body_to_the_vendors_path() {
    let mut checks = Checks::default();
    vault_generated::for_each_operation(&mut checks);
    let mut failures = Vec::new();
    for (_, check) in checks.0 {
        failures.extend(check.await.err());
    }
    assert!(failures.is_empty(), "{} of them:\n{}", failures.len(), failures.join("\n\n"));
    // Every API the client can call has been checked (the visitor walks OPERATIONS).
    assert_eq!(checks_len(), vault_generated::OPERATIONS.len());
}

fn checks_len() -> usize {
    let mut checks = Checks::default();
    vault_generated::for_each_operation(&mut checks);
    checks.0.len()
}

/// The comparison can fail: a golden body with one wire name changed is not what the client
/// sends (the field is dropped by the draft, so the bytes differ).
#[tokio::test]
async fn a_wrong_wire_name_in_a_golden_body_is_caught() {
    let golden = std::fs::read(golden_file("payments_cancel")).unwrap();
    let wrong = String::from_utf8(golden).unwrap().replacen("\"paymentRequestId\"", "\"paymentRequestID\"", 1);
    let (_, sent) = send::<CancelRequest>(wrong.as_bytes()).await;
    assert_ne!(sent, wrong.into_bytes());
}
