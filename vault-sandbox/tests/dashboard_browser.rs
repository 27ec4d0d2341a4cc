//! The dashboard in a real browser: headless Chromium driven through WebDriver (chromedriver,
//! fantoccini) after a payment flow. The rows are there, no card number, CVV, token or session
//! data appears anywhere in the page source, a merchant's hostile string is shown as text, and
//! the actions (finish 3-D Secure, advance the clock) change what the page shows.
//!
//! Needs Debian's `chromium` and `chromium-driver` (`.ci/run` installs them; `VAULT_CHROMIUM`
//! and `VAULT_CHROMEDRIVER` name other binaries). Without them the test fails in CI and,
//! elsewhere, says on the terminal that it did not run. `VAULT_DASHBOARD_SCREENSHOT=PATH`
//! keeps a screenshot of the page (the README's picture is made so).
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "test helpers stop at a broken assumption")]

mod common;

use common::{CLIENT_ID, Merchant, client, pay_request, refund_request, vaulted_token};
use fantoccini::{Client as Browser, Locator};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;
use vault_generated::vaulting::{CreateVaultingSessionRequest, CreateVaultingSessionRequired};
use vault_generated::{ApiError as _, text, url};
use vault_sandbox::Sandbox;

/// The flags Chromium needs here: headless, as root, and with no network to reach (without
/// them it waits on services it cannot reach).
const CHROMIUM_FLAGS: [&str; 9] = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1700,2400",
];

/// The first of `names` found as given (a path) or on PATH.
fn find_program(variable: &str, names: &[&str]) -> Option<PathBuf> {
    let given = std::env::var_os(variable).map(PathBuf::from);
    let path = std::env::var_os("PATH").unwrap_or_default();
    given
        .into_iter()
        .chain(names.iter().flat_map(|name| {
            let name = Path::new(name);
            let on_path: Vec<PathBuf> = std::env::split_paths(&path).map(|dir| dir.join(name)).collect();
            std::iter::once(name.to_path_buf()).filter(|p| p.is_absolute()).chain(on_path)
        }))
        .find(|candidate| candidate.is_file())
}

