//! Creates a vaulting session through the generated client, then shows a value that breaks the
//! page's constraints being caught before anything is sent.
//!
//! With no configuration it starts the sandbox in-process on a loopback port, with the
//! committed TEST-ONLY keys. To call another server instead (and start no sandbox), set all of:
//!
//! - `ANTOM_BASE_URL`: e.g. `https://open-sea-global.alipay.com`
//! - `ANTOM_CLIENT_ID`: e.g. `SANDBOX_5YEXXXX` (sandbox ids use the sandbox paths)
//! - `ANTOM_MERCHANT_PRIVATE_KEY`: a PEM file path, or the key as base64 (PKCS#8 or PKCS#1)
//! - `ANTOM_PUBLIC_KEY`: a PEM file path, or Antom's public key as base64
//!
//! Run: `cargo run --example quickstart`

use std::process::ExitCode;
use vault_generated::vaulting::{
    CreateVaultingSessionDraft, CreateVaultingSessionRequest, CreateVaultingSessionRequired,
};
use vault_generated::{ApiError, Client, ClientConfig, Error, Text, region, url};
use vault_sandbox::{RunningSandbox, Sandbox, test_keys};

const SETTINGS: [&str; 4] = ["ANTOM_BASE_URL", "ANTOM_CLIENT_ID", "ANTOM_MERCHANT_PRIVATE_KEY", "ANTOM_PUBLIC_KEY"];

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), String> {
    let (client, _sandbox) = connect().await?;
    create_session(&client).await?;
    show_invalid_input(&client).await
}

/// The client, and the sandbox it talks to when no server is configured.
async fn connect() -> Result<(Client, Option<RunningSandbox>), String> {
    let set: Vec<&str> = SETTINGS.iter().copied().filter(|name| std::env::var_os(name).is_some()).collect();
    if set.is_empty() {
        let sandbox = Sandbox::new().start().await.map_err(|e| format!("the in-process sandbox did not start: {e}"))?;
        println!("No ANTOM_* settings: using the in-process sandbox at {} with TEST-ONLY keys.", sandbox.url());
        let config = ClientConfig::from_key_text(
            sandbox.url(),
            "SANDBOX_QUICKSTART",
            test_keys::MERCHANT_PRIVATE_KEY,
            test_keys::SANDBOX_PUBLIC_KEY,
        )
        .map_err(|e| e.to_string())?;
        return Ok((Client::new(config).map_err(|e| e.to_string())?, Some(sandbox)));
    }
    if set.len() < SETTINGS.len() {
        let missing: Vec<&str> = SETTINGS.iter().copied().filter(|name| !set.contains(name)).collect();
        return Err(format!(
            "set all of {} (or none, to use the sandbox); missing: {}",
            SETTINGS.join(", "),
            missing.join(", ")
        ));
    }
    let setting = |name: &str| std::env::var(name).map_err(|_| format!("{name} is not valid UTF-8"));
    let base_url = setting("ANTOM_BASE_URL")?;
    let merchant_key = key_text(&setting("ANTOM_MERCHANT_PRIVATE_KEY")?)?;
    let antom_key = key_text(&setting("ANTOM_PUBLIC_KEY")?)?;
    let config = ClientConfig::from_key_text(&base_url, setting("ANTOM_CLIENT_ID")?, &merchant_key, &antom_key)
        .map_err(|e| e.to_string())?;
    println!("Calling {base_url} as {}.", config.client_id);
    Ok((Client::new(config).map_err(|e| e.to_string())?, None))
}

/// A key given as a file path is read from the file; anything else is the key itself.
fn key_text(value: &str) -> Result<String, String> {
    let path = std::path::Path::new(value);
    if path.is_file() {
        std::fs::read_to_string(path).map_err(|e| format!("cannot read {value}: {e}"))
    } else {
        Ok(value.to_owned())
    }
}

async fn create_session(client: &Client) -> Result<(), String> {
    let id = format!("QS-{}", epoch_millis());
    let mut request = CreateVaultingSessionRequest::new(CreateVaultingSessionRequired {
        vaulting_request_id: Text::new(id).map_err(|e| e.to_string())?,
        vaulting_notification_url: url!("https://merchant.example/vaulting/notify"),
    });
    request.merchant_region = Some(region!("SG"));
    request.redirect_url = Some(url!("https://merchant.example/vaulting/done"));
    println!("\ncreateVaultingSession, vaultingRequestId {}", request.vaulting_request_id);
    match client.vaulting().create_vaulting_session(&request).await {
        Ok(response) => {
            println!("  result:     {}", response.result);
            println!("  session id: {}", response.vaulting_session_id);
            println!("  expires at: {}", response.vaulting_session_expiry_time.to_rfc3339());
            println!(
                "  session data: {} characters, not printed (pass it to the client-side SDK)",
                response.vaulting_session_data.expose().len()
            );
            Ok(())
        }
        Err(Error::Api { error, verified, .. }) => {
            Err(format!("the API refused: {error} (verified: {verified}); next step: {:?}", error.next_step()))
        }
        Err(error) => Err(format!("the call failed: {error}; next step: {:?}", error.next_step())),
    }
}

/// Values from outside the program (here: a form) are checked before anything is sent.
async fn show_invalid_input(client: &Client) -> Result<(), String> {
    let mut draft = CreateVaultingSessionDraft::default();
    draft.vaulting_request_id = Some("R".repeat(70));
    draft.vaulting_notification_url = Some("merchant.example/notify".to_owned());
    draft.merchant_region = Some("sg".to_owned());
    let outcome: Result<_, Error<_>> = async {
        let request = CreateVaultingSessionRequest::try_from(draft)?;
        client.vaulting().create_vaulting_session(&request).await
    }
    .await;
    match outcome {
        Err(error @ Error::InvalidRequest(_)) => {
            println!(
                "\nA form with bad values, caught before sending:\n  {error}\n  next step: {:?}",
                error.next_step()
            );
            Ok(())
        }
        Ok(_) => Err("an invalid request was sent".to_owned()),
        Err(other) => Err(format!("expected a validation error, got: {other}")),
    }
}

fn epoch_millis() -> u128 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis())
}
