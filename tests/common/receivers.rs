//! Webhook receiver instances on one PostgreSQL behind one URL, for the deduplication tests.
//! Each instance is an axum server with its own connections that applies every notification
//! through `PostgresDeduplicator` (its work: a row in `applied_work`, a table without a unique
//! key, so a double application would show as two rows); a round-robin balancer in front
//! forwards each delivery to the next instance; a fault plan makes deliveries fail the ways a
//! real service does.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri, header};
use std::io::Write as _;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;
use vault_generated::payments::{CaptureNotification, PaymentNotification, RefundNotification};
use vault_generated::tokio_postgres::Client;
use vault_generated::vaulting::VaultingNotification;
use vault_generated::{
    ACKNOWLEDGEMENT, AntomPublicKey, DedupError, NotificationKey, Outcome, PostgresDeduplicator, Webhook,
    WebhookHeaders,
};
use vault_sandbox::test_keys;

/// The path of the merchant's webhook, on the balancer and on every instance.
pub const PATH: &str = "/hooks/antom";

/// How one delivery fails.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Fault {
    /// Answered 503 before any work (an instance shedding load).
    Refuse,
    /// The work fails after its write: rolled back with the key.
    WorkFails,
    /// The work panics after its write: its task dies, the transaction with it.
    Panics,
    /// The work commits, then the answer is lost (503).
    AcknowledgementLost,
    /// The work holds its transaction this long before committing (longer than the sandbox
    /// waits: the sandbox resends to another instance meanwhile).
    Slow(Duration),
    /// The work prints `RECORDED <key>` on stdout after its write and never commits (the
    /// process is killed there).
    Hang,
}

/// Decides the fault of each delivery, by its key.
pub type Plan = Arc<dyn Fn(&NotificationKey) -> Option<Fault> + Send + Sync>;

/// What the instances did, in order.
#[derive(Debug, Default)]
pub struct Seen {
    /// (key, instance) of each first application (committed).
    pub applied: Vec<(String, usize)>,
    /// (key, instance) of each copy found applied.
    pub already: Vec<(String, usize)>,
    /// Works that failed and were rolled back.
    pub rolled_back: usize,
    /// Works that panicked.
    pub panicked: usize,
}

/// The shared record of what the instances did.
pub type Shared = Arc<Mutex<Seen>>;

/// The tables: the deduplicator's and the merchant's `applied_work`.
pub async fn create_tables(db: &str) {
    let mut client = super::postgres::connect(db).await;
    let created = PostgresDeduplicator::new().create_table(&mut client).await;
    created.unwrap_or_else(|e| panic!("{e}"));
    let work = client.batch_execute("CREATE TABLE applied_work (key TEXT NOT NULL, instance INT NOT NULL)").await;
    work.unwrap_or_else(|e| panic!("{e}"));
}

/// One receiver instance.
struct Instance {
    index: usize,
    db: String,
    webhook: Webhook,
    dedup: PostgresDeduplicator,
    /// Its own connections: taken for a notification, given back after.
    pool: Mutex<Vec<Client>>,
    plan: Plan,
    seen: Shared,
}

/// Starts instance `index` on loopback; returns its base URL.
pub async fn start_instance(index: usize, db: &str, plan: Plan, seen: Shared) -> String {
    let Ok(key) = AntomPublicKey::from_text(test_keys::SANDBOX_PUBLIC_KEY) else { panic!("key") };
    let instance = Instance {
        index,
        db: db.to_owned(),
        webhook: Webhook::new(super::CLIENT_ID, key),
        dedup: PostgresDeduplicator::new(),
        pool: Mutex::new(Vec::new()),
        plan,
        seen,
    };
    let app = axum::Router::new().route(PATH, axum::routing::post(receive)).with_state(Arc::new(instance));
    serve(app).await
}

async fn serve(app: axum::Router) -> String {
    let Ok(listener) = tokio::net::TcpListener::bind("127.0.0.1:0").await else { panic!("bind") };
    let addr = listener.local_addr().map(|a| a.to_string()).unwrap_or_default();
    tokio::spawn(async move { axum::serve(listener, app).await });
    format!("http://{addr}")
}

