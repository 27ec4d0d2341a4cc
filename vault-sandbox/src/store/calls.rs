//! The log of calls: bounded by count and age, bodies stored with their secrets redacted. Its
//! pruning also bounds the finished notifications and the kept answers.

use super::error::StoreError;
use super::sql::{Param, Row, Sql};
use crate::state::RecordedCall;
use bytes::Bytes;

/// Every this many calls, the log forgets what its retention no longer keeps.
const PRUNE_EVERY: i64 = 128;

/// Adds a call; now and then forgets calls beyond the last `keep` or older than `before_ms`.
pub(super) fn record(sql: &mut dyn Sql, call: &RecordedCall, keep: i64, before_ms: i64) -> Result<(), StoreError> {
    let statement = "INSERT INTO calls (time_ms, path, client_id, request_time, signature, signature_valid, body, \
                     result_code, result_status, answer) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING seq";
    let params = [
        Param::Int(call.time.timestamp_millis()),
        Param::Text(&call.path),
        Param::OptText(call.client_id.as_deref()),
        Param::OptText(call.request_time.as_deref()),
        Param::OptText(call.signature.as_deref()),
        Param::Int(call.signature_valid.into()),
        Param::Bytes(&call.body),
        Param::Text(&call.result_code),
        Param::Text(&call.result_status),
        Param::Bytes(&call.answer),
    ];
    let rows = sql.query(statement, &params)?;
    let seq = rows.first().map_or(Ok(0), |row| row.int(0))?;
    if seq % PRUNE_EVERY == 0 {
        let statement = "DELETE FROM calls WHERE seq <= $1 OR time_ms < $2";
        sql.execute(statement, &[Param::Int(seq - keep), Param::Int(before_ms)])?;
        super::outbox::prune(sql, keep, before_ms)?;
        super::answers::prune(sql, keep, before_ms)?;
    }
    Ok(())
}

/// The calls the log holds, oldest first.
pub(super) fn list(sql: &mut dyn Sql) -> Result<Vec<RecordedCall>, StoreError> {
    let statement = "SELECT time_ms, path, client_id, request_time, signature, signature_valid, body, result_code, \
                     result_status, answer FROM calls ORDER BY seq";
    sql.query(statement, &[])?.iter().map(read).collect()
}

/// The newest `limit` calls, newest first.
pub(super) fn newest(sql: &mut dyn Sql, limit: i64) -> Result<Vec<RecordedCall>, StoreError> {
    let statement = "SELECT time_ms, path, client_id, request_time, signature, signature_valid, body, result_code, \
                     result_status, answer FROM calls ORDER BY seq DESC LIMIT $1";
    sql.query(statement, &[Param::Int(limit)])?.iter().map(read).collect()
}

fn read(row: &Row) -> Result<RecordedCall, StoreError> {
    let time = chrono::DateTime::from_timestamp_millis(row.int(0)?).unwrap_or_default();
    Ok(RecordedCall {
        time,
        path: row.text(1)?,
        client_id: row.opt_text(2)?,
        request_time: row.opt_text(3)?,
        signature: row.opt_text(4)?,
        signature_valid: row.int(5)? != 0,
        body: Bytes::from(row.bytes(6)?),
        result_code: row.text(7)?,
        result_status: row.text(8)?,
        answer: Bytes::from(row.bytes(9)?),
    })
}
