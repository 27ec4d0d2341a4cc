//! Money: ISO 4217 currencies (from the `iso_currency` crate) and amounts counted in a
//! currency's minor unit. No floating point anywhere: a decimal text is read digit by digit.

use crate::validation::{FromDraft, Validator, Violation};
pub use iso_currency::Currency;

impl FromDraft for Currency {
    type Draft = String;

    fn from_draft(draft: String, validator: &mut Validator) -> Option<Self> {
        validator.check(currency(&draft))
    }
}

/// The currency of an ISO 4217 code (`"USD"`).
pub fn currency(code: &str) -> Result<Currency, Violation> {
    Currency::from_code(code).ok_or_else(|| Violation::NotCurrency { actual: Violation::echo(code) })
}

/// The number of minor units of a decimal amount in a currency: `"13.14"` USD is 1314, `"500"`
/// JPY is 500, `"1.005"` BHD is 1005. More decimals than the currency has is refused, never
/// rounded; so are signs, exponents and anything but digits and one point.
pub fn minor_units(currency: Currency, amount: &str) -> Result<i64, Violation> {
    let exponent = u32::from(currency.exponent().unwrap_or(0));
    let invalid = |reason: &'static str| Violation::NotAmount { reason, exponent };
    let (whole, fraction) = super::split_decimal(amount).ok_or(invalid("is not a decimal amount such as 13.14"))?;
    if fraction.len() > exponent as usize {
        return Err(invalid("has more decimals than the currency's minor unit allows"));
    }
    let scale = 10i64.checked_pow(exponent).ok_or(invalid("is too large"))?;
    let padded = format!("{fraction:0<width$}", width = exponent as usize);
    let whole: i64 = whole.parse().map_err(|_| invalid("is too large"))?;
    let fraction: i64 = if padded.is_empty() { 0 } else { padded.parse().map_err(|_| invalid("is too large"))? };
    whole.checked_mul(scale).and_then(|w| w.checked_add(fraction)).ok_or(invalid("is too large"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_in_minor_units_without_floating_point() {
        assert_eq!(minor_units(Currency::USD, "13.14"), Ok(1314));
        assert_eq!(minor_units(Currency::USD, "13.1"), Ok(1310));
        assert_eq!(minor_units(Currency::USD, "13"), Ok(1300));
        assert_eq!(minor_units(Currency::JPY, "500"), Ok(500));
        assert_eq!(minor_units(Currency::BHD, "1.005"), Ok(1005));
        for bad in ["13.145", "-1", "1e3", "", ".5", "5.", "1,00", "99999999999999999999"] {
            assert!(minor_units(Currency::USD, bad).is_err(), "{bad}");
        }
        assert!(minor_units(Currency::JPY, "1.5").is_err());
    }

    #[test]
    fn currencies_travel_as_their_code() {
        assert_eq!(serde_json::to_string(&Currency::EUR).ok().as_deref(), Some("\"EUR\""));
        assert_eq!(currency("SGD"), Ok(Currency::SGD));
        assert_eq!(currency("usd"), Err(Violation::NotCurrency { actual: Some("usd".to_owned()) }));
    }
}
