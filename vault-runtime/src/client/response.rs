//! Reading an answer: verify the signature against the raw body, decode the `result`, then
//! either the typed response (status `S`) or the API's error (status `F`/`U`).

use super::error::{Error, RawBody, SignatureFailure};
use crate::operation::Operation;
use crate::protocol::Method;
use crate::protocol::keys::AntomPublicKey;
use crate::protocol::signature::Message;
use crate::result::{ApiError, ApiResult, ResultStatus};
use bytes::Bytes;
use serde::Deserialize;

/// The response headers that take part in verification.
#[derive(Debug, Clone, Default)]
pub struct ResponseHeaders {
    /// `signature`.
    pub signature: Option<String>,
    /// `response-time`.
    pub response_time: Option<String>,
    /// `client-id`.
    pub client_id: Option<String>,
}

/// What verification needs besides the response: the request's method and path, our client
/// id, the key.
pub struct Verifier<'a> {
    /// The method the request was sent with (responses are signed with it).
    pub method: Method,
    /// The gateway path the request was sent to (responses are signed with it).
    pub path: &'a str,
    /// Our client id.
    pub client_id: &'a str,
    /// Antom's public key.
    pub key: &'a AntomPublicKey,
}

#[derive(Deserialize)]
struct Envelope {
    result: ApiResult,
}

/// Applies the signature policy and decodes: a present signature must verify; an absent one
/// is tolerated only for `F`/`U` results, which are then reported as not verified.
pub fn read<O: Operation>(
    verifier: &Verifier<'_>,
    headers: &ResponseHeaders,
    body: Bytes,
    attempts: u32,
) -> Result<O::Response, Error<O::Error>> {
    let raw = || RawBody(body.clone());
    let verified = match check_signature(verifier, headers, &body) {
        Ok(verified) => verified,
        Err(reason) => {
            return Err(Error::Signature { reason, body: raw() });
        }
    };
    let envelope: Envelope = serde_json::from_slice(&body)
        .map_err(|e| Error::Decode { message: format!("no valid `result` object: {e}"), body: raw() })?;
    let status = envelope.result.result_status;
    tracing::info!(api = O::NAME, attempt = attempts, code = %envelope.result.result_code, %status, verified, "response");
    match status {
        ResultStatus::S if !verified => Err(Error::Signature { reason: SignatureFailure::Missing, body: raw() }),
        ResultStatus::S => {
            serde_json::from_slice(&body).map_err(|e| Error::Decode { message: e.to_string(), body: raw() })
        }
        ResultStatus::F | ResultStatus::U => match O::Error::from_response(envelope.result, &body) {
            Ok(error) => Err(Error::Api { error: Box::new(error), verified, attempts }),
            Err(e) => Err(Error::Decode {
                message: format!("the fields of the error's code do not decode: {e}"),
                body: raw(),
            }),
        },
    }
}

/// `Ok(true)` when signed and valid, `Ok(false)` when unsigned, `Err` when the signature is
/// present but unusable.
fn check_signature(verifier: &Verifier<'_>, headers: &ResponseHeaders, body: &[u8]) -> Result<bool, SignatureFailure> {
    let Some(header) = &headers.signature else {
        return Ok(false);
    };
    let time = headers.response_time.as_deref().ok_or(SignatureFailure::MissingResponseTime)?;
    if let Some(id) = headers.client_id.as_deref().filter(|id| *id != verifier.client_id) {
        return Err(SignatureFailure::ClientIdMismatch(id.to_owned()));
    }
    let message = Message { method: verifier.method, path: verifier.path, client_id: verifier.client_id, time, body };
    message.verify(verifier.key, header)?;
    Ok(true)
}
