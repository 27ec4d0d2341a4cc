//! The whole card-vaulting flow, locally and with no configuration:
//!
//! 1. create a vaulting session (for the client-side SDK);
//! 2. vault a card from the server;
//! 3. receive the notifyVaulting notification on the merchant's own webhook, verify its
//!    signature, acknowledge it (and see that a resent copy is not handled twice);
//! 4. inquireVaulting reports SUCCESS with the card token;
//! 5. a card that needs 3-D Secure: the typed error hands over the verification URLs, the
//!    buyer verifies, the notification arrives, the inquiry reports SUCCESS.
//!
//! The sandbox runs in-process with the committed TEST-ONLY keys; the merchant's webhook is a
//! small axum server on another loopback port.
//!
//! Run: `cargo run --example vault_card`

#[path = "support/local.rs"]
mod local;

use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode, Uri};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::mpsc;
use vault_generated::payments::TerminalType;
use vault_generated::vaulting::{
    CardPaymentMethodDetail, CardPaymentMethodDetailRequired, CreateVaultingSessionRequest,
    CreateVaultingSessionRequired, InquireVaultingRequest, InquireVaultingRequired, PaymentMethodDetail,
    PaymentMethodDetailRequired, VaultPaymentMethodError, VaultPaymentMethodRequest, VaultPaymentMethodRequired,
    VaultingNotification,
};
use vault_generated::vaulting::{Env, EnvRequired, UserName, UserNameRequired};
use vault_generated::{AntomPublicKey, Client, HttpUrl, Secret, Text, text, url};
use vault_runtime::{ACKNOWLEDGEMENT, Deduplicator, NotificationKey, Webhook, WebhookHeaders};
use vault_sandbox::{RunningSandbox, test_keys};

const CLIENT_ID: &str = "SANDBOX_VAULT_CARD_EXAMPLE";
const WEBHOOK_PATH: &str = "/hooks/vaulting";

#[tokio::main]
async fn main() -> ExitCode {
    local::exit(run().await)
}

type Step<T> = Result<T, String>;

/// The sandbox, the merchant's webhook and a client, for one run of the flow.
struct Setup {
    sandbox: RunningSandbox,
    client: Client,
    notify_url: String,
    notifications: mpsc::Receiver<VaultingNotification>,
}

async fn run() -> Step<()> {
    let mut setup = setup().await?;
    let run_id = local::run_id();
    let id = format!("VAULT-{run_id}");
    println!("\n1. createVaultingSession ({id})");
    let session = setup.client.vaulting().create_vaulting_session(&session_request(&id, &setup.notify_url)?).await;
    let session = session.map_err(|e| e.to_string())?;
    println!(
        "   session {} expires {}",
        session.vaulting_session_id,
        session.vaulting_session_expiry_time.to_rfc3339()
    );
    let token = vault_card(&mut setup, &id).await?;
    println!("\n4. inquireVaulting");
    inquire(&setup.client, &id, &token).await?;
    vault_with_three_d_secure(&mut setup, &format!("VAULT-3DS-{run_id}")).await?;
    println!("\nDone: every step verified.");
    Ok(())
}

async fn setup() -> Step<Setup> {
    let (sandbox, client) = local::sandbox_and_client(CLIENT_ID).await?;
    let (notify_url, notifications) = start_webhook().await?;
    println!("Merchant webhook at {notify_url}");
    Ok(Setup { sandbox, client, notify_url, notifications })
}

/// Steps 2 and 3: vault a card, then receive and check its notification. Returns the token.
async fn vault_card(setup: &mut Setup, id: &str) -> Step<String> {
    println!("\n2. vaultPaymentMethod: a VISA test card");
    let request = vault_request(id, &setup.notify_url, "4111111111111111", false)?;
    let vaulted = setup.client.vaulting().vault_payment_method(&request).await.map_err(|e| e.to_string())?;
    let card = vaulted.payment_method_detail.and_then(|p| p.card).ok_or("no card in the answer")?;
    let token = card.card_token.as_ref().map(|t| t.expose().clone()).ok_or("no card token")?;
    let masked = card.masked_card_no.unwrap_or_default();
    println!("   {masked} vaulted: {:?} (the token is a Secret, shown as {:?})", card.brand, card.card_token);

    println!("\n3. notifyVaulting on the merchant's webhook");
    let notification = next_notification(&mut setup.notifications).await?;
    println!("   verified: {} is {:?}", notification.vaulting_request_id, notification.vaulting_status);
    println!("   its card token matches the answer's: {}", token_of(notification).as_deref() == Some(token.as_str()));
    let deliveries = setup.sandbox.wait_for_deliveries(1, Duration::from_secs(5)).await;
    println!("   the sandbox saw the acknowledgement: {}", deliveries.first().is_some_and(|d| d.acknowledged));
    let replay = deliveries.first().map(|d| d.body.clone()).ok_or("no delivery recorded")?;
    let key = NotificationKey::of::<VaultingNotification>(&replay).map_err(|e| e.to_string())?;
    println!("   a resent copy ({key}) is recognised and not handled twice: {}", DEDUP.is_applied(&key));
    Ok(token)
}

