//! When two descriptions of a type are the same type: the same fields with the same flags,
//! types and limits. Prose does not count, nor do the meanings or the order of valid values.

use crate::lower::page::{Field, Ty};
use crate::model::EnumValue;
use crate::source::Span;
use std::collections::{BTreeMap, BTreeSet};

/// How two descriptions of a type differ, and where.
pub struct Difference {
    pub what: String,
    /// The field in the first description, when it has it.
    pub first: Option<Span>,
    /// The field in the later description, when it has it.
    pub later: Option<Span>,
}

/// The first way two field lists differ (names, order-independent; flags; types), if any.
pub fn shape_difference(a: &[Field], b: &[Field]) -> Option<Difference> {
    let (a, b) = (by_name(a), by_name(b));
    for (name, fa) in &a {
        let Some(fb) = b.get(name) else {
            return Some(Difference { what: format!("`{name}` is missing here"), first: Some(fa.span), later: None });
        };
        let what = if fa.required != fb.required {
            format!("`{name}` is REQUIRED in one description only")
        } else if !same_type(&fa.ty, &fb.ty) {
            format!("`{name}` has a different type, limit or list of values")
        } else {
            continue;
        };
        return Some(Difference { what, first: Some(fa.span), later: Some(fb.span) });
    }
    let (name, fb) = b.iter().find(|(name, _)| !a.contains_key(*name))?;
    Some(Difference { what: format!("`{name}` is only in this description"), first: None, later: Some(fb.span) })
}

fn by_name(fields: &[Field]) -> BTreeMap<&str, &Field> {
    fields.iter().map(|f| (f.name.as_str(), f)).collect()
}

/// Whether two types are the same, whatever the prose: enums compare by their set of values.
fn same_type(a: &Ty, b: &Ty) -> bool {
    match (a, b) {
        (Ty::Enum(a), Ty::Enum(b)) => value_set(a) == value_set(b),
        (Ty::Array { item: a, max_items: ma }, Ty::Array { item: b, max_items: mb }) => ma == mb && same_type(a, b),
        _ => a == b,
    }
}

/// The wire values of an enum, as a set.
pub fn value_set(values: &[EnumValue]) -> BTreeSet<&str> {
    values.iter().map(|v| v.value.as_str()).collect()
}
