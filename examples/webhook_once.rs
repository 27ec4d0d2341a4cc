//! Applying each notification exactly once, in the merchant's own database transaction, with
//! no configuration (an in-process sandbox, an SQLite file in the temporary directory):
//!
//! 1. a card is vaulted; the sandbox (standing in for Antom) posts `notifyVaulting` to the
//!    merchant's axum handler;
//! 2. the handler verifies it and runs its work (save the card token on the customer's
//!    record) inside the SQLite transaction that records the notification's key: the two are
//!    committed together or not at all;
//! 3. two failures are injected: the first delivery's work fails midway (its write and the
//!    key roll back: the error answer makes the sandbox send it again), the second commits but
//!    its acknowledgement is lost (the resend finds the key: acknowledged, not applied again);
//! 4. the merchant's table shows the card saved exactly once, after three deliveries.
//!
//! Run: `cargo run --example webhook_once`. The handler is `notification` below; with
//! PostgreSQL (many instances on one database) it is the same with `PostgresDeduplicator`
//! and a `tokio_postgres` transaction.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri};
use std::collections::VecDeque;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;
use vault_generated::payments::TerminalType;
use vault_generated::rusqlite::{Connection, Transaction};
use vault_generated::vaulting::{
    CardPaymentMethodDetail, CardPaymentMethodDetailRequired, Env, EnvRequired, PaymentMethodDetail,
    PaymentMethodDetailRequired, VaultPaymentMethodRequest, VaultPaymentMethodRequired, VaultingNotification,
};
use vault_generated::{
    ACKNOWLEDGEMENT, AntomPublicKey, Client, ClientConfig, DedupError, HttpUrl, Outcome, Secret, SqliteDeduplicator,
    Text, Webhook, WebhookHeaders, text, url,
};
use vault_sandbox::{Sandbox, test_keys};

const CLIENT_ID: &str = "SANDBOX_WEBHOOK_ONCE_EXAMPLE";
const WEBHOOK_PATH: &str = "/hooks/antom";

type Step<T> = Result<T, String>;

/// A failure injected into the next delivery, to show what a real one would do.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Fault {
    /// The work fails after its first write (a downstream call timed out).
    WorkFails,
    /// The work commits, then the answer never reaches Antom (the process died, the
    /// connection broke).
    AcknowledgementLost,
}

/// What the handler needs: the verifier, the store of applied notifications (which owns the
/// connection to the merchant's database) and the failures still to inject.
struct App {
    webhook: Webhook,
    dedup: SqliteDeduplicator,
    faults: Mutex<VecDeque<Fault>>,
}

/// The merchant's webhook handler. Antom may deliver a notification more than once (it resends
/// until acknowledged), to any instance: the key decides, in the same transaction as the work.
async fn notification(State(app): State<Arc<App>>, uri: Uri, headers: HeaderMap, body: Bytes) -> (StatusCode, String) {
    let headers = WebhookHeaders::from_header_map(&headers);
    let (vaulting, key) = match app.webhook.receive_keyed::<VaultingNotification>(uri.path(), &headers, &body) {
        Ok(received) => received,
        Err(error) => return (StatusCode::BAD_REQUEST, error.to_string()),
    };
    let fault = app.faults.lock().unwrap_or_else(PoisonError::into_inner).pop_front();
    // The work runs on the transaction that records `key`: committed together, or not at all.
    let applied = app.dedup.apply_once(&key, move |tx| save_card(tx, &vaulting, fault)).await;
    match applied {
        Ok(_) if fault == Some(Fault::AcknowledgementLost) => {
            println!("   committed, but the answer is lost: Antom will send it again");
            (StatusCode::SERVICE_UNAVAILABLE, String::new())
        }
        Ok(Outcome::Applied(())) => {
            println!("   applied {key}");
            (StatusCode::OK, ACKNOWLEDGEMENT.to_owned())
        }
        Ok(Outcome::AlreadyApplied) => {
            println!("   already applied {key}: acknowledged, nothing done");
            (StatusCode::OK, ACKNOWLEDGEMENT.to_owned())
        }
        Err(DedupError::Work(error)) => {
            println!("   the work failed and was rolled back with the key ({error}): answered 500");
            (StatusCode::INTERNAL_SERVER_ERROR, error.to_string())
        }
        Err(error) => (StatusCode::INTERNAL_SERVER_ERROR, error.to_string()),
    }
}

/// The merchant's own work: save the card token on the customer's record, counting how many
/// times it was applied (the count shows what the deduplicator prevents).
fn save_card(tx: &Transaction<'_>, vaulting: &VaultingNotification, fault: Option<Fault>) -> Result<(), WorkError> {
    let card = vaulting.payment_method_detail.card.as_ref();
    let token = card.and_then(|c| c.card_token.as_ref()).map(|t| t.expose().clone());
    tx.execute(
        "INSERT INTO saved_cards (vaulting_request_id, card_token, applied) VALUES (?1, ?2, 1)
         ON CONFLICT (vaulting_request_id) DO UPDATE SET card_token = excluded.card_token, applied = applied + 1",
        (vaulting.vaulting_request_id.as_str(), token),
    )?;
    if fault == Some(Fault::WorkFails) {
        return Err("the customer service timed out (an injected failure)".into());
    }
    Ok(())
}

