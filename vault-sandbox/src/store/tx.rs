//! A transaction as API behaviours see it: records read (and locked) and saved, the sandbox
//! clock, and notifications queued. Everything a call does happens in one transaction, so a
//! call is kept whole or not at all, and the notifications it causes are stored with it.

use super::error::StoreError;
use super::outbox::Outgoing;
use super::record::{Key, Record};
use super::sql::{Param, Row, Sql};
use vault_runtime::DateTime;

/// One transaction of the store. Every method that fails also marks the transaction failed,
/// so it is rolled back even when a behaviour turns the error into an answer.
pub(crate) struct Tx<'a> {
    sql: &'a mut dyn Sql,
    offset_ms: i64,
    notified: Vec<i64>,
    failure: Option<StoreError>,
}

impl<'a> Tx<'a> {
    /// Starts using a transaction: reads the sandbox clock once.
    pub(super) fn begin(sql: &'a mut dyn Sql) -> Result<Self, StoreError> {
        let rows = sql.query("SELECT value FROM sandbox_meta WHERE name = 'clock_offset_ms'", &[])?;
        let offset_ms = match rows.first() {
            Some(row) => row.int(0)?,
            None => 0,
        };
        Ok(Tx { sql, offset_ms, notified: Vec::new(), failure: None })
    }

    /// The notifications queued, and the failure met, if any.
    pub(super) fn finish(self) -> (Vec<i64>, Option<StoreError>) {
        (self.notified, self.failure)
    }

    /// The statements, for the store's own tables.
    pub(super) fn sql(&mut self) -> &mut dyn Sql {
        self.sql
    }

    /// Keeps the first failure and hands it back.
    pub(super) fn failed<T>(&mut self, outcome: Result<T, StoreError>) -> Result<T, StoreError> {
        if let Err(error) = &outcome
            && self.failure.is_none()
        {
            self.failure = Some(error.clone());
        }
        outcome
    }

    /// Now by the sandbox clock (the machine's time moved by every advance of the clock), at
    /// +08:00 to the second: business times (creation, expiry) follow it.
    pub fn now(&self) -> DateTime {
        crate::clock::moved(chrono::Duration::milliseconds(self.offset_ms))
    }

    /// Stores a new record with its keys and links. A key another record holds is an error
    /// (on PostgreSQL, when a concurrent call inserted it first, the call runs again and finds it).
    pub fn insert<R: Record>(&mut self, record: &R) -> Result<(), StoreError> {
        let outcome = self.insert_record(record);
        self.failed(outcome)
    }

    fn insert_record<R: Record>(&mut self, record: &R) -> Result<(), StoreError> {
        let doc = document(record)?;
        let now = crate::clock::wall_ms();
        let sql = "INSERT INTO records (kind, id, doc, created_ms, updated_ms) VALUES ($1, $2, $3, $4, $4)";
        self.sql.execute(sql, &[Param::Text(R::KIND), Param::Text(record.id()), Param::Text(&doc), Param::Int(now)])?;
        for key in record.keys() {
            self.write_key("record_keys", R::KIND, &key, record.id())?;
        }
        for link in record.links() {
            self.write_key("record_links", R::KIND, &link, record.id())?;
        }
        Ok(())
    }

    fn write_key(&mut self, table: &str, kind: &str, key: &Key, id: &str) -> Result<(), StoreError> {
        let sql = format!("INSERT INTO {table} (kind, name, value, id) VALUES ($1, $2, $3, $4)");
        let params = [Param::Text(kind), Param::Text(key.name), Param::Text(&key.value), Param::Text(id)];
        self.sql.execute(&sql, &params).map(drop)
    }

    /// Saves a changed record. Its keys and links stay as inserted: a record's ids do not change.
    pub fn update<R: Record>(&mut self, record: &R) -> Result<(), StoreError> {
        let outcome = document(record).and_then(|doc| {
            let sql = "UPDATE records SET doc = $3, updated_ms = $4 WHERE kind = $1 AND id = $2";
            let params = [
                Param::Text(R::KIND),
                Param::Text(record.id()),
                Param::Text(&doc),
                Param::Int(crate::clock::wall_ms()),
            ];
            match self.sql.execute(sql, &params)? {
                0 => Err(StoreError::corrupt(format!("no {} `{}` to update", R::KIND, record.id()))),
                _ => Ok(()),
            }
        });
        self.failed(outcome)
    }

