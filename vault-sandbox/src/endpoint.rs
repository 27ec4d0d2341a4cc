//! One API as the sandbox serves it, driven by the generated types of its page: the body is
//! checked by deserialising it into the page's request type (so every constraint of the page
//! applies), answers are kept per idempotency id, and every result is a typed value of the
//! pages (the API's error enum or the common codes), never a code written by hand.
//!
//! A call runs in one store transaction: the kept answer is looked up, the behaviour reads and
//! changes records, and a final answer is kept, all or nothing.

use crate::state::Reply;
use crate::store::{AnswerKey, Store, StoreError, Tx};
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

/// The business behaviour of one API: given a valid request and the call's transaction, the
/// response or the page's error. A store failure (`?` on a [`Tx`] method) becomes the API's
/// `UNKNOWN_EXCEPTION` and the transaction is rolled back.
pub(crate) type Behaviour<O> =
    fn(&mut Tx<'_>, &Caller, &O) -> Result<<O as Operation>::Response, <O as Operation>::Error>;

/// What a call did: its answer and the notifications it queued.
pub(crate) struct Served {
    pub reply: Reply,
    pub notifications: Vec<i64>,
}

/// An API the sandbox serves, type-erased for the router.
pub(crate) trait Endpoint: Send + Sync {
    /// Serves one call whose signature and client id were already checked.
    fn serve(&self, store: &Store, caller: &Caller, body: &[u8]) -> Result<Served, StoreError>;

    /// The answer with a result the gateway decided before the API was called (an injected
    /// fault), with the page's message when it documents the code.
    fn fail(&self, result: ApiResult) -> Reply;

    /// The request body as the call log keeps it (its secrets redacted).
    fn redact(&self, body: &[u8]) -> Vec<u8>;
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
    fn serve(&self, store: &Store, caller: &Caller, body: &[u8]) -> Result<Served, StoreError> {
        let value: serde_json::Value = match serde_json::from_slice(body) {
            Ok(value) => value,
            Err(e) => return Ok(unchanged(common(CommonCode::MsgParseError, &format!("the body is not JSON: {e}")))),
        };
        let request: O = match serde_path_to_error::deserialize(&value) {
            Ok(request) => request,
            Err(e) => return Ok(unchanged(common(CommonCode::ParamIllegal, &param_message(&e)))),
        };
        let digest = crate::store::digest(&value);
        let key = request.idempotency_key().map(|id| AnswerKey {
            client_id: &caller.client_id,
            api: O::NAME,
            request_id: id,
        });
        let (reply, notifications) = store.write(|tx| {
            if let Some(key) = key
                && let Some(kept) = crate::store::answers::find(tx, key)?
            {
                if kept.request_digest == digest {
                    return Ok(kept.reply);
                }
                let field = O::IDEMPOTENCY_FIELD.unwrap_or("idempotency field");
                let why = format!("this {field} was already used with a different request");
                return Ok(common(CommonCode::RepeatReqInconsistent, &why));
            }
            let reply = match (self.behaviour)(tx, caller, &request) {
                Ok(response) => success(&response),
                Err(error) => failure(error.to_result()),
            };
            // A `U` is not final: the same id again is processed again.
            if let Some(key) = key
                && reply.result.result_status != vault_runtime::ResultStatus::U
            {
                crate::store::answers::keep(tx, key, &digest, &reply)?;
            }
            Ok(reply)
        })?;
        Ok(Served { reply, notifications })
    }

    fn fail(&self, result: ApiResult) -> Reply {
        failure(O::Error::from_result(result).to_result())
    }

    fn redact(&self, body: &[u8]) -> Vec<u8> {
        crate::redact::by_type::<O>(body)
    }
}

fn unchanged(reply: Reply) -> Served {
    Served { reply, notifications: Vec::new() }
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

/// A failure answer: `{"result": {...}}` (which holds no secret).
pub(crate) fn failure(result: ApiResult) -> Reply {
    let body = serde_json::to_vec(&serde_json::json!({ "result": result })).unwrap_or_default();
    Reply { result, body, redacted: None }
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
    // A simulator answers with the secrets in clear, as the gateway does; the log gets the
    // copy that its types redact.
    let encoded = vault_runtime::value::secret::reveal(|| serde_json::to_value(response)).and_then(|value| {
        let result: ApiResult = serde_json::from_value(value["result"].clone())?;
        Ok((result, serde_json::to_vec(&value)?))
    });
    let redacted = serde_json::to_vec(response).ok();
    match encoded {
        Ok((result, body)) => {
            let redacted = redacted.filter(|redacted| *redacted != body);
            Reply { result, body, redacted }
        }
        Err(e) => common(CommonCode::UnknownException, &format!("the sandbox could not encode its answer: {e}")),
    }
}

/// The answer when the store failed: nothing of the call was kept, so the outcome is unknown
/// to the caller, who may send it again.
pub(crate) fn store_failed(error: &StoreError) -> Reply {
    tracing::error!(%error, "the call failed in the store");
    common(CommonCode::UnknownException, "the sandbox's store failed; nothing of this call was kept, send it again")
}

/// `UNKNOWN_EXCEPTION` for a store failure met inside a behaviour, as each API's error type
/// (so that `?` works on the store's methods there). A family lists its error types here.
macro_rules! unknown_on_store_failure {
    ($($error:ty),* $(,)?) => {$(
        impl From<crate::store::StoreError> for $error {
            fn from(error: crate::store::StoreError) -> Self {
                let unknown = vault_generated::CommonCode::UnknownException.to_result();
                let result = vault_runtime::ApiResult::new(unknown.result_code, unknown.result_status, &error.message);
                <$error as vault_runtime::ApiError>::from_result(result)
            }
        }
    )*};
}
pub(crate) use unknown_on_store_failure;
