//! Times as Antom writes them: ISO 8601 with the +08:00 offset, whole seconds.

use chrono::offset::Offset as _;
use chrono::{DateTime, FixedOffset, Timelike as _, Utc};

/// The offset Antom uses in its times.
fn offset() -> FixedOffset {
    FixedOffset::east_opt(8 * 3600).unwrap_or_else(|| Utc.fix())
}

/// Now plus `delta`, at +08:00, to the second.
pub fn at(delta: chrono::Duration) -> DateTime<FixedOffset> {
    let time = (Utc::now() + delta).with_timezone(&offset());
    time.with_nanosecond(0).unwrap_or(time)
}

/// Now, formatted for a `response-time` or `request-time` header (`2019-05-28T12:12:14+08:00`).
pub fn header_now() -> String {
    at(chrono::Duration::zero()).format("%Y-%m-%dT%H:%M:%S%:z").to_string()
}

/// Now, at +08:00, to the second.
pub fn now() -> DateTime<FixedOffset> {
    at(chrono::Duration::zero())
}
