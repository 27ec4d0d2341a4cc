//! Where the sandbox keeps its world: one interface, two SQL engines.
//!
//! - `memory` (the default): SQLite in memory. Tests and examples start in milliseconds and
//!   leave nothing behind, and they exercise the same statements as a long-running sandbox.
//! - a file path: SQLite in that file; the world survives a restart (or a `kill -9`).
//! - `postgres://...`: PostgreSQL; several sandbox processes on one database share one world.
//!
//! Behaviours see a [`Tx`]: every call runs in one transaction that reads (and locks) the
//! records it needs, saves what it changed, keeps its answer and queues its notifications, so
//! a call is kept whole or not at all. On PostgreSQL a transaction that loses a race (a
//! deadlock, or a key a concurrent call inserted first) runs again from the start.

pub(crate) mod answers;
mod browse;
mod calls;
mod error;
pub(crate) mod outbox;
mod postgres;
pub(crate) mod record;
mod schema;
mod sql;
mod sqlite;
mod tx;

pub(crate) use answers::{AnswerKey, digest};
pub(crate) use browse::Notification;
pub use error::{StoreError, StoreErrorKind};
pub(crate) use outbox::State as NotificationState;
pub(crate) use outbox::{Attempt, Claimed, Which};
pub(crate) use record::{Kind, Record, Summary, kind};
pub(crate) use tx::Tx;

use crate::clock::wall_ms;

use crate::state::{Delivery, RecordedCall};
use sql::{Dialect, Param, Sql};
use std::path::PathBuf;
use std::time::Duration;
use vault_runtime::DateTime;

/// Where the sandbox keeps its world (`--store memory|PATH|postgres://...`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Storage {
    /// In memory (SQLite): gone when the sandbox stops. The default.
    #[default]
    Memory,
    /// In a SQLite file, created when missing: survives restarts; one process at a time.
    File(PathBuf),
    /// In a PostgreSQL database (`postgres://user@host:port/db`): shared by every sandbox
    /// process that names it.
    Postgres(String),
}

impl std::str::FromStr for Storage {
    type Err = String;

    /// `memory`, a `postgres://` or `postgresql://` URL, or else a file path.
    fn from_str(text: &str) -> Result<Self, String> {
        match text {
            "" => Err("the store is empty: give `memory`, a file path or a postgres:// URL".to_owned()),
            "memory" => Ok(Storage::Memory),
            url if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
                Ok(Storage::Postgres(url.to_owned()))
            }
            path => Ok(Storage::File(PathBuf::from(path))),
        }
    }
}

/// How much of the call log is kept, and of the finished notifications and kept answers: the
/// last `calls` of each, none older than `max_age`. The default keeps 10 000 for a day, a few
/// tens of megabytes. A request id sent again after its answer was forgotten is answered from
/// the records (the payment, capture, refund or vaulting it made), not processed twice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retention {
    /// How many calls are kept.
    pub calls: usize,
    /// How long a call is kept.
    pub max_age: Duration,
}

impl Default for Retention {
    fn default() -> Self {
        Retention { calls: 10_000, max_age: Duration::from_secs(24 * 3600) }
    }
}

enum Engine {
    Sqlite(sqlite::Sqlite),
    Postgres(postgres::Postgres),
}

/// How often a transaction that lost a race is run again before the call gives up (`U`).
const ATTEMPTS: u32 = 20;

/// The sandbox's store.
pub(crate) struct Store {
    engine: Engine,
    retention: Retention,
    /// Names this process's claims on notifications.
    owner: String,
}

impl Store {
    /// Opens the store (creating its tables when new) and checks that this version of the
    /// sandbox can read it.
    pub fn open(storage: &Storage, retention: Retention) -> Result<Self, StoreError> {
        let engine = match storage {
            Storage::Memory => Engine::Sqlite(sqlite::Sqlite::open(None)?),
            Storage::File(path) => Engine::Sqlite(sqlite::Sqlite::open(Some(path))?),
            Storage::Postgres(url) => Engine::Postgres(postgres::Postgres::open(url)?),
        };
        let mut owner = [0u8; 8];
        let _ = aws_lc_rs::rand::fill(&mut owner);
        let owner = owner.iter().map(|b| format!("{b:02x}")).collect();
        let store = Store { engine, retention, owner };
        store.transaction(|sql| create(sql))?;
        if matches!(store.engine, Engine::Sqlite(_)) {
            // One process owns a SQLite store: no other sender can hold a claim.
            store.transaction(|sql| outbox::release_all(sql))?;
        }
        Ok(store)
    }

    fn transaction<T>(&self, work: impl FnOnce(&mut dyn Sql) -> Result<T, StoreError>) -> Result<T, StoreError> {
        match &self.engine {
            Engine::Sqlite(engine) => engine.transaction(work),
            Engine::Postgres(engine) => engine.transaction(work),
        }
    }

