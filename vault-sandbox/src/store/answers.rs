//! Final answers kept per client, API and idempotency id, with a digest of the request they
//! answered: the same id and body get the same answer, in any process on the same store.

use super::error::StoreError;
use super::sql::Param;
use super::tx::Tx;
use crate::state::Reply;
use vault_runtime::ApiResult;

/// A kept answer and the digest of the request it answered.
pub(crate) struct Kept {
    pub request_digest: Vec<u8>,
    pub reply: Reply,
}

/// The SHA-256 of a request's JSON in its canonical form (keys sorted, no spacing), so that
/// the same request sent with other spacing or key order is the same request.
pub(crate) fn digest(request: &serde_json::Value) -> Vec<u8> {
    let canonical = serde_json::to_vec(request).unwrap_or_default();
    aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, &canonical).as_ref().to_vec()
}

/// Identifies a kept answer.
#[derive(Debug, Clone, Copy)]
pub(crate) struct AnswerKey<'a> {
    pub client_id: &'a str,
    pub api: &'a str,
    pub request_id: &'a str,
}

impl AnswerKey<'_> {
    fn params(&self) -> [Param<'_>; 3] {
        [Param::Text(self.client_id), Param::Text(self.api), Param::Text(self.request_id)]
    }
}

/// The answer kept for this key, if any.
pub(crate) fn find(tx: &mut Tx<'_>, key: AnswerKey<'_>) -> Result<Option<Kept>, StoreError> {
    let statement = "SELECT request_hash, result, body, redacted FROM answers WHERE client_id = $1 AND api = $2 AND request_id = $3";
    let outcome = tx.sql().query(statement, &key.params()).and_then(|rows| {
        let Some(row) = rows.first() else { return Ok(None) };
        let result: ApiResult = serde_json::from_str(&row.text(1)?)
            .map_err(|e| StoreError::corrupt(format!("a kept answer's result does not read back: {e}")))?;
        let reply = Reply { result, body: row.bytes(2)?, redacted: row.opt_bytes(3)? };
        Ok(Some(Kept { request_digest: row.bytes(0)?, reply }))
    });
    tx.failed(outcome)
}

/// Keeps a final answer. On PostgreSQL, a concurrent call that kept one for the same key first
/// makes this fail with contention: the call runs again and replays that answer.
pub(crate) fn keep(
    tx: &mut Tx<'_>,
    key: AnswerKey<'_>,
    request_digest: &[u8],
    reply: &Reply,
) -> Result<(), StoreError> {
    let result = serde_json::to_string(&reply.result).unwrap_or_default();
    let statement = "INSERT INTO answers (client_id, api, request_id, request_hash, result, body, redacted, created_ms) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";
    let [client, api, id] = key.params();
    let redacted = Param::OptBytes(reply.redacted.as_deref());
    let params = [
        client,
        api,
        id,
        Param::Bytes(request_digest),
        Param::Text(&result),
        Param::Bytes(&reply.body),
        redacted,
        Param::Int(crate::clock::wall_ms()),
    ];
    let outcome = tx.sql().execute(statement, &params).map(drop);
    tx.failed(outcome)
}

/// Forgets answers kept before `before` (milliseconds since the epoch) or older than the
/// newest `keep`: the retention of the call log bounds them too.
pub(super) fn prune(sql: &mut dyn super::sql::Sql, keep: i64, before: i64) -> Result<(), StoreError> {
    let statement = "DELETE FROM answers WHERE created_ms < $2 OR created_ms < \
                     (SELECT created_ms FROM answers ORDER BY created_ms DESC LIMIT 1 OFFSET $1)";
    sql.execute(statement, &[Param::Int(keep), Param::Int(before)]).map(drop)
}
