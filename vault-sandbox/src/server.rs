//! The gateway in front of the endpoints: routes `/ams/api/v1/...` and `/ams/sandbox/api/v1/...`,
//! checks the client id and the request signature, applies injected faults, signs every answer.

use crate::endpoint::{Caller, Endpoint, failure};
use crate::faults::{Fault, Faults};
use crate::state::{RecordedCall, Reply, World};
use axum::body::Body;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::Response;
use bytes::Bytes;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use vault_runtime::ResultStatus;
use vault_runtime::protocol::keys::{AntomPublicKey, MerchantKey};
use vault_runtime::protocol::{documented_path, signature};

/// Everything the handler needs, shared by all connections.
pub(crate) struct Gateway {
    pub merchant_public_key: AntomPublicKey,
    pub signing_key: MerchantKey,
    pub client_ids: Vec<String>,
    pub endpoints: HashMap<&'static str, Box<dyn Endpoint>>,
    pub world: Mutex<World>,
    pub faults: Faults,
}

/// What became of the request signature, for the log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SignatureCheck {
    Valid,
    Invalid,
    Missing,
}

fn header<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

/// Handles any request (the router sends everything here).
pub(crate) async fn handle(
    gateway: Arc<Gateway>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let fault = gateway.faults.next();
    if let Some(Fault::Delay(delay)) = fault {
        tokio::time::sleep(delay).await;
    }
    let path = uri.path().to_owned();
    let client_id = header(&headers, "client-id").unwrap_or_default().to_owned();
    let request_time = header(&headers, "request-time").map(str::to_owned);
    let (check, reply) = match documented_path(&path) {
        None => return not_found(&path),
        Some(_) if method != Method::POST => (
            SignatureCheck::Missing,
            failure(&[], "METHOD_NOT_SUPPORTED", ResultStatus::F, "use POST"),
        ),
        Some((documented, _)) => answer(
            &gateway,
            fault,
            documented,
            &path,
            &client_id,
            request_time.as_deref(),
            &headers,
            &body,
        ),
    };
    tracing::info!(%method, %path, signature = ?check, code = %reply.result.result_code, status = %reply.result.result_status, "call");
    gateway
        .world
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .calls
        .push(RecordedCall {
            path: path.clone(),
            client_id: (!client_id.is_empty()).then(|| client_id.clone()),
            request_time,
            signature_valid: check == SignatureCheck::Valid,
            body,
            result_code: reply.result.result_code.clone(),
        });
    let response = signed(&gateway, &path, &client_id, reply);
    if fault == Some(Fault::Drop) {
        broken(response)
    } else {
        response
    }
}

#[allow(clippy::too_many_arguments)]
fn answer(
    gateway: &Gateway,
    fault: Option<Fault>,
    documented: &str,
    path: &str,
    client_id: &str,
    request_time: Option<&str>,
    headers: &HeaderMap,
    body: &[u8],
) -> (SignatureCheck, Reply) {
    let check = match (header(headers, "signature"), request_time) {
        (Some(sig), Some(time)) => match signature::verify(
            &gateway.merchant_public_key,
            sig,
            path,
            client_id,
            time,
            body,
        ) {
            Ok(()) => SignatureCheck::Valid,
            Err(_) => SignatureCheck::Invalid,
        },
        _ => SignatureCheck::Missing,
    };
    let known_client =
        gateway.client_ids.is_empty() || gateway.client_ids.iter().any(|id| id == client_id);
    let reply = if client_id.is_empty() || !known_client {
        failure(
            &[],
            "INVALID_CLIENT",
            ResultStatus::F,
            &format!("the client id `{client_id}` is not known to this sandbox"),
        )
    } else if check != SignatureCheck::Valid {
        let why = if check == SignatureCheck::Missing {
            "the Signature or Request-Time header is missing"
        } else {
            "the signature does not verify with the merchant public key"
        };
        failure(&[], "INVALID_SIGNATURE", ResultStatus::F, why)
    } else if fault == Some(Fault::Unknown) {
        failure(
            &[],
            "UNKNOWN_EXCEPTION",
            ResultStatus::U,
            "injected fault: the outcome is unknown",
        )
    } else {
        match gateway.endpoints.get(documented) {
            Some(endpoint) => {
                let caller = Caller {
                    client_id: client_id.to_owned(),
                };
                let mut world = gateway.world.lock().unwrap_or_else(PoisonError::into_inner);
                endpoint.serve(&mut world, &caller, body)
            }
            None if vault_generated::OPERATIONS
                .iter()
                .any(|op| op.path == documented) =>
            {
                failure(
                    &[],
                    "PROCESS_FAIL",
                    ResultStatus::F,
                    &format!("the sandbox does not simulate `{documented}`"),
                )
            }
            None => failure(
                &[],
                "INVALID_API",
                ResultStatus::F,
                &format!("no API is served at `{documented}`"),
            ),
        }
    };
    (check, reply)
}

/// Signs an answer with the request's path and the sandbox key; header names in lower case.
fn signed(gateway: &Gateway, path: &str, client_id: &str, reply: Reply) -> Response {
    let time = crate::clock::header_now();
    let signature = signature::sign(
        &gateway.signing_key,
        "1",
        path,
        client_id,
        &time,
        &reply.body,
    );
    Response::builder()
        .status(StatusCode::OK)
        .header("content-type", "application/json; charset=UTF-8")
        .header("client-id", client_id)
        .header("response-time", time)
        .header("signature", signature)
        .body(Body::from(reply.body))
        .unwrap_or_else(|_| Response::new(Body::empty()))
}

fn not_found(path: &str) -> Response {
    let mut response = Response::new(Body::from(format!("no gateway path: {path}")));
    *response.status_mut() = StatusCode::NOT_FOUND;
    response
}

/// The answer's headers go out, then the connection breaks before the body ends.
fn broken(response: Response) -> Response {
    let (parts, _) = response.into_parts();
    Response::from_parts(parts, Body::new(BrokenBody))
}

struct BrokenBody;

impl http_body::Body for BrokenBody {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<http_body::Frame<Bytes>, Self::Error>>> {
        std::task::Poll::Ready(Some(Err(std::io::Error::new(
            std::io::ErrorKind::ConnectionReset,
            "injected fault: connection dropped",
        ))))
    }
}
