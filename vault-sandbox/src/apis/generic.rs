//! The behaviour of every API that no family's state machine claims, made from its page alone.
//!
//! The request is checked by decoding it into the page's request type, and answers are kept
//! per idempotency id, as for every API ([`crate::endpoint::Typed`]). A success is built from
//! the response's model (`vault_runtime::simulate`, generated from the page): every required
//! field, each within the page's limits (lengths, ranges, listed and fixed values). A field of
//! the request whose name the response also has is echoed (`paymentRequestId`, amounts), when
//! the answer still decodes and keeps its limits with it. The result is the page's `SUCCESS`.
//! Nothing here names an API, a field or a code.

use super::EndpointMap;
use crate::endpoint::{Typed, success_result};
use crate::store::Tx;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use vault_generated::CommonCode;
use vault_runtime::simulate::{self, Model, Visit};
use vault_runtime::{ApiError, ApiResult, Operation};

/// Registers the generated behaviour for every API whose path `map` does not hold yet: a
/// family's handlers, added before, override it.
pub(crate) fn fill(map: &mut EndpointMap) {
    vault_generated::simulate(&mut Register(map));
}

struct Register<'a>(&'a mut EndpointMap);

impl Visit for Register<'_> {
    fn operation<O>(&mut self)
    where
        O: Operation + DeserializeOwned + Send + Sync + 'static,
        O::Response: Model + Serialize + std::fmt::Debug,
    {
        self.0.entry(O::PATH).or_insert_with(|| Box::new(Typed::<O> { behaviour: answer::<O> }));
    }
}

/// A success made from the response's model, with the request's same-named fields echoed.
fn answer<O>(_: &mut Tx<'_>, _: &crate::Caller, request: &O) -> Result<O::Response, O::Error>
where
    O: Operation,
    O::Response: Model + Serialize,
{
    let shape = <O::Response as Model>::SHAPE;
    let mut answer = simulate::sample(shape);
    let result = serde_json::to_value(success_result::<O::Error>()).map_err(|e| unknown::<O>(&e.to_string()))?;
    answer.insert("result".to_owned(), result);
    // The request as it was sent: secrets in clear, so an echoed one is the caller's value.
    let sent = vault_runtime::value::secret::reveal(|| serde_json::to_value(request));
    if let Ok(Value::Object(sent)) = sent {
        echo::<O>(&mut answer, sent, shape);
    }
    serde_json::from_value(Value::Object(answer)).map_err(|e| unknown::<O>(&format!("its answer does not decode: {e}")))
}

/// Copies each request field into the answer where the response type keeps it (it is still
/// there after a decode and encode) and the answer still keeps the model's limits.
fn echo<O: Operation>(answer: &mut Map<String, Value>, sent: Map<String, Value>, shape: simulate::Shape)
where
    O::Response: Serialize,
{
    for (name, value) in sent {
        let mut tried = answer.clone();
        tried.insert(name.clone(), value.clone());
        let tried = Value::Object(tried);
        let kept = serde_json::from_value::<O::Response>(tried.clone())
            .ok()
            .and_then(|typed| vault_runtime::value::secret::reveal(|| serde_json::to_value(typed)).ok())
            .is_some_and(|decoded| decoded.get(&name) == Some(&value));
        if kept && simulate::check(shape, &tried).is_ok() {
            answer.insert(name, value);
        }
    }
}

/// `UNKNOWN_EXCEPTION` as the API's error: the sandbox could not build an answer from the
/// page's model (a bug of the sandbox or the generator, never of the caller).
fn unknown<O: Operation>(why: &str) -> O::Error {
    let unknown = CommonCode::UnknownException.to_result();
    let message = format!("the sandbox could not answer {} from its page: {why}", O::NAME);
    O::Error::from_result(ApiResult::new(unknown.result_code, unknown.result_status, &message))
}