    /// Runs `work` in a transaction and commits it, unless `work` or any store operation in
    /// it failed. Returns its value and the notifications it queued. A transaction that lost
    /// a race runs again (so `work` must do nothing outside the transaction).
    pub fn write<T>(
        &self,
        mut work: impl FnMut(&mut Tx<'_>) -> Result<T, StoreError>,
    ) -> Result<(T, Vec<i64>), StoreError> {
        let mut attempt = 0;
        loop {
            let outcome = self.transaction(|sql| {
                let mut tx = Tx::begin(sql)?;
                let value = work(&mut tx);
                let (notified, failure) = tx.finish();
                match failure {
                    Some(failure) => Err(failure),
                    None => value.map(|value| (value, notified)),
                }
            });
            attempt += 1;
            match outcome {
                Err(error) if error.kind == StoreErrorKind::Contention && attempt < ATTEMPTS => {
                    // Let the winner finish; a little randomness keeps the losers apart.
                    let mut jitter = [0u8; 1];
                    let _ = aws_lc_rs::rand::fill(&mut jitter);
                    std::thread::sleep(Duration::from_millis(u64::from(attempt) + u64::from(jitter[0] % 8)));
                }
                other => return other,
            }
        }
    }

    /// Runs `work` in a transaction for what it reads.
    pub fn read<T>(&self, work: impl FnMut(&mut Tx<'_>) -> Result<T, StoreError>) -> Result<T, StoreError> {
        self.write(work).map(|(value, _)| value)
    }

    /// Runs `work` on a thread of its own and waits for it: how code on an async runtime
    /// (a test's, even a single-threaded one) reads the store, whose drivers block.
    pub fn blocking<T: Send>(&self, work: impl FnOnce(&Store) -> T + Send) -> T {
        std::thread::scope(|scope| match scope.spawn(|| work(self)).join() {
            Ok(value) => value,
            Err(panic) => std::panic::resume_unwind(panic),
        })
    }

    /// Adds a call to the log (pruning it to the retention now and then).
    pub fn record_call(&self, call: &RecordedCall) -> Result<(), StoreError> {
        let keep = i64::try_from(self.retention.calls).unwrap_or(i64::MAX);
        let age = i64::try_from(self.retention.max_age.as_millis()).unwrap_or(i64::MAX);
        let before = wall_ms().saturating_sub(age);
        self.transaction(|sql| calls::record(sql, call, keep, before))
    }

    /// The calls the log holds, oldest first.
    pub fn calls(&self) -> Result<Vec<RecordedCall>, StoreError> {
        self.transaction(|sql| calls::list(sql))
    }

    /// Every attempt to deliver a notification, in order.
    pub fn deliveries(&self) -> Result<Vec<Delivery>, StoreError> {
        self.transaction(|sql| outbox::deliveries(sql))
    }

    /// How many delivery attempts were made.
    pub fn delivery_count(&self) -> Result<i64, StoreError> {
        self.transaction(|sql| outbox::count(sql))
    }

    /// Claims notifications to send, for `lease`.
    pub fn claim(&self, which: Which<'_>, lease: Duration) -> Result<Vec<Claimed>, StoreError> {
        let now = wall_ms();
        let until = now.saturating_add(i64::try_from(lease.as_millis()).unwrap_or(i64::MAX));
        self.transaction(|sql| outbox::claim(sql, &self.owner, now, until, which))
    }

    /// When the earliest waiting notification is due (milliseconds since the epoch).
    pub fn next_due(&self) -> Result<Option<i64>, StoreError> {
        self.transaction(|sql| outbox::next_due(sql))
    }

    /// Records an attempt to send a claimed notification.
    pub fn record_attempt(&self, claimed: &Claimed, attempt: &Attempt) -> Result<(), StoreError> {
        self.transaction(|sql| outbox::record(sql, claimed, attempt))
    }

    /// Frees this process's claims on notifications (it is stopping); how many notifications
    /// still wait to be delivered.
    pub fn release_claims(&self) -> Result<i64, StoreError> {
        self.transaction(|sql| outbox::release(sql, &self.owner))
    }

    /// Moves the sandbox clock forward by `by` (for every process on the store); the new now.
    pub fn advance_clock(&self, by: Duration) -> Result<DateTime, StoreError> {
        let by = i64::try_from(by.as_millis()).unwrap_or(i64::MAX);
        self.read(|tx| {
            let statement = "UPDATE sandbox_meta SET value = value + $1 WHERE name = 'clock_offset_ms'";
            let outcome = tx.sql().execute(statement, &[Param::Int(by)]).map(drop);
            tx.failed(outcome)
        })?;
        self.now()
    }

    /// Now by the sandbox clock.
    pub fn now(&self) -> Result<DateTime, StoreError> {
        self.read(|tx| Ok(tx.now()))
    }
}

/// Creates the tables of a new store, or checks the version of an existing one.
fn create(sql: &mut dyn Sql) -> Result<(), StoreError> {
    if sql.dialect() == Dialect::Postgres {
        // Two processes starting on a new database at once: one creates, the other waits.
        sql.execute("SELECT pg_advisory_xact_lock(7745012)", &[])?;
    }
    for statement in schema::statements(schema::TABLES, sql.dialect()) {
        sql.execute(&statement, &[])?;
    }
    let meta = "INSERT INTO sandbox_meta (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING";
    sql.execute(meta, &[Param::Text("schema_version"), Param::Int(schema::VERSION)])?;
    sql.execute(meta, &[Param::Text("clock_offset_ms"), Param::Int(0)])?;
    let rows = sql.query("SELECT value FROM sandbox_meta WHERE name = 'schema_version'", &[])?;
    let mut version = rows.first().map_or(Ok(0), |row| row.int(0))?;
    // A store of an earlier version is brought up to this one, a step at a time.
    while let Some((_, migration)) = schema::MIGRATIONS.iter().find(|(from, _)| *from == version) {
        for statement in schema::statements(migration, sql.dialect()) {
            sql.execute(&statement, &[])?;
        }
        version += 1;
        let update = "UPDATE sandbox_meta SET value = $1 WHERE name = 'schema_version'";
        sql.execute(update, &[Param::Int(version)])?;
    }
    if version != schema::VERSION {
        let message = format!(
            "the store was made by another version of the sandbox (schema {version}; this one reads {})",
            schema::VERSION
        );
        return Err(StoreError::new(StoreErrorKind::Database, message));
    }
    Ok(())
}