/// chromedriver, killed when dropped.
struct Driver {
    child: Child,
    url: String,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Driver {
    async fn start(program: &Path) -> Driver {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let child = Command::new(program)
            .args([format!("--port={port}"), "--allowed-ips=127.0.0.1".to_owned()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("chromedriver did not start: {e}"));
        let url = format!("http://127.0.0.1:{port}");
        let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
        while reqwest::get(format!("{url}/status")).await.is_err() {
            assert!(tokio::time::Instant::now() < deadline, "chromedriver did not answer on {url}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        Driver { child, url }
    }
}

/// A headless Chromium session with an empty profile of its own.
async fn browser(driver: &Driver, chromium: &Path) -> Browser {
    let profile = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("chromium-profile-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&profile);
    std::fs::create_dir_all(&profile).unwrap();
    let mut args: Vec<String> = CHROMIUM_FLAGS.iter().map(|flag| (*flag).to_owned()).collect();
    args.push(format!("--user-data-dir={}", profile.display()));
    let options = serde_json::json!({ "binary": chromium, "args": args });
    let mut capabilities = serde_json::Map::new();
    capabilities.insert("goog:chromeOptions".to_owned(), options);
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    let session = fantoccini::ClientBuilder::new(connector).capabilities(capabilities).connect(&driver.url).await;
    session.unwrap_or_else(|e| panic!("no Chromium session: {e}"))
}

/// Chromium and chromedriver, or `None` (the test did not run) outside CI.
fn programs() -> Option<(PathBuf, PathBuf)> {
    let chromium = find_program("VAULT_CHROMIUM", &["chromium", "chromium-browser", "google-chrome"]);
    let driver = find_program("VAULT_CHROMEDRIVER", &["chromedriver", "/usr/lib/chromium/chromedriver"]);
    match (chromium, driver) {
        (Some(chromium), Some(driver)) => Some((chromium, driver)),
        _ => {
            let why = "the dashboard's browser test needs chromium and chromedriver (Debian: apt-get install chromium chromium-driver)";
            assert!(!common::in_ci(), "{why}; .ci/run installs them");
            // Direct writes to stderr pass the harness's capture, which swallows `eprintln!`.
            let _ = writeln!(std::io::stderr(), "\nNOT RUN: {why}");
            None
        }
    }
}

/// What the flow leaves that must never reach the page.
struct Secrets {
    token: String,
    session_data: String,
}

/// Vaults a card, pays (captured at once) and refunds part, pays with 3-D Secure (left
/// waiting), pays with a hostile request id, and opens a vaulting session.
async fn payment_flow(sandbox_url: &str, merchant: &Merchant) -> Secrets {
    let client = client(sandbox_url);
    let token = vaulted_token(&client, "V-DASH").await;
    let paid = client.payments().pay(&pay_request("P-DASH", &token, 1000, Some(&merchant.url))).await.unwrap();
    client.payments().refund(&refund_request("R-DASH", &paid.payment_id.unwrap(), 400)).await.unwrap();
    let mut three_ds = pay_request("P-DASH-3DS", &token, 2500, Some(&merchant.url));
    three_ds.payment_method.require_issuer_authentication = Some(true);
    let waiting = client.payments().pay(&three_ds).await.err().and_then(|e| e.api_error().map(|e| e.code().to_owned()));
    assert_eq!(waiting.as_deref(), Some("PAYMENT_IN_PROCESS"), "3-D Secure waits for the buyer");
    client.payments().pay(&pay_request("<script>document.title='owned'</script>", &token, 100, None)).await.unwrap();
    let session = client
        .vaulting()
        .create_vaulting_session(&CreateVaultingSessionRequest::new(CreateVaultingSessionRequired {
            vaulting_request_id: text!("V-DASH-SESSION"),
            vaulting_notification_url: url!("http://127.0.0.1:9/unused"),
        }))
        .await
        .unwrap();
    Secrets { token, session_data: session.vaulting_session_data.expose().clone() }
}

/// The text of the cells of the row of `table` whose first cell is `first`.
async fn row(browser: &Browser, table: &str, first: &str) -> Vec<String> {
    for row in browser.find_all(Locator::Css(&format!("#{table} tr"))).await.unwrap() {
        let mut cells = Vec::new();
        for cell in row.find_all(Locator::Css("td")).await.unwrap() {
            cells.push(cell.text().await.unwrap());
        }
        if cells.first().is_some_and(|cell| cell == first) {
            return cells;
        }
    }
    panic!("no row starting with {first} in #{table}");
}

/// The note of the page the form redirected to, once it starts with `start`.
async fn note_after(browser: &Browser, start: &str) -> String {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    loop {
        if let Ok(note) = browser.find(Locator::Id("note")).await
            && let Ok(text) = note.text().await
            && text.starts_with(start)
        {
            return text;
        }
        assert!(tokio::time::Instant::now() < deadline, "no note starting `{start}` after the action");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn payment_state(browser: &Browser, request_id: &str) -> String {
    let cells = row(browser, "payments-table", &payment_id_of(browser, request_id).await).await;
    // The state, without the buttons under it.
    cells[3].lines().next().unwrap_or_default().to_owned()
}

async fn payment_id_of(browser: &Browser, request_id: &str) -> String {
    for row in browser.find_all(Locator::Css("#payments-table tr.payment")).await.unwrap() {
        let cells = row.find_all(Locator::Css("td")).await.unwrap();
        if cells[1].text().await.unwrap() == request_id {
            return cells[0].text().await.unwrap();
        }
    }
    panic!("no payment {request_id} on the page");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dashboard_shows_the_flow_without_secrets_and_its_actions_work() {
    let Some((chromium, chromedriver)) = programs() else { return };
    let merchant = Merchant::start().await;
    merchant.accept();
    let sandbox = Sandbox::new().start().await.unwrap();
    let secrets = payment_flow(&sandbox.url(), &merchant).await;
    sandbox.wait_for_deliveries(4, Duration::from_secs(10)).await;

    let driver = Driver::start(&chromedriver).await;
    let browser = browser(&driver, &chromium).await;
    let dashboard = format!("{}{}", sandbox.url(), vault_sandbox::DASHBOARD_PATH);
    browser.goto(&dashboard).await.unwrap();

    // The rows of the flow, with their money.
    let paid = row(&browser, "payments-table", &payment_id_of(&browser, "P-DASH").await).await;
    let money = ["P-DASH", CLIENT_ID, "Captured", "10.00 USD", "10.00 USD", "10.00 USD", "4.00 USD", "USD"];
    assert_eq!(&paid[1..9], money, "request id, client, state, amount, authorised, captured, refunded, currency");
    assert_eq!(payment_state(&browser, "P-DASH-3DS").await, "AwaitingAuthentication");
    let vaulting = row(&browser, "vaultings-table", "V-DASH").await;
    assert_eq!(&vaulting[1..5], [CLIENT_ID, "Success", "VISA", "411111******1111"]);
    let calls = browser.find_all(Locator::Css("#calls-table tr.call td.api")).await.unwrap();
    let mut apis = Vec::new();
    for call in calls {
        apis.push(call.text().await.unwrap());
    }
    for api in ["vaults/vaultPaymentMethod", "payments/pay", "payments/refund", "vaults/createVaultingSession"] {
        assert!(apis.iter().any(|a| a == api), "{api} not among the calls: {apis:?}");
    }
    let notifications = browser.find(Locator::Css("#notifications-table")).await.unwrap().text().await.unwrap();
    assert!(notifications.contains("PAYMENT_RESULT") && notifications.contains("acknowledged"), "{notifications}");
    let kind_titles = browser.find_all(Locator::Css("h3.kind")).await.unwrap();
    let mut titles = Vec::new();
    for title in kind_titles {
        titles.push(title.text().await.unwrap());
    }
    for kind in ["payment (3 stored)", "refund (1 stored)", "session (1 stored)", "vaulting (1 stored)"] {
        assert!(titles.iter().any(|t| t == kind), "{kind} not among {titles:?}");
    }

    // No secret anywhere in the source; the hostile request id is text, not markup.
    let source = browser.source().await.unwrap();
    for (what, secret) in [
        ("card number", "4111111111111111"),
        ("CVV", "\"737\""),
        ("card token", secrets.token.as_str()),
        ("session data", secrets.session_data.as_str()),
    ] {
        assert!(!source.contains(secret), "the {what} {secret} is on the page");
    }
    assert_eq!(browser.title().await.unwrap(), "Sandbox dashboard", "the merchant's script did not run");
    assert!(source.contains("&lt;script&gt;document.title='owned'&lt;/script&gt;"), "shown escaped");
    if let Some(path) = std::env::var_os("VAULT_DASHBOARD_SCREENSHOT") {
        std::fs::write(&path, browser.screenshot().await.unwrap()).unwrap();
    }

    // Actions: finish the 3-D Secure payment, then move the clock a day.
    let pending = payment_id_of(&browser, "P-DASH-3DS").await;
    let pass = format!("//tr[td[1]='{pending}']//button[@class='authenticate-pass']");
    browser.find(Locator::XPath(&pass)).await.unwrap().click().await.unwrap();
    let note = note_after(&browser, "3-D Secure").await;
    assert!(note.starts_with("3-D Secure passed for the payment P-DASH-3DS"), "{note}");
    assert_eq!(payment_state(&browser, "P-DASH-3DS").await, "Captured");
    let before = browser.find(Locator::Id("clock")).await.unwrap().text().await.unwrap();
    browser.find(Locator::Id("advance-clock")).await.unwrap().click().await.unwrap();
    note_after(&browser, "the clock moved").await;
    let after = browser.find(Locator::Id("clock")).await.unwrap().text().await.unwrap();
    let (before, after) =
        (chrono::DateTime::parse_from_rfc3339(&before).unwrap(), chrono::DateTime::parse_from_rfc3339(&after).unwrap());
    assert!(after - before >= chrono::Duration::days(1), "{before} → {after}");
    browser.close().await.unwrap();
    sandbox.shutdown().await;
}
