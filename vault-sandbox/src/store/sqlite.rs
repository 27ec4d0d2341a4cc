//! The SQLite engine: in memory (the default for tests and examples) or in a file (a sandbox
//! whose world survives a restart). One connection serves every call: SQLite lets one writer
//! in at a time anyway, and with one connection no call ever waits on a busy database.
//!
//! A file is opened in WAL mode with `synchronous=NORMAL` (a committed call survives the
//! process being killed; only a power cut can lose the last ones) and with an exclusive lock,
//! so that a second sandbox process on the same file is refused at start rather than sharing
//! it badly: several processes share a world through PostgreSQL.

use super::error::StoreError;
use super::sql::{Cell, Dialect, Param, Row, Sql};
use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{Connection, TransactionBehavior};
use std::path::Path;
use std::sync::{Mutex, PoisonError};

/// A SQLite database and its one connection.
pub(crate) struct Sqlite {
    connection: Mutex<Connection>,
}

impl Sqlite {
    /// Opens (creating when needed) the file at `path`, or a database in memory.
    pub fn open(path: Option<&Path>) -> Result<Self, StoreError> {
        let connection = match path {
            None => Connection::open_in_memory(),
            Some(path) => Connection::open(path),
        };
        let connection = connection.map_err(|e| StoreError::database(format!("cannot open the SQLite store: {e}")))?;
        if path.is_some() {
            let pragmas = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA locking_mode = EXCLUSIVE;";
            connection.execute_batch(pragmas).map_err(error)?;
        }
        Ok(Sqlite { connection: Mutex::new(connection) })
    }

    /// Runs `work` in a write transaction, committed when it returns `Ok`.
    pub fn transaction<T>(&self, work: impl FnOnce(&mut dyn Sql) -> Result<T, StoreError>) -> Result<T, StoreError> {
        // A call that panicked while holding the connection left no transaction open (the
        // transaction is rolled back when dropped), so the connection is still usable.
        let mut connection = self.connection.lock().unwrap_or_else(PoisonError::into_inner);
        let transaction = connection.transaction_with_behavior(TransactionBehavior::Immediate).map_err(error)?;
        let mut sql = SqliteTx(&transaction);
        let value = work(&mut sql)?;
        transaction.commit().map_err(error)?;
        Ok(value)
    }
}

/// The statements of one transaction.
struct SqliteTx<'a>(&'a rusqlite::Transaction<'a>);

impl Sql for SqliteTx<'_> {
    fn dialect(&self) -> Dialect {
        Dialect::Sqlite
    }

    fn execute(&mut self, sql: &str, params: &[Param<'_>]) -> Result<u64, StoreError> {
        let mut statement = self.0.prepare_cached(&sqlite_text(sql)).map_err(error)?;
        let changed = statement.execute(rusqlite::params_from_iter(params.iter())).map_err(error)?;
        Ok(u64::try_from(changed).unwrap_or(u64::MAX))
    }

    fn query(&mut self, sql: &str, params: &[Param<'_>]) -> Result<Vec<Row>, StoreError> {
        let mut statement = self.0.prepare_cached(&sqlite_text(sql)).map_err(error)?;
        let columns = statement.column_count();
        let mut rows = statement.query(rusqlite::params_from_iter(params.iter())).map_err(error)?;
        let mut read = Vec::new();
        while let Some(row) = rows.next().map_err(error)? {
            let cells = (0..columns).map(|i| row.get_ref(i).map(cell)).collect::<Result<Vec<_>, _>>();
            read.push(Row(cells.map_err(error)?));
        }
        Ok(read)
    }
}

/// The statements are written with PostgreSQL's `$1`; SQLite numbers its parameters `?1`.
fn sqlite_text(sql: &str) -> String {
    sql.replace('$', "?")
}

fn cell(value: ValueRef<'_>) -> Cell {
    match value {
        ValueRef::Null => Cell::Null,
        ValueRef::Integer(value) => Cell::Int(value),
        // The sandbox stores no floating point; a REAL would come from another program.
        ValueRef::Real(value) => Cell::Text(value.to_string()),
        ValueRef::Text(text) => Cell::Text(String::from_utf8_lossy(text).into_owned()),
        ValueRef::Blob(bytes) => Cell::Bytes(bytes.to_vec()),
    }
}

impl rusqlite::ToSql for Param<'_> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match *self {
            Param::Int(value) | Param::OptInt(Some(value)) => ToSqlOutput::from(value),
            Param::Text(text) | Param::OptText(Some(text)) => ToSqlOutput::from(text),
            Param::Bytes(bytes) | Param::OptBytes(Some(bytes)) => ToSqlOutput::from(bytes),
            Param::OptText(None) | Param::OptInt(None) | Param::OptBytes(None) => {
                ToSqlOutput::from(rusqlite::types::Null)
            }
        })
    }
}

fn error(e: rusqlite::Error) -> StoreError {
    let busy =
        matches!(e.sqlite_error_code(), Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked));
    if busy {
        let message = "the SQLite store is in use by another sandbox process (a file serves one process; \
                       share a world between processes with a PostgreSQL store)";
        return StoreError::database(message);
    }
    StoreError::database(format!("SQLite: {e}"))
}
