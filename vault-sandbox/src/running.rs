//! A sandbox that serves: the router (the sandbox's own paths, then the gateway), the
//! notification sender, what tests read of it, and a graceful stop.

use crate::gateway::Gateway;
use crate::state::{
    Account, Delivery, Dispute, Payment, RecordedCall, Refund, Session, Subscription, Transfer, Vaulting,
};
use crate::store::{Record, Store, StoreError};
use crate::{Faults, apis, server};
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, Method, Uri};
use axum::response::Response;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;
use tokio::task::JoinHandle;
use vault_runtime::DateTime;

/// How long a graceful stop waits for calls and delivery attempts in flight.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

/// A running sandbox; it stops when this is dropped, or gracefully with
/// [`RunningSandbox::shutdown`].
pub struct RunningSandbox {
    addr: SocketAddr,
    gateway: Arc<Gateway>,
    stop: tokio::sync::watch::Sender<()>,
    server: JoinHandle<()>,
    sender: JoinHandle<()>,
}

/// Serves on `listener` until stopped.
pub(crate) fn serve(gateway: Arc<Gateway>, listener: tokio::net::TcpListener, addr: SocketAddr) -> RunningSandbox {
    let router = crate::control::routes().fallback(gateway_call).with_state(Arc::clone(&gateway));
    let (stop, stopped) = tokio::sync::watch::channel(());
    let sender = tokio::spawn(crate::notify::run(Arc::clone(&gateway), stopped.clone()));
    let mut stopped = stopped;
    let server = tokio::spawn(async move {
        let shutdown = async move {
            let _ = stopped.changed().await;
        };
        if let Err(error) = axum::serve(listener, router).with_graceful_shutdown(shutdown).await {
            tracing::error!(%error, "sandbox server stopped");
        }
    });
    RunningSandbox { addr, gateway, stop, server, sender }
}

/// A call to the gateway (`/ams/...`) or a buyer page. Each is processed in its own task, so
/// a client that gives up (timeout, closed connection) does not cancel it: like a real
/// server, the work still happens, and a graceful stop waits for it.
async fn gateway_call(
    State(gateway): State<Arc<Gateway>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let call = gateway.calls.spawn(server::handle(Arc::clone(&gateway), method, uri, headers, body));
    call.await.unwrap_or_else(|_| server::internal_error())
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

    /// The calls the log holds (see [`Retention`](crate::Retention)), bodies redacted.
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

    /// The subscriptions so far.
    pub fn subscriptions(&self) -> Vec<Subscription> {
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
    /// the new time. Session, payment and authorisation expiries follow the clock, and the
    /// subscription periods that started are charged (their notifications sent).
    pub async fn advance_clock(&self, by: Duration) -> Result<DateTime, StoreError> {
        crate::control::advance(&self.gateway, by).await
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

    /// Plays the buyer paying (or failing to pay) a Checkout payment made by
    /// createPaymentSession, as opening its `normalUrl` does; the merchant is notified.
    /// Returns whether such a payment was waiting for the buyer.
    pub async fn complete_checkout(&self, client_id: &str, payment_request_id: &str, paid: bool) -> bool {
        let complete = apis::CHECKOUT_PAGE.complete;
        server::complete(&self.gateway, complete, client_id, payment_request_id, paid).await.is_some()
    }

    /// Plays the user authorising (or refusing) a subscription made by subscriptions/create,
    /// as opening its `normalUrl` does; the merchant is notified and the first period charged
    /// when it has started. Returns whether such a subscription was waiting for the user.
    pub async fn authorise_subscription(&self, client_id: &str, subscription_request_id: &str, agreed: bool) -> bool {
        let complete = apis::SUBSCRIPTION_PAGE.complete;
        server::complete(&self.gateway, complete, client_id, subscription_request_id, agreed).await.is_some()
    }

    /// Plays the buyer's issuer opening a chargeback dispute on the client's captured payment
    /// (as the dashboard's action `/sandbox/actions/dispute` does); notifyDispute and
    /// notifyDefenseDocument are sent. Returns the dispute's id, or why none was opened.
    pub async fn open_dispute(&self, client_id: &str, payment_id: &str) -> Result<String, String> {
        match crate::control::open_dispute(&self.gateway, client_id, payment_id).await {
            Ok(opened) => opened,
            Err(error) => Err(error.to_string()),
        }
    }

    /// The balance accounts of every marketplace, with what they hold.
    pub fn accounts(&self) -> Vec<Account> {
        self.list()
    }

    /// The payouts and transfers made so far.
    pub fn transfers(&self) -> Vec<Transfer> {
        self.list()
    }

    /// The disputes so far.
    pub fn disputes(&self) -> Vec<Dispute> {
        self.list()
    }

    /// Plays the user agreeing to (or refusing) an authorization asked by consult, as opening
    /// its `authUrl` does: the URL the user is sent back to (with `authCode` and `authState`
    /// when agreed), or `None` when no such authorization waits for the user.
    pub async fn consent(&self, client_id: &str, auth_state: &str, agreed: bool) -> Option<String> {
        let complete = apis::CONSENT_PAGE.complete;
        server::complete(&self.gateway, complete, client_id, auth_state, agreed).await
    }

    /// Stops gracefully: no new connection is accepted, the calls in flight finish and are
    /// answered, the notification sender stops after the attempts it is making (each waited
    /// for up to [`SHUTDOWN_GRACE`]), and what was not delivered stays in the store for the
    /// next start (or for another process on the same PostgreSQL database, at once).
    pub async fn shutdown(self) {
        let RunningSandbox { gateway, stop, server, sender, .. } = self;
        gateway.stopping.store(true, Ordering::SeqCst);
        let _ = stop.send(());
        if tokio::time::timeout(SHUTDOWN_GRACE, server).await.is_err() {
            tracing::warn!("connections still open after the grace period; closing them");
        }
        gateway.calls.close();
        if tokio::time::timeout(SHUTDOWN_GRACE, gateway.calls.wait()).await.is_err() {
            tracing::warn!("calls still running after the grace period; they are abandoned");
        }
        let _ = sender.await;
        gateway.deliveries.close();
        if tokio::time::timeout(SHUTDOWN_GRACE, gateway.deliveries.wait()).await.is_err() {
            tracing::warn!("delivery attempts still running after the grace period; they will be made again");
        }
        match gateway.store(Store::release_claims).await {
            Ok(waiting) => tracing::info!(waiting, "stopped; notifications not yet delivered stay in the store"),
            Err(error) => tracing::error!(%error, "stopped; claims on notifications expire by themselves"),
        }
    }

    /// Serves until SIGTERM or Ctrl-C, then [stops gracefully](Self::shutdown) (the binary's
    /// main loop).
    pub async fn run_until_stopped(self) {
        stop_signal().await;
        tracing::info!("stopping: finishing the calls in flight");
        self.shutdown().await;
    }
}

/// Waits for Ctrl-C, or SIGTERM where there are signals.
async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(error) => {
                tracing::warn!(%error, "cannot listen for SIGTERM; only Ctrl-C stops the sandbox");
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
