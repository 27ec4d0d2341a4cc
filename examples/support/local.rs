//! Start-up the examples share: the embedded sandbox with the committed TEST-ONLY keys, a
//! client of it, a run id that keeps request ids unique across runs against one sandbox, and
//! `main`'s exit code.
#![allow(dead_code)] // each example uses a different subset

use std::process::ExitCode;
use vault_generated::{Client, ClientConfig};
use vault_sandbox::{RunningSandbox, Sandbox, test_keys};

/// `main`'s exit code: success, or the error printed and failure.
pub fn exit(outcome: Result<(), String>) -> ExitCode {
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The sandbox, started in-process on a loopback port, and a client of it for `client_id`
/// (its keys are the sandbox's TEST-ONLY keys: never for a real account).
pub async fn sandbox_and_client(client_id: &str) -> Result<(RunningSandbox, Client), String> {
    let sandbox = Sandbox::new().start().await.map_err(|e| e.to_string())?;
    println!("Sandbox (TEST-ONLY keys) at {}", sandbox.url());
    let config = ClientConfig::from_key_text(
        sandbox.url(),
        client_id,
        test_keys::MERCHANT_PRIVATE_KEY,
        test_keys::SANDBOX_PUBLIC_KEY,
    );
    let client = Client::new(config.map_err(|e| e.to_string())?).map_err(|e| e.to_string())?;
    Ok((sandbox, client))
}

/// Milliseconds since the epoch: request ids made from it differ from one run to the next.
pub fn run_id() -> u128 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis())
}
