//! Validation errors: what rule a value broke, with the limit and what was found, and the field
//! (wire name path) it belongs to. Values are never echoed for free text, only their length, so
//! that an error cannot leak a card number into a log.

use std::fmt;

/// The longest value an error repeats verbatim (codes, regions, enum values); longer values
/// are described by their length only.
const ECHO_LIMIT: usize = 16;

/// A broken constraint, before it is tied to a field.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Violation {
    /// A required value is missing.
    Missing,
    /// Longer than the page's "Maximum length".
    TooLong {
        /// The maximum length in characters.
        max: usize,
        /// The value's length in characters.
        actual: usize,
    },
    /// Not the one value the field is fixed to.
    NotFixed {
        /// The only allowed value.
        expected: &'static str,
        /// What was given (when short enough to repeat).
        actual: Option<String>,
    },
    /// Not an ISO 3166-1 alpha-2 code.
    NotRegion {
        /// Why: not two characters, not upper case, or not an assigned code.
        reason: &'static str,
        /// What was given (when short enough to repeat).
        actual: Option<String>,
    },
    /// Not an absolute http(s) URL.
    NotHttpUrl {
        /// Why.
        reason: String,
    },
    /// Not one of the page's valid values.
    NotOneOf {
        /// The valid values.
        allowed: &'static [&'static str],
        /// What was given (when short enough to repeat).
        actual: Option<String>,
    },
    /// More elements than the page's "Maximum size".
    TooManyItems {
        /// The maximum number of elements.
        max: usize,
        /// How many were given.
        actual: usize,
    },
    /// The request could not be turned into JSON (a bug in a hand-written type).
    Unencodable {
        /// Why.
        reason: String,
    },
    /// Not an ISO 4217 currency code.
    NotCurrency {
        /// What was given (when short enough to repeat).
        actual: Option<String>,
    },
    /// Not an amount in the currency's minor unit.
    NotAmount {
        /// Why.
        reason: &'static str,
        /// The currency's number of decimals.
        exponent: u32,
    },
    /// Not a decimal number (digits with at most one point).
    NotDecimal {
        /// What was given (when short enough to repeat).
        actual: Option<String>,
    },
    /// Not a whole number written in digits (a numeric string field).
    NotDigits {
        /// What was given (when short enough to repeat).
        actual: Option<String>,
    },
    /// Outside the page's "Value range".
    OutOfRange {
        /// Lowest allowed value.
        min: i64,
        /// Highest allowed value.
        max: i64,
        /// What was given.
        actual: i64,
    },
}

impl Violation {
    /// A short name of the rule: `required`, `max_length`, `fixed`, `iso3166_alpha2`,
    /// `http_url`, `one_of`, `max_items`, `range`, `digits`, `iso4217`, `amount`, `decimal`.
    pub fn rule(&self) -> &'static str {
        match self {
            Violation::Missing => "required",
            Violation::TooLong { .. } => "max_length",
            Violation::NotFixed { .. } => "fixed",
            Violation::NotRegion { .. } => "iso3166_alpha2",
            Violation::NotHttpUrl { .. } => "http_url",
            Violation::NotOneOf { .. } => "one_of",
            Violation::TooManyItems { .. } => "max_items",
            Violation::OutOfRange { .. } => "range",
            Violation::NotDigits { .. } => "digits",
            Violation::NotCurrency { .. } => "iso4217",
            Violation::NotAmount { .. } => "amount",
            Violation::NotDecimal { .. } => "decimal",
            Violation::Unencodable { .. } => "json",
        }
    }

    /// The value to repeat in an error: short values only.
    pub fn echo(value: &str) -> Option<String> {
        (value.chars().count() <= ECHO_LIMIT).then(|| value.to_owned())
    }
}

