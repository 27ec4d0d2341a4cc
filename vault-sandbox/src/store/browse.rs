//! What the dashboard reads: the newest records of every kind, calls and notifications. Every
//! query reads an index from its end and stops at its limit, so the page costs the same with
//! a hundred or a million stored payments.

use super::calls;
use super::error::StoreError;
use super::outbox;
use super::sql::{Param, Sql};
use super::tx::Tx;
use crate::state::RecordedCall;

/// A stored record, as the store holds it.
#[derive(Debug, Clone)]
pub(crate) struct StoredRecord {
    pub doc: String,
    /// When it last changed (milliseconds since the epoch, the machine's clock).
    pub updated_ms: i64,
}

/// A notification and every attempt to deliver it.
#[derive(Debug, Clone)]
pub(crate) struct Notification {
    pub id: i64,
    pub url: String,
    pub client_id: String,
    /// The body with its secrets redacted.
    pub shown: Vec<u8>,
    pub state: outbox::State,
    pub created_ms: i64,
    pub attempts: Vec<AttemptRecord>,
}

/// One attempt to deliver a notification.
#[derive(Debug, Clone)]
pub(crate) struct AttemptRecord {
    pub number: i64,
    pub time_ms: i64,
    pub status: Option<i64>,
    pub acknowledged: bool,
    pub refused: bool,
    pub error: Option<String>,
}

impl Tx<'_> {
    /// The kinds of record stored, with how many of each.
    pub fn kinds(&mut self) -> Result<Vec<(String, i64)>, StoreError> {
        let outcome = kinds(self.sql());
        self.failed(outcome)
    }

    /// The newest `limit` records of a kind, newest first.
    pub fn newest(&mut self, kind: &str, limit: i64) -> Result<Vec<StoredRecord>, StoreError> {
        let statement = "SELECT doc, updated_ms FROM records WHERE kind = $1 ORDER BY seq DESC LIMIT $2";
        let outcome = self.sql().query(statement, &[Param::Text(kind), Param::Int(limit)]).and_then(|rows| {
            rows.iter().map(|row| Ok(StoredRecord { doc: row.text(0)?, updated_ms: row.int(1)? })).collect()
        });
        self.failed(outcome)
    }

    /// The newest `limit` calls of the log, newest first.
    pub fn newest_calls(&mut self, limit: i64) -> Result<Vec<RecordedCall>, StoreError> {
        let outcome = calls::newest(self.sql(), limit);
        self.failed(outcome)
    }

    /// The newest `limit` notifications with their attempts, newest first.
    pub fn newest_notifications(&mut self, limit: i64) -> Result<Vec<Notification>, StoreError> {
        let outcome = newest_notifications(self.sql(), limit);
        self.failed(outcome)
    }
}

/// The distinct kinds, found by skipping through the index on (kind, seq) rather than reading
/// every row, and the count of each.
fn kinds(sql: &mut dyn Sql) -> Result<Vec<(String, i64)>, StoreError> {
    let statement = "WITH RECURSIVE k(kind) AS (SELECT MIN(kind) FROM records UNION ALL \
                     SELECT (SELECT MIN(kind) FROM records WHERE kind > k.kind) FROM k WHERE k.kind IS NOT NULL) \
                     SELECT kind FROM k WHERE kind IS NOT NULL";
    let names: Vec<String> = sql.query(statement, &[])?.iter().map(|row| row.text(0)).collect::<Result<_, _>>()?;
    let mut counted = Vec::with_capacity(names.len());
    for name in names {
        let rows = sql.query("SELECT COUNT(*) FROM records WHERE kind = $1", &[Param::Text(&name)])?;
        let count = rows.first().map_or(Ok(0), |row| row.int(0))?;
        counted.push((name, count));
    }
    Ok(counted)
}

fn newest_notifications(sql: &mut dyn Sql, limit: i64) -> Result<Vec<Notification>, StoreError> {
    let statement = "SELECT id, url, client_id, shown, body, state, created_ms FROM outbox ORDER BY id DESC LIMIT $1";
    let mut notifications = Vec::new();
    for row in sql.query(statement, &[Param::Int(limit)])? {
        // A notification stored by version 1 of the store has no redacted copy: only its
        // shape is shown.
        let shown = match row.opt_bytes(3)? {
            Some(shown) => shown,
            None => crate::redact::every_string(&row.bytes(4)?),
        };
        notifications.push(Notification {
            id: row.int(0)?,
            url: row.text(1)?,
            client_id: row.text(2)?,
            shown,
            state: outbox::State::from_code(row.int(5)?),
            created_ms: row.int(6)?,
            attempts: Vec::new(),
        });
    }
    let Some(oldest) = notifications.last().map(|n| n.id) else { return Ok(notifications) };
    let statement = "SELECT notification, attempt, time_ms, status, acknowledged, refused, error FROM deliveries \
                     WHERE notification >= $1 ORDER BY id";
    for row in sql.query(statement, &[Param::Int(oldest)])? {
        let id = row.int(0)?;
        if let Some(notification) = notifications.iter_mut().find(|n| n.id == id) {
            notification.attempts.push(AttemptRecord {
                number: row.int(1)?,
                time_ms: row.int(2)?,
                status: row.opt_int(3)?,
                acknowledged: row.int(4)? != 0,
                refused: row.int(5)? != 0,
                error: row.opt_text(6)?,
            });
        }
    }
    Ok(notifications)
}

#[cfg(test)]
mod tests {
    use super::super::record::{Key, Record, Summary};
    use super::super::{Retention, Storage, Store};
    use serde::{Deserialize, Serialize};

    /// A kind no family of the sandbox has (yet).
    #[derive(Serialize, Deserialize)]
    struct Payout {
        id: String,
    }

    impl Record for Payout {
        const KIND: &'static str = "payout";
        fn id(&self) -> &str {
            &self.id
        }
        fn keys(&self) -> Vec<Key> {
            Vec::new()
        }
        fn summary(&self) -> Summary {
            Summary::new(&self.id)
        }
    }

    #[test]
    fn every_kind_is_found_with_its_count_and_its_newest_records_first() {
        let store = Store::open(&Storage::Memory, Retention::default()).unwrap_or_else(|e| panic!("{e}"));
        let (kinds, newest) = store
            .read(|tx| {
                for i in 0..5 {
                    tx.insert(&Payout { id: format!("PO-{i}") })?;
                }
                Ok((tx.kinds()?, tx.newest("payout", 2)?))
            })
            .unwrap_or_else(|e| panic!("{e}"));
        let newest: Vec<&str> = newest.iter().map(|r| r.doc.as_str()).collect();
        assert_eq!(newest, [r#"{"id":"PO-4"}"#, r#"{"id":"PO-3"}"#]);
        assert_eq!(kinds, [("payout".to_owned(), 5)]);
    }
}
