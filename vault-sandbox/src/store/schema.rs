//! The tables, the same for both engines but for the type of a generated key and of bytes.
//!
//! - `records`: every business record of every API family (a session, a vaulting, a payment,
//!   a refund, and whatever later families keep) as a JSON document under its kind and id;
//!   `record_keys` finds one by a unique secondary key (a payment by its `paymentRequestId`),
//!   `record_links` lists those of a group (the refunds of a payment). All lookups are by
//!   primary key, so a call costs the same with 10 or 10 million stored payments.
//! - `answers`: the final answer kept per client, API and idempotency id, with a digest of
//!   the request it answered; bounded like the call log (a request id sent again after its
//!   answer was forgotten is answered from the records: the payment, capture or refund it made).
//! - `outbox` and `deliveries`: notifications to send (written in the transaction of the call
//!   that caused them) and each attempt to send them.
//! - `calls`: the bounded log of calls, bodies with their secrets redacted.
//! - `sandbox_meta`: the schema version and the sandbox clock's offset.

use super::sql::Dialect;

/// Bumped when a table changes; a store of another version is refused, not misread.
pub(crate) const VERSION: i64 = 2;

pub(crate) const TABLES: &str = "
CREATE TABLE IF NOT EXISTS sandbox_meta (name TEXT PRIMARY KEY, value BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS records (
    seq {serial}, kind TEXT NOT NULL, id TEXT NOT NULL, doc TEXT NOT NULL,
    created_ms BIGINT NOT NULL, updated_ms BIGINT NOT NULL, UNIQUE (kind, id));
CREATE INDEX IF NOT EXISTS records_by_kind ON records (kind, seq);
CREATE TABLE IF NOT EXISTS record_keys (
    kind TEXT NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL, id TEXT NOT NULL,
    PRIMARY KEY (kind, name, value));
CREATE TABLE IF NOT EXISTS record_links (
    kind TEXT NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL, id TEXT NOT NULL,
    PRIMARY KEY (kind, name, value, id));
CREATE TABLE IF NOT EXISTS answers (
    client_id TEXT NOT NULL, api TEXT NOT NULL, request_id TEXT NOT NULL,
    request_hash {bytes} NOT NULL, result TEXT NOT NULL, body {bytes} NOT NULL, redacted {bytes},
    created_ms BIGINT NOT NULL, PRIMARY KEY (client_id, api, request_id));
CREATE INDEX IF NOT EXISTS answers_by_time ON answers (created_ms);
CREATE TABLE IF NOT EXISTS outbox (
    id {serial}, url TEXT NOT NULL, client_id TEXT NOT NULL, body {bytes} NOT NULL, shown {bytes},
    created_ms BIGINT NOT NULL, state BIGINT NOT NULL, attempts BIGINT NOT NULL, next_ms BIGINT NOT NULL,
    lease_owner TEXT, lease_until BIGINT);
CREATE INDEX IF NOT EXISTS outbox_due ON outbox (state, next_ms);
CREATE TABLE IF NOT EXISTS deliveries (
    id {serial}, notification BIGINT NOT NULL, attempt BIGINT NOT NULL, url TEXT NOT NULL,
    status BIGINT, acknowledged BIGINT NOT NULL, error TEXT, time_ms BIGINT NOT NULL,
    refused BIGINT NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS deliveries_of ON deliveries (notification);
CREATE TABLE IF NOT EXISTS calls (
    seq {serial}, time_ms BIGINT NOT NULL, path TEXT NOT NULL, client_id TEXT, request_time TEXT,
    signature TEXT, signature_valid BIGINT NOT NULL, body {bytes} NOT NULL, result_code TEXT NOT NULL,
    result_status TEXT NOT NULL, answer {bytes} NOT NULL);
CREATE INDEX IF NOT EXISTS calls_by_time ON calls (time_ms);
";

/// What turns a store of each earlier version into the next (version 1 had no redacted copy
/// of a notification, no refused deliveries, and kept answers for ever).
pub(crate) const MIGRATIONS: &[(i64, &str)] = &[(
    1,
    "ALTER TABLE outbox ADD COLUMN shown {bytes}; \
     ALTER TABLE deliveries ADD COLUMN refused BIGINT NOT NULL DEFAULT 0; \
     CREATE INDEX IF NOT EXISTS answers_by_time ON answers (created_ms)",
)];

/// The statements of `text` (`;`-separated), with the types of `dialect`.
pub(crate) fn statements(text: &str, dialect: Dialect) -> Vec<String> {
    let (serial, bytes) = match dialect {
        Dialect::Sqlite => ("INTEGER PRIMARY KEY", "BLOB"),
        Dialect::Postgres => ("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", "BYTEA"),
    };
    let text = text.replace("{serial}", serial).replace("{bytes}", bytes);
    text.split(';').map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect()
}