    /// The record with this id, locked until the transaction ends: read a record this way
    /// whenever the call may change it or decide on it (money), so that concurrent calls on
    /// it take turns.
    pub fn get<R: Record>(&mut self, id: &str) -> Result<Option<R>, StoreError> {
        let outcome = self.read(id, true);
        self.failed(outcome)
    }

    /// The record with this unique key, locked like [`Tx::get`].
    pub fn find<R: Record>(&mut self, key: &Key) -> Result<Option<R>, StoreError> {
        let outcome = self.id_of::<R>(key).and_then(|id| match id {
            Some(id) => self.read(&id, true),
            None => Ok(None),
        });
        self.failed(outcome)
    }

    /// The record with this id, not locked: for what only reports it or never changes.
    pub fn peek<R: Record>(&mut self, id: &str) -> Result<Option<R>, StoreError> {
        let outcome = self.read(id, false);
        self.failed(outcome)
    }

    /// The record with this unique key, not locked: for what only reports it.
    pub fn peek_by<R: Record>(&mut self, key: &Key) -> Result<Option<R>, StoreError> {
        let outcome = self.id_of::<R>(key).and_then(|id| match id {
            Some(id) => self.read(&id, false),
            None => Ok(None),
        });
        self.failed(outcome)
    }

    fn id_of<R: Record>(&mut self, key: &Key) -> Result<Option<String>, StoreError> {
        let sql = "SELECT id FROM record_keys WHERE kind = $1 AND name = $2 AND value = $3";
        let rows = self.sql.query(sql, &[Param::Text(R::KIND), Param::Text(key.name), Param::Text(&key.value)])?;
        rows.first().map(|row| row.text(0)).transpose()
    }

    fn read<R: Record>(&mut self, id: &str, lock: bool) -> Result<Option<R>, StoreError> {
        let lock = if lock { self.sql.dialect().for_update() } else { "" };
        let sql = format!("SELECT doc FROM records WHERE kind = $1 AND id = $2{lock}");
        let rows = self.sql.query(&sql, &[Param::Text(R::KIND), Param::Text(id)])?;
        rows.first().map(parse).transpose()
    }

    /// The records listed in a group, in the order they were inserted (not locked).
    pub fn linked<R: Record>(&mut self, group: &Key) -> Result<Vec<R>, StoreError> {
        let sql = "SELECT r.doc FROM record_links l JOIN records r ON r.kind = l.kind AND r.id = l.id \
                   WHERE l.kind = $1 AND l.name = $2 AND l.value = $3 ORDER BY r.seq";
        let params = [Param::Text(R::KIND), Param::Text(group.name), Param::Text(&group.value)];
        let outcome = self.sql.query(sql, &params).and_then(|rows| rows.iter().map(parse).collect());
        self.failed(outcome)
    }

    /// The last `limit` records of a kind, newest first (not locked).
    pub fn recent<R: Record>(&mut self, limit: i64) -> Result<Vec<R>, StoreError> {
        let sql = "SELECT doc FROM records WHERE kind = $1 ORDER BY seq DESC LIMIT $2";
        let params = [Param::Text(R::KIND), Param::Int(limit)];
        let outcome = self.sql.query(sql, &params).and_then(|rows| rows.iter().map(parse).collect());
        self.failed(outcome)
    }

    /// Every record of a kind, in the order they were inserted (for tests).
    pub fn list<R: Record>(&mut self) -> Result<Vec<R>, StoreError> {
        let sql = "SELECT doc FROM records WHERE kind = $1 ORDER BY seq";
        let outcome = self.sql.query(sql, &[Param::Text(R::KIND)]).and_then(|rows| rows.iter().map(parse).collect());
        self.failed(outcome)
    }

    /// Queues a notification: it is stored with the call's changes, and sent once they are
    /// committed (again after a restart, until acknowledged or the schedule runs out).
    pub fn notify(&mut self, outgoing: Outgoing) -> Result<(), StoreError> {
        let outcome = super::outbox::queue(self.sql, &outgoing);
        if let Ok(id) = outcome {
            self.notified.push(id);
        }
        self.failed(outcome.map(drop))
    }
}

/// A record as stored: its JSON with secrets in clear (the sandbox's own state).
fn document<R: Record>(record: &R) -> Result<String, StoreError> {
    vault_runtime::value::secret::reveal(|| serde_json::to_string(record))
        .map_err(|e| StoreError::corrupt(format!("a {} does not serialise: {e}", R::KIND)))
}

fn parse<R: Record>(row: &Row) -> Result<R, StoreError> {
    super::record::from_doc(&row.text(0)?)
}
