//! A loopback call for every API of the pages, driven by the generated `simulate` (which
//! visits every API's request type), not written per API: a request built from the page (the
//! golden body of `tests/golden/` where the vendor's path for that name is this API's, else
//! every REQUIRED field from the model, `common::bodies`) is decoded into the generated request
//! type, sent by the generated client to the sandbox, and its answer decoded into the generated
//! response type. The answer must be a success that holds every required field within the
//! page's limits (`vault_runtime::simulate::check`) and no value outside the page's lists.
//! An API the sandbox has no behaviour for is answered `PROCESS_FAIL`, and fails here.
//!
//! A family's state machine may refuse a body that names nothing it knows (a capture of an
//! unknown payment): those APIs and the page's code they answer are listed in [`REFUSED`].
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "test helpers stop at a broken assumption")]

mod common;

use common::bodies::{self, Fill};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::future::Future;
use std::pin::Pin;
use vault_generated::{ApiError, Client, Error, Operation, OperationInfo, RetryPolicy};
use vault_runtime::simulate::{self, Model, Visit};

/// APIs whose state machine answers the body built from the page with a failure, because the
/// body refers to something it never made (a payment, refund, vaulting, dispute, token, balance
/// account or subscription) or to no card: the path, the
/// code and the start of the state machine's message (`PROCESS_FAIL` alone would also be the
/// answer of an API without a behaviour). A family that adds a state machine adds its lines.
const REFUSED: &[(&str, &str, &str)] = &[
    ("/v1/payments/cancel", "ORDER_NOT_EXIST", "no payment matches"),
    ("/v1/payments/capture", "AUTH_NOT_FOUND", "no payment"),
    ("/v1/payments/inquiryPayment", "PROCESS_FAIL", "no payment matches"),
    ("/v1/payments/inquiryRefund", "PROCESS_FAIL", "no refund matches"),
    ("/v1/payments/pay", "PROCESS_FAIL", "the sandbox charges vaulted cards only"),
    ("/v1/payments/refund", "PROCESS_FAIL", "no payment"),
    ("/v1/vaults/inquireVaulting", "VAULTING_NOT_EXIST", "No vaulting request has this"),
    ("/v1/vaults/vaultPaymentMethod", "VERIFICATION_FAIL", "the card number must be"),
    // The families' state machines: the body names a code, token, dispute, balance account,
    // payment or subscription they never issued, or a time or period the page's text leaves free.
    ("/v1/authorizations/applyToken", "PROCESS_FAIL", "authCode: not a code this client may exchange"),
    ("/v1/authorizations/revoke", "INVALID_ACCESS_TOKEN", "accessToken: not a working access token"),
    ("/v1/payments/createPaymentSession", "PARAM_ILLEGAL", "paymentSessionExpiryTime: already passed"),
    ("/v1/payments/acceptDispute", "PARAM_ILLEGAL", "disputeId: no dispute"),
    ("/v1/payments/supplyDefenseDocument", "PARAM_ILLEGAL", "disputeId: no dispute"),
    ("/v1/funds/createPayout", "PARAM_ILLEGAL", "transferFromMethod.paymentMethodId: no balance account"),
    ("/v1/funds/createTransfer", "PARAM_ILLEGAL", "transferFromMethod.paymentMethodId: no balance account"),
    ("/v1/payments/settle", "PROCESS_FAIL", "paymentId: no captured payment"),
    ("/v1/subscriptions/cancel", "PARAM_ILLEGAL", "give subscriptionId or subscriptionRequestId"),
    ("/v1/subscriptions/change", "PROCESS_FAIL", "no subscription"),
    ("/v1/subscriptions/create", "PARAM_ILLEGAL", "periodRule.periodType: `periodType` is not a period unit"),
    ("/v1/subscriptions/inquireSubscription", "SUBSCRIPTION_NOT_EXIST", "no subscription"),
    ("/v1/subscriptions/inquiry", "PROCESS_FAIL", "no such subscription"),
    ("/v1/subscriptions/update", "PROCESS_FAIL", "no subscription"),
];

/// The answer's JSON, or what went wrong.
type Outcome = Pin<Box<dyn Future<Output = Result<Value, String>>>>;

/// One API: what the client knows of it, and how to call it with a body.
struct Case {
    info: OperationInfo,
    call: fn(Client, Value) -> Outcome,
}

#[derive(Default)]
struct Cases(Vec<Case>);

impl Visit for Cases {
    fn operation<O>(&mut self)
    where
        O: Operation + DeserializeOwned + Send + Sync + 'static,
        O::Response: Model + Serialize + std::fmt::Debug,
    {
        self.0.push(Case { info: O::INFO, call: |client, body| Box::pin(call::<O>(client, body)) });
    }
}