type WorkError = Box<dyn std::error::Error + Send + Sync>;

#[tokio::main]
async fn main() -> ExitCode {
    let path = std::env::temp_dir().join(format!("antom-webhook-once-{}.sqlite", std::process::id()));
    let result = run(&path).await;
    for suffix in ["", "-wal", "-shm"] {
        let mut file = path.clone().into_os_string();
        file.push(suffix);
        let _ = std::fs::remove_file(file);
    }
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn run(path: &PathBuf) -> Step<()> {
    let failures = [Fault::WorkFails, Fault::AcknowledgementLost];
    let sandbox = Sandbox::new().resend_schedule([Duration::from_millis(100); 4]).start().await.map_err(s)?;
    println!("Sandbox (TEST-ONLY keys) at {}", sandbox.url());
    let connection = Connection::open(path).map_err(s)?;
    connection
        .execute_batch(
            "CREATE TABLE saved_cards (vaulting_request_id TEXT PRIMARY KEY, card_token TEXT, applied INTEGER NOT NULL)",
        )
        .map_err(s)?;
    let dedup = SqliteDeduplicator::with_connection(connection, "applied_notifications").map_err(s)?;
    let key = AntomPublicKey::from_text(test_keys::SANDBOX_PUBLIC_KEY).map_err(s)?;
    let app = Arc::new(App { webhook: Webhook::new(CLIENT_ID, key), dedup, faults: Mutex::new(failures.into()) });
    let notify_url = serve(Arc::clone(&app)).await?;
    println!("Merchant webhook at {notify_url}, applied notifications in {}", path.display());

    let config = ClientConfig::from_key_text(
        sandbox.url(),
        CLIENT_ID,
        test_keys::MERCHANT_PRIVATE_KEY,
        test_keys::SANDBOX_PUBLIC_KEY,
    )
    .map_err(s)?;
    println!("\nvaultPaymentMethod; injected: {failures:?}");
    let client = Client::new(config).map_err(s)?;
    client.vaulting().vault_payment_method(&vault_request("VAULT-ONCE-1", &notify_url)?).await.map_err(s)?;
    let deliveries = sandbox.wait_for_deliveries(3, Duration::from_secs(10)).await;
    let answers: Vec<String> =
        deliveries.iter().map(|d| format!("#{} {:?} acknowledged={}", d.attempt, d.status, d.acknowledged)).collect();
    println!("\nThe sandbox's deliveries: {}", answers.join(", "));

    let connection = Connection::open(path).map_err(s)?;
    let applied: i64 = connection
        .query_row("SELECT applied FROM saved_cards WHERE vaulting_request_id = 'VAULT-ONCE-1'", [], |row| row.get(0))
        .map_err(s)?;
    println!("The card was saved {applied} time(s), after {} deliveries", deliveries.len());
    if applied != 1 || !deliveries.last().is_some_and(|d| d.acknowledged) {
        return Err("the notification was not applied exactly once".to_owned());
    }
    println!("\nDone: applied exactly once.");
    Ok(())
}

/// Serves the handler on a loopback port; returns the notification URL.
async fn serve(app: Arc<App>) -> Step<String> {
    let router = axum::Router::new().route(WEBHOOK_PATH, axum::routing::post(notification)).with_state(app);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.map_err(s)?;
    let addr = listener.local_addr().map_err(s)?;
    tokio::spawn(async move { axum::serve(listener, router).await });
    Ok(format!("http://{addr}{WEBHOOK_PATH}"))
}

fn vault_request(id: &str, notify_url: &str) -> Step<VaultPaymentMethodRequest> {
    let card = CardPaymentMethodDetail::new(CardPaymentMethodDetailRequired {
        card_no: Secret::new(text!("4111111111111111")),
        expiry_year: text!("30"),
        expiry_month: text!("12"),
    });
    let mut method = PaymentMethodDetail::new(PaymentMethodDetailRequired { payment_method_type: text!("CARD") });
    method.card = Some(card);
    Ok(VaultPaymentMethodRequest::new(VaultPaymentMethodRequired {
        vaulting_request_id: Text::new(id).map_err(s)?,
        vaulting_notification_url: HttpUrl::new(notify_url).map_err(s)?,
        redirect_url: url!("https://merchant.example/vaulting/done"),
        payment_method_detail: method,
        env: Env::new(EnvRequired { terminal_type: TerminalType::Web }),
    }))
}

/// An error as the message this example prints.
fn s(error: impl std::fmt::Display) -> String {
    error.to_string()
}
