//! The notification outbox: notifications are written in the transaction of the call that
//! caused them, then claimed by a sender (this process's or another's on the same database),
//! sent, and their attempt recorded. A claim is a lease: a sender that dies mid-attempt leaves
//! its claim to expire, and the notification is sent again.

use super::error::StoreError;
use super::sql::{Dialect, Param, Row, Sql};
use crate::state::Delivery;
use bytes::Bytes;

/// A notification waiting to be sent.
#[derive(Debug, Clone)]
pub(crate) struct Outgoing {
    /// The merchant's notification URL.
    pub url: String,
    /// The client it is for.
    pub client_id: String,
    /// The JSON body.
    pub body: Vec<u8>,
    /// The body with its secrets redacted (for the dashboard).
    pub shown: Vec<u8>,
}

impl Outgoing {
    /// A notification of `message` (a generated notification type) for a client.
    pub fn new(url: &str, client_id: &str, message: &impl serde::Serialize) -> Self {
        // The gateway sends secrets (the card token) in clear, so the sandbox reveals them.
        // Serialising a generated type cannot fail (its maps have string keys).
        let body = vault_runtime::value::secret::reveal(|| serde_json::to_vec(message)).unwrap_or_default();
        // Serialised as usual, the generated types write `[REDACTED]` for every secret.
        let shown = serde_json::to_vec(message).unwrap_or_default();
        Outgoing { url: url.to_owned(), client_id: client_id.to_owned(), body, shown }
    }
}

/// How a notification stands.
const PENDING: i64 = 0;
const ACKNOWLEDGED: i64 = 1;
const GAVE_UP: i64 = 2;
/// Never sent: its URL is outside the allow-list.
const REFUSED: i64 = 3;

/// How a notification stands, for the dashboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum State {
    /// Waiting for its first attempt or a resend.
    Pending,
    /// The merchant acknowledged it.
    Acknowledged,
    /// Never acknowledged, and the resend schedule is over.
    GaveUp,
    /// Never sent: its URL is outside the allow-list.
    Refused,
}

impl State {
    pub fn from_code(code: i64) -> Self {
        match code {
            ACKNOWLEDGED => State::Acknowledged,
            GAVE_UP => State::GaveUp,
            REFUSED => State::Refused,
            _ => State::Pending,
        }
    }
}

/// A notification a sender claimed.
#[derive(Debug, Clone)]
pub(crate) struct Claimed {
    pub id: i64,
    pub url: String,
    pub client_id: String,
    pub body: Vec<u8>,
    /// Attempts made before this one.
    pub attempts: i64,
}

/// What became of one attempt.
#[derive(Debug, Clone)]
pub(crate) struct Attempt {
    pub status: Option<u16>,
    pub acknowledged: bool,
    pub error: Option<String>,
    /// When to try again (milliseconds since the epoch); `None`: the schedule is over.
    pub retry_at: Option<i64>,
    /// Not sent: the URL is outside the allow-list (`error` says why).
    pub refused: bool,
}

pub(super) fn queue(sql: &mut dyn Sql, outgoing: &Outgoing) -> Result<i64, StoreError> {
    let now = crate::clock::wall_ms();
    let statement = "INSERT INTO outbox (url, client_id, body, shown, created_ms, state, attempts, next_ms) \
                     VALUES ($1, $2, $3, $4, $5, 0, 0, $5) RETURNING id";
    let params = [
        Param::Text(&outgoing.url),
        Param::Text(&outgoing.client_id),
        Param::Bytes(&outgoing.body),
        Param::Bytes(&outgoing.shown),
        Param::Int(now),
    ];
    let rows = sql.query(statement, &params)?;
    rows.first().ok_or_else(|| StoreError::corrupt("the outbox gave no id"))?.int(0)
}

/// Claims for `owner`, until `lease_until`, the notifications due at `now` (at most `limit`), or
/// only those of `ids` that are still waiting.
pub(super) fn claim(
    sql: &mut dyn Sql,
    owner: &str,
    now: i64,
    lease_until: i64,
    which: Which<'_>,
) -> Result<Vec<Claimed>, StoreError> {
    let skip_locked = match sql.dialect() {
        Dialect::Postgres => " FOR UPDATE SKIP LOCKED",
        Dialect::Sqlite => "",
    };
    let free = "state = 0 AND (lease_until IS NULL OR lease_until < $3)";
    let mut claimed = Vec::new();
    let returning = "RETURNING id, url, client_id, body, attempts";
    let set = "UPDATE outbox SET lease_owner = $1, lease_until = $2";
    match which {
        Which::Due(limit) => {
            let statement = format!(
                "{set} WHERE id IN (SELECT id FROM outbox WHERE {free} AND next_ms <= $3 \
                 ORDER BY next_ms LIMIT $4{skip_locked}) {returning}"
            );
            let params = [Param::Text(owner), Param::Int(lease_until), Param::Int(now), Param::Int(limit)];
            for row in sql.query(&statement, &params)? {
                claimed.push(read_claim(&row)?);
            }
        }
        Which::These(ids) => {
            let statement = format!("{set} WHERE id = $4 AND {free} {returning}");
            for id in ids {
                let params = [Param::Text(owner), Param::Int(lease_until), Param::Int(now), Param::Int(*id)];
                for row in sql.query(&statement, &params)? {
                    claimed.push(read_claim(&row)?);
                }
            }
        }
    }
    Ok(claimed)
}

