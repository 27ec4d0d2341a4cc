//! A local server that speaks Antom's signed protocol for the APIs of `api-docs/`.
//!
//! - Serves `/ams/api/v1/...` and `/ams/sandbox/api/v1/...`: card vaulting, and payments with
//!   a vaulted card (authorise, capture, cancel, refund, inquire) whose money is kept straight:
//!   never more captured than authorised, never more refunded than captured. Every other API
//!   of the pages is answered from its page: a success built from the response's model (every
//!   required field within its limits, the request's same-named fields echoed), kept per id.
//! - Checkout (a payment session the buyer pays at `/sandbox/checkout/`), subscriptions (each
//!   period charged by the sandbox clock), disputes (opened by a sandbox action, accepted or
//!   defended), authorizations (tokens that work until revoked) and a marketplace's balances
//!   (settle, payouts and transfers that never overdraw), each with its notifications.
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
//! - Runs as a service: `GET /healthz` and `GET /readyz`, a graceful stop on SIGTERM and
//!   Ctrl-C ([`RunningSandbox::shutdown`]), notifications only to allowed addresses
//!   ([`Sandbox::notify_allow`]), an optional per-client rate limit ([`Sandbox::rate_limit`]),
//!   and a page a person reads, `GET /dashboard`, with actions (3-D Secure, the clock, faults).
//!
//! In-process: `let sandbox = Sandbox::new().start().await?;` then point a client at
//! `sandbox.url()` with the [`test_keys`]. As a binary: `cargo run -p vault-sandbox -- --help`.
#![deny(missing_docs)]

mod allow;
mod apis;
mod clock;
mod control;
mod dashboard;
mod endpoint;
mod faults;
mod gateway;
mod limit;
mod notify;
mod redact;
mod running;
mod server;
mod state;
mod store;
pub mod test_keys;

pub use allow::{AllowEntry, loopback};
pub use control::{CLOCK_PATH, HEALTH_PATH, READY_PATH};
pub use dashboard::DASHBOARD_PATH;
pub use endpoint::Caller;
pub use faults::{Fault, Faults, SignatureFault};
pub use notify::{DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_RESEND_SCHEDULE};
pub use running::{RunningSandbox, SHUTDOWN_GRACE};
pub use state::{
    Account, Authorization, AuthorizationState, Capture, CaptureMode, Delivery, Dispute, DisputeState, Payment,
    PaymentState, RecordedCall, Refund, Session, Settlement, Subscription, SubscriptionState, Transfer, Vaulting,
    VaultingState,
};
pub use store::{Retention, Storage, StoreError, StoreErrorKind};

use gateway::Gateway;
use std::net::SocketAddr;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;
use store::Store;
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
    /// The HTTP client that delivers notifications could not be built.
    #[error("cannot build the notification sender: {0}")]
    Notifier(String),
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
    attempt_timeout: Duration,
    storage: Storage,
    retention: Retention,
    notify_allow: Vec<AllowEntry>,
    rate_limit: Option<NonZeroU32>,
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
            attempt_timeout: DEFAULT_ATTEMPT_TIMEOUT,
            storage: Storage::Memory,
            retention: Retention::default(),
            notify_allow: loopback(),
            rate_limit: None,
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

    /// How long the merchant may take to answer a notification before the attempt counts as
    /// failed (a time-out) and the notification is sent again on the schedule (default
    /// [`DEFAULT_ATTEMPT_TIMEOUT`]; at most the sender's 30 s claim on a notification).
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.attempt_timeout = timeout.min(notify::LEASE);
        self
    }

    /// Where notifications may be sent (default [`loopback`]): host names, and networks every
    /// address of a URL's host must lie in. A notification to any other address is recorded
    /// as refused, with the reason, and never sent. The list replaces the default: keep
    /// loopback with `127.0.0.0/8` and `::1`; allow everything with `0.0.0.0/0` and `::/0`.
    pub fn notify_allow(mut self, entries: impl IntoIterator<Item = AllowEntry>) -> Self {
        self.notify_allow = entries.into_iter().collect();
        self
    }

    /// At most `calls_per_second` calls a second from each client id (in bursts of as many);
    /// a call past it is answered `REQUEST_TRAFFIC_EXCEED_LIMIT` (`U`), as Antom's gateway
    /// answers, so that a client's backoff can be tried. Off by default.
    pub fn rate_limit(mut self, calls_per_second: NonZeroU32) -> Self {
        self.rate_limit = Some(calls_per_second);
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
    /// dropped or [shut down](RunningSandbox::shutdown); notifications left unsent in the store
    /// are sent.
    pub async fn start(self) -> Result<RunningSandbox, StartError> {
        let (storage, retention) = (self.storage.clone(), self.retention);
        let store = tokio::task::spawn_blocking(move || Store::open(&storage, retention))
            .await
            .map_err(|e| StoreError::database(format!("the store did not open: {e}")))??;
        let listener = tokio::net::TcpListener::bind(self.listen)
            .await
            .map_err(|source| StartError::Bind { addr: self.listen, source })?;
        let addr = listener.local_addr().map_err(|source| StartError::Bind { addr: self.listen, source })?;
        let notify_allow = Arc::new(allow::Allowed::new(&self.notify_allow));
        let http = notify::http_client(&notify_allow).map_err(|e| StartError::Notifier(e.to_string()))?;
        let gateway = Arc::new(Gateway {
            merchant_public_key: AntomPublicKey::from_text(&self.merchant_public_key)?,
            signing_key: MerchantKey::from_text(&self.signing_key)?,
            client_ids: self.client_ids,
            endpoints: apis::endpoints(),
            pages: apis::pages(),
            kinds: apis::kinds(),
            store: Arc::new(store),
            faults: Faults::default(),
            url: format!("http://{addr}"),
            http,
            resend_after: self.resend_after,
            attempt_timeout: self.attempt_timeout,
            outbox_ready: tokio::sync::Notify::new(),
            notify_allow,
            limit: self.rate_limit.map(limit::Limit::new),
            calls: tokio_util::task::TaskTracker::new(),
            deliveries: tokio_util::task::TaskTracker::new(),
            stopping: std::sync::atomic::AtomicBool::new(false),
        });
        Ok(running::serve(gateway, listener, addr))
    }
}
