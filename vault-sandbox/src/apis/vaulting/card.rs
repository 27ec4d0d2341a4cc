//! What the sandbox checks and derives from a card: check digit, expiry, brand, masked number.

use chrono::Datelike as _;

/// Why a card cannot be vaulted, as the sandbox's verification sees it.
pub(crate) fn problem(number: &str, year: &str, month: &str, today: vault_runtime::DateTime) -> Option<&'static str> {
    if !(12..=19).contains(&number.len()) || !number.bytes().all(|b| b.is_ascii_digit()) {
        return Some("the card number must be 12 to 19 digits");
    }
    if !luhn(number) {
        return Some("the card number fails its check digit");
    }
    let (Ok(year), Ok(month)) = (year.parse::<i32>(), month.parse::<u32>()) else {
        return Some("the expiry year and month must be numbers");
    };
    if !(0..=99).contains(&year) || !(1..=12).contains(&month) {
        return Some("the expiry must be a month from 01 to 12 and a two-digit year");
    }
    if (2000 + year, month) < (today.year(), today.month()) {
        return Some("the card has expired");
    }
    None
}

/// The Luhn check digit test.
fn luhn(number: &str) -> bool {
    let sum: u32 = number
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let digit = u32::from(b - b'0');
            if !i.is_multiple_of(2) {
                let doubled = digit * 2;
                if doubled > 9 { doubled - 9 } else { doubled }
            } else {
                digit
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// The scheme of a card number, by its leading digits.
pub(crate) fn brand(number: &str) -> &'static str {
    let two: u32 = number.get(..2).and_then(|p| p.parse().ok()).unwrap_or(0);
    match (number.as_bytes().first(), two) {
        (Some(b'4'), _) => "VISA",
        (_, 51..=55) | (_, 22..=27) => "MASTERCARD",
        (_, 34) | (_, 37) => "AMEX",
        (_, 35) => "JCB",
        (_, 62) => "CUP",
        (_, 36) | (_, 38) => "DINERS",
        (_, 60) | (_, 64) | (_, 65) => "DISCOVER",
        _ => "UNKNOWN",
    }
}

/// The number with all but the first six and last four digits hidden.
pub(crate) fn masked(number: &str) -> String {
    let len = number.len();
    number.char_indices().map(|(i, c)| if i < 6 || i + 4 >= len { c } else { '*' }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checks_and_derives() {
        assert!(luhn("4111111111111111") && luhn("5555555555554444") && !luhn("4111111111111112"));
        let today = crate::clock::moved(chrono::Duration::zero());
        assert_eq!(problem("4111111111111111", "99", "12", today), None);
        assert_eq!(problem("4111111111111112", "99", "12", today), Some("the card number fails its check digit"));
        assert_eq!(problem("4111111111111111", "20", "01", today), Some("the card has expired"));
        let later = today + chrono::Duration::days(366 * 80);
        assert_eq!(problem("4111111111111111", "99", "12", later), Some("the card has expired"), "clock moved on");
        assert_eq!(
            problem("4111111111111111", "99", "13", today),
            Some("the expiry must be a month from 01 to 12 and a two-digit year")
        );
        assert_eq!(brand("4111111111111111"), "VISA");
        assert_eq!(brand("5555555555554444"), "MASTERCARD");
        assert_eq!(masked("4111111111111111"), "411111******1111");
    }
}
