//! A local server that speaks Antom's signed protocol for the APIs of `api-docs/`.
//!
//! - Serves `/ams/api/v1/...` and `/ams/sandbox/api/v1/...`: card vaulting, and payments with
//!   a vaulted card (authorise, capture, cancel, refund, inquire) whose money is kept straight:
//!   never more captured than authorised, never more refunded than captured.
//! - Verifies request signatures with the merchant's public key (`INVALID_SIGNATURE`), and
//!   optionally restricts client ids (`INVALID_CLIENT`).
//! - Checks bodies against the page's constraints by decoding them into the generated request
//!   types (`PARAM_ILLEGAL`, naming the field and the rule).
//! - Keeps final answers per idempotency id: the same id and body get the same answer; the same
//!   id with another body gets `REPEAT_REQ_INCONSISTENT` and changes nothing.
//! - Signs every answer with its own key; header names are lower case.
//! - Sends notifyVaulting, notifyPayment, notifyCapture and notifyRefund, signed, to the URLs
//!   of the requests, again on a shortened schedule until the exact acknowledgement arrives
//!   ([`Sandbox::resend_schedule`]); every attempt is recorded ([`RunningSandbox::deliveries`]).
//! - Fault injection for tests ([`Faults`]).
//! - Keeps its world in a store ([`Storage`]): in memory (the default), in a SQLite file that
//!   survives restarts, or in PostgreSQL shared by several sandbox processes. Every call runs
//!   in one transaction; the money rules and idempotency hold across processes.
//! - A sandbox clock that tests and people move forward (`POST /sandbox/clock`,
//!   [`RunningSandbox::advance_clock`]): expiries follow it.
//! - Keeps a bounded log of calls ([`Retention`]) with their secrets redacted.
//!
//! In-process: `let sandbox = Sandbox::new().start().await?;` then point a client at
//! `sandbox.url()` with the [`test_keys`]. As a binary: `cargo run -p vault-sandbox -- --help`.
#![deny(missing_docs)]

mod apis;
mod clock;
mod control;
mod endpoint;
mod faults;
mod gateway;
mod notify;
mod redact;
mod server;
mod state;
mod store;
pub mod test_keys;

pub use control::CLOCK_PATH;
pub use endpoint::Caller;
pub use faults::{Fault, Faults, SignatureFault};
pub use notify::DEFAULT_RESEND_SCHEDULE;
pub use state::{
    Capture, CaptureMode, Delivery, Payment, PaymentState, RecordedCall, Refund, Session, Vaulting, VaultingState,
};
pub use store::{Retention, Storage, StoreError, StoreErrorKind};

use gateway::Gateway;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use store::{Record, Store};
use vault_runtime::DateTime;
use vault_runtime::protocol::keys::{AntomPublicKey, KeyError, MerchantKey};

/// A sandbox that could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// A key was rejected.
    #[error(transparent)]
    Key(#[from] KeyError),
    /// The store could not be opened.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The address could not be bound.
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        /// The address.
        addr: SocketAddr,
        /// Why.
        source: std::io::Error,
    },
}

/// Sandbox settings; [`Sandbox::new`] uses the TEST-ONLY keys and a free loopback port.
#[derive(Debug, Clone)]
pub struct Sandbox {
    listen: SocketAddr,
    merchant_public_key: String,
    signing_key: String,
    client_ids: Vec<String>,
    resend_after: Vec<Duration>,
    storage: Storage,
    retention: Retention,
}

impl Default for Sandbox {
    fn default() -> Self {
        Self::new()
    }
}

impl Sandbox {
    /// Loopback, a free port, the TEST-ONLY keys, any client id.
    pub fn new() -> Self {
        Sandbox {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            merchant_public_key: test_keys::MERCHANT_PUBLIC_KEY.to_owned(),
            signing_key: test_keys::SANDBOX_PRIVATE_KEY.to_owned(),
            client_ids: Vec::new(),
            resend_after: DEFAULT_RESEND_SCHEDULE.to_vec(),
            storage: Storage::Memory,
            retention: Retention::default(),
        }
    }

