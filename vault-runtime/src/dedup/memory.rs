//! Applied notifications remembered in this process's memory.

use super::{DedupError, NotificationKey, Outcome};
use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex, PoisonError};

/// Remembers in memory which notifications were applied, so that a copy Antom sends again is
/// acknowledged without being applied twice. Holds for one process only (every instance of a
/// service behind one URL must share the record: use `SqliteDeduplicator` or
/// `PostgresDeduplicator` there, features `dedup-sqlite` and `dedup-postgres`), and forgets everything when the process stops; nothing
/// binds the record to the merchant's own storage, so a crash after the work but before the
/// record is kept can apply a resend again.
#[derive(Debug, Default)]
pub struct Deduplicator {
    /// Per key: whether it was applied, behind a lock that a copy arriving during the work
    /// waits on.
    keys: Mutex<HashMap<NotificationKey, Arc<tokio::sync::Mutex<bool>>>>,
}

impl Deduplicator {
    /// An empty record.
    pub fn new() -> Self {
        Self::default()
    }

    /// Runs `work` (a future: it does nothing until polled) unless `key` was applied before;
    /// records `key` only when the work succeeds. A copy with the same key that arrives while
    /// the work runs waits for it.
    pub async fn apply_once<T, E>(
        &self,
        key: &NotificationKey,
        work: impl Future<Output = Result<T, E>>,
    ) -> Result<Outcome<T>, DedupError<E>> {
        let slot = {
            let mut keys = self.keys.lock().unwrap_or_else(PoisonError::into_inner);
            Arc::clone(keys.entry(key.clone()).or_default())
        };
        let mut applied = slot.lock().await;
        if *applied {
            return Ok(Outcome::AlreadyApplied);
        }
        let value = work.await.map_err(DedupError::Work)?;
        *applied = true;
        Ok(Outcome::Applied(value))
    }

    /// Whether `key` was applied (not yet while its work runs).
    pub fn is_applied(&self, key: &NotificationKey) -> bool {
        let keys = self.keys.lock().unwrap_or_else(PoisonError::into_inner);
        keys.get(key).is_some_and(|slot| slot.try_lock().is_ok_and(|applied| *applied))
    }
}
