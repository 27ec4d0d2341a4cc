//! Interoperability with Antom's official Python SDK, `global-open-sdk-python`: its client
//! calls our sandbox and verifies our response signatures, and its signature tool verifies a
//! signature our client produced. This is the proof that we speak the real protocol rather
//! than agree with ourselves.
//!
//! The test installs the SDK into a virtual environment under `target/` on first run (PyPI
//! access needed once). Set `VAULT_SKIP_PYTHON_INTEROP=1` to skip it on a machine without
//! Python or PyPI; it says so loudly.

mod common;

use serde_json::{Value, json};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use vault_sandbox::test_keys;

const SDK: &str = "global-open-sdk-python==1.7.1";

/// The venv's python, with the SDK installed (once).
fn python_with_sdk() -> PathBuf {
    common::python::with(&[SDK])
}

/// The base64 body of a PEM key, the form the Python SDK takes.
fn bare(pem: &str) -> String {
    pem.lines().filter(|l| !l.starts_with("-----")).collect()
}

/// The job for the script: where the sandbox is, the keys, and a request our client signed
/// (as the sandbox received it).
fn job(sandbox: &vault_sandbox::RunningSandbox, ours: &vault_sandbox::RecordedCall) -> Value {
    json!({
        "sandbox_url": sandbox.url(),
        "client_id": common::CLIENT_ID,
        "merchant_private_key": bare(test_keys::MERCHANT_PRIVATE_KEY_PKCS1),
        "merchant_public_key": bare(test_keys::MERCHANT_PUBLIC_KEY),
        "sandbox_public_key": bare(test_keys::SANDBOX_PUBLIC_KEY),
        "our_request": {
            "path": ours.path,
            "client_id": ours.client_id,
            "request_time": ours.request_time,
            "body": String::from_utf8_lossy(&ours.body),
            "signature": ours.signature,
        },
    })
}

/// Runs the interop script with the SDK's Python and returns its JSON report.
fn run_script(python: PathBuf, job: &Value) -> Value {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/python/antom_interop.py");
    let run = || {
        let mut child = Command::new(python)
            .arg(script)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()?;
        if let Some(mut stdin) = child.stdin.take() {
            stdin.write_all(job.to_string().as_bytes())?;
        }
        child.wait_with_output()
    };
    let output = run().unwrap_or_else(|e| panic!("the Python SDK did not run: {e}"));
    assert!(output.status.success(), "the Python SDK failed:\n{}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&output.stdout)))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_official_python_sdk_and_we_verify_each_other() {
    if std::env::var_os("VAULT_SKIP_PYTHON_INTEROP").is_some() {
        eprintln!("SKIPPED: interoperability with the official Python SDK (VAULT_SKIP_PYTHON_INTEROP is set)");
        return;
    }
    let python = tokio::task::spawn_blocking(python_with_sdk).await.unwrap_or_else(|e| panic!("{e}"));
    let sandbox = common::sandbox().await;
    let ours = common::client(&sandbox).create_vaulting_session(&common::request("RS-SIGNED-0001")).await;
    assert!(ours.is_ok(), "{ours:?}");
    let job = job(&sandbox, &sandbox.calls()[0]);
    let report = tokio::task::spawn_blocking(move || run_script(python, &job)).await.unwrap_or_else(|e| panic!("{e}"));

    assert_eq!(report["sdk_call"]["result_code"], "SUCCESS", "{report}");
    assert!(report["sdk_call"]["session_id"].as_str().is_some_and(|id| id.starts_with("VS")), "{report}");
    assert!(report["sdk_call"]["session_data_length"].as_u64().is_some_and(|n| n > 0), "{report}");
    assert_eq!(report["sdk_rejects_wrong_key"], true, "the SDK really verifies: {report}");
    assert_eq!(report["sdk_verifies_our_signature"], true, "{report}");
    assert_eq!(report["sdk_rejects_changed_body"], true, "{report}");

    // What the SDK sent, as the sandbox saw it: its own request-time format, a pretty-printed
    // body, and a signature the sandbox verified.
    let sdk_calls: Vec<_> =
        sandbox.calls().into_iter().filter(|c| c.body.windows(11).any(|w| w == b"PY-SDK-0001")).collect();
    assert_eq!(sdk_calls.len(), 1);
    assert!(sdk_calls[0].signature_valid);
    assert!(sdk_calls[0].request_time.as_deref().is_some_and(|t| t.contains('T')), "ISO 8601 request time");
    assert!(sdk_calls[0].body.contains(&b'\n'), "pretty-printed body");
    assert_eq!(sdk_calls[0].path, "/ams/sandbox/api/v1/vaults/createVaultingSession");
}
