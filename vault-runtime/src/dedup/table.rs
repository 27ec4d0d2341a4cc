//! The name of the table that records applied notifications.

#[cfg(any(feature = "dedup-sqlite", feature = "dedup-postgres"))]
use super::StoreError;

/// The table the database stores create and use unless told otherwise.
pub const DEFAULT_TABLE: &str = "vault_notifications";

/// A table name the stores accept: an unquoted SQL identifier (ASCII letters, digits and `_`,
/// not starting with a digit, at most 63 bytes: PostgreSQL's limit), so it is written into
/// SQL as it is and means the same table to both engines.
#[cfg(any(feature = "dedup-sqlite", feature = "dedup-postgres"))]
pub(crate) fn checked(name: &str) -> Result<String, StoreError> {
    let mut chars = name.chars();
    let starts_well = chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
    if starts_well && name.len() <= 63 && chars.all(|c| c.is_ascii_alphanumeric() || c == '_') {
        Ok(name.to_ascii_lowercase())
    } else {
        let why = format!(
            "`{name}` is not a table name: ASCII letters, digits and `_`, not starting with a digit, at most 63"
        );
        Err(StoreError::new("use that table", why))
    }
}

#[cfg(all(test, any(feature = "dedup-sqlite", feature = "dedup-postgres")))]
mod tests {
    use super::*;

    #[test]
    fn table_names_are_plain_identifiers() {
        assert_eq!(checked("Merchant_Hooks2").ok().as_deref(), Some("merchant_hooks2"));
        for bad in ["", "2tables", "a-b", "a b", "t;drop", "é", &"x".repeat(64)] {
            assert!(checked(bad).is_err(), "{bad}");
        }
    }
}