fn quoted(actual: &Option<String>) -> String {
    actual.as_ref().map_or_else(|| "the value".to_owned(), |a| format!("`{a}`"))
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Violation::Missing => write!(f, "is required but missing"),
            Violation::TooLong { max, actual } => {
                write!(f, "is {actual} characters long; the maximum length is {max} characters")
            }
            Violation::NotFixed { expected, actual } => {
                write!(f, "must be `{expected}`; {} is not allowed", quoted(actual))
            }
            Violation::NotRegion { reason, actual } => {
                write!(f, "must be an ISO 3166-1 alpha-2 code; {} {reason}", quoted(actual))
            }
            Violation::NotHttpUrl { reason } => {
                write!(f, "must be an absolute http(s) URL: {reason}")
            }
            Violation::NotOneOf { allowed, actual } => {
                write!(f, "must be one of {}; {} is not", allowed.join(", "), quoted(actual))
            }
            Violation::TooManyItems { max, actual } => {
                write!(f, "has {actual} elements; the maximum size is {max}")
            }
            Violation::Unencodable { reason } => write!(f, "cannot be encoded as JSON: {reason}"),
            Violation::OutOfRange { min, max: i64::MAX, actual } => {
                write!(f, "is {actual}; the value range is {min} and up")
            }
            Violation::OutOfRange { min, max, actual } => {
                write!(f, "is {actual}; the value range is {min} to {max}")
            }
            Violation::NotCurrency { actual } => {
                write!(f, "must be an ISO 4217 currency code; {} is not", quoted(actual))
            }
            Violation::NotAmount { reason, exponent } => {
                write!(f, "{reason} (the currency has {exponent} decimals)")
            }
            Violation::NotDecimal { actual } => {
                write!(f, "must be a decimal number such as 7.25; {} is not", quoted(actual))
            }
            Violation::NotDigits { actual } => {
                write!(f, "must be a whole number written in digits; {} is not", quoted(actual))
            }
        }
    }
}

impl std::error::Error for Violation {}

