//! The few things the store asks of a database, so that every statement is written once for
//! both engines: statements with `$1`-style parameters, a handful of value types, and rows read
//! by position. Each engine's module implements [`Sql`] on its transaction.

use super::error::StoreError;

/// Which engine runs the statements (their SQL differs in row locks only).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dialect {
    Sqlite,
    Postgres,
}

impl Dialect {
    /// The clause that locks the rows a `SELECT` read until the transaction ends. SQLite has
    /// none: its write transaction already excludes every other writer.
    pub fn for_update(self) -> &'static str {
        match self {
            Dialect::Sqlite => "",
            Dialect::Postgres => " FOR UPDATE",
        }
    }
}

/// A statement parameter.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Param<'a> {
    Int(i64),
    Text(&'a str),
    Bytes(&'a [u8]),
    /// A text that may be absent (NULL).
    OptText(Option<&'a str>),
    /// A number that may be absent (NULL).
    OptInt(Option<i64>),
    /// Bytes that may be absent (NULL).
    OptBytes(Option<&'a [u8]>),
}

/// A value read from a row.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Cell {
    Null,
    Int(i64),
    Text(String),
    Bytes(Vec<u8>),
}

/// One row of a result, read by column position.
#[derive(Debug, Clone)]
pub(crate) struct Row(pub Vec<Cell>);

impl Row {
    fn cell(&self, index: usize) -> Result<&Cell, StoreError> {
        self.0.get(index).ok_or_else(|| StoreError::corrupt(format!("a row has no column {index}")))
    }

    pub fn int(&self, index: usize) -> Result<i64, StoreError> {
        match self.cell(index)? {
            Cell::Int(value) => Ok(*value),
            other => Err(StoreError::corrupt(format!("column {index} is {other:?}, not a number"))),
        }
    }

    pub fn opt_int(&self, index: usize) -> Result<Option<i64>, StoreError> {
        match self.cell(index)? {
            Cell::Null => Ok(None),
            _ => self.int(index).map(Some),
        }
    }

    pub fn text(&self, index: usize) -> Result<String, StoreError> {
        match self.cell(index)? {
            Cell::Text(value) => Ok(value.clone()),
            other => Err(StoreError::corrupt(format!("column {index} is {other:?}, not a text"))),
        }
    }

    pub fn opt_text(&self, index: usize) -> Result<Option<String>, StoreError> {
        match self.cell(index)? {
            Cell::Null => Ok(None),
            _ => self.text(index).map(Some),
        }
    }

    pub fn bytes(&self, index: usize) -> Result<Vec<u8>, StoreError> {
        match self.cell(index)? {
            Cell::Bytes(value) => Ok(value.clone()),
            Cell::Text(value) => Ok(value.clone().into_bytes()),
            other => Err(StoreError::corrupt(format!("column {index} is {other:?}, not bytes"))),
        }
    }

    pub fn opt_bytes(&self, index: usize) -> Result<Option<Vec<u8>>, StoreError> {
        match self.cell(index)? {
            Cell::Null => Ok(None),
            _ => self.bytes(index).map(Some),
        }
    }
}

/// A transaction of either engine.
pub(crate) trait Sql {
    /// The engine.
    fn dialect(&self) -> Dialect;
    /// Runs a statement; the number of rows it changed.
    fn execute(&mut self, sql: &str, params: &[Param<'_>]) -> Result<u64, StoreError>;
    /// Runs a query; its rows.
    fn query(&mut self, sql: &str, params: &[Param<'_>]) -> Result<Vec<Row>, StoreError>;
}
