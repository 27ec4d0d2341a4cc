//! Delivering notifications to the merchant: signed like Antom signs them
//! (`POST <path of the merchant's URL>\n<clientId>.<request-time>.<body>`), sent again on the
//! gateway's schedule until the answer is exactly the acknowledgement, every attempt recorded.
//! What a notification says is each API family's business (`crate::apis`); this module only
//! carries it.

use crate::gateway::Gateway;
use crate::state::{Delivery, Outgoing};
use bytes::Bytes;
use std::sync::Arc;
use std::time::Duration;
use vault_runtime::ACKNOWLEDGEMENT;
use vault_runtime::protocol::{headers, signature};

/// Antom's resend schedule after the first attempt (2 min, 10 min, 10 min, 1 h, 2 h, 6 h,
/// 15 h), divided by 600 so that a sandbox session sees it through in about two and a half
/// minutes.
pub const DEFAULT_RESEND_SCHEDULE: [Duration; 7] = [
    Duration::from_millis(200),
    Duration::from_secs(1),
    Duration::from_secs(1),
    Duration::from_secs(6),
    Duration::from_secs(12),
    Duration::from_secs(36),
    Duration::from_secs(90),
];

/// Makes the first attempt now (the caller awaits it) and, unless it was acknowledged, the
/// resends in the background.
pub(crate) async fn deliver(gateway: Arc<Gateway>, outgoing: Outgoing) {
    if attempt(&gateway, &outgoing, 1).await {
        return;
    }
    tokio::spawn(async move {
        for (number, wait) in (2..).zip(gateway.resend_after.clone()) {
            tokio::time::sleep(wait).await;
            if attempt(&gateway, &outgoing, number).await {
                return;
            }
        }
        tracing::warn!(url = %outgoing.url, "notification never acknowledged; the sandbox gives up");
    });
}

/// Sends one attempt, records it, and says whether the merchant acknowledged it.
async fn attempt(gateway: &Gateway, outgoing: &Outgoing, number: u32) -> bool {
    let path = url::Url::parse(&outgoing.url).map(|u| u.path().to_owned()).unwrap_or_else(|_| "/".to_owned());
    let time = crate::clock::header_now();
    let signed = signature::sign(&gateway.signing_key, "1", &path, &outgoing.client_id, &time, &outgoing.body);
    let sent = gateway
        .http
        .post(&outgoing.url)
        .header("content-type", headers::CONTENT_TYPE_JSON)
        .header(headers::CLIENT_ID, &outgoing.client_id)
        .header(headers::REQUEST_TIME, &time)
        .header(headers::SIGNATURE, signed)
        .timeout(Duration::from_secs(10))
        .body(outgoing.body.clone())
        .send()
        .await;
    let (status, answer, error) = match sent {
        Ok(response) => {
            let status = response.status().as_u16();
            (Some(status), response.bytes().await.unwrap_or_default(), None)
        }
        Err(e) => (None, Bytes::new(), Some(e.to_string())),
    };
    let acknowledged = status == Some(200) && is_acknowledgement(&answer);
    tracing::info!(url = %outgoing.url, attempt = number, ?status, acknowledged, "notification delivered");
    let delivery = Delivery {
        url: outgoing.url.clone(),
        attempt: number,
        body: Bytes::from(outgoing.body.clone()),
        status,
        acknowledged,
        error,
    };
    gateway.world().deliveries.push(delivery);
    acknowledged
}

/// Whether an answer is the fixed acknowledgement (as JSON: spacing does not matter).
fn is_acknowledgement(answer: &[u8]) -> bool {
    let expected: Option<serde_json::Value> = serde_json::from_str(ACKNOWLEDGEMENT).ok();
    expected.is_some() && serde_json::from_slice::<serde_json::Value>(answer).ok() == expected
}