/// A broken constraint of one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The field's wire name path, e.g. `vaultingRequestId` or `paymentMethodDetail.card.cardNo`.
    pub field: String,
    /// What is wrong.
    pub violation: Violation,
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` {} (rule: {})", self.field, self.violation, self.violation.rule())
    }
}

impl std::error::Error for FieldError {}

/// Every broken constraint of a value being built; never empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationErrors(Vec<FieldError>);

impl ValidationErrors {
    /// One error.
    pub fn single(field: &str, violation: Violation) -> Self {
        ValidationErrors(vec![FieldError { field: field.to_owned(), violation }])
    }

    /// The errors, in field order.
    pub fn errors(&self) -> &[FieldError] {
        &self.0
    }

    /// The error of one field (wire name path), if it has one.
    pub fn field(&self, path: &str) -> Option<&FieldError> {
        self.0.iter().find(|e| e.field == path)
    }
}

impl fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count = self.0.len();
        write!(f, "{count} invalid field{}", if count == 1 { "" } else { "s" })?;
        for error in &self.0 {
            write!(f, "\n  - {error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationErrors {}

impl IntoIterator for ValidationErrors {
    type Item = FieldError;
    type IntoIter = std::vec::IntoIter<FieldError>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

/// Collects the errors of every field while a draft is converted, keeping the path to the
/// field being checked.
#[derive(Debug, Default)]
pub struct Validator {
    path: Vec<String>,
    errors: Vec<FieldError>,
}

impl Validator {
    /// A validator with no errors.
    pub fn new() -> Self {
        Self::default()
    }

    /// Runs `check` for the field `name` (nested under the current path).
    pub fn field<T>(&mut self, name: &str, check: impl FnOnce(&mut Self) -> Option<T>) -> Option<T> {
        self.path.push(name.to_owned());
        let value = check(self);
        self.path.pop();
        value
    }

    /// Checks the draft of the optional field `name` (nested under the current path). The
    /// generated `from_draft` calls this rather than [`Validator::field`] with a closure: one
    /// copy per field type instead of one per field keeps the generated crate quick to compile.
    pub fn optional<T: FromDraft>(&mut self, name: &str, draft: T::Draft) -> Option<T> {
        self.path.push(name.to_owned());
        let value = T::from_draft(draft, self);
        self.path.pop();
        value
    }

    /// Checks the draft of the required field `name`; `None` is reported as missing.
    pub fn required<T: FromDraft>(&mut self, name: &str, draft: Option<T::Draft>) -> Option<T> {
        self.path.push(name.to_owned());
        let value = required(draft, self);
        self.path.pop();
        value
    }

    /// Records the outcome of a single value's check at the current path.
    pub fn check<T>(&mut self, outcome: Result<T, Violation>) -> Option<T> {
        outcome.map_err(|violation| self.report(violation)).ok()
    }

    /// Records a violation at the current path.
    pub fn report(&mut self, violation: Violation) {
        let field = self.path.join(".");
        self.errors.push(FieldError { field, violation });
    }

    /// Runs `check` for element `index` of the list at the current path.
    pub fn element<T>(&mut self, index: usize, check: impl FnOnce(&mut Self) -> Option<T>) -> Option<T> {
        let last = self.path.pop().unwrap_or_default();
        self.path.push(format!("{last}[{index}]"));
        let value = check(self);
        self.path.pop();
        self.path.push(last);
        value
    }

    /// The value when no error was recorded, else every error.
    pub fn finish<T>(self, value: Option<T>) -> Result<T, ValidationErrors> {
        match value {
            Some(value) if self.errors.is_empty() => Ok(value),
            _ => Err(ValidationErrors(self.errors)),
        }
    }
}

/// A type built from a draft of plain values (strings, numbers, nested drafts) by checking
/// every constraint and reporting every problem through a [`Validator`].
///
/// # Drafts
///
/// Every generated request-side type `X` has a draft, `XDraft`: the values of `X` before they
/// are checked (form input, configuration). Every field of a draft is an `Option`; a required
/// field left `None` is reported as missing, and fixed fields are absent (they hold their only
/// value). A draft reads the same JSON as the request (wire names, absent fields `None`), so a
/// configuration file or a form can be deserialised into it.
///
/// Start from `XDraft::default()` and set fields, then convert with `X::try_from(draft)`:
/// every broken constraint is reported at once, each naming the field, the rule and the limit.
/// New optional fields of a page do not break code written this way.
pub trait FromDraft: Sized {
    /// The unchecked form.
    type Draft;

    /// Checks the draft; `None` when something was reported.
    fn from_draft(draft: Self::Draft, validator: &mut Validator) -> Option<Self>;

    /// Checks a draft on its own: the value, or every broken constraint.
    fn validate(draft: Self::Draft) -> Result<Self, ValidationErrors> {
        let mut validator = Validator::new();
        let value = Self::from_draft(draft, &mut validator);
        validator.finish(value)
    }
}

impl<T: FromDraft> FromDraft for Option<T> {
    type Draft = Option<T::Draft>;

    fn from_draft(draft: Self::Draft, validator: &mut Validator) -> Option<Self> {
        match draft {
            None => Some(None),
            Some(draft) => T::from_draft(draft, validator).map(Some),
        }
    }
}

impl<T: FromDraft> FromDraft for Vec<T> {
    type Draft = Vec<T::Draft>;

    fn from_draft(draft: Self::Draft, validator: &mut Validator) -> Option<Self> {
        let checked: Vec<Option<T>> =
            draft.into_iter().enumerate().map(|(i, item)| validator.element(i, |v| T::from_draft(item, v))).collect();
        checked.into_iter().collect()
    }
}

/// Checks the draft of a required field: `None` is reported as missing.
pub fn required<T: FromDraft>(draft: Option<T::Draft>, validator: &mut Validator) -> Option<T> {
    match draft {
        Some(draft) => T::from_draft(draft, validator),
        None => {
            validator.report(Violation::Missing);
            None
        }
    }
}

/// Values that need no checking are their own draft.
macro_rules! unchecked_draft {
    ($($t:ty),*) => {$(
        impl FromDraft for $t {
            type Draft = $t;

            fn from_draft(draft: Self::Draft, _: &mut Validator) -> Option<Self> {
                Some(draft)
            }
        }
    )*};
}

unchecked_draft!(bool, i64, String, crate::DateTime, serde_json::Value);

impl<T: FromDraft> FromDraft for Box<T> {
    type Draft = Box<T::Draft>;

    fn from_draft(draft: Self::Draft, validator: &mut Validator) -> Option<Self> {
        T::from_draft(*draft, validator).map(Box::new)
    }
}

impl<V: FromDraft> FromDraft for std::collections::BTreeMap<String, V> {
    type Draft = std::collections::BTreeMap<String, V::Draft>;

    fn from_draft(draft: Self::Draft, validator: &mut Validator) -> Option<Self> {
        let checked: Vec<(String, Option<V>)> = draft
            .into_iter()
            .map(|(key, value)| {
                let checked = validator.field(&key, |v| V::from_draft(value, v));
                (key, checked)
            })
            .collect();
        checked.into_iter().map(|(key, value)| value.map(|value| (key, value))).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collects_every_error_with_its_path() {
        let mut v = Validator::new();
        let a: Option<()> = v.field("a", |v| v.check(Err(Violation::TooLong { max: 2, actual: 3 })));
        let b: Option<()> = v.field("b", |v| v.field("c", |v| v.check(Err(Violation::Missing))));
        let errors = v.finish(a.and(b)).err().map(|e| e.to_string());
        let expected = "2 invalid fields
  - `a` is 3 characters long; the maximum length is 2 characters (rule: max_length)
  - `b.c` is required but missing (rule: required)";
        assert_eq!(errors.as_deref(), Some(expected));
    }

    #[test]
    fn element_paths_index_the_list() {
        let mut v = Validator::new();
        let _: Option<()> = v.field("items", |v| v.element(1, |v| v.check(Err(Violation::Missing))));
        let errors = v.finish::<()>(None).err();
        assert_eq!(errors.map(|e| e.errors()[0].field.clone()).as_deref(), Some("items[1]"));
    }
}
