//! The gateway in front of the endpoints: routes `/ams/api/v1/...` and `/ams/sandbox/api/v1/...`,
//! checks the client id and the request signature, applies injected faults, signs every answer,
//! and serves the buyer pages the API families register.

use crate::endpoint::{Caller, Served, common, store_failed};
use crate::faults::{Fault, SignatureFault};
use crate::gateway::{BuyerPage, Gateway};
use crate::state::{RecordedCall, Reply};
use axum::body::Body;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::Response;
use bytes::Bytes;
use std::sync::Arc;
use vault_generated::CommonCode;
use vault_runtime::protocol::signature::Message;
use vault_runtime::protocol::{Method as ProtocolMethod, documented_path, headers};
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
    /// The method the request and its answer are signed with: the one the API's page gives.
    signed_method: ProtocolMethod,
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
    let incoming = Incoming {
        signed_method: ProtocolMethod::Post,
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
    // Faults are for API calls: the sandbox's own paths and buyer pages never take one.
    let fault = gateway.faults.next();
    if let Some(delay) = fault.delay {
        tokio::time::sleep(delay).await;
    }
    let declared = declared_method(documented);
    let incoming = Incoming { signed_method: declared, ..incoming };
    let check = check_signature(&gateway, &incoming);
    let served = if accepts(declared, &method) {
        answer(&gateway, &fault, documented, check, &incoming, &body).await
    } else {
        let why = format!("use {declared}");
        Served { reply: common(CommonCode::MethodNotSupported, &why), notifications: Vec::new() }
    };
    let reply = served.reply;
    tracing::info!(%method, path = %incoming.path, signature = ?check, code = %reply.result.result_code, status = %reply.result.result_status, "call");
    record(&gateway, &incoming, documented, check, &reply).await;
    if !served.notifications.is_empty() {
        let shared = Arc::clone(&gateway);
        gateway.deliveries.spawn(async move { crate::notify::send_now(&shared, served.notifications).await });
    }
    let response = signed(&gateway, &incoming, reply, fault.signature);
    if fault.drop { broken(response) } else { response }
}

/// The method the page of the API at a documented path gives (`POST` where no page serves it).
fn declared_method(documented: &str) -> ProtocolMethod {
    vault_generated::OPERATIONS.iter().find(|op| op.path == documented).map_or(ProtocolMethod::Post, |op| op.method)
}

/// Whether a call to an API declared with `declared` may come with the HTTP method `sent`: the
/// declared one, or `POST`, which the official SDKs' HTTP layers send for every request (they
/// sign the request's declared method whatever they send).
fn accepts(declared: ProtocolMethod, sent: &Method) -> bool {
    sent.as_str() == declared.as_str() || *sent == Method::POST
}

fn check_signature(gateway: &Gateway, incoming: &Incoming<'_>) -> SignatureCheck {
    let (Some(sig), Some(time)) = (incoming.signature, incoming.request_time) else {
        return SignatureCheck::Missing;
    };
    let message = Message {
        method: incoming.signed_method,
        path: incoming.path,
        client_id: incoming.client_id,
        time,
        body: incoming.body,
    };
    match message.verify(&gateway.merchant_public_key, sig) {
        Ok(()) => SignatureCheck::Valid,
        Err(_) => SignatureCheck::Invalid,
    }
}

