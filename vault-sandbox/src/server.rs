//! The gateway in front of the endpoints: routes `/ams/api/v1/...` and `/ams/sandbox/api/v1/...`,
//! checks the client id and the request signature, applies injected faults, signs every answer.

use crate::endpoint::{Caller, Endpoint, failure};
use crate::faults::{Fault, Faults, SignatureFault};
use crate::state::{RecordedCall, Reply, World};
use axum::body::Body;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::Response;
use bytes::Bytes;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use vault_runtime::protocol::keys::{AntomPublicKey, MerchantKey};
use vault_runtime::protocol::{documented_path, signature};
use vault_runtime::{ApiResult, CodeInfo, ResultStatus};

/// Everything the handler needs, shared by all connections.
pub(crate) struct Gateway {
    pub merchant_public_key: AntomPublicKey,
    pub signing_key: MerchantKey,
    pub client_ids: Vec<String>,
    pub endpoints: HashMap<&'static str, Box<dyn Endpoint>>,
    pub world: Mutex<World>,
    pub faults: Faults,
    /// The sandbox's own base URL.
    pub url: String,
    /// Delivers notifications.
    pub http: reqwest::Client,
}

/// What became of the request signature, for the log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SignatureCheck {
    Valid,
    Invalid,
    Missing,
}

/// The parts of a request the gateway looks at.
struct Incoming<'a> {
    path: &'a str,
    client_id: &'a str,
    request_time: Option<&'a str>,
    signature: Option<&'a str>,
    body: &'a [u8],
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
    if let Some(delay) = fault.delay {
        tokio::time::sleep(delay).await;
    }
    let incoming = Incoming {
        path: uri.path(),
        client_id: header(&headers, "client-id").unwrap_or_default(),
        request_time: header(&headers, "request-time"),
        signature: header(&headers, "signature"),
        body: &body,
    };
    if let Some(rest) = incoming.path.strip_prefix(VERIFY_PREFIX) {
        return verification_page(&gateway, rest, uri.query().unwrap_or_default()).await;
    }
    let Some((documented, _)) = documented_path(incoming.path) else {
        return not_found(incoming.path);
    };
    let check = check_signature(&gateway, &incoming);
    let reply = if method == Method::POST {
        answer(&gateway, &fault, documented, check, &incoming)
    } else {
        failure(&[], "METHOD_NOT_SUPPORTED", ResultStatus::F, "use POST")
    };
    tracing::info!(%method, path = %incoming.path, signature = ?check, code = %reply.result.result_code, status = %reply.result.result_status, "call");
    record(&gateway, &incoming, check, &reply.result);
    send_notifications(&gateway);
    let response = signed(&gateway, &incoming, reply, fault.signature);
    if fault.drop { broken(response) } else { response }
}

fn check_signature(gateway: &Gateway, incoming: &Incoming<'_>) -> SignatureCheck {
    let (Some(sig), Some(time)) = (incoming.signature, incoming.request_time) else {
        return SignatureCheck::Missing;
    };
    match signature::verify(&gateway.merchant_public_key, sig, incoming.path, incoming.client_id, time, incoming.body) {
        Ok(()) => SignatureCheck::Valid,
        Err(_) => SignatureCheck::Invalid,
    }
}

fn answer(gateway: &Gateway, fault: &Fault, documented: &str, check: SignatureCheck, incoming: &Incoming<'_>) -> Reply {
    let client_id = incoming.client_id;
    let known_client = gateway.client_ids.is_empty() || gateway.client_ids.iter().any(|id| id == client_id);
    let endpoint = gateway.endpoints.get(documented);
    let codes: &[CodeInfo] = endpoint.map_or(&[], |e| e.codes());
    if client_id.is_empty() || !known_client {
        return failure(
            &[],
            "INVALID_CLIENT",
            ResultStatus::F,
            &format!("the client id `{client_id}` is not known to this sandbox"),
        );
    }
    if check != SignatureCheck::Valid {
        let why = if check == SignatureCheck::Missing {
            "the Signature or Request-Time header is missing"
        } else {
            "the signature does not verify with the merchant public key"
        };
        return failure(&[], "INVALID_SIGNATURE", ResultStatus::F, why);
    }
    if let Some((code, status)) = &fault.answer {
        return failure(codes, code, *status, "");
    }
    if let Some(body) = &fault.body {
        return Reply { result: ApiResult::new("(injected body)", ResultStatus::U, ""), body: body.to_vec() };
    }
    match endpoint {
        Some(endpoint) => {
            let caller = Caller { client_id: client_id.to_owned(), sandbox_url: gateway.url.clone() };
            let mut world = gateway.world.lock().unwrap_or_else(PoisonError::into_inner);
            endpoint.serve(&mut world, &caller, incoming.body)
        }
        None if vault_generated::OPERATIONS.iter().any(|op| op.path == documented) => {
            failure(&[], "PROCESS_FAIL", ResultStatus::F, &format!("the sandbox does not simulate `{documented}`"))
        }
        None => failure(&[], "INVALID_API", ResultStatus::F, &format!("no API is served at `{documented}`")),
    }
}

