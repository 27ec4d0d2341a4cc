//! Shared by the store tests: sandbox processes (the binary), a client, the requests of a
//! payment, a merchant webhook on loopback, and a fresh PostgreSQL database per test.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "test helpers stop at a broken assumption")]
#![allow(dead_code)] // each test binary uses a different subset

pub mod python;

use std::io::{BufRead as _, BufReader, Write as _};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, PoisonError};
// The names of the types pay shares with other pages (Amount, Env, Order, PaymentMethod,
// SettlementStrategy) come from the generator's naming of shared types, which issue 14 section 3
// revisits.
use vault_generated::payments::Amount as PayAmount;
use vault_generated::payments::TerminalType;
use vault_generated::payments::pay::{Env, EnvRequired};
use vault_generated::payments::pay::{SettlementStrategy, SettlementStrategyRequired};
use vault_generated::payments::{
    InquiryPaymentRequest, InquiryRefundRequest, Order, OrderRequired, PayRequest, PayRequired, RefundRequest,
    RefundRequired,
};
use vault_generated::payments::{PaymentMethod, PaymentMethodRequired};
use vault_generated::vaulting::{
    CardPaymentMethodDetail, CardPaymentMethodDetailRequired, PaymentMethodDetail, PaymentMethodDetailRequired,
    VaultPaymentMethodRequest, VaultPaymentMethodRequired,
};
use vault_generated::vaulting::{Env as VaultEnv, EnvRequired as VaultEnvRequired};
use vault_generated::{Client, ClientConfig, Currency, HttpUrl, RetryPolicy, Secret, Text, text, url};
use vault_sandbox::test_keys;

/// The client id of the tests (`SANDBOX_` sends the client to the sandbox paths).
pub const CLIENT_ID: &str = "SANDBOX_STORE_TEST";

