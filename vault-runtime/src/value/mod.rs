//! Value types that cannot hold a value the page forbids.

pub mod decimal;
pub mod digits;
pub mod enums;
pub mod fixed;
pub mod int;
pub mod list;
pub mod money;
pub mod region;
pub mod secret;
pub mod text;
pub mod url;

/// `"13.14"` → (`"13"`, `"14"`): digits with at most one point, at least one digit before it
/// and, when there is a point, at least one after it; no sign, exponent or separator. The one
/// reading of decimal text, for amounts and decimal fields alike.
pub(crate) fn split_decimal(text: &str) -> Option<(&str, &str)> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let well_formed =
        !whole.is_empty() && digits(whole) && digits(fraction) && !(text.contains('.') && fraction.is_empty());
    well_formed.then_some((whole, fraction))
}
