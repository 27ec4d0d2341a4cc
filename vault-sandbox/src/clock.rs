//! Times as Antom writes them: ISO 8601 with the +08:00 offset, whole seconds. Business times
//! follow the sandbox clock (the machine's time moved forward by every advance, stored so
//! that every process on one store shares it: [`crate::store::Tx::now`]); the signature
//! headers keep the machine's time, which the client's own clock is compared with.

use chrono::offset::Offset as _;
use chrono::{DateTime, FixedOffset, Timelike as _, Utc};

/// The offset Antom uses in its times.
fn offset() -> FixedOffset {
    FixedOffset::east_opt(8 * 3600).unwrap_or_else(|| Utc.fix())
}

/// The machine's time moved by `by`, at +08:00, to the second.
pub fn moved(by: chrono::Duration) -> DateTime<FixedOffset> {
    let time = (Utc::now() + by).with_timezone(&offset());
    time.with_nanosecond(0).unwrap_or(time)
}

/// Now, formatted for a `response-time` or `request-time` header (`2019-05-28T12:12:14+08:00`).
pub fn header_now() -> String {
    moved(chrono::Duration::zero()).format("%Y-%m-%dT%H:%M:%S%:z").to_string()
}

/// Milliseconds since the Unix epoch by the machine's clock, for bookkeeping (retention,
/// resend times); business times follow the sandbox clock.
pub fn wall_ms() -> i64 {
    Utc::now().timestamp_millis()
}
