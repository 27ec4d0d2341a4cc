//! What every connection shares: keys, the endpoints and buyer pages, the store, the faults,
//! and the HTTP client that delivers notifications. A plain value that the server and the
//! notification sender use, so that neither depends on the other or on the API behaviours.

use crate::allow::Allowed;
use crate::endpoint::Endpoint;
use crate::faults::Faults;
use crate::limit::Limit;
use crate::store::{Store, StoreError, Tx};
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;
use tokio_util::task::TaskTracker;
use vault_runtime::protocol::keys::{AntomPublicKey, MerchantKey};

/// Everything the handler needs, shared by all connections.
pub(crate) struct Gateway {
    pub merchant_public_key: AntomPublicKey,
    pub signing_key: MerchantKey,
    pub client_ids: Vec<String>,
    pub endpoints: HashMap<&'static str, Box<dyn Endpoint>>,
    pub pages: Vec<BuyerPage>,
    /// The kinds of record the dashboard summarises.
    pub kinds: Vec<crate::store::Kind>,
    pub store: Arc<Store>,
    pub faults: Faults,
    /// The sandbox's own base URL.
    pub url: String,
    /// Delivers notifications.
    pub http: reqwest::Client,
    /// When a notification that was not acknowledged is sent again (after the first attempt).
    pub resend_after: Vec<Duration>,
    /// How long the merchant may take to answer a notification.
    pub attempt_timeout: Duration,
    /// Wakes the notification sender when a call queued notifications.
    pub outbox_ready: tokio::sync::Notify,
    /// Where notifications may go.
    pub notify_allow: Arc<Allowed>,
    /// The per-client rate limit, when one is set.
    pub limit: Option<Limit>,
    /// The calls being processed (a shutdown lets them finish).
    pub calls: TaskTracker,
    /// The delivery attempts being made (a shutdown lets them finish, within its grace).
    pub deliveries: TaskTracker,
    /// Set when a graceful stop began: the sandbox is no longer ready.
    pub stopping: std::sync::atomic::AtomicBool,
}

impl Gateway {
    /// Runs `work` on the store from async code, on a thread where the drivers may block.
    pub async fn store<T: Send + 'static>(
        &self,
        work: impl FnOnce(&Store) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, StoreError> {
        let store = Arc::clone(&self.store);
        match tokio::task::spawn_blocking(move || work(&store)).await {
            Ok(outcome) => outcome,
            Err(e) => Err(StoreError::database(format!("the store's worker stopped: {e}"))),
        }
    }
}

/// A page the sandbox serves to the buyer besides the APIs: opening `{prefix}{clientId}/{id}`
/// plays the buyer passing an authentication (3-D Secure), `?outcome=fail` failing it. Each
/// belongs to the API family whose answers hand out its URL.
pub(crate) struct BuyerPage {
    /// The kind of record whose authentication it finishes (the dashboard offers it for
    /// records of that kind that wait for the buyer).
    pub kind: &'static str,
    /// The path prefix, e.g. `/sandbox/verify/`.
    pub prefix: &'static str,
    /// Finishes the authentication of the client's request id (passed or not), queueing the
    /// notifications it causes; `Some(url)` sends the buyer there, `None` is "no such page".
    pub complete: Complete,
}

/// Finishes the authentication of a client's request id (`true`: passed) and says where the
/// buyer goes next; `None` when no such authentication is pending.
pub(crate) type Complete = fn(&mut Tx<'_>, &str, &str, bool) -> Result<Option<String>, StoreError>;

impl BuyerPage {
    /// The URL of the page for a client's request id.
    pub fn url(sandbox_url: &str, prefix: &str, client_id: &str, id: &str) -> String {
        format!("{sandbox_url}{prefix}{client_id}/{id}")
    }
}
