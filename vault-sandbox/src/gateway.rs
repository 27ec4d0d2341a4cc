//! What every connection shares: keys, the endpoints and buyer pages, the state, the faults,
//! and the HTTP client that delivers notifications. A plain value that the server and the
//! notification sender use, so that neither depends on the other or on the API behaviours.

use crate::endpoint::Endpoint;
use crate::faults::Faults;
use crate::state::World;
use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;
use vault_runtime::protocol::keys::{AntomPublicKey, MerchantKey};

/// Everything the handler needs, shared by all connections.
pub(crate) struct Gateway {
    pub merchant_public_key: AntomPublicKey,
    pub signing_key: MerchantKey,
    pub client_ids: Vec<String>,
    pub endpoints: HashMap<&'static str, Box<dyn Endpoint>>,
    pub pages: Vec<BuyerPage>,
    pub world: Mutex<World>,
    pub faults: Faults,
    /// The sandbox's own base URL.
    pub url: String,
    /// Delivers notifications.
    pub http: reqwest::Client,
    /// When a notification that was not acknowledged is sent again (after the first attempt).
    pub resend_after: Vec<Duration>,
}

impl Gateway {
    /// The state. A call that panicked while holding the lock leaves the state as it was at
    /// the panic; the sandbox goes on with it rather than failing every later call.
    pub fn world(&self) -> MutexGuard<'_, World> {
        self.world.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// A page the sandbox serves to the buyer besides the APIs: opening `{prefix}{clientId}/{id}`
/// plays the buyer passing an authentication (3-D Secure), `?outcome=fail` failing it. Each
/// belongs to the API family whose answers hand out its URL.
pub(crate) struct BuyerPage {
    /// The path prefix, e.g. `/sandbox/verify/`.
    pub prefix: &'static str,
    /// Finishes the authentication of the client's request id (passed or not), queueing the
    /// notifications it causes; `Some(url)` sends the buyer there, `None` is "no such page".
    pub complete: Complete,
}

/// Finishes the authentication of a client's request id (`true`: passed) and says where the
/// buyer goes next; `None` when no such authentication is pending.
pub(crate) type Complete = fn(&mut World, &str, &str, bool) -> Option<String>;

impl BuyerPage {
    /// The URL of the page for a client's request id.
    pub fn url(sandbox_url: &str, prefix: &str, client_id: &str, id: &str) -> String {
        format!("{sandbox_url}{prefix}{client_id}/{id}")
    }
}