async fn answer(
    gateway: &Arc<Gateway>,
    fault: &Fault,
    documented: &str,
    check: SignatureCheck,
    incoming: &Incoming<'_>,
    body: &Bytes,
) -> Served {
    let refused = |reply| Served { reply, notifications: Vec::new() };
    let client_id = incoming.client_id;
    let known_client = gateway.client_ids.is_empty() || gateway.client_ids.iter().any(|id| id == client_id);
    if client_id.is_empty() || !known_client {
        let why = format!("the client id `{client_id}` is not known to this sandbox");
        return refused(common(CommonCode::InvalidClient, &why));
    }
    if let Some(limit) = &gateway.limit
        && let Err(why) = limit.admit(client_id)
    {
        return refused(common(CommonCode::RequestTrafficExceedLimit, &why));
    }
    if check != SignatureCheck::Valid {
        let why = if check == SignatureCheck::Missing {
            "the Signature or Request-Time header is missing"
        } else {
            "the signature does not verify with the merchant public key"
        };
        return refused(common(CommonCode::InvalidSignature, why));
    }
    let endpoint = gateway.endpoints.get(documented);
    if let Some((code, status)) = &fault.answer {
        let result = ApiResult::new(code.as_str(), *status, "");
        return refused(match endpoint {
            Some(endpoint) => endpoint.fail(result),
            None => crate::endpoint::failure(result),
        });
    }
    if let Some(body) = &fault.body {
        let result = ApiResult::new("(injected body)", ResultStatus::U, "");
        return refused(Reply { result, body: body.to_vec(), redacted: None });
    }
    if endpoint.is_none() {
        return refused(if vault_generated::OPERATIONS.iter().any(|op| op.path == documented) {
            common(CommonCode::ProcessFail, &format!("the sandbox does not simulate `{documented}`"))
        } else {
            common(CommonCode::InvalidApi, &format!("no API is served at `{documented}`"))
        });
    }
    let caller = Caller { client_id: client_id.to_owned(), sandbox_url: gateway.url.clone() };
    let (shared, path, body) = (Arc::clone(gateway), documented.to_owned(), body.clone());
    let served = gateway
        .store(move |store| match shared.endpoints.get(path.as_str()) {
            Some(endpoint) => endpoint.serve(store, &caller, &body),
            None => Ok(Served { reply: common(CommonCode::InvalidApi, "no API"), notifications: Vec::new() }),
        })
        .await;
    served.unwrap_or_else(|error| refused(store_failed(&error)))
}

/// Adds the call to the log, its bodies redacted (by the page's types when the path is an API).
async fn record(
    gateway: &Arc<Gateway>,
    incoming: &Incoming<'_>,
    documented: &str,
    check: SignatureCheck,
    reply: &Reply,
) {
    let body = match gateway.endpoints.get(documented) {
        Some(endpoint) => endpoint.redact(incoming.body),
        None => crate::redact::every_string(incoming.body),
    };
    let call = RecordedCall {
        time: chrono::Utc::now(),
        path: incoming.path.to_owned(),
        client_id: Some(incoming.client_id.to_owned()).filter(|id| !id.is_empty()),
        request_time: incoming.request_time.map(str::to_owned),
        signature: incoming.signature.map(str::to_owned),
        signature_valid: check == SignatureCheck::Valid,
        body: Bytes::from(body),
        result_code: reply.result.result_code.clone(),
        result_status: reply.result.result_status.to_string(),
        answer: Bytes::copy_from_slice(reply.logged()),
    };
    if let Err(error) = gateway.store(move |store| store.record_call(&call)).await {
        tracing::error!(%error, "cannot add the call to the log");
    }
}

/// Signs an answer with the request's method and path and the sandbox key; header names in
/// lower case.
fn signed(gateway: &Gateway, incoming: &Incoming<'_>, reply: Reply, fault: SignatureFault) -> Response {
    let time = crate::clock::header_now();
    let signed_body: &[u8] = if fault == SignatureFault::Wrong { b"not the body that was sent" } else { &reply.body };
    let (method, path, client_id) = (incoming.signed_method, incoming.path, incoming.client_id);
    let signature = Message { method, path, client_id, time: &time, body: signed_body }.sign(&gateway.signing_key, "1");
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
/// causes before returning (so a test sees them); resends, if any, are the sender's.
pub(crate) async fn complete(
    gateway: &Arc<Gateway>,
    complete: crate::gateway::Complete,
    client_id: &str,
    id: &str,
    passed: bool,
) -> Option<String> {
    let (client_id, id) = (client_id.to_owned(), id.to_owned());
    let outcome = gateway.store(move |store| store.write(|tx| complete(tx, &client_id, &id, passed))).await;
    match outcome {
        Ok((redirect, notifications)) => {
            crate::notify::send_now(gateway, notifications).await;
            redirect
        }
        Err(error) => {
            tracing::error!(%error, "cannot finish the authentication");
            None
        }
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

#[cfg(test)]
mod tests {
    use super::{Method, ProtocolMethod, accepts};

    /// A GET API is called with GET (our client) or with POST (the official SDKs' transport);
    /// a POST API only with POST.
    #[test]
    fn a_call_comes_with_its_declared_method_or_post() {
        assert!(accepts(ProtocolMethod::Post, &Method::POST));
        assert!(!accepts(ProtocolMethod::Post, &Method::GET));
        assert!(accepts(ProtocolMethod::Get, &Method::GET));
        assert!(accepts(ProtocolMethod::Get, &Method::POST));
        assert!(!accepts(ProtocolMethod::Get, &Method::PUT));
    }
}