fn key_file(name: &str) -> String {
    format!("{}/test-keys/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// A sandbox process, killed (`kill -9`) when dropped.
pub struct Process {
    child: Child,
    /// Its base URL.
    pub url: String,
}

impl Process {
    /// Starts the binary on a free loopback port with `--store store`.
    pub fn start(store: &str) -> Process {
        Self::start_with(store, &[])
    }

    /// Starts the binary with `--store store` and more arguments.
    pub fn start_with(store: &str, args: &[&str]) -> Process {
        Self::spawn(store, args, "warn", Stdio::inherit())
    }

    /// Starts the binary logging each call (`RUST_LOG=info`) into a pipe that [`Process::logs`]
    /// reads.
    pub fn start_logged(store: &str) -> Process {
        Self::spawn(store, &[], "info", Stdio::piped())
    }

    fn spawn(store: &str, args: &[&str], log: &str, stderr: Stdio) -> Process {
        let child = Command::new(env!("CARGO_BIN_EXE_vault-sandbox"))
            .args(["--listen", "127.0.0.1:0", "--store", store])
            .args(args)
            .args(["--merchant-public-key", &key_file("merchant-public.TEST-ONLY.pem")])
            .args(["--signing-key", &key_file("sandbox-private.TEST-ONLY.pem")])
            .env("RUST_LOG", log)
            .stdout(Stdio::piped())
            .stderr(stderr)
            .spawn();
        let mut child = child.unwrap_or_else(|e| panic!("the sandbox did not start: {e}"));
        let mut first = String::new();
        if let Some(stdout) = child.stdout.take() {
            let _ = BufReader::new(stdout).read_line(&mut first);
        }
        let url = first.trim().strip_prefix("listening on ").map(str::to_owned);
        let url = url.unwrap_or_else(|| panic!("the sandbox did not start: {first:?}"));
        Process { child, url }
    }

    /// Stops the process (`kill -9`) and returns what it logged (started with
    /// [`Process::start_logged`]).
    pub fn logs(mut self) -> String {
        let _ = self.child.kill();
        let mut logs = String::new();
        if let Some(mut stderr) = self.child.stderr.take() {
            let _ = std::io::Read::read_to_string(&mut stderr, &mut logs);
        }
        logs
    }

    /// SIGTERM, as a service manager stops it; how it exited (`None`: still running after
    /// `within`, then killed).
    pub fn terminate(mut self, within: std::time::Duration) -> Option<std::process::ExitStatus> {
        let pid = self.child.id().to_string();
        let sent = Command::new("kill").args(["-TERM", &pid]).status();
        assert!(sent.is_ok_and(|s| s.success()), "kill -TERM {pid} failed");
        let deadline = std::time::Instant::now() + within;
        while std::time::Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Some(status);
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        None
    }

    /// `kill -9`: no chance to finish anything.
    pub fn kill(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A client of a sandbox, retrying `U` and lost connections quickly.
pub fn client(url: &str) -> Client {
    let config =
        ClientConfig::from_key_text(url, CLIENT_ID, test_keys::MERCHANT_PRIVATE_KEY, test_keys::SANDBOX_PUBLIC_KEY);
    let client = config.map(Client::new).unwrap_or_else(|e| panic!("{e}")).unwrap_or_else(|e| panic!("{e}"));
    let fast = RetryPolicy {
        max_attempts: 3,
        initial_backoff: std::time::Duration::from_millis(10),
        max_backoff: std::time::Duration::from_millis(50),
    };
    client.with_retry(fast)
}

fn text64(value: &str) -> Text<64> {
    Text::new(value).unwrap_or_else(|e| panic!("{e}"))
}

fn usd(minor_units: i64) -> PayAmount {
    PayAmount::from_minor_units(Currency::USD, minor_units).unwrap_or_else(|e| panic!("{e}"))
}

/// Vaults the test Visa card (no 3-D Secure); its token.
pub async fn vaulted_token(client: &Client, id: &str) -> String {
    let mut card = CardPaymentMethodDetail::new(CardPaymentMethodDetailRequired {
        card_no: Secret::new(text!("4111111111111111")),
        expiry_year: text!("30"),
        expiry_month: text!("12"),
    });
    card.cvv = Some(Secret::new(text!("737")));
    let mut method = PaymentMethodDetail::new(PaymentMethodDetailRequired { payment_method_type: text!("CARD") });
    method.card = Some(card);
    let request = VaultPaymentMethodRequest::new(VaultPaymentMethodRequired {
        vaulting_request_id: Text::new(id).unwrap_or_else(|e| panic!("{e}")),
        vaulting_notification_url: url!("http://127.0.0.1:9/unused"),
        redirect_url: url!("https://merchant.example/done"),
        payment_method_detail: method,
        env: VaultEnv::new(VaultEnvRequired { terminal_type: TerminalType::Web }),
    });
    let answer = client.vaulting().vault_payment_method(&request).await.unwrap_or_else(|e| panic!("vaulting: {e}"));
    let token = answer.payment_method_detail.and_then(|m| m.card).and_then(|c| c.card_token);
    token.map(|t| t.expose().clone()).unwrap_or_else(|| panic!("no token"))
}

/// A pay request, captured automatically, notified to `notify` when given.
pub fn pay_request(request_id: &str, token: &str, amount: i64, notify: Option<&str>) -> PayRequest {
    let order = Order::new(OrderRequired {
        reference_order_id: text64(&format!("ORDER-{request_id}")),
        order_description: text!("A ticket"),
        order_amount: usd(amount),
    });
    let mut method = PaymentMethod::new(PaymentMethodRequired { payment_method_type: text!("CARD") });
    method.payment_method_id = Some(Secret::new(Text::new(token).unwrap_or_else(|e| panic!("{e}"))));
    let mut request = PayRequest::new(PayRequired {
        env: Env::new(EnvRequired { terminal_type: TerminalType::Web }),
        order,
        payment_request_id: text64(request_id),
        payment_amount: usd(amount),
        settlement_strategy: SettlementStrategy::new(SettlementStrategyRequired { settlement_currency: text!("USD") }),
        payment_method: method,
        payment_redirect_url: url!("http://127.0.0.1:9/returned"),
    });
    request.payment_notify_url = notify.map(|u| HttpUrl::new(u).unwrap_or_else(|e| panic!("{e}")));
    request
}

/// A refund of `amount` USD minor units.
pub fn refund_request(request_id: &str, payment_id: &str, amount: i64) -> RefundRequest {
    RefundRequest::new(RefundRequired {
        refund_request_id: text64(request_id),
        payment_id: text64(payment_id),
        refund_amount: usd(amount),
    })
}

/// An inquiry of a payment by its id.
pub fn inquiry(payment_id: &str) -> InquiryPaymentRequest {
    let mut request = InquiryPaymentRequest::new();
    request.payment_id = Some(text64(payment_id));
    request
}

/// An inquiry of a refund by its id.
pub fn refund_inquiry(refund_id: &str) -> InquiryRefundRequest {
    let mut request = InquiryRefundRequest::new();
    request.refund_id = Some(text64(refund_id));
    request
}

/// Whether `CI` says this is a CI run (set, and not `false` or `0`).
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0")
}

/// The URL of a new, empty PostgreSQL database for one test, on the server that
/// `VAULT_TEST_POSTGRES_URL` names (`scripts/with-postgres.sh` starts one). Without it the
/// test fails in CI and, elsewhere, says on the terminal that it did not run.
pub fn fresh_postgres(test: &str) -> Option<String> {
    let Some(admin) = std::env::var("VAULT_TEST_POSTGRES_URL").ok().filter(|url| !url.is_empty()) else {
        assert!(!in_ci(), "VAULT_TEST_POSTGRES_URL is not set in CI: {test} needs PostgreSQL (.ci/run starts it)");
        let note = format!(
            "NOT RUN: {test} needs PostgreSQL; run it under scripts/with-postgres.sh (VAULT_TEST_POSTGRES_URL is not set)"
        );
        // Direct writes to stderr pass the harness's capture, which swallows `eprintln!`.
        let _ = writeln!(std::io::stderr(), "\n{note}");
        return None;
    };
    let name = format!(
        "vault_{}_{}",
        test.to_lowercase().replace(|c: char| !c.is_ascii_alphanumeric(), "_"),
        std::process::id()
    );
    let created = std::thread::spawn({
        let (admin, name) = (admin.clone(), name.clone());
        move || -> Result<(), postgres::Error> {
            let mut db = postgres::Client::connect(&admin, postgres::NoTls)?;
            db.batch_execute(&format!("DROP DATABASE IF EXISTS {name}"))?;
            db.batch_execute(&format!("CREATE DATABASE {name}"))
        }
    })
    .join();
    match created {
        Ok(Ok(())) => {}
        Ok(Err(e)) => panic!("cannot create the test database: {e}"),
        Err(_) => panic!("cannot create the test database"),
    }
    let base = admin.rsplit_once('/').map_or(admin.as_str(), |(base, _)| base);
    Some(format!("{base}/{name}"))
}

/// A merchant's notification endpoint on loopback: refuses every notification (503) until
/// [`Merchant::accept`] is called, then acknowledges them; keeps the bodies it acknowledged.
pub struct Merchant {
    /// The notification URL.
    pub url: String,
    state: Arc<Mutex<(bool, Vec<serde_json::Value>)>>,
}

impl Merchant {
    /// Starts refusing.
    pub async fn start() -> Merchant {
        let state = Arc::new(Mutex::new((false, Vec::new())));
        let seen = Arc::clone(&state);
        let handler = move |body: axum::body::Bytes| {
            let seen = Arc::clone(&seen);
            async move {
                let mut state = seen.lock().unwrap_or_else(PoisonError::into_inner);
                if !state.0 {
                    return (axum::http::StatusCode::SERVICE_UNAVAILABLE, String::new());
                }
                state.1.push(serde_json::from_slice(&body).unwrap_or_default());
                (axum::http::StatusCode::OK, vault_generated::ACKNOWLEDGEMENT.to_owned())
            }
        };
        let app = axum::Router::new().route("/hooks", axum::routing::post(handler));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap_or_else(|e| panic!("{e}"));
        let addr = listener.local_addr().unwrap_or_else(|e| panic!("{e}"));
        tokio::spawn(async move { axum::serve(listener, app).await });
        Merchant { url: format!("http://{addr}/hooks"), state }
    }

    /// From now on, acknowledges.
    pub fn accept(&self) {
        self.state.lock().unwrap_or_else(PoisonError::into_inner).0 = true;
    }

    /// The bodies acknowledged so far.
    pub fn received(&self) -> Vec<serde_json::Value> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner).1.clone()
    }
}
