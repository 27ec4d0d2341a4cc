//! The dashboard's actions: plain HTML forms posting to sandbox-only paths, each answered with
//! a redirect back to the page (which then shows the new state and a note of what was done).
//!
//! A form may only be posted from the sandbox's own pages: a request whose `Origin` is another
//! site (a page elsewhere that a person's browser has open) is refused, so that no other site
//! can move the clock or finish an authentication behind a person's back.

use super::DASHBOARD_PATH;
use crate::faults::Fault;
use crate::gateway::Gateway;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;
use vault_runtime::ResultStatus;

/// Finishes a pending 3-D Secure authentication (`kind`, `client_id`, `id`, `outcome=pass|fail`).
pub(crate) const AUTHENTICATE: &str = "/sandbox/actions/authenticate";
/// Advances the sandbox clock (`seconds`).
pub(crate) const CLOCK: &str = "/sandbox/actions/clock";
/// Queues a fault for the next calls (`fault`, `count`, and `code`, `status` for `fault=code`).
pub(crate) const FAULT: &str = "/sandbox/actions/fault";
/// Opens a chargeback dispute on a captured payment (`client_id`, `payment_id`), as the
/// buyer's issuer does.
pub(crate) const DISPUTE: &str = "/sandbox/actions/dispute";
/// Removes every queued fault.
pub(crate) const CLEAR_FAULTS: &str = "/sandbox/actions/clear-faults";

/// The most calls one form may queue a fault for.
const MOST_FAULTS: usize = 1000;

/// The router of the actions.
pub(crate) fn routes() -> axum::Router<Arc<Gateway>> {
    use axum::routing::post;
    axum::Router::new()
        .route(AUTHENTICATE, post(authenticate))
        .route(CLOCK, post(clock))
        .route(FAULT, post(fault))
        .route(CLEAR_FAULTS, post(clear_faults))
        .route(DISPUTE, post(dispute))
}

type Form = HashMap<String, String>;

/// The form's fields, once the request is known to come from the sandbox's own page (`None`
/// when it is not: answer [`forbidden`]).
fn form(headers: &HeaderMap, body: &[u8]) -> Option<Form> {
    let origin = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok());
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let foreign =
        origin.is_some_and(|origin| origin != format!("http://{host}") && origin != format!("https://{host}"));
    let cross_site = headers.get("sec-fetch-site").is_some_and(|v| v.as_bytes() == b"cross-site");
    if foreign || cross_site {
        return None;
    }
    Some(url::form_urlencoded::parse(body).into_owned().collect())
}

fn forbidden() -> Response {
    (StatusCode::FORBIDDEN, "this action may only be posted from the sandbox's own dashboard").into_response()
}

/// Back to the dashboard, with a note of what happened.
fn back(note: &str) -> Response {
    let query: String = url::form_urlencoded::Serializer::new(String::new()).append_pair("note", note).finish();
    (StatusCode::SEE_OTHER, [(header::LOCATION, format!("{DASHBOARD_PATH}?{query}"))]).into_response()
}

fn field<'f>(form: &'f Form, name: &str) -> &'f str {
    form.get(name).map_or("", String::as_str)
}

async fn authenticate(State(gateway): State<Arc<Gateway>>, headers: HeaderMap, body: Bytes) -> Response {
    let Some(form) = form(&headers, &body) else { return forbidden() };
    let (kind, client_id, id) = (field(&form, "kind"), field(&form, "client_id"), field(&form, "id"));
    let passed = field(&form, "outcome") != "fail";
    let Some(page) = gateway.pages.iter().find(|page| page.kind == kind) else {
        return back(&format!("no buyer page finishes a {kind}"));
    };
    let verb = if passed { "passed" } else { "failed" };
    match crate::server::complete(&gateway, page.complete, client_id, id, passed).await {
        Some(_) => back(&format!("3-D Secure {verb} for the {kind} {id} of {client_id}")),
        None => back(&format!("no {kind} {id} of {client_id} waits for 3-D Secure")),
    }
}

async fn clock(State(gateway): State<Arc<Gateway>>, headers: HeaderMap, body: Bytes) -> Response {
    let Some(form) = form(&headers, &body) else { return forbidden() };
    let Ok(seconds) = field(&form, "seconds").trim().parse::<u64>() else {
        return back("the clock did not move: give a whole number of seconds");
    };
    match crate::control::advance(&gateway, Duration::from_secs(seconds)).await {
        Ok(now) => back(&format!("the clock moved {seconds} s forward, to {}", now.to_rfc3339())),
        Err(error) => back(&format!("the clock did not move: {error}")),
    }
}

async fn fault(State(gateway): State<Arc<Gateway>>, headers: HeaderMap, body: Bytes) -> Response {
    let Some(form) = form(&headers, &body) else { return forbidden() };
    let count = field(&form, "count").trim().parse::<usize>().unwrap_or(1).clamp(1, MOST_FAULTS);
    let fault = match field(&form, "fault") {
        "unknown" => Fault::unknown(),
        "code" => {
            let code = field(&form, "code").trim();
            let status = match field(&form, "status") {
                "S" => ResultStatus::S,
                "U" => ResultStatus::U,
                _ => ResultStatus::F,
            };
            if code.is_empty() || code.len() > 64 || !code.bytes().all(|b| b.is_ascii_uppercase() || b == b'_') {
                return back("no fault queued: a code is capital letters and underscores, such as PROCESS_FAIL");
            }
            Fault::answer(code, status)
        }
        "delay" => Fault::delay(Duration::from_secs(2)),
        "drop" => Fault::drop_connection(),
        "unsigned" => Fault::normal().unsigned(),
        "wrong-signature" => Fault::normal().wrong_signature(),
        other => return back(&format!("no fault queued: `{other}` is not a fault the sandbox knows")),
    };
    gateway.faults.push(fault, count);
    back(&format!("the next {count} call(s) get the fault"))
}

async fn dispute(State(gateway): State<Arc<Gateway>>, headers: HeaderMap, body: Bytes) -> Response {
    let Some(form) = form(&headers, &body) else { return forbidden() };
    let (client_id, payment_id) = (field(&form, "client_id").trim(), field(&form, "payment_id").trim());
    match crate::control::open_dispute(&gateway, client_id, payment_id).await {
        Ok(Ok(id)) => back(&format!("dispute {id} opened on the payment {payment_id} of {client_id}")),
        Ok(Err(why)) => back(&format!("no dispute opened: {why}")),
        Err(error) => back(&format!("no dispute opened: {error}")),
    }
}

async fn clear_faults(State(gateway): State<Arc<Gateway>>, headers: HeaderMap, body: Bytes) -> Response {
    if form(&headers, &body).is_none() {
        return forbidden();
    }
    gateway.faults.clear();
    back("every fault was removed")
}
