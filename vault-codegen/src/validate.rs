//! Rules across pages: one API per name, one description per shared object type, every object
//! reference resolved, every configured secret field present. Builds the final [`Model`].

use crate::config::Config;
use crate::diag::Diagnostics;
use crate::lower::{PageModel, type_help};
use crate::model::{Api, Direction, Field, Model, Object, Ty};
use crate::source::Span;
use crate::vocab;
use std::collections::BTreeMap;

/// Merges the pages into one model and reports what does not fit together.
pub fn validate(pages: Vec<PageModel>, config: &Config, sink: &mut Diagnostics) -> Model {
    let mut apis: BTreeMap<String, Api> = BTreeMap::new();
    let mut objects: BTreeMap<(Direction, String), Object> = BTreeMap::new();
    for page in pages {
        for object in page.objects {
            merge_object(&mut objects, object, sink);
        }
        match apis.get(&page.api.name) {
            Some(first) => {
                sink.error(
                    page.api.span,
                    format!("API `{}` is described by two pages", page.api.name),
                )
                .related(first.span, "first described here");
            }
            None => {
                apis.insert(page.api.name.clone(), page.api);
            }
        }
    }
    let model = Model {
        apis: apis.into_values().collect(),
        objects,
    };
    check_references(&model, sink);
    check_sensitive(&model, config, sink);
    model
}

/// Keeps the first description of an object type; a later one must agree with it.
fn merge_object(
    objects: &mut BTreeMap<(Direction, String), Object>,
    object: Object,
    sink: &mut Diagnostics,
) {
    let key = (object.direction, object.name.clone());
    match objects.get(&key) {
        None => {
            objects.insert(key, object);
        }
        Some(first) => {
            if let Some(difference) = shape_difference(&first.fields, &object.fields) {
                sink.error(object.span, format!("object type `{}` is described differently in two places", object.name))
                    .label(difference)
                    .related(first.span, "the other description is here")
                    .help("shared object types are generated once: make both descriptions list the same fields with the same types, flags and limits");
            }
        }
    }
}

/// The first way two field lists differ (names, order-independent; flags; types), if any.
fn shape_difference(a: &[Field], b: &[Field]) -> Option<String> {
    let by_name = |fields: &[Field]| {
        fields
            .iter()
            .map(|f| (f.name.clone(), f.clone()))
            .collect::<BTreeMap<_, _>>()
    };
    let (a, b) = (by_name(a), by_name(b));
    for (name, fa) in &a {
        let Some(fb) = b.get(name) else {
            return Some(format!("`{name}` is missing here"));
        };
        if fa.required != fb.required {
            return Some(format!("`{name}` is REQUIRED in one description only"));
        }
        if fa.ty != fb.ty {
            return Some(format!("`{name}` has a different type or limit"));
        }
    }
    b.keys()
        .find(|name| !a.contains_key(*name))
        .map(|name| format!("`{name}` is only in this description"))
}

/// Every `Ty::Object` names an object type defined for the same direction.
fn check_references(model: &Model, sink: &mut Diagnostics) {
    let mut check = |fields: &[Field], direction: Direction| {
        for field in fields {
            let Some(name) = object_name(&field.ty) else {
                continue;
            };
            if model.objects.contains_key(&(direction, name.to_owned())) {
                continue;
            }
            let other = match direction {
                Direction::Request => Direction::Response,
                Direction::Response => Direction::Request,
            };
            let d = sink.error(
                field.type_span,
                format!("unknown type `{name}` in field `{}`", field.name),
            );
            if model.objects.contains_key(&(other, name.to_owned())) {
                d.help(format!("`{name}` is only described for the other direction; describe its fields under this field too"));
            } else if let Some(close) = closest_scalar(name) {
                d.label("not a known type")
                    .help(format!("did you mean `{close}`? {}", type_help()));
            } else {
                d.label("no page describes this object type")
                    .help(type_help());
            }
        }
    };
    for api in &model.apis {
        check(&api.request, Direction::Request);
        check(&api.response, Direction::Response);
    }
    for ((direction, _), object) in &model.objects {
        check(&object.fields, *direction);
    }
}

fn object_name(ty: &Ty) -> Option<&str> {
    match ty {
        Ty::Object(name) => Some(name),
        Ty::Array { item, .. } => object_name(item),
        _ => None,
    }
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

/// Every configured secret field exists somewhere, so that a typo cannot leave a secret printable.
fn check_sensitive(model: &Model, config: &Config, sink: &mut Diagnostics) {
    let mut names = Vec::new();
    for api in &model.apis {
        names.extend(
            api.request
                .iter()
                .chain(&api.response)
                .map(|f| f.name.as_str()),
        );
    }
    for object in model.objects.values() {
        names.extend(object.fields.iter().map(|f| f.name.as_str()));
    }
    for wanted in &config.sensitive {
        if !names.contains(&wanted.as_str()) {
            sink.error(
                Span::none(),
                format!("the sensitive field `{wanted}` is not a field of any page"),
            )
            .help("list wire names exactly as the pages spell them, e.g. `cardNo`");
        }
    }
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