/// Sends `body` as `O`'s request; `Ok(answer)` for an answer decoded and within the page's
/// model, else what went wrong.
async fn call<O>(client: Client, body: Value) -> Result<Value, String>
where
    O: Operation + DeserializeOwned + Send + Sync,
    O::Response: Model + Serialize + std::fmt::Debug,
{
    let request: O = serde_json::from_value(body).map_err(|e| format!("the request type refuses the body: {e}"))?;
    let response = match client.runtime().call(&request).await {
        Ok(response) => response,
        Err(Error::Api { error, .. }) => {
            return Err(format!("answered {} ({})", error.code(), error.to_result().result_message));
        }
        Err(other) => return Err(format!("the call failed: {other}")),
    };
    let json = vault_runtime::value::secret::reveal(|| serde_json::to_value(&response)).map_err(|e| e.to_string())?;
    simulate::check(<O::Response as Model>::SHAPE, &json).map_err(|e| format!("the answer breaks the page: {e}"))?;
    if format!("{response:?}").contains("Undocumented(") {
        return Err(format!("the answer holds a value the page does not list: {json}"));
    }
    Ok(json)
}

/// The golden body of an API, when `tests/golden/<name>.json` is this API's (the vendor's
/// path for the name is its path).
fn golden(info: &OperationInfo) -> Option<Value> {
    let facts: Value =
        serde_json::from_slice(&std::fs::read(common::root().join("scripts/vendor-facts.json")).ok()?).ok()?;
    let path = facts["apis"][info.name]["path"].as_str()?;
    let body = std::fs::read(common::root().join("tests/golden").join(format!("{}.json", info.name))).ok()?;
    (path == info.path).then(|| serde_json::from_slice(&body).ok()).flatten()
}

/// The body of every REQUIRED field of the page of the API at `info.path`.
fn required_body(model: &vault_codegen::model::Model, info: &OperationInfo) -> Value {
    let api =
        model.apis.iter().find(|a| a.name == info.name && a.endpoint.as_ref().is_some_and(|e| e.path == info.path));
    let api = api.unwrap_or_else(|| panic!("{}: no page with the endpoint {}", info.name, info.path));
    bodies::object(model, &api.request, Fill::Required, &mut Vec::new())
}

/// Every API the pages describe, as `simulate` visits them.
fn cases() -> Vec<Case> {
    let mut cases = Cases::default();
    vault_generated::simulate(&mut cases);
    cases.0
}

/// The body of an API's loopback call.
fn body(model: &vault_codegen::model::Model, info: &OperationInfo) -> Value {
    golden(info).unwrap_or_else(|| required_body(model, info))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_api_answers_a_typed_request_with_a_typed_response() {
    let sandbox = common::sandbox().await;
    let client = common::client(&sandbox).with_retry(RetryPolicy::disabled());
    let cases = Cases(cases());
    let visited: Vec<&str> = cases.0.iter().map(|c| c.info.path).collect();
    let unvisited: Vec<&str> =
        vault_generated::OPERATIONS.iter().map(|o| o.path).filter(|path| !visited.contains(path)).collect();
    assert!(unvisited.is_empty(), "APIs simulate() does not visit: {unvisited:?}");
    let model = bodies::model();
    let mut failures = Vec::new();
    for case in &cases.0 {
        let outcome = (case.call)(client.clone(), body(&model, &case.info)).await;
        let refused = REFUSED.iter().find(|(path, ..)| *path == case.info.path);
        match (outcome, refused) {
            (Ok(answer), None) if answer["result"]["resultCode"] == "SUCCESS" => {}
            (Err(why), Some((_, code, message))) if why.starts_with(&format!("answered {code} ({message}")) => {}
            (outcome, _) => failures.push(format!("{} ({}): {outcome:?}", case.info.name, case.info.path)),
        }
    }
    assert!(failures.is_empty(), "{} of {} APIs:\n{}", failures.len(), cases.0.len(), failures.join("\n"));
}

/// An API answered from its page keeps its answer per idempotency id: the same request again
/// gets the same answer (whose ids are random, so a new answer would differ), and the same
/// request with a new id gets a new one.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_answer_made_from_the_page_is_kept_per_request_id() {
    let sandbox = common::sandbox().await;
    let client = common::client(&sandbox).with_retry(RetryPolicy::disabled());
    let model = bodies::model();
    let (mut failures, mut renewed) = (Vec::new(), 0);
    let idempotent = cases().into_iter().filter(|c| !REFUSED.iter().any(|(path, ..)| *path == c.info.path));
    for case in idempotent.filter(|c| c.info.idempotency_field.is_some()) {
        let (name, field) = (case.info.name, case.info.idempotency_field.unwrap_or_default());
        let mut body = body(&model, &case.info);
        let first = (case.call)(client.clone(), body.clone()).await;
        let again = (case.call)(client.clone(), body.clone()).await;
        if first.is_err() || first != again {
            failures.push(format!("{name}: {first:?} then {again:?}"));
        }
        body[field] = Value::String("another-request-id".to_owned());
        let other = (case.call)(client.clone(), body).await;
        renewed += usize::from(other.is_ok() && other != first);
    }
    assert!(failures.is_empty(), "answers not kept per id:\n{}", failures.join("\n"));
    // Answers with random ids show that a new id is a new answer (else the test above could
    // not tell a kept answer from a new one).
    assert!(renewed >= 5, "only {renewed} APIs answered a new id differently");
}
