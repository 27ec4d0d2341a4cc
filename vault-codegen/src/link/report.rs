//! The problems of object types across pages: a name no page describes for an API, a type
//! borrowed from another page whose insides clash, and two descriptions where one is allowed.

use super::shape::{Difference, shape_difference};
use crate::diag::{Diagnostics, Reported};
use crate::lower::page::{Field, Object};
use crate::model::Api;
use crate::source::Span;
use crate::vocab;

/// Why a type could not be found.
pub enum Unknown {
    /// No page describes it.
    Nowhere,
    /// Other pages describe it, differently (two of those descriptions).
    Ambiguous(Span, Span),
}

/// A field whose object type the API cannot see.
pub fn report_unknown(problem: Unknown, field: &Field, name: &str, sink: &mut Diagnostics) -> Reported {
    let d = sink.error(field.type_span, format!("unknown type `{name}` in field `{}`", field.name));
    let reported = d.reported();
    match problem {
        Unknown::Ambiguous(first, other) => {
            d.label("this page does not describe this type, and other pages describe it differently")
                .related(first, "one description is here")
                .related(other, "another description is here")
                .help(format!(
                    "describe its fields one heading level below this field, or under `## {name}` on the `# {}` page",
                    vocab::OBJECTS_TITLE
                ));
        }
        Unknown::Nowhere => match closest_scalar(name) {
            Some(close) => {
                d.label("not a known type").help(format!("did you mean `{close}`? {}", vocab::type_help()));
            }
            None => {
                d.label("no page describes this object type").help(format!(
                    "describe its fields one heading level below this field, or under `## {name}` on the `# {}` page; {}",
                    vocab::OBJECTS_TITLE,
                    vocab::type_help()
                ));
            }
        },
    }
    reported
}

/// A type name that means two descriptions inside one API because a borrowed type brings its
/// own page's description of it.
pub fn report_borrowed_clash(
    api: &Api<Field>,
    field: &Field,
    via: Option<Span>,
    seen: &Object,
    other: &Object,
    sink: &mut Diagnostics,
) {
    let name = field.ty.object_name().unwrap_or_default();
    let at = via.unwrap_or(field.type_span);
    sink.error(at, format!("`{name}` means two different types in `{}`", api.name))
        .label(format!("this type is described on another page, whose `{name}` differs"))
        .related(seen.span, format!("`{}` sees this `{name}`", api.name))
        .related(other.span, format!("the borrowed type's page has this `{name}`"))
        .help("describe the borrowed type on this API's own page or its directory's objects page, so that the types inside it are this page's");
}

/// Two descriptions of a type where only one may be (one page, or the objects pages of one
/// directory).
pub fn report_difference(first: &Object, later: &Object, message: &str, sink: &mut Diagnostics) {
    let Some(Difference { what, first: there, later: here }) = shape_difference(&first.fields, &later.fields) else {
        return;
    };
    // Point at the differing field in both descriptions when it is in both.
    sink.error(here.unwrap_or(later.span), message)
        .label(what)
        .related(there.unwrap_or(first.span), "the other description is here")
        .help("an API has one type per name: make both descriptions list the same fields with the same types, flags and limits (two pages may differ: each then gets its own type)");
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
