//! `vault-sandbox`: the Antom-compatible sandbox as a standalone server.

use clap::Parser;
use std::io::{IsTerminal as _, Write as _};
use std::net::SocketAddr;
use std::num::NonZeroU32;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;
use vault_sandbox::{AllowEntry, Retention, Sandbox, Storage};

/// A local server that speaks Antom's signed protocol for the APIs of api-docs/.
///
/// Without key options it uses the committed TEST-ONLY keys (vault-sandbox/test-keys/), which
/// are public and must never be used with a real account.
#[derive(Debug, Parser)]
#[command(version)]
struct Args {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    listen: SocketAddr,
    /// The merchant's public key (PEM or base64 SubjectPublicKeyInfo), which verifies requests.
    #[arg(long, value_name = "PATH")]
    merchant_public_key: Option<PathBuf>,
    /// The private key (PEM or base64, PKCS#8 or PKCS#1) that signs answers.
    #[arg(long, value_name = "PATH")]
    signing_key: Option<PathBuf>,
    /// Accept only this client id (repeatable); any id when none is given.
    #[arg(long = "client-id", value_name = "ID")]
    client_ids: Vec<String>,
    /// Where the world is kept: `memory` (gone at exit), a SQLite file path (survives
    /// restarts; one process at a time), or a `postgres://user@host:port/db` URL (shared by
    /// every sandbox process that names it).
    #[arg(long, value_name = "memory|PATH|postgres://...", default_value = "memory")]
    store: Storage,
    /// How many calls the call log keeps (and how many finished notifications and kept answers).
    #[arg(long, value_name = "N", default_value_t = Retention::default().calls)]
    log_keep: usize,
    /// How long the call log keeps a call, in seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = Retention::default().max_age.as_secs())]
    log_max_age: u64,
    /// Where notifications may be sent (repeatable): a host name, or a network every address
    /// of a URL's host must lie in (`10.0.0.0/8`, `::1`). Others are recorded as refused and
    /// never sent. Default: loopback only (127.0.0.0/8 and ::1); the list replaces it.
    #[arg(long = "notify-allow", value_name = "HOST|CIDR")]
    notify_allow: Vec<AllowEntry>,
    /// Answer REQUEST_TRAFFIC_EXCEED_LIMIT (U) to a client id past N calls a second (bursts of
    /// up to N), to try a client's backoff. Off by default.
    #[arg(long, value_name = "N")]
    rate_limit: Option<NonZeroU32>,
}

fn read_key(path: &Option<PathBuf>, what: &str) -> Result<Option<String>, String> {
    match path {
        None => {
            eprintln!("warning: no {what} given; using the TEST-ONLY key from vault-sandbox/test-keys/");
            Ok(None)
        }
        Some(path) => std::fs::read_to_string(path)
            .map(Some)
            .map_err(|e| format!("cannot read the {what} `{}`: {e}", path.display())),
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()))
        .init();
    let args = Args::parse();
    match run(args).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn run(args: Args) -> Result<(), String> {
    let retention = Retention { calls: args.log_keep, max_age: Duration::from_secs(args.log_max_age) };
    let mut sandbox =
        Sandbox::new().listen(args.listen).client_ids(args.client_ids).store(args.store).retention(retention);
    if !args.notify_allow.is_empty() {
        sandbox = sandbox.notify_allow(args.notify_allow);
    }
    if let Some(limit) = args.rate_limit {
        sandbox = sandbox.rate_limit(limit);
    }
    if let Some(key) = read_key(&args.merchant_public_key, "merchant public key")? {
        sandbox = sandbox.merchant_public_key(key);
    }
    if let Some(key) = read_key(&args.signing_key, "signing key")? {
        sandbox = sandbox.signing_key(key);
    }
    let running = sandbox.start().await.map_err(|e| e.to_string())?;
    let mut stdout = std::io::stdout();
    writeln!(stdout, "listening on {}", running.url()).and_then(|()| stdout.flush()).map_err(|e| e.to_string())?;
    tracing::info!(
        "dashboard: {}{}; health: {}; readiness: {}",
        running.url(),
        vault_sandbox::DASHBOARD_PATH,
        vault_sandbox::HEALTH_PATH,
        vault_sandbox::READY_PATH
    );
    running.run_until_stopped().await;
    Ok(())
}
