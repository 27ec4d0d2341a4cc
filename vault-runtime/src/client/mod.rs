//! The HTTP client: signs each request over the exact bytes sent, verifies each answer against
//! the raw bytes received, and retries unknown outcomes of idempotent APIs with the identical
//! body. One connection pool, shared by every clone.

mod config;
mod error;
mod response;
mod retry;

pub use config::{ClientConfig, ConfigError};
pub use error::{Error, RawBody, SignatureFailure, TransportKind};
pub use response::{ResponseHeaders, Verifier};
pub use retry::RetryPolicy;

use crate::operation::Operation;
use crate::protocol::signature::Message;
use crate::protocol::{Method, gateway_path, headers};
use crate::result::NextStep;
use crate::validation::{ValidationErrors, Violation};
use bytes::Bytes;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use tracing::Instrument as _;

/// A configured Antom client. Cheap to clone: clones share the connection pool and keys.
#[derive(Debug, Clone)]
pub struct Client {
    shared: Arc<Shared>,
    retry: RetryPolicy,
    timeout: Duration,
}

#[derive(Debug)]
struct Shared {
    http: reqwest::Client,
    config: ClientConfig,
}

impl Client {
    /// Builds the client and its connection pool (TLS through rustls), or takes the prepared
    /// HTTP client of the configuration.
    pub fn new(config: ClientConfig) -> Result<Self, ConfigError> {
        let http = match &config.http_client {
            Some(http) => http.clone(),
            None => reqwest::Client::builder()
                .connect_timeout(config.connect_timeout)
                .user_agent(concat!("vault-runtime/", env!("CARGO_PKG_VERSION")))
                .build()
                .map_err(|e| ConfigError::Http(e.to_string()))?,
        };
        let (retry, timeout) = (config.retry, config.timeout);
        Ok(Client { shared: Arc::new(Shared { http, config }), retry, timeout })
    }

    /// The configuration.
    pub fn config(&self) -> &ClientConfig {
        &self.shared.config
    }

    /// A client that shares this one's pool but retries with `retry` (per-call override:
    /// `client.with_retry(RetryPolicy::disabled()).create_vaulting_session(&request)`).
    pub fn with_retry(&self, retry: RetryPolicy) -> Self {
        Client { retry, ..self.clone() }
    }

    /// A client that shares this one's pool but allows each attempt `timeout`.
    pub fn with_timeout(&self, timeout: Duration) -> Self {
        Client { timeout, ..self.clone() }
    }

    /// Calls an API: serialises the request once, then sends those bytes, retrying unknown
    /// outcomes when the API has an idempotency field.
    ///
    /// Each call is a `tracing` span `antom_call` with the API name, and on its end the number
    /// of attempts, the result code (or the kind of failure) and the duration in milliseconds;
    /// each attempt is a span `attempt` inside it. No field holds a body or a secret. To see
    /// them: `tracing_subscriber::fmt().with_env_filter("vault_runtime=info").init()`.
    pub async fn call<O: Operation>(&self, request: &O) -> Result<O::Response, Error<O::Error>> {
        let span = tracing::info_span!(
            "antom_call",
            api = O::NAME,
            attempts = tracing::field::Empty,
            result_code = tracing::field::Empty,
            duration_ms = tracing::field::Empty,
        );
        let started = std::time::Instant::now();
        let (outcome, attempts) = self.call_with_retries(request).instrument(span.clone()).await;
        let duration_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
        let code = result_code(&outcome);
        span.record("attempts", attempts).record("result_code", code).record("duration_ms", duration_ms);
        span.in_scope(|| tracing::info!("answered"));
        outcome
    }

