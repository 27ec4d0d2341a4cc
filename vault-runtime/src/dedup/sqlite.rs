//! Applied notifications recorded in SQLite, in the transaction of the merchant's work.

use super::{DedupError, NotificationKey, Outcome, StoreError, table};
use rusqlite::{Connection, Transaction, TransactionBehavior};
use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

/// How long a transaction waits for another process's write lock on the file (a copy of the
/// same notification being applied there) before it fails.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// Records applied notifications in an SQLite database and runs the merchant's work in the
/// same transaction, so that the work and the record are kept or lost together. The work is
/// synchronous (rusqlite) and runs on tokio's blocking threads. Processes that share the file
/// share the record: a transaction takes the file's write lock first, so a copy applied
/// elsewhere at the same time waits, then finds it applied.
#[derive(Debug, Clone)]
pub struct SqliteDeduplicator {
    connection: Arc<Mutex<Connection>>,
    insert: String,
}

impl SqliteDeduplicator {
    /// Opens (or creates) the database at `path`, in WAL mode, with the table
    /// [`DEFAULT_TABLE`](super::DEFAULT_TABLE).
    pub fn open(path: impl AsRef<Path>) -> Result<Self, StoreError> {
        let connection = Connection::open(path).map_err(StoreError::at("open the SQLite database"))?;
        let wal: String = connection
            .query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))
            .map_err(StoreError::at("turn on WAL mode"))?;
        tracing::debug!(journal_mode = %wal, "SQLite store of notifications opened");
        Self::with_connection(connection, super::DEFAULT_TABLE)
    }

    /// Uses a connection the merchant opened (its own pragmas, its own database), recording
    /// applied notifications in `table` (created when missing).
    pub fn with_connection(connection: Connection, table: &str) -> Result<Self, StoreError> {
        let table = table::checked(table)?;
        connection.busy_timeout(BUSY_TIMEOUT).map_err(StoreError::at("set a busy timeout"))?;
        let create = format!(
            "CREATE TABLE IF NOT EXISTS {table} (key TEXT PRIMARY KEY, applied_at INTEGER NOT NULL) WITHOUT ROWID"
        );
        connection.execute_batch(&create).map_err(StoreError::at("create its table"))?;
        let insert = format!(
            "INSERT INTO {table} (key, applied_at) VALUES (?1, unixepoch('subsec') * 1000) ON CONFLICT DO NOTHING"
        );
        Ok(SqliteDeduplicator { connection: Arc::new(Mutex::new(connection)), insert })
    }

    /// Runs `work` on a transaction that records `key`, unless `key` was recorded before, and
    /// commits both; a failed work rolls both back. What `work` writes through the transaction
    /// (the merchant's own tables, in the same database) is kept exactly when the key is.
    pub async fn apply_once<T, E, W>(&self, key: &NotificationKey, work: W) -> Result<Outcome<T>, DedupError<E>>
    where
        W: FnOnce(&Transaction<'_>) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: Send + 'static,
    {
        let (connection, insert, key) = (Arc::clone(&self.connection), self.insert.clone(), key.clone());
        let applied = tokio::task::spawn_blocking(move || {
            let mut connection = connection.lock().unwrap_or_else(PoisonError::into_inner);
            apply(&mut connection, &insert, &key, work)
        });
        applied.await.map_err(StoreError::at("finish the work's thread"))?
    }
}

/// One notification: take the write lock, record the key, do the work, commit.
fn apply<T, E>(
    connection: &mut Connection,
    insert: &str,
    key: &NotificationKey,
    work: impl FnOnce(&Transaction<'_>) -> Result<T, E>,
) -> Result<Outcome<T>, DedupError<E>> {
    let tx = connection
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(StoreError::at("begin a transaction"))?;
    let inserted = tx.execute(insert, [key.as_str()]).map_err(StoreError::at("record the notification"))?;
    if inserted == 0 {
        return Ok(Outcome::AlreadyApplied); // dropping the transaction rolls it back
    }
    let value = work(&tx).map_err(DedupError::Work)?;
    tx.commit().map_err(StoreError::at("commit"))?;
    Ok(Outcome::Applied(value))
}