/// Which notifications to claim.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Which<'a> {
    /// Any that are due, at most this many.
    Due(i64),
    /// These, if still waiting.
    These(&'a [i64]),
}

fn read_claim(row: &Row) -> Result<Claimed, StoreError> {
    Ok(Claimed {
        id: row.int(0)?,
        url: row.text(1)?,
        client_id: row.text(2)?,
        body: row.bytes(3)?,
        attempts: row.int(4)?,
    })
}

/// Records an attempt and releases the claim.
pub(super) fn record(sql: &mut dyn Sql, claimed: &Claimed, attempt: &Attempt) -> Result<(), StoreError> {
    let now = crate::clock::wall_ms();
    let number = claimed.attempts + 1;
    let statement = "INSERT INTO deliveries (notification, attempt, url, status, acknowledged, error, time_ms, refused) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";
    let params = [
        Param::Int(claimed.id),
        Param::Int(number),
        Param::Text(&claimed.url),
        Param::OptInt(attempt.status.map(i64::from)),
        Param::Int(attempt.acknowledged.into()),
        Param::OptText(attempt.error.as_deref()),
        Param::Int(now),
        Param::Int(attempt.refused.into()),
    ];
    sql.execute(statement, &params)?;
    let (state, next) = match (attempt.acknowledged, attempt.retry_at) {
        _ if attempt.refused => (REFUSED, now),
        (true, _) => (ACKNOWLEDGED, now),
        (false, Some(at)) => (PENDING, at),
        (false, None) => (GAVE_UP, now),
    };
    let statement = "UPDATE outbox SET attempts = $2, state = $3, next_ms = $4, lease_owner = NULL, \
                     lease_until = NULL WHERE id = $1";
    sql.execute(statement, &[Param::Int(claimed.id), Param::Int(number), Param::Int(state), Param::Int(next)])?;
    Ok(())
}

/// Every attempt, in order, with the body sent.
pub(super) fn deliveries(sql: &mut dyn Sql) -> Result<Vec<Delivery>, StoreError> {
    let statement = "SELECT d.url, d.attempt, o.body, d.status, d.acknowledged, d.error, d.refused \
                     FROM deliveries d JOIN outbox o ON o.id = d.notification ORDER BY d.id";
    let rows = sql.query(statement, &[])?;
    rows.iter()
        .map(|row| {
            Ok(Delivery {
                url: row.text(0)?,
                attempt: u32::try_from(row.int(1)?).unwrap_or(u32::MAX),
                body: Bytes::from(row.bytes(2)?),
                status: row.opt_int(3)?.and_then(|s| u16::try_from(s).ok()),
                acknowledged: row.int(4)? != 0,
                error: row.opt_text(5)?,
                refused: row.int(6)? != 0,
            })
        })
        .collect()
}

/// How many attempts were made.
pub(super) fn count(sql: &mut dyn Sql) -> Result<i64, StoreError> {
    let rows = sql.query("SELECT COUNT(*) FROM deliveries", &[])?;
    rows.first().map_or(Ok(0), |row| row.int(0))
}

/// Frees the claims of `owner` (a process that stops), so that another sender may take them
/// at once; how many notifications still wait to be delivered.
pub(super) fn release(sql: &mut dyn Sql, owner: &str) -> Result<i64, StoreError> {
    let statement = "UPDATE outbox SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = $1";
    sql.execute(statement, &[Param::Text(owner)])?;
    let rows = sql.query("SELECT COUNT(*) FROM outbox WHERE state = 0", &[])?;
    rows.first().map_or(Ok(0), |row| row.int(0))
}

/// Frees every claim: a store that one process owns (SQLite) starts with no sender alive.
pub(super) fn release_all(sql: &mut dyn Sql) -> Result<(), StoreError> {
    sql.execute("UPDATE outbox SET lease_owner = NULL, lease_until = NULL WHERE lease_until IS NOT NULL", &[]).map(drop)
}

/// Forgets finished notifications (acknowledged or given up) created before `before` or not
/// among the last `keep`, with their attempts.
pub(super) fn prune(sql: &mut dyn Sql, keep: i64, before: i64) -> Result<(), StoreError> {
    let old = "SELECT id FROM outbox WHERE state <> 0 AND (id <= (SELECT MAX(id) FROM outbox) - $1 OR created_ms < $2)";
    let params = [Param::Int(keep), Param::Int(before)];
    sql.execute(&format!("DELETE FROM deliveries WHERE notification IN ({old})"), &params)?;
    sql.execute(&format!("DELETE FROM outbox WHERE id IN ({old})"), &params)?;
    Ok(())
}

/// When the earliest waiting notification is due (milliseconds since the epoch), if any.
pub(super) fn next_due(sql: &mut dyn Sql) -> Result<Option<i64>, StoreError> {
    let rows = sql.query("SELECT MIN(next_ms) FROM outbox WHERE state = 0", &[])?;
    rows.first().map_or(Ok(None), |row| row.opt_int(0))
}
