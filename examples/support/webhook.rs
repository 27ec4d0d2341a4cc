//! The merchant's webhook of the examples: an axum server on a loopback port, one URL for
//! every notification. Each is verified against Antom's (here: the sandbox's) public key and
//! this endpoint's path, acknowledged, and handed over with its page's name as the runtime's
//! `Webhook` reads it (`notifyType`, which notifySubscription does not carry: empty then).

use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode, Uri};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::mpsc;
use vault_generated::{ACKNOWLEDGEMENT, AntomPublicKey, Webhook, WebhookHeaders};

const WEBHOOK_PATH: &str = "/hooks/antom";

/// A verified notification body with its notifyType.
pub struct Received {
    pub kind: String,
    pub body: Vec<u8>,
}

/// What the webhook received. Notifications are delivered concurrently, so they may arrive in
/// any order: [`Inbox::next`] takes the next one of a kind and keeps the others for later.
pub struct Inbox {
    receiver: mpsc::Receiver<Received>,
    held: Vec<Received>,
}

impl Inbox {
    /// The next verified notification whose notifyType is `kind` (empty for the pages whose
    /// notifications carry none, such as notifySubscription), decoded as `N`.
    pub async fn next<N: serde::de::DeserializeOwned>(&mut self, kind: &str) -> Result<N, String> {
        let received = match self.held.iter().position(|r| r.kind == kind) {
            Some(index) => self.held.remove(index),
            None => loop {
                let received = tokio::time::timeout(Duration::from_secs(10), self.receiver.recv())
                    .await
                    .map_err(|_| format!("no notification `{kind}` within 10 s"))?
                    .ok_or("the webhook stopped")?;
                if received.kind == kind {
                    break received;
                }
                self.held.push(received);
            },
        };
        serde_json::from_slice(&received.body).map_err(|e| format!("{kind}: {e}"))
    }
}

/// Starts the webhook for `client_id`: its URL and what it receives.
pub async fn start(client_id: &str, antom_public_key: &str) -> Result<(String, Inbox), String> {
    let key = AntomPublicKey::from_text(antom_public_key).map_err(|e| e.to_string())?;
    let webhook = Arc::new(Webhook::new(client_id, key));
    let (sender, receiver) = mpsc::channel(16);
    let handler = move |uri: Uri, headers: HeaderMap, body: Bytes| {
        let (webhook, sender) = (Arc::clone(&webhook), sender.clone());
        async move {
            if let Err(error) = webhook.verify(uri.path(), &WebhookHeaders::from_header_map(&headers), &body) {
                return (StatusCode::BAD_REQUEST, error.to_string());
            }
            let kind = Webhook::notify_type(&body).unwrap_or_default();
            let _ = sender.send(Received { kind, body: body.to_vec() }).await;
            (StatusCode::OK, ACKNOWLEDGEMENT.to_owned())
        }
    };
    let app = axum::Router::new().route(WEBHOOK_PATH, axum::routing::post(handler));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.map_err(|e| e.to_string())?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    tokio::spawn(async move { axum::serve(listener, app).await });
    Ok((format!("http://{addr}{WEBHOOK_PATH}"), Inbox { receiver, held: Vec::new() }))
}
