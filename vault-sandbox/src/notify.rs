//! Delivering notifications to the merchant: signed like Antom signs them
//! (`POST <path of the merchant's URL>\n<clientId>.<request-time>.<body>`), sent again on the
//! gateway's schedule until the answer is exactly the acknowledgement, every attempt recorded.
//!
//! Notifications live in the store's outbox, written with the call that caused them: a call's
//! first attempts are made right after it is answered, and a sender task per sandbox process
//! makes the resends and picks up whatever is due, including what a process that stopped (or
//! was killed) left unsent. What a notification says is each API family's business
//! (`crate::apis`); this module only carries it.

use crate::allow::{Allowed, Resolver};
use crate::clock::wall_ms;
use crate::gateway::Gateway;
use crate::store::{Attempt, Claimed, Which};
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

/// How long a claim on a notification holds: longer than an attempt can take (its timeout),
/// so that only a sender that died loses its claim.
pub(crate) const LEASE: Duration = Duration::from_secs(30);

/// How long an attempt may take unless the sandbox is told otherwise
/// (`Sandbox::attempt_timeout`).
pub const DEFAULT_ATTEMPT_TIMEOUT: Duration = Duration::from_secs(10);

/// The longest the sender sleeps before looking at the outbox again (another process on the
/// same store may have left something due).
const IDLE: Duration = Duration::from_secs(1);

/// Makes the first attempt of these notifications now, and waits for them.
pub(crate) async fn send_now(gateway: &Arc<Gateway>, ids: Vec<i64>) {
    if ids.is_empty() {
        return;
    }
    match gateway.store(move |store| store.claim(Which::These(&ids), LEASE)).await {
        Ok(claimed) => send_all(gateway, claimed).await,
        Err(error) => tracing::error!(%error, "cannot claim notifications; the sender will retry"),
    }
}

/// Sends notifications side by side.
async fn send_all(gateway: &Arc<Gateway>, claimed: Vec<Claimed>) {
    let attempts: Vec<_> = claimed
        .into_iter()
        .map(|claimed| {
            let shared = Arc::clone(gateway);
            gateway.deliveries.spawn(async move { attempt(&shared, claimed).await })
        })
        .collect();
    for attempt in attempts {
        let _ = attempt.await;
    }
}

/// The sender of one sandbox process: sends what is due until `stop` is dropped.
pub(crate) async fn run(gateway: Arc<Gateway>, mut stop: tokio::sync::watch::Receiver<()>) {
    loop {
        match gateway.store(|store| store.claim(Which::Due(32), LEASE)).await {
            Ok(claimed) if !claimed.is_empty() => {
                let shared = Arc::clone(&gateway);
                gateway.deliveries.spawn(async move { send_all(&shared, claimed).await });
            }
            Ok(_) => {}
            Err(error) => tracing::error!(%error, "cannot read the outbox"),
        }
        let next = gateway.store(|store| store.next_due()).await.ok().flatten();
        let wait = next.map_or(IDLE, |at| {
            Duration::from_millis(u64::try_from(at.saturating_sub(wall_ms())).unwrap_or(0)).min(IDLE)
        });
        tokio::select! {
            _ = stop.changed() => return,
            () = gateway.outbox_ready.notified() => {}
            () = tokio::time::sleep(wait.max(Duration::from_millis(5))) => {}
        }
    }
}

/// Sends one attempt (unless the allow-list refuses its URL) and records it, with when to try
/// again.
async fn attempt(gateway: &Gateway, claimed: Claimed) {
    let attempt = match gateway.notify_allow.check(&claimed.url).await {
        Ok(()) => send(gateway, &claimed).await,
        Err(why) => {
            tracing::warn!(url = %claimed.url, %why, "notification refused: outside the allow-list (--notify-allow)");
            let error = Some(format!("refused, never sent: {why}"));
            Attempt { status: None, acknowledged: false, error, retry_at: None, refused: true }
        }
    };
    let recorded = gateway.store(move |store| store.record_attempt(&claimed, &attempt)).await;
    if let Err(error) = recorded {
        tracing::error!(%error, "cannot record a delivery attempt");
    }
}

async fn send(gateway: &Gateway, claimed: &Claimed) -> Attempt {
    let path = url::Url::parse(&claimed.url).map(|u| u.path().to_owned()).unwrap_or_else(|_| "/".to_owned());
    let time = crate::clock::header_now();
    let signed = signature::sign(&gateway.signing_key, "1", &path, &claimed.client_id, &time, &claimed.body);
    let sent = gateway
        .http
        .post(&claimed.url)
        .header("content-type", headers::CONTENT_TYPE_JSON)
        .header(headers::CLIENT_ID, &claimed.client_id)
        .header(headers::REQUEST_TIME, &time)
        .header(headers::SIGNATURE, signed)
        .timeout(gateway.attempt_timeout)
        .body(claimed.body.clone())
        .send()
        .await;
    let (status, answer, error) = match sent {
        Ok(response) => {
            let status = response.status().as_u16();
            (Some(status), response.bytes().await.unwrap_or_default(), None)
        }
        Err(e) => (None, Bytes::new(), Some(error_chain(&e))),
    };
    let acknowledged = status == Some(200) && is_acknowledgement(&answer);
    let number = claimed.attempts + 1;
    tracing::info!(url = %claimed.url, attempt = number, ?status, acknowledged, "notification delivered");
    let wait = usize::try_from(claimed.attempts).ok().and_then(|index| gateway.resend_after.get(index));
    let retry_at = wait
        .filter(|_| !acknowledged)
        .map(|wait| wall_ms().saturating_add(i64::try_from(wait.as_millis()).unwrap_or(i64::MAX)));
    if !acknowledged && retry_at.is_none() {
        tracing::warn!(url = %claimed.url, "notification never acknowledged; the sandbox gives up");
    }
    Attempt { status, acknowledged, error, retry_at, refused: false }
}

/// An error with its causes (reqwest's own message is "error sending request"; the cause,
/// such as the allow-list refusing the address at connection time, is in the chain).
fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut cause = error.source();
    while let Some(inner) = cause {
        text.push_str(": ");
        text.push_str(&inner.to_string());
        cause = inner.source();
    }
    text
}

/// The HTTP client that delivers notifications: it connects only to addresses the allow-list
/// allows (checked again at connection time, by its resolver), follows no redirect (a
/// notification answered with one is not acknowledged) and uses no proxy.
pub(crate) fn http_client(allowed: &Arc<Allowed>) -> Result<reqwest::Client, reqwest::Error> {
    reqwest::Client::builder()
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .dns_resolver(Resolver(Arc::clone(allowed)))
        .build()
}

/// Whether an answer is the fixed acknowledgement (as JSON: spacing does not matter).
fn is_acknowledgement(answer: &[u8]) -> bool {
    let expected: Option<serde_json::Value> = serde_json::from_str(ACKNOWLEDGEMENT).ok();
    expected.is_some() && serde_json::from_slice::<serde_json::Value>(answer).ok() == expected
}
