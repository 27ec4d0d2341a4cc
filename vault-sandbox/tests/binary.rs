//! The `vault-sandbox` binary: prints `listening on http://ADDR` first, takes key files and
//! client ids, and logs each call (method, path, signature check, result code).
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "test helpers stop at a broken assumption")]

use std::io::{BufRead as _, BufReader, Read as _};
use std::process::{Child, Command, Stdio};
use vault_generated::vaulting::{CreateVaultingSessionRequest, CreateVaultingSessionRequired};
use vault_generated::{Client, ClientConfig, Error, text, url};
use vault_sandbox::test_keys;

struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn key_file(name: &str) -> String {
    format!("{}/test-keys/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn client(url: &str, client_id: &str) -> Client {
    let config =
        ClientConfig::from_key_text(url, client_id, test_keys::MERCHANT_PRIVATE_KEY, test_keys::SANDBOX_PUBLIC_KEY);
    match config.map(Client::new) {
        Ok(Ok(client)) => client,
        _ => panic!("client"),
    }
}

fn request() -> CreateVaultingSessionRequest {
    CreateVaultingSessionRequest::new(CreateVaultingSessionRequired {
        vaulting_request_id: text!("BIN-0001"),
        vaulting_notification_url: url!("https://merchant.example/notify"),
    })
}

#[tokio::test]
async fn the_binary_announces_its_address_serves_and_logs() {
    let child = Command::new(env!("CARGO_BIN_EXE_vault-sandbox"))
        .args(["--listen", "127.0.0.1:0", "--client-id", "SANDBOX_BIN"])
        .args(["--merchant-public-key", &key_file("merchant-public.TEST-ONLY.pem")])
        .args(["--signing-key", &key_file("sandbox-private-pkcs1.TEST-ONLY.pem")])
        .env("RUST_LOG", "info")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut running = Running(child.unwrap_or_else(|e| panic!("{e}")));
    let mut first = String::new();
    if let Some(stdout) = running.0.stdout.take() {
        let _ = BufReader::new(stdout).read_line(&mut first);
    }
    let url = first.trim().strip_prefix("listening on ").unwrap_or_else(|| panic!("first line: {first:?}")).to_owned();
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");

    assert!(client(&url, "SANDBOX_BIN").vaulting().create_vaulting_session(&request()).await.is_ok());
    match client(&url, "SANDBOX_OTHER").vaulting().create_vaulting_session(&request()).await {
        Err(Error::Api { error, .. }) => {
            assert_eq!(vault_generated::ApiError::code(&*error), "INVALID_CLIENT")
        }
        other => panic!("{other:?}"),
    }

    let _ = running.0.kill();
    let mut logs = String::new();
    if let Some(mut stderr) = running.0.stderr.take() {
        let _ = stderr.read_to_string(&mut logs);
    }
    assert!(
        logs.contains("method=POST path=/ams/sandbox/api/v1/vaults/createVaultingSession signature=Valid code=SUCCESS"),
        "{logs}"
    );
    assert!(logs.contains("code=INVALID_CLIENT"), "{logs}");
    assert!(!logs.contains("TEST-ONLY key"), "keys were given, so no test-key warning: {logs}");
}

#[test]
fn an_unusable_key_file_is_a_clear_error() {
    let output = Command::new(env!("CARGO_BIN_EXE_vault-sandbox"))
        .args(["--listen", "127.0.0.1:0", "--signing-key", &key_file("sandbox-public.TEST-ONLY.pem")])
        .output();
    let output = output.unwrap_or_else(|e| panic!("{e}"));
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("error: the merchant private key was rejected: found a public key (PEM `PUBLIC KEY`)"),
        "{stderr}"
    );
}
