//! A merchant's notification endpoint on loopback, built on the runtime's `Webhook`: every
//! notification is verified, then acknowledged (after refusing the first `refuse_first`
//! deliveries, to exercise the sandbox's resends) and kept with its `notifyType`.

use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode, Uri};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;
use vault_generated::{ACKNOWLEDGEMENT, AntomPublicKey, Notification, Webhook, WebhookHeaders};
use vault_sandbox::test_keys;

/// What arrived.
#[derive(Debug, Default, Clone)]
pub struct Inbox {
    /// Verified notifications that were acknowledged: (notifyType, body).
    pub accepted: Vec<(String, Vec<u8>)>,
    /// Verified deliveries answered with an error on purpose.
    pub refused: usize,
    /// Deliveries whose signature or headers did not verify.
    pub rejected: Vec<String>,
}

/// The endpoint and what it saw.
pub struct Merchant {
    /// The URL to give as a notification URL.
    pub url: String,
    inbox: Arc<Mutex<Inbox>>,
}

impl Merchant {
    /// A copy of what arrived so far.
    pub fn inbox(&self) -> Inbox {
        self.inbox.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }

    /// Waits (up to five seconds) until `count` notifications of `notify_type` were accepted,
    /// and decodes them.
    pub async fn wait_for<N: Notification>(&self, notify_type: &str, count: usize) -> Vec<N> {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
        loop {
            let bodies: Vec<Vec<u8>> =
                self.inbox().accepted.into_iter().filter(|(kind, _)| kind == notify_type).map(|(_, b)| b).collect();
            if bodies.len() >= count || tokio::time::Instant::now() >= deadline {
                return bodies
                    .iter()
                    .map(|b| {
                        serde_json::from_slice(b).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(b)))
                    })
                    .collect();
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }
}

/// Starts the endpoint at `/hooks/antom` for `client_id`.
pub async fn merchant(client_id: &str, refuse_first: usize) -> Merchant {
    let inbox = Arc::new(Mutex::new(Inbox::default()));
    let Ok(key) = AntomPublicKey::from_text(test_keys::SANDBOX_PUBLIC_KEY) else { panic!("key") };
    let webhook = Arc::new(Webhook::new(client_id, key));
    let seen = Arc::clone(&inbox);
    let handler = move |uri: Uri, headers: HeaderMap, body: Bytes| {
        let (webhook, seen) = (Arc::clone(&webhook), Arc::clone(&seen));
        async move {
            let mut inbox = seen.lock().unwrap_or_else(PoisonError::into_inner);
            if let Err(error) = webhook.verify(uri.path(), &WebhookHeaders::from_header_map(&headers), &body) {
                inbox.rejected.push(error.to_string());
                return (StatusCode::BAD_REQUEST, error.to_string());
            }
            if inbox.refused < refuse_first {
                inbox.refused += 1;
                return (StatusCode::SERVICE_UNAVAILABLE, "busy".to_owned());
            }
            let kind = Webhook::notify_type(&body).unwrap_or_default();
            inbox.accepted.push((kind, body.to_vec()));
            (StatusCode::OK, ACKNOWLEDGEMENT.to_owned())
        }
    };
    let app = axum::Router::new().route("/hooks/antom", axum::routing::post(handler));
    let Ok(listener) = tokio::net::TcpListener::bind("127.0.0.1:0").await else { panic!("bind") };
    let addr = listener.local_addr().map(|a| a.to_string()).unwrap_or_default();
    tokio::spawn(async move { axum::serve(listener, app).await });
    Merchant { url: format!("http://{addr}/hooks/antom"), inbox }
}