async fn receive(
    State(instance): State<Arc<Instance>>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> (StatusCode, String) {
    if let Err(error) = instance.webhook.verify(uri.path(), &WebhookHeaders::from_header_map(&headers), &body) {
        return (StatusCode::BAD_REQUEST, error.to_string());
    }
    let key = match key_of(&body) {
        Ok(key) => key,
        Err(error) => return (StatusCode::BAD_REQUEST, error),
    };
    let fault = (instance.plan)(&key);
    if fault == Some(Fault::Refuse) {
        return (StatusCode::SERVICE_UNAVAILABLE, String::new());
    }
    // On a task of its own, as a server's work outlives a client that stopped waiting (the
    // sandbox's time-out), and so that a panic ends that task, not the server.
    let applying = Arc::clone(&instance);
    let applied = tokio::spawn({
        let key = key.clone();
        async move {
            let applied = applying.apply(&key, fault).await;
            applying.note(&key, &applied);
            applied
        }
    });
    match applied.await {
        Ok(Ok(_)) if fault == Some(Fault::AcknowledgementLost) => (StatusCode::SERVICE_UNAVAILABLE, String::new()),
        Ok(Ok(_)) => (StatusCode::OK, ACKNOWLEDGEMENT.to_owned()),
        Ok(Err(error)) => (StatusCode::INTERNAL_SERVER_ERROR, error.to_string()),
        Err(_) => {
            instance.seen.lock().unwrap_or_else(PoisonError::into_inner).panicked += 1;
            (StatusCode::INTERNAL_SERVER_ERROR, String::new())
        }
    }
}

impl Instance {
    /// Records what an application did (on its own task: a delivery the sandbox stopped
    /// waiting for is counted too).
    fn note(&self, key: &NotificationKey, applied: &Result<Outcome<()>, DedupError<String>>) {
        let mut seen = self.seen.lock().unwrap_or_else(PoisonError::into_inner);
        match applied {
            Ok(Outcome::Applied(())) => seen.applied.push((key.to_string(), self.index)),
            Ok(Outcome::AlreadyApplied) => seen.already.push((key.to_string(), self.index)),
            Err(DedupError::Work(_)) => seen.rolled_back += 1,
            Err(_) => {}
        }
    }

    /// Applies the notification once: its work is a row in `applied_work`, then the fault.
    async fn apply(&self, key: &NotificationKey, fault: Option<Fault>) -> Result<Outcome<()>, DedupError<String>> {
        let pooled = self.pool.lock().unwrap_or_else(PoisonError::into_inner).pop();
        let mut client = match pooled {
            Some(client) => client,
            None => super::postgres::connect(&self.db).await,
        };
        let (stored, instance) = (key.to_string(), i32::try_from(self.index).unwrap_or(i32::MAX));
        let applied = self
            .dedup
            .apply_once(&mut client, key, async move |tx| {
                let insert = "INSERT INTO applied_work (key, instance) VALUES ($1, $2)";
                tx.execute(insert, &[&stored, &instance]).await.map_err(|e| e.to_string())?;
                match fault {
                    Some(Fault::WorkFails) => return Err("injected: the work failed midway".to_owned()),
                    Some(Fault::Panics) => panic!("injected: the work panicked midway"),
                    Some(Fault::Slow(wait)) => tokio::time::sleep(wait).await,
                    Some(Fault::Hang) => {
                        let mut out = std::io::stdout();
                        let _ = writeln!(out, "RECORDED {stored}").and_then(|()| out.flush());
                        tokio::time::sleep(Duration::from_secs(3600)).await;
                    }
                    _ => {}
                }
                Ok(())
            })
            .await;
        if !client.is_closed() {
            self.pool.lock().unwrap_or_else(PoisonError::into_inner).push(client);
        }
        applied
    }
}

/// The key of a notification body, by its `notifyType`.
pub fn key_of(body: &[u8]) -> Result<NotificationKey, String> {
    let key = match Webhook::notify_type(body).as_deref() {
        Some("PAYMENT_RESULT") => NotificationKey::of::<PaymentNotification>(body),
        Some("CAPTURE_RESULT") => NotificationKey::of::<CaptureNotification>(body),
        Some("REFUND_RESULT") => NotificationKey::of::<RefundNotification>(body),
        Some("VAULTING_RESULT") => NotificationKey::of::<VaultingNotification>(body),
        other => return Err(format!("unexpected notifyType {other:?}")),
    };
    key.map_err(|e| e.to_string())
}

/// A balancer on loopback that forwards each delivery to the next of `backends` (base URLs),
/// headers and body as they came; 502 when that instance cannot be reached. Returns the
/// webhook URL.
pub async fn balancer(backends: Vec<String>) -> String {
    let Ok(http) = reqwest::Client::builder().no_proxy().build() else { panic!("http client") };
    let next = Arc::new(AtomicUsize::new(0));
    let forward = move |headers: HeaderMap, body: Bytes| {
        let (http, next, backends) = (http.clone(), Arc::clone(&next), backends.clone());
        async move {
            let backend = &backends[next.fetch_add(1, Ordering::Relaxed) % backends.len()];
            let mut headers = headers;
            headers.remove(header::HOST);
            let sent = http.post(format!("{backend}{PATH}")).headers(headers).body(body).send().await;
            match sent {
                Ok(answer) => {
                    let status = StatusCode::from_u16(answer.status().as_u16()).unwrap_or(StatusCode::BAD_GATEWAY);
                    (status, answer.text().await.unwrap_or_default())
                }
                Err(error) => (StatusCode::BAD_GATEWAY, error.to_string()),
            }
        }
    };
    let base = serve(axum::Router::new().route(PATH, axum::routing::post(forward))).await;
    format!("{base}{PATH}")
}
