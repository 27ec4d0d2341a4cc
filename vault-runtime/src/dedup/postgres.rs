//! Applied notifications recorded in PostgreSQL, in the transaction of the merchant's work.

use super::{DedupError, NotificationKey, Outcome, StoreError, table};
use tokio_postgres::{Client, Transaction};

/// Records applied notifications in a PostgreSQL table and runs the merchant's async work on
/// the same transaction, so that the work and the record are committed or rolled back
/// together, on any number of instances sharing the database. The key is inserted first
/// (`ON CONFLICT DO NOTHING`): a copy being applied by another instance at the same moment
/// waits on the key's unique index until that transaction ends, then finds the key (it was
/// committed: nothing to do) or inserts it (it was rolled back: apply it now).
///
/// It borrows a connection for each notification, so any pool that hands out a
/// `tokio_postgres::Client` serves (deadpool-postgres, bb8-postgres, or one connection).
#[derive(Debug, Clone)]
pub struct PostgresDeduplicator {
    table: String,
    insert: String,
}

impl Default for PostgresDeduplicator {
    fn default() -> Self {
        Self::build(super::DEFAULT_TABLE.to_owned())
    }
}

impl PostgresDeduplicator {
    /// Records in the table [`DEFAULT_TABLE`](super::DEFAULT_TABLE).
    pub fn new() -> Self {
        Self::default()
    }

    /// Records in `table` (an unquoted identifier; several services on one database keep
    /// their records apart).
    pub fn with_table(table: &str) -> Result<Self, StoreError> {
        table::checked(table).map(Self::build)
    }

    fn build(table: String) -> Self {
        let insert = format!("INSERT INTO {table} (key) VALUES ($1) ON CONFLICT DO NOTHING");
        PostgresDeduplicator { table, insert }
    }

    /// The statement that creates the table (for a migration tool).
    pub fn schema(&self) -> String {
        format!(
            "CREATE TABLE IF NOT EXISTS {} (key TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())",
            self.table
        )
    }

    /// Creates the table unless it exists. Instances that start together may all call it: a
    /// transaction-scoped advisory lock lets one create it at a time.
    pub async fn create_table(&self, client: &mut Client) -> Result<(), StoreError> {
        let tx = client.transaction().await.map_err(StoreError::at("begin a transaction"))?;
        tx.execute("SELECT pg_advisory_xact_lock(hashtext($1))", &[&self.table])
            .await
            .map_err(StoreError::at("lock the creation of its table"))?;
        tx.batch_execute(&self.schema()).await.map_err(StoreError::at("create its table"))?;
        tx.commit().await.map_err(StoreError::at("commit"))
    }

    /// Runs `work` on a transaction that records `key`, unless `key` was recorded before, and
    /// commits both; a failed work rolls both back. What `work` writes through the transaction
    /// is kept exactly when the key is.
    pub async fn apply_once<T, E>(
        &self,
        client: &mut Client,
        key: &NotificationKey,
        work: impl AsyncFnOnce(&mut Transaction<'_>) -> Result<T, E>,
    ) -> Result<Outcome<T>, DedupError<E>> {
        let mut tx = client.transaction().await.map_err(StoreError::at("begin a transaction"))?;
        let inserted =
            tx.execute(&self.insert, &[&key.as_str()]).await.map_err(StoreError::at("record the notification"))?;
        if inserted == 0 {
            tx.rollback().await.map_err(StoreError::at("end its transaction"))?;
            return Ok(Outcome::AlreadyApplied);
        }
        match work(&mut tx).await {
            Ok(value) => {
                tx.commit().await.map_err(StoreError::at("commit"))?;
                Ok(Outcome::Applied(value))
            }
            Err(error) => {
                // Dropping the transaction would roll back too, without waiting for it. A
                // failed rollback leaves nothing committed either: the work's error is the news.
                if let Err(rollback) = tx.rollback().await {
                    tracing::warn!(error = %rollback, "rolling back a failed notification's work failed");
                }
                Err(DedupError::Work(error))
            }
        }
    }
}
