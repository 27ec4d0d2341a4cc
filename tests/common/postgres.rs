//! A throwaway PostgreSQL database per test, on the server `VAULT_TEST_POSTGRES_URL` names
//! (`scripts/with-postgres.sh` starts one; `.ci/run` wraps the tests with it).

use std::io::Write as _;
use vault_generated::tokio_postgres::{self, Client, NoTls};

/// Whether `CI` says this is a CI run (set, and not `false` or `0`).
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0")
}

/// The URL of a new, empty database for `test`. Without `VAULT_TEST_POSTGRES_URL` the test
/// fails in CI and, elsewhere, says on the terminal that it did not run.
pub async fn fresh_postgres(test: &str) -> Option<String> {
    let Some(admin) = std::env::var("VAULT_TEST_POSTGRES_URL").ok().filter(|url| !url.is_empty()) else {
        assert!(!in_ci(), "VAULT_TEST_POSTGRES_URL is not set in CI: {test} needs PostgreSQL (.ci/run starts it)");
        // Direct writes to stderr pass the harness's capture, which swallows `eprintln!`.
        let _ = writeln!(
            std::io::stderr(),
            "\nNOT RUN: {test} needs PostgreSQL; run it under scripts/with-postgres.sh (VAULT_TEST_POSTGRES_URL is not set)"
        );
        return None;
    };
    let name = format!("vault_{test}_{}", std::process::id());
    let admin_client = connect(&admin).await;
    // Two statements: CREATE DATABASE cannot run in the transaction a batch of them shares.
    for sql in [format!("DROP DATABASE IF EXISTS {name}"), format!("CREATE DATABASE {name}")] {
        admin_client.batch_execute(&sql).await.unwrap_or_else(|e| panic!("cannot create the test database: {e}"));
    }
    let base = admin.rsplit_once('/').map_or(admin.as_str(), |(base, _)| base);
    Some(format!("{base}/{name}"))
}

/// A connection (its driver runs on a task of its own).
pub async fn connect(url: &str) -> Client {
    let (client, connection) =
        tokio_postgres::connect(url, NoTls).await.unwrap_or_else(|e| panic!("cannot connect to {url}: {e}"));
    tokio::spawn(connection);
    client
}
