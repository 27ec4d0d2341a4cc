//! One API as the sandbox serves it, driven by the generated types of its page: the body is
//! checked by deserialising it into the page's request type (so every constraint of the page
//! applies), answers are kept per idempotency id, and codes come from the page's table.

use crate::state::{Kept, Reply, World};
use serde::Serialize;
use serde::de::DeserializeOwned;
use vault_runtime::{ApiError, ApiResult, CodeInfo, Operation, ResultStatus};

/// Who is calling, and where the sandbox is.
#[derive(Debug, Clone)]
pub struct Caller {
    /// The `Client-Id` of the request.
    pub client_id: String,
    /// The sandbox's own base URL (for URLs it hands out, such as verification pages).
    pub sandbox_url: String,
}

/// The business behaviour of one API: given a valid request, the response or a failure.
pub type Behaviour<O> = fn(&mut World, &Caller, &O) -> Result<<O as Operation>::Response, ApiResult>;

/// An API the sandbox serves, type-erased for the router.
pub(crate) trait Endpoint: Send + Sync {
    /// The page's result codes.
    fn codes(&self) -> &'static [CodeInfo];

    /// Serves one call whose signature and client id were already checked.
    fn serve(&self, world: &mut World, caller: &Caller, body: &[u8]) -> Reply;
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
    fn codes(&self) -> &'static [CodeInfo] {
        <O::Error as ApiError>::CODES
    }

    fn serve(&self, world: &mut World, caller: &Caller, body: &[u8]) -> Reply {
        let codes = <O::Error as ApiError>::CODES;
        let value: serde_json::Value = match serde_json::from_slice(body) {
            Ok(value) => value,
            Err(e) => {
                return failure(codes, "MSG_PARSE_ERROR", ResultStatus::F, &format!("the body is not JSON: {e}"));
            }
        };
        let request: O = match serde_path_to_error::deserialize(&value) {
            Ok(request) => request,
            Err(e) => return failure(codes, "PARAM_ILLEGAL", ResultStatus::F, &param_message(&e)),
        };
        let key = request.idempotency_key().map(|id| (caller.client_id.clone(), O::NAME, id.to_owned()));
        if let Some(kept) = key.as_ref().and_then(|key| world.kept.get(key)) {
            return if kept.request == value {
                kept.reply.clone()
            } else {
                let field = O::IDEMPOTENCY_FIELD.unwrap_or("idempotency field");
                failure(
                    codes,
                    "REPEAT_REQ_INCONSISTENT",
                    ResultStatus::F,
                    &format!("this {field} was already used with a different request"),
                )
            };
        }
        let reply = match (self.behaviour)(world, caller, &request) {
            Ok(response) => success(&response),
            Err(result) => failure(codes, &result.result_code, result.result_status, &result.result_message),
        };
        if let (Some(key), true) = (key, reply.result.result_status != ResultStatus::U) {
            world.kept.insert(key, Kept { request: value, reply: reply.clone() });
        }
        reply
    }
}

/// `field: what is wrong`, or just what is wrong when it concerns the whole body.
fn param_message(error: &serde_path_to_error::Error<serde_json::Error>) -> String {
    let path = error.path().to_string();
    if path == "." { error.inner().to_string() } else { format!("{path}: {}", error.inner()) }
}

/// The message of a code: the page's documented message when `message` is empty.
fn message_for(codes: &[CodeInfo], code: &str, message: &str) -> String {
    if !message.is_empty() {
        return message.to_owned();
    }
    codes.iter().find(|c| c.code == code).map_or_else(|| code.to_owned(), |c| c.message.to_owned())
}

/// A failure answer: `{"result": {...}}`.
pub(crate) fn failure(codes: &[CodeInfo], code: &str, status: ResultStatus, message: &str) -> Reply {
    let result = ApiResult::new(code, status, message_for(codes, code, message));
    let body = serde_json::to_vec(&serde_json::json!({ "result": result })).unwrap_or_default();
    Reply { result, body }
}

/// The `result` of a success, with the page's message for `SUCCESS`.
pub fn success_result(codes: &[CodeInfo]) -> ApiResult {
    ApiResult::new("SUCCESS", ResultStatus::S, message_for(codes, "SUCCESS", ""))
}

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
        Err(e) => {
            failure(&[], "UNKNOWN_EXCEPTION", ResultStatus::U, &format!("the sandbox could not encode its answer: {e}"))
        }
    }
}
