//! Why the store failed, and whether trying the whole transaction again can succeed.

/// What went wrong in the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreErrorKind {
    /// Another transaction got in the way (a deadlock, a serialisation failure, or a key that a
    /// concurrent transaction inserted first): running the transaction again can succeed.
    Contention,
    /// The database could not be opened or reached, or refused a statement.
    Database,
    /// A stored document does not read back as the type asked for (a store written by another
    /// version of the sandbox).
    Corrupt,
}

/// A failure of the sandbox's store. The call that met it is answered `UNKNOWN_EXCEPTION`
/// (status `U`) and nothing it did is kept.
#[derive(Debug, Clone, thiserror::Error)]
#[error("sandbox store: {message}")]
pub struct StoreError {
    /// What kind of failure.
    pub kind: StoreErrorKind,
    /// What happened, for the log.
    pub message: String,
}

impl StoreError {
    pub(crate) fn new(kind: StoreErrorKind, message: impl Into<String>) -> Self {
        StoreError { kind, message: message.into() }
    }

    pub(crate) fn database(message: impl std::fmt::Display) -> Self {
        Self::new(StoreErrorKind::Database, message.to_string())
    }

    pub(crate) fn corrupt(message: impl std::fmt::Display) -> Self {
        Self::new(StoreErrorKind::Corrupt, message.to_string())
    }
}
