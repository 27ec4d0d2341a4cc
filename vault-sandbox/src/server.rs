//! The gateway in front of the endpoints: routes `/ams/api/v1/...` and `/ams/sandbox/api/v1/...`,
//! checks the client id and the request signature, applies injected faults, signs every answer,
//! and serves the buyer pages the API families register.

use crate::endpoint::{Caller, common};
use crate::faults::{Fault, SignatureFault};
use crate::gateway::{BuyerPage, Gateway};
use crate::state::{RecordedCall, Reply};
use axum::body::Body;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::Response;
use bytes::Bytes;
use std::sync::Arc;
use vault_generated::CommonCode;
use vault_runtime::protocol::{documented_path, headers, signature};
use vault_runtime::{ApiResult, ResultStatus};

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
        client_id: header(&headers, headers::CLIENT_ID).unwrap_or_default(),
        request_time: header(&headers, headers::REQUEST_TIME),
        signature: header(&headers, headers::SIGNATURE),
        body: &body,
    };
    if let Some(page) = gateway.pages.iter().find(|page| incoming.path.starts_with(page.prefix)) {
        return buyer_page(&gateway, page, incoming.path, uri.query().unwrap_or_default()).await;
    }
    let Some((documented, _)) = documented_path(incoming.path) else {
        return not_found(incoming.path);
    };
    let check = check_signature(&gateway, &incoming);
    let reply = if method == Method::POST {
        answer(&gateway, &fault, documented, check, &incoming)
    } else {
        common(CommonCode::MethodNotSupported, "use POST")
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
    if client_id.is_empty() || !known_client {
        return common(CommonCode::InvalidClient, &format!("the client id `{client_id}` is not known to this sandbox"));
    }
    if check != SignatureCheck::Valid {
        let why = if check == SignatureCheck::Missing {
            "the Signature or Request-Time header is missing"
        } else {
            "the signature does not verify with the merchant public key"
        };
        return common(CommonCode::InvalidSignature, why);
    }
    let endpoint = gateway.endpoints.get(documented);
    if let Some((code, status)) = &fault.answer {
        let result = ApiResult::new(code.as_str(), *status, "");
        return match endpoint {
            Some(endpoint) => endpoint.fail(result),
            None => crate::endpoint::failure(result),
        };
    }
    if let Some(body) = &fault.body {
        return Reply { result: ApiResult::new("(injected body)", ResultStatus::U, ""), body: body.to_vec() };
    }
    match endpoint {
        Some(endpoint) => {
            let caller = Caller { client_id: client_id.to_owned(), sandbox_url: gateway.url.clone() };
            endpoint.serve(&mut gateway.world(), &caller, incoming.body)
        }
        None if vault_generated::OPERATIONS.iter().any(|op| op.path == documented) => {
            common(CommonCode::ProcessFail, &format!("the sandbox does not simulate `{documented}`"))
        }
        None => common(CommonCode::InvalidApi, &format!("no API is served at `{documented}`")),
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
    gateway.world().calls.push(call);
}

/// Signs an answer with the request's path and the sandbox key; header names in lower case.
fn signed(gateway: &Gateway, incoming: &Incoming<'_>, reply: Reply, fault: SignatureFault) -> Response {
    let time = crate::clock::header_now();
    let signed_body: &[u8] = if fault == SignatureFault::Wrong { b"not the body that was sent" } else { &reply.body };
    let signature = signature::sign(&gateway.signing_key, "1", incoming.path, incoming.client_id, &time, signed_body);
    let mut builder = Response::builder()
        .status(StatusCode::OK)
        .header("content-type", headers::CONTENT_TYPE_JSON)
        .header(headers::CLIENT_ID, incoming.client_id);
    if fault != SignatureFault::Missing {
        builder = builder.header(headers::RESPONSE_TIME, time).header(headers::SIGNATURE, signature);
    }
    builder.body(Body::from(reply.body)).unwrap_or_else(|_| internal_error())
}

/// The buyer opens an authentication page: `{prefix}{clientId}/{id}`, `?outcome=fail` to fail.
/// The buyer is sent on to the merchant's redirect URL.
async fn buyer_page(gateway: &Arc<Gateway>, page: &BuyerPage, path: &str, query: &str) -> Response {
    let rest = path.strip_prefix(page.prefix).unwrap_or_default();
    let Some((client_id, id)) = rest.split_once('/') else {
        return not_found(path);
    };
    let passed = !query.split('&').any(|pair| pair == "outcome=fail");
    match complete(gateway, page.complete, client_id, id, passed).await {
        Some(redirect) => Response::builder()
            .status(StatusCode::FOUND)
            .header("location", redirect)
            .body(Body::from("authentication finished"))
            .unwrap_or_else(|_| internal_error()),
        None => not_found(path),
    }
}

/// Finishes a pending authentication and makes the first attempt of each notification it
/// causes before returning (so a test sees them); resends, if any, go on in the background.
pub(crate) async fn complete(
    gateway: &Arc<Gateway>,
    complete: crate::gateway::Complete,
    client_id: &str,
    id: &str,
    passed: bool,
) -> Option<String> {
    let (redirect, outbox) = {
        let mut world = gateway.world();
        let redirect = complete(&mut world, client_id, id, passed)?;
        (redirect, std::mem::take(&mut world.outbox))
    };
    for outgoing in outbox {
        crate::notify::deliver(Arc::clone(gateway), outgoing).await;
    }
    Some(redirect)
}

/// Sends the notifications the call queued, in the background (after the answer is signed).
fn send_notifications(gateway: &Arc<Gateway>) {
    let outbox = std::mem::take(&mut gateway.world().outbox);
    for outgoing in outbox {
        tokio::spawn(crate::notify::deliver(Arc::clone(gateway), outgoing));
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