    /// Where the world is kept (default [`Storage::Memory`]).
    pub fn store(mut self, storage: Storage) -> Self {
        self.storage = storage;
        self
    }

    /// How much of the call log is kept (default [`Retention::default`]).
    pub fn retention(mut self, retention: Retention) -> Self {
        self.retention = retention;
        self
    }

    /// When a notification the merchant did not acknowledge is sent again, after the first
    /// attempt (default [`DEFAULT_RESEND_SCHEDULE`]); an empty schedule sends each once.
    pub fn resend_schedule(mut self, after: impl IntoIterator<Item = Duration>) -> Self {
        self.resend_after = after.into_iter().collect();
        self
    }

    /// Where to listen.
    pub fn listen(mut self, addr: SocketAddr) -> Self {
        self.listen = addr;
        self
    }

    /// The merchant's public key (PEM or base64), which verifies requests.
    pub fn merchant_public_key(mut self, key: impl Into<String>) -> Self {
        self.merchant_public_key = key.into();
        self
    }

    /// The key (PEM or base64, PKCS#8 or PKCS#1) that signs answers.
    pub fn signing_key(mut self, key: impl Into<String>) -> Self {
        self.signing_key = key.into();
        self
    }

    /// Accepts only these client ids (any id when none is given).
    pub fn client_ids(mut self, ids: impl IntoIterator<Item = String>) -> Self {
        self.client_ids = ids.into_iter().collect();
        self
    }

    /// Opens the store, binds, and serves in the background until the returned handle is
    /// dropped; notifications left unsent in the store are sent.
    pub async fn start(self) -> Result<RunningSandbox, StartError> {
        let (storage, retention) = (self.storage.clone(), self.retention);
        let store = tokio::task::spawn_blocking(move || Store::open(&storage, retention))
            .await
            .map_err(|e| StoreError::database(format!("the store did not open: {e}")))??;
        let listener = tokio::net::TcpListener::bind(self.listen)
            .await
            .map_err(|source| StartError::Bind { addr: self.listen, source })?;
        let addr = listener.local_addr().map_err(|source| StartError::Bind { addr: self.listen, source })?;
        let gateway = Arc::new(Gateway {
            merchant_public_key: AntomPublicKey::from_text(&self.merchant_public_key)?,
            signing_key: MerchantKey::from_text(&self.signing_key)?,
            client_ids: self.client_ids,
            endpoints: apis::endpoints(),
            pages: apis::pages(),
            store: Arc::new(store),
            faults: Faults::default(),
            url: format!("http://{addr}"),
            http: reqwest::Client::new(),
            resend_after: self.resend_after,
            outbox_ready: tokio::sync::Notify::new(),
        });
        let shared = Arc::clone(&gateway);
        // Each call is processed in its own task, so a client that gives up (timeout, closed
        // connection) does not cancel it: like a real server, the work still happens.
        let router = axum::Router::new().fallback(move |method, uri, headers, body| {
            let call = tokio::spawn(server::handle(Arc::clone(&shared), method, uri, headers, body));
            async move { call.await.unwrap_or_else(|_| server::internal_error()) }
        });
        let (stop, stopped) = tokio::sync::watch::channel(());
        tokio::spawn(notify::run(Arc::clone(&gateway), stopped.clone()));
        let mut stopped = stopped;
        tokio::spawn(async move {
            let shutdown = async move {
                let _ = stopped.changed().await;
            };
            if let Err(error) = axum::serve(listener, router).with_graceful_shutdown(shutdown).await {
                tracing::error!(%error, "sandbox server stopped");
            }
        });
        Ok(RunningSandbox { addr, gateway, _stop: stop })
    }
}

/// A running sandbox; it stops when this is dropped.
pub struct RunningSandbox {
    addr: SocketAddr,
    gateway: Arc<Gateway>,
    _stop: tokio::sync::watch::Sender<()>,
}

