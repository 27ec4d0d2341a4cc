//! Object types: one description per type and direction, the objects page's types
//! instantiated where they are used, and every reference resolved.

use crate::diag::Diagnostics;
use crate::lower::type_help;
use crate::model::{Api, Direction, Field, Object, Ty};
use crate::source::Span;
use crate::vocab;
use std::collections::{BTreeMap, BTreeSet};

/// Object descriptions gathered from every page.
#[derive(Default)]
pub struct Definitions {
    /// Described under a request or response field.
    directed: BTreeMap<(Direction, String), Object>,
    /// Described on the objects page, for either direction.
    shared: BTreeMap<String, Object>,
}

impl Definitions {
    /// Keeps the first description of a type; a later one must agree with it.
    pub fn add(&mut self, object: Object, sink: &mut Diagnostics) {
        let first = match object.direction {
            Some(direction) => {
                self.directed.get(&(direction, object.name.clone())).or_else(|| self.shared.get(&object.name))
            }
            None => self
                .shared
                .get(&object.name)
                .or_else(|| self.directed.iter().find(|((_, n), _)| *n == object.name).map(|(_, o)| o)),
        };
        if let Some(first) = first {
            report_difference(first, &object, sink);
        }
        match object.direction {
            Some(direction) => {
                self.directed.entry((direction, object.name.clone())).or_insert(object);
            }
            None => {
                self.shared.entry(object.name.clone()).or_insert(object);
            }
        }
    }

    /// Every object type the APIs use, once per direction; unknown types are reported.
    pub fn resolve(mut self, apis: &[Api], sink: &mut Diagnostics) -> BTreeMap<(Direction, String), Object> {
        let mut pending: Vec<(Direction, Field)> = Vec::new();
        for api in apis {
            pending.extend(api.request.iter().map(|f| (api.sent_direction(), f.clone())));
            pending.extend(api.response.iter().map(|f| (Direction::Response, f.clone())));
        }
        let mut resolved: BTreeMap<(Direction, String), Object> = BTreeMap::new();
        let mut reported = BTreeSet::new();
        while let Some((direction, field)) = pending.pop() {
            let Some(name) = object_name(&field.ty) else {
                continue;
            };
            let key = (direction, name.to_owned());
            if resolved.contains_key(&key) {
                continue;
            }
            let found = self.directed.remove(&key).or_else(|| {
                self.shared.get(name).map(|shared| Object { direction: Some(direction), ..shared.clone() })
            });
            match found {
                Some(object) => {
                    pending.extend(object.fields.iter().map(|f| (direction, f.clone())));
                    resolved.insert(key, object);
                }
                None if reported.insert((field.type_span.file, field.type_span.start)) => {
                    report_unknown(&self, &field, name, direction, sink)
                }
                None => {}
            }
        }
        resolved
    }
}

fn object_name(ty: &Ty) -> Option<&str> {
    match ty {
        Ty::Object(name) => Some(name),
        Ty::Array { item, .. } => object_name(item),
        _ => None,
    }
}

fn report_unknown(definitions: &Definitions, field: &Field, name: &str, direction: Direction, sink: &mut Diagnostics) {
    let d = sink.error(field.type_span, format!("unknown type `{name}` in field `{}`", field.name));
    let elsewhere = definitions.directed.keys().any(|(other, n)| *other != direction && n == name);
    if elsewhere {
        d.help(format!(
            "`{name}` is only described for the other direction; describe its fields under this field, or on the `# {}` page",
            vocab::OBJECTS_TITLE
        ));
    } else if let Some(close) = closest_scalar(name) {
        d.label("not a known type").help(format!("did you mean `{close}`? {}", type_help()));
    } else {
        d.label("no page describes this object type").help(format!(
            "describe its fields one heading level below this field, or under `## {name}` on the `# {}` page; {}",
            vocab::OBJECTS_TITLE,
            type_help()
        ));
    }
}

fn report_difference(first: &Object, later: &Object, sink: &mut Diagnostics) {
    let Some(difference) = shape_difference(&first.fields, &later.fields) else {
        return;
    };
    // Point at the differing field in both descriptions when it is in both.
    let (here, there) = (difference.later.unwrap_or(later.span), difference.first.unwrap_or(first.span));
    sink.error(here, format!("object type `{}` is described differently in two places", later.name))
        .label(difference.what)
        .related(there, "the other description is here")
        .help("shared object types are generated once: make both descriptions list the same fields with the same types, flags and limits");
}

/// How two descriptions of a type differ, and where.
pub struct Difference {
    /// What differs.
    pub what: String,
    /// The field in the first description, when it has it.
    pub first: Option<Span>,
    /// The field in the later description, when it has it.
    pub later: Option<Span>,
}

/// The first way two field lists differ (names, order-independent; flags; types), if any.
pub fn shape_difference(a: &[Field], b: &[Field]) -> Option<Difference> {
    let by_name = |fields: &[Field]| fields.iter().map(|f| (f.name.clone(), f.clone())).collect::<BTreeMap<_, _>>();
    let (a, b) = (by_name(a), by_name(b));
    for (name, fa) in &a {
        let Some(fb) = b.get(name) else {
            return Some(Difference { what: format!("`{name}` is missing here"), first: Some(fa.span), later: None });
        };
        let what = if fa.required != fb.required {
            format!("`{name}` is REQUIRED in one description only")
        } else if fa.ty != fb.ty {
            format!("`{name}` has a different type, limit or list of values")
        } else {
            continue;
        };
        return Some(Difference { what, first: Some(fa.span), later: Some(fb.span) });
    }
    let (name, fb) = b.iter().find(|(name, _)| !a.contains_key(*name))?;
    Some(Difference { what: format!("`{name}` is only in this description"), first: None, later: Some(fb.span) })
}

/// The scalar type a misspelt token most likely meant.
fn closest_scalar(token: &str) -> Option<&'static str> {
    vocab::SCALAR_TYPES
        .into_iter()
        .map(|s| (edit_distance(&token.to_lowercase(), &s.to_lowercase()), s))
        .filter(|(d, _)| *d <= 2)
        .min()
        .map(|(_, s)| s)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_closest_scalar() {
        assert_eq!(closest_scalar("Strng"), Some("String"));
        assert_eq!(closest_scalar("Bolean"), Some("Boolean"));
        assert_eq!(closest_scalar("PaymentMethodDetail"), None);
    }
}