    /// The outcome and the number of attempts it took.
    async fn call_with_retries<O: Operation>(&self, request: &O) -> (Result<O::Response, Error<O::Error>>, u32) {
        // The one place a request's secrets are written in clear: the bytes that are signed and sent.
        let body = match crate::value::secret::reveal(|| serde_json::to_vec(request)) {
            Ok(body) => body,
            Err(e) => {
                let unencodable = Violation::Unencodable { reason: e.to_string() };
                return (Err(Error::InvalidRequest(ValidationErrors::single("", unencodable))), 0);
            }
        };
        let body = Bytes::from(body);
        let config = &self.shared.config;
        let large = config.large_message_base_url.as_deref();
        let base = match crate::protocol::route::base_for(&config.base_url, large, O::LARGE_MESSAGE_GATEWAYS) {
            Ok(base) => base,
            Err(no_gateway) => return (Err(Error::NoGateway(no_gateway)), 0),
        };
        let path = gateway_path(&config.client_id, O::PATH);
        let retries_allowed = O::IDEMPOTENCY_FIELD.is_some();
        let mut attempt = 1;
        loop {
            let span = tracing::info_span!("attempt", attempt);
            let outcome = self.attempt::<O>(base, &path, body.clone(), attempt).instrument(span).await;
            match outcome {
                Err(error)
                    if retries_allowed
                        && attempt < self.retry.max_attempts
                        && error.next_step() == NextStep::RetrySameRequest =>
                {
                    let wait = self.retry.backoff(attempt);
                    tracing::warn!(api = O::NAME, attempt, ?wait, %error, "outcome unknown; sending the same request again");
                    tokio::time::sleep(wait).await;
                    attempt += 1;
                }
                other => return (other, attempt),
            }
        }
    }

    async fn attempt<O: Operation>(
        &self,
        base: &str,
        path: &str,
        body: Bytes,
        attempt: u32,
    ) -> Result<O::Response, Error<O::Error>> {
        let config = &self.shared.config;
        let time = epoch_millis().to_string();
        let message = Message { method: O::METHOD, path, client_id: &config.client_id, time: &time, body: &body };
        let signature = message.sign(&config.merchant_key, &config.key_version);
        tracing::info!(method = %O::METHOD, path, "request");
        let transport = |e: reqwest::Error| transport_error(&e, attempt);
        let response = self
            .shared
            .http
            .request(http_method(O::METHOD), format!("{base}{path}"))
            .header(reqwest::header::CONTENT_TYPE, headers::CONTENT_TYPE_JSON)
            .header(headers::CLIENT_ID, &config.client_id)
            .header(headers::REQUEST_TIME, &time)
            .header(headers::SIGNATURE, signature)
            .timeout(self.timeout)
            .body(body)
            .send()
            .await
            .map_err(transport)?;
        let status = response.status().as_u16();
        let header = |name: &str| response.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_owned);
        let received = ResponseHeaders {
            signature: header(headers::SIGNATURE),
            response_time: header(headers::RESPONSE_TIME),
            client_id: header(headers::CLIENT_ID),
        };
        let raw = response.bytes().await.map_err(transport)?;
        if status != 200 {
            tracing::warn!(api = O::NAME, attempt, status, "unexpected HTTP status");
            return Err(Error::HttpStatus { status, body: RawBody(raw) });
        }
        let verifier =
            Verifier { method: O::METHOD, path, client_id: &config.client_id, key: &config.antom_public_key };
        response::read::<O>(&verifier, &received, raw, attempt)
    }
}

/// The result code of a call's outcome, or the kind of failure, for its span.
fn result_code<R, E: crate::result::ApiError>(outcome: &Result<R, Error<E>>) -> &str {
    match outcome {
        // A response is only ever a success (status `S`), whose code is `SUCCESS`.
        Ok(_) => "SUCCESS",
        Err(Error::Api { error, .. }) => error.code(),
        Err(Error::Transport { .. }) => "(transport failure)",
        Err(Error::InvalidRequest(_)) => "(invalid request, not sent)",
        Err(Error::HttpStatus { .. }) => "(HTTP status)",
        Err(Error::Signature { .. }) => "(signature not accepted)",
        Err(Error::Decode { .. }) => "(undecodable answer)",
        Err(Error::NoGateway(_)) => "(no large-message gateway, not sent)",
    }
}

/// The HTTP method to send: the page's, with the request's JSON body whatever it is (what is
/// sent is what is signed).
fn http_method(method: Method) -> reqwest::Method {
    match method {
        Method::Post => reqwest::Method::POST,
        Method::Get => reqwest::Method::GET,
    }
}

fn epoch_millis() -> u128 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis())
}

fn transport_error<E>(error: &reqwest::Error, attempts: u32) -> Error<E> {
    let kind = if error.is_timeout() {
        TransportKind::Timeout
    } else if error.is_connect() {
        TransportKind::Connect
    } else {
        TransportKind::Interrupted
    };
    let mut message = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(inner) = source {
        message.push_str(": ");
        message.push_str(&inner.to_string());
        source = inner.source();
    }
    Error::Transport { kind, message, attempts }
}