/// Step 5: a card that needs 3-D Secure, through the typed VERIFICATION_IN_PROCESS error.
async fn vault_with_three_d_secure(setup: &mut Setup, id: &str) -> Step<()> {
    println!("\n5. vaultPaymentMethod with 3-D Secure ({id})");
    let request = vault_request(id, &setup.notify_url, "5555555555554444", true)?;
    let error = match setup.client.vaulting().vault_payment_method(&request).await {
        Ok(_) => return Err("expected VERIFICATION_IN_PROCESS, the card was vaulted at once".to_owned()),
        Err(error) => error,
    };
    let Some(VaultPaymentMethodError::VerificationInProcess { normal_url, applink_url, .. }) = error.api_error() else {
        return Err(format!("expected VERIFICATION_IN_PROCESS, got {error}"));
    };
    println!("   VERIFICATION_IN_PROCESS; next step: {:?}", error.next_step());
    let (web, app) = (normal_url.as_deref().unwrap_or_default(), applink_url.as_deref().unwrap_or_default());
    println!("   send the buyer to {web} (app: {app})");
    println!("   ... the buyer verifies the card");
    setup.sandbox.complete_verification(CLIENT_ID, id, true).await;
    let notification = next_notification(&mut setup.notifications).await?;
    println!("   notification verified: {:?}", notification.vaulting_status);
    let token = token_of(notification).ok_or("no token in the notification")?;
    inquire(&setup.client, id, &token).await
}

fn token_of(notification: VaultingNotification) -> Option<String> {
    notification.payment_method_detail.card.and_then(|c| c.card_token).map(|t| t.expose().clone())
}

fn session_request(id: &str, notify_url: &str) -> Step<CreateVaultingSessionRequest> {
    Ok(CreateVaultingSessionRequest::new(CreateVaultingSessionRequired {
        vaulting_request_id: Text::new(id).map_err(|e| e.to_string())?,
        vaulting_notification_url: HttpUrl::new(notify_url).map_err(|e| e.to_string())?,
    }))
}

fn vault_request(id: &str, notify_url: &str, card_no: &str, three_ds: bool) -> Step<VaultPaymentMethodRequest> {
    let mut card = CardPaymentMethodDetail::new(CardPaymentMethodDetailRequired {
        card_no: Secret::new(Text::new(card_no).map_err(|e| e.to_string())?),
        expiry_year: text!("30"),
        expiry_month: text!("12"),
    });
    let mut holder = UserName::new(UserNameRequired { first_name: text!("Ada"), last_name: text!("Lovelace") });
    holder.full_name = Some(text!("Ada Lovelace"));
    card.cardholder_name = Some(holder);
    card.is_3ds_authentication = Some(three_ds);
    let mut method = PaymentMethodDetail::new(PaymentMethodDetailRequired { payment_method_type: text!("CARD") });
    method.card = Some(card);
    Ok(VaultPaymentMethodRequest::new(VaultPaymentMethodRequired {
        vaulting_request_id: Text::new(id).map_err(|e| e.to_string())?,
        vaulting_notification_url: HttpUrl::new(notify_url).map_err(|e| e.to_string())?,
        redirect_url: url!("https://merchant.example/vaulting/done"),
        payment_method_detail: method,
        env: Env::new(EnvRequired { terminal_type: TerminalType::Web }),
    }))
}

async fn inquire(client: &Client, id: &str, token: &str) -> Step<()> {
    let request = InquireVaultingRequest::new(InquireVaultingRequired {
        vaulting_request_id: Text::new(id).map_err(|e| e.to_string())?,
    });
    let answer = client.vaulting().inquire_vaulting(&request).await.map_err(|e| e.to_string())?;
    let inquired =
        answer.payment_method_detail.and_then(|p| p.card).and_then(|c| c.card_token).map(|t| t.expose().clone());
    println!("   {:?}; the card token matches: {}", answer.vaulting_status, inquired.as_deref() == Some(token));
    Ok(())
}

async fn next_notification(notifications: &mut mpsc::Receiver<VaultingNotification>) -> Step<VaultingNotification> {
    tokio::time::timeout(Duration::from_secs(10), notifications.recv())
        .await
        .map_err(|_| "no notification within 10 s".to_owned())?
        .ok_or_else(|| "the webhook stopped".to_owned())
}

/// Notifications already handled, so that a resend is acknowledged but not handled twice.
static DEDUP: std::sync::LazyLock<Deduplicator> = std::sync::LazyLock::new(Deduplicator::new);

/// The merchant's webhook: verifies each notification against Antom's (here: the sandbox's)
/// public key and this endpoint's path, hands new ones over, and acknowledges.
async fn start_webhook() -> Step<(String, mpsc::Receiver<VaultingNotification>)> {
    let key = AntomPublicKey::from_text(test_keys::SANDBOX_PUBLIC_KEY).map_err(|e| e.to_string())?;
    let webhook = Arc::new(Webhook::new(CLIENT_ID, key));
    let (sender, receiver) = mpsc::channel(8);
    let handler = move |uri: Uri, headers: HeaderMap, body: Bytes| {
        let (webhook, sender) = (Arc::clone(&webhook), sender.clone());
        async move {
            let headers = WebhookHeaders::from_header_map(&headers);
            match webhook.receive_keyed::<VaultingNotification>(uri.path(), &headers, &body) {
                Ok((notification, key)) => {
                    // Applied once per identity; a failed hand-over is not recorded, so the
                    // error answer makes the sandbox (Antom) send it again.
                    match DEDUP.apply_once(&key, sender.send(notification)).await {
                        Ok(_) => (StatusCode::OK, ACKNOWLEDGEMENT.to_owned()),
                        Err(error) => (StatusCode::INTERNAL_SERVER_ERROR, error.to_string()),
                    }
                }
                Err(error) => (StatusCode::BAD_REQUEST, error.to_string()),
            }
        }
    };
    let app = axum::Router::new().route(WEBHOOK_PATH, axum::routing::post(handler));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.map_err(|e| e.to_string())?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    tokio::spawn(async move { axum::serve(listener, app).await });
    Ok((format!("http://{addr}{WEBHOOK_PATH}"), receiver))
}
