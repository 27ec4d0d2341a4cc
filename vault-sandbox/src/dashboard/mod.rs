//! `GET /dashboard`: what the sandbox holds, for a person: the newest calls (bodies redacted),
//! payments with their money, vaultings, notifications with their attempts, the newest
//! records of every kind, and actions (finish 3-D Secure, advance the clock, inject a fault).
//! Server-rendered HTML ([`page`]), read in one store transaction ([`view`]); a reload shows
//! the new state.

mod actions;
mod page;
mod view;

use crate::gateway::Gateway;
use axum::extract::State;
use axum::http::{StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use std::sync::Arc;

/// The dashboard's path.
pub const DASHBOARD_PATH: &str = "/dashboard";

/// The dashboard and its actions.
pub(crate) fn routes() -> axum::Router<Arc<Gateway>> {
    axum::Router::new().route(DASHBOARD_PATH, axum::routing::get(dashboard)).merge(actions::routes())
}

async fn dashboard(State(gateway): State<Arc<Gateway>>, uri: Uri) -> Response {
    let shared = Arc::clone(&gateway);
    let view = gateway.store(move |store| store.read(|tx| view::gather(tx, &shared))).await;
    let note = uri.query().and_then(|query| {
        url::form_urlencoded::parse(query.as_bytes())
            .find(|(name, _)| name == "note")
            .map(|(_, note)| note.into_owned())
    });
    match view {
        Ok(view) => {
            let html = page::render(&view, note.as_deref()).into_string();
            let headers = [(header::CONTENT_TYPE, "text/html; charset=utf-8"), (header::CACHE_CONTROL, "no-store")];
            (StatusCode::OK, headers, html).into_response()
        }
        Err(error) => {
            tracing::error!(%error, "cannot read the dashboard");
            (StatusCode::INTERNAL_SERVER_ERROR, format!("the sandbox cannot read its store: {error}")).into_response()
        }
    }
}
