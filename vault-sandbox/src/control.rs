//! The sandbox's own control paths, beside the buyer pages under `/sandbox/`: what a test or a
//! person does to the sandbox itself rather than to an API.
//!
//! - `GET /sandbox/clock`: the sandbox clock, `{"now": "2026-01-01T12:00:00+08:00"}`.
//! - `POST /sandbox/clock` with `{"advanceSeconds": 3600}`: moves it forward, for every process
//!   on the same store; answers the new time. Session, payment and authorisation expiries
//!   follow it.

use crate::gateway::Gateway;
use axum::body::Body;
use axum::http::{Method, StatusCode};
use axum::response::Response;
use serde::Deserialize;
use std::sync::Arc;
use std::time::Duration;

/// The sandbox clock's path.
pub const CLOCK_PATH: &str = "/sandbox/clock";

/// What `POST /sandbox/clock` takes.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Advance {
    advance_seconds: u64,
}

/// The answer of a control path, or `None` when `path` is not one.
pub(crate) async fn serve(gateway: &Arc<Gateway>, method: &Method, path: &str, body: &[u8]) -> Option<Response> {
    if path != CLOCK_PATH {
        return None;
    }
    let by = match *method {
        Method::GET => Duration::ZERO,
        Method::POST => match serde_json::from_slice::<Advance>(body) {
            Ok(advance) => Duration::from_secs(advance.advance_seconds),
            Err(e) => {
                let message = format!("expected {{\"advanceSeconds\": N}} with N a whole number of seconds: {e}");
                return Some(json(StatusCode::BAD_REQUEST, &serde_json::json!({ "error": message })));
            }
        },
        _ => return Some(json(StatusCode::METHOD_NOT_ALLOWED, &serde_json::json!({ "error": "use GET or POST" }))),
    };
    let moved = if by.is_zero() {
        gateway.store(|store| store.now()).await
    } else {
        gateway.store(move |store| store.advance_clock(by)).await
    };
    Some(match moved {
        Ok(now) => json(StatusCode::OK, &serde_json::json!({ "now": now })),
        Err(error) => json(StatusCode::INTERNAL_SERVER_ERROR, &serde_json::json!({ "error": error.to_string() })),
    })
}

fn json(status: StatusCode, value: &serde_json::Value) -> Response {
    let mut response = Response::new(Body::from(value.to_string()));
    *response.status_mut() = status;
    if let Ok(value) = "application/json".parse() {
        response.headers_mut().insert("content-type", value);
    }
    response
}