fn record(gateway: &Gateway, incoming: &Incoming<'_>, check: SignatureCheck, result: &ApiResult) {
    let call = RecordedCall {
        path: incoming.path.to_owned(),
        client_id: Some(incoming.client_id.to_owned()).filter(|id| !id.is_empty()),
        request_time: incoming.request_time.map(str::to_owned),
        signature: incoming.signature.map(str::to_owned),
        signature_valid: check == SignatureCheck::Valid,
        body: Bytes::copy_from_slice(incoming.body),
        result_code: result.result_code.clone(),
    };
    gateway.world.lock().unwrap_or_else(PoisonError::into_inner).calls.push(call);
}

/// Signs an answer with the request's path and the sandbox key; header names in lower case.
fn signed(gateway: &Gateway, incoming: &Incoming<'_>, reply: Reply, fault: SignatureFault) -> Response {
    let time = crate::clock::header_now();
    let signed_body: &[u8] = if fault == SignatureFault::Wrong { b"not the body that was sent" } else { &reply.body };
    let signature = signature::sign(&gateway.signing_key, "1", incoming.path, incoming.client_id, &time, signed_body);
    let mut builder = Response::builder()
        .status(StatusCode::OK)
        .header("content-type", "application/json; charset=UTF-8")
        .header("client-id", incoming.client_id);
    if fault != SignatureFault::Missing {
        builder = builder.header("response-time", time).header("signature", signature);
    }
    builder.body(Body::from(reply.body)).unwrap_or_else(|_| Response::new(Body::empty()))
}

/// Where the buyer "verifies" a card: `/sandbox/verify/{clientId}/{vaultingRequestId}`.
const VERIFY_PREFIX: &str = "/sandbox/verify/";

/// Opening a verification URL plays the buyer passing 3-D Secure (`?outcome=fail` fails it);
/// the buyer is sent on to the merchant's redirect URL.
async fn verification_page(gateway: &Arc<Gateway>, rest: &str, query: &str) -> Response {
    let Some((client_id, id)) = rest.split_once('/') else {
        return not_found(rest);
    };
    match complete_verification(gateway, client_id, id, !query.contains("outcome=fail")).await {
        Some(redirect) => Response::builder()
            .status(StatusCode::FOUND)
            .header("location", redirect)
            .body(Body::from("verification finished"))
            .unwrap_or_else(|_| internal_error()),
        None => not_found(rest),
    }
}

/// Finishes a pending verification and delivers its notification before returning.
pub(crate) async fn complete_verification(
    gateway: &Arc<Gateway>,
    client_id: &str,
    id: &str,
    verified: bool,
) -> Option<String> {
    let (redirect, outbox) = {
        let mut world = gateway.world.lock().unwrap_or_else(PoisonError::into_inner);
        let redirect = crate::apis::vault_payment_method::complete_verification(&mut world, client_id, id, verified)?;
        (redirect, std::mem::take(&mut world.outbox))
    };
    for outgoing in outbox {
        crate::notify::deliver(gateway, outgoing).await;
    }
    Some(redirect)
}

/// Sends the notifications the call queued, in the background.
fn send_notifications(gateway: &Arc<Gateway>) {
    let outbox = std::mem::take(&mut gateway.world.lock().unwrap_or_else(PoisonError::into_inner).outbox);
    for outgoing in outbox {
        let gateway = Arc::clone(gateway);
        tokio::spawn(async move { crate::notify::deliver(&gateway, outgoing).await });
    }
}

/// The answer when processing a call failed inside the sandbox itself.
pub(crate) fn internal_error() -> Response {
    let mut response = Response::new(Body::from("the sandbox failed while processing the call"));
    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
    response
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
        let error = std::io::Error::new(std::io::ErrorKind::ConnectionReset, "injected fault: connection dropped");
        std::task::Poll::Ready(Some(Err(error)))
    }
}
