//! The PostgreSQL engine: several sandbox processes on one database share one world. Calls run
//! in READ COMMITTED transactions; a record a call changes is read with `SELECT ... FOR UPDATE`,
//! so two calls on one payment (in one process or two) take turns, and a unique key that two
//! calls insert at once lets one through and sends the other back to start again (see
//! [`super::Store::write`]).

use super::error::{StoreError, StoreErrorKind};
use super::sql::{Cell, Dialect, Param, Row, Sql};
use postgres::error::SqlState;
use postgres::types::{IsNull, ToSql, Type, to_sql_checked};
use r2d2_postgres::PostgresConnectionManager;
use r2d2_postgres::postgres::NoTls;
use std::time::Duration;

/// Connections one sandbox process keeps to the database.
const POOL_SIZE: u32 = 16;

/// A pool of connections to a PostgreSQL database.
pub(crate) struct Postgres {
    pool: r2d2::Pool<PostgresConnectionManager<NoTls>>,
}

impl Postgres {
    /// Connects to the database of `url` (`postgres://user@host:port/db`).
    pub fn open(url: &str) -> Result<Self, StoreError> {
        // The URL may hold a password: errors name the problem, never the URL.
        let config: postgres::Config =
            url.parse().map_err(|e| StoreError::database(format!("the PostgreSQL URL is not valid: {e}")))?;
        let manager = PostgresConnectionManager::new(config, NoTls);
        let pool = r2d2::Pool::builder()
            .max_size(POOL_SIZE)
            .min_idle(Some(1))
            .connection_timeout(Duration::from_secs(10))
            .build(manager)
            .map_err(|e| StoreError::database(format!("cannot connect to PostgreSQL: {e}")))?;
        Ok(Postgres { pool })
    }

    /// Runs `work` in a transaction, committed when it returns `Ok`.
    pub fn transaction<T>(&self, work: impl FnOnce(&mut dyn Sql) -> Result<T, StoreError>) -> Result<T, StoreError> {
        let mut client = self.pool.get().map_err(|e| StoreError::database(format!("no PostgreSQL connection: {e}")))?;
        let mut transaction = client.transaction().map_err(error)?;
        let value = work(&mut PostgresTx(&mut transaction))?;
        transaction.commit().map_err(error)?;
        Ok(value)
    }
}

struct PostgresTx<'a, 'b>(&'a mut postgres::Transaction<'b>);

impl PostgresTx<'_, '_> {
    fn typed<'p>(params: &'p [Param<'p>]) -> Vec<(&'p (dyn ToSql + Sync), Type)> {
        params.iter().map(|param| (param as &(dyn ToSql + Sync), param.pg_type())).collect()
    }
}

impl Sql for PostgresTx<'_, '_> {
    fn dialect(&self) -> Dialect {
        Dialect::Postgres
    }

    fn execute(&mut self, sql: &str, params: &[Param<'_>]) -> Result<u64, StoreError> {
        self.0.execute_typed(sql, &Self::typed(params)).map_err(error)
    }

    fn query(&mut self, sql: &str, params: &[Param<'_>]) -> Result<Vec<Row>, StoreError> {
        let rows = self.0.query_typed(sql, &Self::typed(params)).map_err(error)?;
        rows.iter().map(row).collect()
    }
}

fn row(row: &postgres::Row) -> Result<Row, StoreError> {
    let cell = |index: usize, ty: &Type| -> Result<Cell, postgres::Error> {
        let cell = match *ty {
            Type::INT8 => row.try_get::<_, Option<i64>>(index)?.map(Cell::Int),
            Type::INT4 => row.try_get::<_, Option<i32>>(index)?.map(|v| Cell::Int(v.into())),
            Type::INT2 => row.try_get::<_, Option<i16>>(index)?.map(|v| Cell::Int(v.into())),
            Type::BOOL => row.try_get::<_, Option<bool>>(index)?.map(|v| Cell::Int(v.into())),
            Type::BYTEA => row.try_get::<_, Option<Vec<u8>>>(index)?.map(Cell::Bytes),
            _ => row.try_get::<_, Option<String>>(index)?.map(Cell::Text),
        };
        Ok(cell.unwrap_or(Cell::Null))
    };
    let cells = row.columns().iter().enumerate().map(|(index, column)| cell(index, column.type_()));
    cells.collect::<Result<Vec<_>, _>>().map(Row).map_err(|e| StoreError::corrupt(format!("PostgreSQL: {e}")))
}

impl Param<'_> {
    fn pg_type(&self) -> Type {
        match self {
            Param::Int(_) | Param::OptInt(_) => Type::INT8,
            Param::Text(_) | Param::OptText(_) => Type::TEXT,
            Param::Bytes(_) | Param::OptBytes(_) => Type::BYTEA,
        }
    }
}

impl ToSql for Param<'_> {
    fn to_sql(&self, ty: &Type, out: &mut bytes::BytesMut) -> Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match *self {
            Param::Int(value) => value.to_sql(ty, out),
            Param::Text(text) => text.to_sql(ty, out),
            Param::Bytes(bytes) => bytes.to_sql(ty, out),
            Param::OptText(text) => text.to_sql(ty, out),
            Param::OptInt(value) => value.to_sql(ty, out),
            Param::OptBytes(bytes) => bytes.to_sql(ty, out),
        }
    }

    fn accepts(ty: &Type) -> bool {
        matches!(*ty, Type::INT8 | Type::TEXT | Type::BYTEA)
    }

    to_sql_checked!();
}

fn error(e: postgres::Error) -> StoreError {
    let contention = [SqlState::T_R_SERIALIZATION_FAILURE, SqlState::T_R_DEADLOCK_DETECTED, SqlState::UNIQUE_VIOLATION];
    match e.code() {
        Some(code) if contention.contains(code) => StoreError::new(StoreErrorKind::Contention, e.to_string()),
        _ => StoreError::database(format!("PostgreSQL: {e}")),
    }
}
