//! Applying each notification once. Antom sends a notification again until it gets the
//! acknowledgement, and a payment service receives it on any of its instances: the work a
//! notification causes (mark an order paid, store a card token) must happen once per event,
//! whichever instance receives each copy.
//!
//! A notification's [`NotificationKey`] is its identity (the page's name, `notifyType` and the
//! fields of [`Notification::IDENTITY`](crate::Notification::IDENTITY)), not its bytes: a
//! resend with another `request-time` or reordered JSON is the same notification; a capture
//! and a refund of one payment are two. Each store records the key in the same transaction as
//! the merchant's work, so the two are kept or lost together:
//!
//! - [`Deduplicator`]: in this process's memory (one instance, or tests);
//! - `SqliteDeduplicator` (feature `dedup-sqlite`): an SQLite file, the work runs on its
//!   transaction (several processes on one machine may share the file);
//! - `PostgresDeduplicator` (feature `dedup-postgres`): PostgreSQL through tokio-postgres,
//!   the work runs on its transaction (any number of instances on one database).
//!
//! Every store answers [`Outcome::Applied`] with the work's value the first time and
//! [`Outcome::AlreadyApplied`] afterwards (acknowledge both); a failed work
//! ([`DedupError::Work`]) leaves nothing recorded, so answer an error and Antom's resend
//! applies it later. A copy that arrives while another instance is applying the same key waits
//! for it, then sees it applied (or applies it, when the first failed).

mod key;
mod memory;
#[cfg(feature = "dedup-postgres")]
mod postgres;
#[cfg(feature = "dedup-sqlite")]
mod sqlite;
mod table;

pub use key::NotificationKey;
pub use memory::Deduplicator;
#[cfg(feature = "dedup-postgres")]
pub use postgres::PostgresDeduplicator;
#[cfg(feature = "dedup-sqlite")]
pub use sqlite::SqliteDeduplicator;
pub use table::DEFAULT_TABLE;

/// What [`Deduplicator::apply_once`] (and its database forms) did with a notification. Answer
/// the acknowledgement for both.
#[derive(Debug, Clone, PartialEq, Eq)]
#[must_use]
pub enum Outcome<T> {
    /// The first time: the work ran and what it did is kept, with the key.
    Applied(T),
    /// The key was recorded before: the work did not run.
    AlreadyApplied,
}

/// Why a notification was not applied. Nothing was recorded: answer an error (not the
/// acknowledgement) and Antom sends the notification again.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DedupError<E> {
    /// The merchant's work failed; its transaction (with the key) was rolled back.
    #[error("the notification's work failed and was rolled back: {0}")]
    Work(E),
    /// The store failed (connection, transaction, lock).
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The store of applied notifications failed.
#[derive(Debug, thiserror::Error)]
#[error("the store of applied notifications cannot {action}: {source}")]
pub struct StoreError {
    action: &'static str,
    #[source]
    source: Box<dyn std::error::Error + Send + Sync>,
}

impl StoreError {
    /// A failure of `action` ("begin a transaction").
    #[cfg(any(feature = "dedup-sqlite", feature = "dedup-postgres"))]
    pub(crate) fn new(action: &'static str, source: impl Into<Box<dyn std::error::Error + Send + Sync>>) -> Self {
        StoreError { action, source: source.into() }
    }

    /// For `map_err`: a failure of `action`.
    #[cfg(any(feature = "dedup-sqlite", feature = "dedup-postgres"))]
    pub(crate) fn at<S: std::error::Error + Send + Sync + 'static>(action: &'static str) -> impl FnOnce(S) -> Self {
        move |source| StoreError::new(action, source)
    }
}