impl RunningSandbox {
    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://ADDR`, the base URL for a client.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Fault injection for the next calls.
    pub fn faults(&self) -> &Faults {
        &self.gateway.faults
    }

    /// Every record of a kind, oldest first (empty, with the error logged, if the store fails).
    fn list<R: Record + Send>(&self) -> Vec<R> {
        let listed = self.gateway.store.blocking(|store| store.read(|tx| tx.list::<R>()));
        listed.unwrap_or_else(|error| {
            tracing::error!(%error, "cannot read the store");
            Vec::new()
        })
    }

    /// The calls the log holds (see [`Retention`]), bodies redacted.
    pub fn calls(&self) -> Vec<RecordedCall> {
        self.gateway.store.blocking(Store::calls).unwrap_or_else(|error| {
            tracing::error!(%error, "cannot read the call log");
            Vec::new()
        })
    }

    /// The sessions created so far.
    pub fn sessions(&self) -> Vec<Session> {
        self.list()
    }

    /// The card vaultings so far.
    pub fn vaultings(&self) -> Vec<Vaulting> {
        self.list()
    }

    /// The payments so far.
    pub fn payments(&self) -> Vec<Payment> {
        self.list()
    }

    /// The refunds so far.
    pub fn refunds(&self) -> Vec<Refund> {
        self.list()
    }

    /// Every attempt to deliver a notification so far, with the merchant's answers.
    pub fn deliveries(&self) -> Vec<Delivery> {
        self.gateway.store.blocking(Store::deliveries).unwrap_or_else(|error| {
            tracing::error!(%error, "cannot read the deliveries");
            Vec::new()
        })
    }

    /// Waits until at least `count` delivery attempts were made (or `timeout` passes), then
    /// returns every attempt.
    pub async fn wait_for_deliveries(&self, count: usize, timeout: std::time::Duration) -> Vec<Delivery> {
        let deadline = tokio::time::Instant::now() + timeout;
        let count = i64::try_from(count).unwrap_or(i64::MAX);
        while tokio::time::Instant::now() < deadline {
            if self.gateway.store(Store::delivery_count).await.is_ok_and(|made| made >= count) {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
        self.deliveries()
    }

    /// Moves the sandbox clock forward by `by`, for every sandbox on the same store; returns
    /// the new time. Session, payment and authorisation expiries follow the clock.
    pub async fn advance_clock(&self, by: Duration) -> Result<DateTime, StoreError> {
        self.gateway.store(move |store| store.advance_clock(by)).await
    }

    /// Now by the sandbox clock.
    pub async fn now(&self) -> Result<DateTime, StoreError> {
        self.gateway.store(Store::now).await
    }

    /// Plays the buyer finishing (or failing) 3-D Secure verification of a vaulting, as
    /// opening its verification URL does; the merchant is notified. Returns whether such a
    /// vaulting was waiting for verification.
    pub async fn complete_verification(&self, client_id: &str, vaulting_request_id: &str, verified: bool) -> bool {
        let complete = apis::VERIFICATION_PAGE.complete;
        server::complete(&self.gateway, complete, client_id, vaulting_request_id, verified).await.is_some()
    }

    /// Plays the buyer passing (or failing) 3-D Secure for a payment that answered
    /// `PAYMENT_IN_PROCESS`, as opening its authentication URL does; the merchant is notified.
    /// Returns whether such a payment was waiting for authentication.
    pub async fn complete_payment_authentication(
        &self,
        client_id: &str,
        payment_request_id: &str,
        passed: bool,
    ) -> bool {
        let complete = apis::AUTHENTICATION_PAGE.complete;
        server::complete(&self.gateway, complete, client_id, payment_request_id, passed).await.is_some()
    }

    /// Serves until Ctrl-C is pressed, then stops the server (the binary's main loop).
    pub async fn run_until_ctrl_c(self) {
        let _ = tokio::signal::ctrl_c().await;
    }
}
