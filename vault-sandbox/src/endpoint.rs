//! One API as the sandbox serves it, driven by the generated types of its page: the body is
//! checked by deserialising it into the page's request type (so every constraint of the page
//! applies), answers are kept per idempotency id, and every result is a typed value of the
//! pages (the API's error enum or the common codes), never a code written by hand.

use crate::state::{Kept, Reply, World};
use serde::Serialize;
use serde::de::DeserializeOwned;
use vault_generated::CommonCode;
use vault_runtime::{ApiError, ApiResult, Operation};

/// Who is calling, and where the sandbox is.
#[derive(Debug, Clone)]
pub struct Caller {
    /// The `Client-Id` of the request.
    pub client_id: String,
    /// The sandbox's own base URL (for URLs it hands out, such as verification pages).
    pub sandbox_url: String,
}

/// The business behaviour of one API: given a valid request, the response or the page's error.
pub type Behaviour<O> = fn(&mut World, &Caller, &O) -> Result<<O as Operation>::Response, <O as Operation>::Error>;

/// An API the sandbox serves, type-erased for the router.
pub(crate) trait Endpoint: Send + Sync {
    /// Serves one call whose signature and client id were already checked.
    fn serve(&self, world: &mut World, caller: &Caller, body: &[u8]) -> Reply;

    /// The answer with a result the gateway decided before the API was called (an injected
    /// fault), with the page's message when it documents the code.
    fn fail(&self, result: ApiResult) -> Reply;
}

/// The endpoint of operation `O` with its behaviour.
pub(crate) struct Typed<O: Operation> {
    pub behaviour: Behaviour<O>,
}

impl<O> Endpoint for Typed<O>
where
    O: Operation + DeserializeOwned + Send + Sync,
    O::Response: Serialize,
{
    fn serve(&self, world: &mut World, caller: &Caller, body: &[u8]) -> Reply {
        let value: serde_json::Value = match serde_json::from_slice(body) {
            Ok(value) => value,
            Err(e) => return common(CommonCode::MsgParseError, &format!("the body is not JSON: {e}")),
        };
        let request: O = match serde_path_to_error::deserialize(&value) {
            Ok(request) => request,
            Err(e) => return common(CommonCode::ParamIllegal, &param_message(&e)),
        };
        let key = request.idempotency_key().map(|id| (caller.client_id.clone(), O::NAME, id.to_owned()));
        if let Some(kept) = key.as_ref().and_then(|key| world.kept.get(key)) {
            if kept.request == value {
                return kept.reply.clone();
            }
            let field = O::IDEMPOTENCY_FIELD.unwrap_or("idempotency field");
            let why = format!("this {field} was already used with a different request");
            return common(CommonCode::RepeatReqInconsistent, &why);
        }
        let reply = match (self.behaviour)(world, caller, &request) {
            Ok(response) => success(&response),
            Err(error) => failure(error.to_result()),
        };
        if let (Some(key), true) = (key, reply.result.result_status != vault_runtime::ResultStatus::U) {
            world.kept.insert(key, Kept { request: value, reply: reply.clone() });
        }
        reply
    }

    fn fail(&self, result: ApiResult) -> Reply {
        failure(O::Error::from_result(result).to_result())
    }
}

/// `field: what is wrong`, or just what is wrong when it concerns the whole body.
fn param_message(error: &serde_path_to_error::Error<serde_json::Error>) -> String {
    let path = error.path().to_string();
    if path == "." { error.inner().to_string() } else { format!("{path}: {}", error.inner()) }
}

/// A failure answer with a common gateway code and a message saying what was wrong.
pub(crate) fn common(code: CommonCode, message: &str) -> Reply {
    let result = code.to_result();
    failure(ApiResult::new(result.result_code, result.result_status, message))
}

/// A failure answer: `{"result": {...}}`.
pub(crate) fn failure(result: ApiResult) -> Reply {
    let body = serde_json::to_vec(&serde_json::json!({ "result": result })).unwrap_or_default();
    Reply { result, body }
}

/// The `result` of a success, with the page's message for `SUCCESS`.
pub fn success_result<E: ApiError>() -> ApiResult {
    let message = E::CODES.iter().find(|c| c.code == SUCCESS).map_or("success", |c| c.message);
    ApiResult::new(SUCCESS, vault_runtime::ResultStatus::S, message)
}

/// The result code of a success (the one code the error enums do not carry).
const SUCCESS: &str = "SUCCESS";

/// The answer of a behaviour's response, whose own `result` may be a success or (for answers
/// that carry fields, such as `VERIFICATION_IN_PROCESS`) a failure.
fn success<R: Serialize>(response: &R) -> Reply {
    // A simulator answers with the secrets in clear, as the gateway does.
    let encoded = vault_runtime::value::secret::reveal(|| serde_json::to_value(response)).and_then(|value| {
        let result: ApiResult = serde_json::from_value(value["result"].clone())?;
        Ok((result, serde_json::to_vec(&value)?))
    });
    match encoded {
        Ok((result, body)) => Reply { result, body },
        Err(e) => common(CommonCode::UnknownException, &format!("the sandbox could not encode its answer: {e}")),
    }
}
