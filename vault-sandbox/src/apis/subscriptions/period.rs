//! Subscription periods: the units the pages name (`periodType`) and the time a period ends.
//!
//! The request pages give `periodType` as free text of at most 20 characters; the units are
//! the values of the generated `PeriodType` of inquireSubscription's answer (`DAY`, `WEEK`,
//! `MONTH`, `QUARTER`, `HALF_YEAR`, `YEAR`), so the sandbox reads a request's unit through
//! that type and refuses any other.

use vault_generated::subscriptions::response::PeriodType;
use vault_runtime::DateTime;

/// The unit a request names, or `None` when the pages document no such unit.
pub(super) fn unit(text: &str) -> Option<PeriodType> {
    match serde_json::from_value::<PeriodType>(serde_json::Value::String(text.to_owned())) {
        Ok(PeriodType::Undocumented(_)) | Err(_) => None,
        Ok(unit) => Some(unit),
    }
}

/// When a period of `count` units `unit` that starts at `start` ends (`None` when the unit is
/// unknown or the date is out of range).
pub(super) fn after(start: DateTime, unit: &str, count: i64) -> Option<DateTime> {
    let count = u32::try_from(count).ok()?;
    let months = |per: u32| start.checked_add_months(chrono::Months::new(per.checked_mul(count)?));
    match self::unit(unit)? {
        PeriodType::Day => start.checked_add_signed(chrono::Duration::try_days(i64::from(count))?),
        PeriodType::Week => start.checked_add_signed(chrono::Duration::try_weeks(i64::from(count))?),
        PeriodType::Month => months(1),
        PeriodType::Quarter => months(3),
        PeriodType::HalfYear => months(6),
        PeriodType::Year => months(12),
        _ => None,
    }
}

/// Why a request's period rule cannot be served, if it cannot.
pub(super) fn check(unit_text: &str, count: i64) -> Result<(), String> {
    if self::unit(unit_text).is_none() {
        return Err(format!(
            "periodRule.periodType: `{unit_text}` is not a period unit the pages document (see inquireSubscription's periodType)"
        ));
    }
    if u32::try_from(count).is_err() {
        return Err(format!("periodRule.periodCount: {count} periods are more than the sandbox counts"));
    }
    Ok(())
}
