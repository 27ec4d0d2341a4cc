//! Shared by the end-to-end tests: a sandbox on loopback and a client pointed at it.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "test helpers stop at a broken assumption")]
#![allow(dead_code)] // each test binary uses a different subset

pub mod bodies;
pub mod families;
pub mod logs;
pub mod merchant;
pub mod payments;
pub mod postgres;
// One copy of the venv and the skip rule, with the sandbox binary's Python tests.
#[path = "../../vault-sandbox/tests/common/python.rs"]
pub mod python;
pub mod receivers;

use serde::Serialize;
use serde_json::Value;
use vault_generated::payments::TerminalType;
use vault_generated::vaulting::{
    CardPaymentMethodDetail, CardPaymentMethodDetailRequired, CreateVaultingSessionError, CreateVaultingSessionRequest,
    CreateVaultingSessionRequired, CreateVaultingSessionResponse, PaymentMethodDetail, PaymentMethodDetailRequired,
    VaultPaymentMethodRequest, VaultPaymentMethodRequired,
};
use vault_generated::vaulting::{Env, EnvRequired};
use vault_generated::{Client, ClientConfig, HttpUrl, Operation, Secret, Text, text, url};
use vault_sandbox::{RunningSandbox, Sandbox, test_keys};

/// The client id the tests use; `SANDBOX_` makes the client call the sandbox paths.
pub const CLIENT_ID: &str = "SANDBOX_TEST_CLIENT";

/// Starts a sandbox with the TEST-ONLY keys.
pub async fn sandbox() -> RunningSandbox {
    match Sandbox::new().start().await {
        Ok(sandbox) => sandbox,
        Err(e) => panic!("sandbox did not start: {e}"),
    }
}

/// A client for the sandbox, as `client_id`, signing with `merchant_key`.
pub fn client_with(sandbox: &RunningSandbox, client_id: &str, merchant_key: &str) -> Client {
    let config = ClientConfig::from_key_text(sandbox.url(), client_id, merchant_key, test_keys::SANDBOX_PUBLIC_KEY);
    match config.map(Client::new) {
        Ok(Ok(client)) => client,
        Ok(Err(e)) => panic!("{e}"),
        Err(e) => panic!("{e}"),
    }
}

/// A client for the sandbox with the TEST-ONLY merchant key and fast retries.
pub fn client(sandbox: &RunningSandbox) -> Client {
    let fast = vault_generated::RetryPolicy {
        max_attempts: 3,
        initial_backoff: std::time::Duration::from_millis(10),
        max_backoff: std::time::Duration::from_millis(50),
    };
    client_with(sandbox, CLIENT_ID, test_keys::MERCHANT_PRIVATE_KEY).with_retry(fast)
}

/// A valid request with the given id.
pub fn request(id: &str) -> CreateVaultingSessionRequest {
    let id = match Text::new(id) {
        Ok(id) => id,
        Err(e) => panic!("{e}"),
    };
    CreateVaultingSessionRequest::new(CreateVaultingSessionRequired {
        vaulting_request_id: id,
        vaulting_notification_url: url!("https://merchant.example/vaulting/notify"),
    })
}

/// Any JSON sent as a createVaultingSession body: lets tests send what the typed request
/// cannot hold, to exercise the sandbox's checks.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct RawCreate(pub Value);

impl Operation for RawCreate {
    const NAME: &'static str = CreateVaultingSessionRequest::NAME;
    const PATH: &'static str = CreateVaultingSessionRequest::PATH;
    const IDEMPOTENCY_FIELD: Option<&'static str> = CreateVaultingSessionRequest::IDEMPOTENCY_FIELD;
    type Response = CreateVaultingSessionResponse;
    type Error = CreateVaultingSessionError;

    fn idempotency_key(&self) -> Option<&str> {
        self.0.get("vaultingRequestId").and_then(Value::as_str)
    }
}

/// The workspace root.
pub fn root() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A vaultPaymentMethod request for a card (with a CVV and a card password digest).
pub fn vault_request(id: &str, notify: &str, card_no: &str, three_ds: bool) -> VaultPaymentMethodRequest {
    let (Ok(id), Ok(notify), Ok(number)) = (Text::new(id), HttpUrl::new(notify), Text::new(card_no)) else {
        panic!("test values");
    };
    let mut card = CardPaymentMethodDetail::new(CardPaymentMethodDetailRequired {
        card_no: Secret::new(number),
        expiry_year: text!("30"),
        expiry_month: text!("12"),
    });
    card.cvv = Some(Secret::new(text!("737")));
    card.card_password_digest = Some(Secret::new(text!("12")));
    card.is_3ds_authentication = Some(three_ds);
    let mut method = PaymentMethodDetail::new(PaymentMethodDetailRequired { payment_method_type: text!("CARD") });
    method.card = Some(card);
    VaultPaymentMethodRequest::new(VaultPaymentMethodRequired {
        vaulting_request_id: id,
        vaulting_notification_url: notify,
        redirect_url: url!("https://merchant.example/done"),
        payment_method_detail: method,
        env: Env::new(EnvRequired { terminal_type: TerminalType::Web }),
    })
}

/// A vaultPaymentMethod request for a card, with fixed other values.
pub fn vault_request_with_card(card_no: &str) -> vault_generated::vaulting::VaultPaymentMethodRequest {
    vault_request("V-SECRET", "https://127.0.0.1/notify", card_no, false)
}
