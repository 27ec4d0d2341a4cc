//! The sandbox's own paths, beside the gateway's: what a test, a person or an orchestrator
//! asks of the sandbox itself rather than of an API. None of them takes an injected fault.
//!
//! - `GET /healthz`: 200 while the process serves.
//! - `GET /readyz`: 200 when the store answers (a transaction reads the sandbox clock), 503
//!   when it does not or when the sandbox is stopping.
//! - `GET /sandbox/clock`: the sandbox clock, `{"now": "2026-01-01T12:00:00+08:00"}`.
//! - `POST /sandbox/clock` with `{"advanceSeconds": 3600}`: moves it forward, for every process
//!   on the same store; answers the new time. Session, payment and authorisation expiries
//!   follow it.
//! - `GET /dashboard` and its actions ([`crate::dashboard`]).

use crate::gateway::Gateway;
use crate::store::StoreError;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

/// The sandbox clock's path.
pub const CLOCK_PATH: &str = "/sandbox/clock";
/// The liveness path: 200 while the process serves.
pub const HEALTH_PATH: &str = "/healthz";
/// The readiness path: 200 when the store answers.
pub const READY_PATH: &str = "/readyz";

/// How long readiness waits for the store.
const READY_TIMEOUT: Duration = Duration::from_secs(2);

/// The router of the sandbox's own paths.
pub(crate) fn routes() -> axum::Router<Arc<Gateway>> {
    use axum::routing::get;
    axum::Router::new()
        .route(HEALTH_PATH, get(|| async { json(StatusCode::OK, &serde_json::json!({ "status": "serving" })) }))
        .route(READY_PATH, get(ready))
        .route(CLOCK_PATH, get(read_clock).post(advance_clock))
        .merge(crate::dashboard::routes())
}

async fn ready(State(gateway): State<Arc<Gateway>>) -> Response {
    if gateway.stopping.load(Ordering::SeqCst) {
        return json(StatusCode::SERVICE_UNAVAILABLE, &serde_json::json!({ "ready": false, "error": "stopping" }));
    }
    let answered = tokio::time::timeout(READY_TIMEOUT, gateway.store(|store| store.now())).await;
    match answered {
        Ok(Ok(_)) => json(StatusCode::OK, &serde_json::json!({ "ready": true })),
        Ok(Err(error)) => {
            json(StatusCode::SERVICE_UNAVAILABLE, &serde_json::json!({ "ready": false, "error": error.to_string() }))
        }
        Err(_) => json(
            StatusCode::SERVICE_UNAVAILABLE,
            &serde_json::json!({ "ready": false, "error": "the store did not answer within 2 s" }),
        ),
    }
}

/// What `POST /sandbox/clock` takes.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Advance {
    advance_seconds: u64,
}

async fn read_clock(State(gateway): State<Arc<Gateway>>) -> Response {
    clock_answer(gateway.store(|store| store.now()).await)
}

async fn advance_clock(State(gateway): State<Arc<Gateway>>, body: Bytes) -> Response {
    let by = match serde_json::from_slice::<Advance>(&body) {
        Ok(advance) => Duration::from_secs(advance.advance_seconds),
        Err(e) => {
            let message = format!("expected {{\"advanceSeconds\": N}} with N a whole number of seconds: {e}");
            return json(StatusCode::BAD_REQUEST, &serde_json::json!({ "error": message }));
        }
    };
    clock_answer(advance(&gateway, by).await)
}

/// Opens a dispute on a client's captured payment and sends its notifications: the dispute's
/// id, or why none was opened.
pub(crate) async fn open_dispute(
    gateway: &Arc<Gateway>,
    client_id: &str,
    payment_id: &str,
) -> Result<Result<String, String>, StoreError> {
    use crate::apis::disputes::{Refused, open};
    let (client_id, payment_id) = (client_id.to_owned(), payment_id.to_owned());
    let (opened, notifications) =
        gateway.store(move |store| store.write(|tx| open(tx, &client_id, &payment_id))).await?;
    crate::notify::send_now(gateway, notifications).await;
    Ok(match opened {
        Ok(dispute) => Ok(dispute.dispute_id),
        Err(Refused::NoCapturedPayment) => Err("the client has no captured payment with this id".to_owned()),
        Err(Refused::AlreadyDisputed(id)) => Err(format!("the payment is already disputed ({id})")),
    })
}

/// Moves the sandbox clock forward by `by`, then lets the families act on the new time
/// (subscriptions charge the periods that started) and sends what that notifies; the new now.
pub(crate) async fn advance(gateway: &Arc<Gateway>, by: Duration) -> Result<vault_runtime::DateTime, StoreError> {
    let (now, notifications) = gateway
        .store(move |store| {
            let now = store.advance_clock(by)?;
            let ((), notifications) = store.write(crate::apis::on_clock)?;
            Ok((now, notifications))
        })
        .await?;
    crate::notify::send_now(gateway, notifications).await;
    Ok(now)
}

fn clock_answer(now: Result<vault_runtime::DateTime, StoreError>) -> Response {
    match now {
        Ok(now) => json(StatusCode::OK, &serde_json::json!({ "now": now })),
        Err(error) => json(StatusCode::INTERNAL_SERVER_ERROR, &serde_json::json!({ "error": error.to_string() })),
    }
}

fn json(status: StatusCode, value: &serde_json::Value) -> Response {
    (status, [(axum::http::header::CONTENT_TYPE, "application/json")], value.to_string()).into_response()
}
