//! `SqliteDeduplicator` on a real file shared by several deduplicators (each its own
//! connection, as separate processes of one machine have): copies of one notification applied
//! side by side run the work once; a failed or panicking work leaves nothing, and the next
//! copy applies it.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "tests stop at a broken assumption")]

use std::path::{Path, PathBuf};
use vault_generated::rusqlite::{Connection, Transaction};
use vault_generated::{DedupError, Notification, NotificationKey, Outcome, SqliteDeduplicator};

#[derive(serde::Deserialize)]
struct Refund;

impl Notification for Refund {
    const NAME: &'static str = "notifyRefund";
    const IDENTITY: &'static [&'static str] = &["notifyType", "refundId"];
}

fn key(refund_id: &str) -> NotificationKey {
    let body = format!(r#"{{"notifyType":"REFUND_RESULT","refundId":"{refund_id}"}}"#);
    NotificationKey::of::<Refund>(body.as_bytes()).unwrap_or_else(|e| panic!("{e}"))
}

/// A database file of its own under the target directory, with the merchant's table.
fn database(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let path = dir.join(format!("{name}-{}.sqlite", std::process::id()));
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    let connection = Connection::open(&path).unwrap_or_else(|e| panic!("{e}"));
    connection.execute_batch("CREATE TABLE refunds (id TEXT NOT NULL)").unwrap_or_else(|e| panic!("{e}"));
    path
}

fn record(tx: &Transaction<'_>, id: &str) -> Result<(), String> {
    tx.execute("INSERT INTO refunds (id) VALUES (?1)", [id]).map(|_| ()).map_err(|e| e.to_string())
}

fn applied(path: &Path, id: &str) -> i64 {
    let connection = Connection::open(path).unwrap_or_else(|e| panic!("{e}"));
    let count = connection.query_row("SELECT count(*) FROM refunds WHERE id = ?1", [id], |row| row.get(0));
    count.unwrap_or_else(|e| panic!("{e}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn copies_applied_side_by_side_on_one_file_run_the_work_once() {
    let path = database("side_by_side");
    let stores: Vec<SqliteDeduplicator> =
        (0..4).map(|_| SqliteDeduplicator::open(&path).unwrap_or_else(|e| panic!("{e}"))).collect();
    let mut copies = Vec::new();
    for copy in 0..16 {
        let store = stores[copy % stores.len()].clone();
        copies.push(tokio::spawn(async move { store.apply_once(&key("R-1"), |tx| record(tx, "R-1")).await }));
    }
    let mut outcomes = Vec::new();
    for copy in copies {
        outcomes.push(copy.await.unwrap_or_else(|e| panic!("{e}")).unwrap_or_else(|e| panic!("{e}")));
    }
    assert_eq!(outcomes.iter().filter(|o| matches!(o, Outcome::Applied(()))).count(), 1, "{outcomes:?}");
    assert_eq!(applied(&path, "R-1"), 1);
}

#[tokio::test]
async fn a_failed_or_panicking_work_leaves_nothing_and_the_next_copy_applies_it() {
    let path = database("failures");
    let store = SqliteDeduplicator::open(&path).unwrap_or_else(|e| panic!("{e}"));
    let failed = store
        .apply_once(&key("R-2"), |tx| {
            record(tx, "R-2")?;
            Err::<(), _>("injected: failed midway".to_owned())
        })
        .await;
    assert!(matches!(failed, Err(DedupError::Work(_))), "{failed:?}");
    let panicked = store
        .apply_once(&key("R-2"), |tx| -> Result<(), String> {
            record(tx, "R-2")?;
            panic!("injected: panicked midway")
        })
        .await;
    assert!(matches!(panicked, Err(DedupError::Store(_))), "{panicked:?}");
    assert_eq!(applied(&path, "R-2"), 0, "both works rolled back with their key");
    let again = store.apply_once(&key("R-2"), |tx| record(tx, "R-2")).await;
    assert!(matches!(again, Ok(Outcome::Applied(()))), "{again:?}");
    let resent = store.apply_once(&key("R-2"), |tx| record(tx, "R-2")).await;
    assert!(matches!(resent, Ok(Outcome::AlreadyApplied)), "{resent:?}");
    assert_eq!(applied(&path, "R-2"), 1);
}
