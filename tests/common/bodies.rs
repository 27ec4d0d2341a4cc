//! Request bodies built from the model of `api-docs/` (`vault_codegen::model`): every field set,
//! or only the required ones, each value valid for its field's type and limits. The golden wire
//! bodies are made from the first (and checked against the vendor's facts, not against this);
//! the limit test varies one field of the second at a time.

use serde_json::{Map, Value, json};
use vault_codegen::model::{Api, Field, MapValue, Model, Ty, TypePath};

/// Which fields a body sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fill {
    /// Every field the page lists.
    Every,
    /// The REQUIRED fields only.
    Required,
}

/// The model of `api-docs/`.
pub fn model() -> Model {
    let root = super::root();
    let pages = [root.join("api-docs")];
    let sources = vault_codegen::load_paths(&pages, &root).unwrap_or_else(|e| panic!("{e}"));
    // The crate's own settings (its rename lines: two pages describe `consult`), as the build
    // and `antom-pages` read them.
    vault_codegen::model(&sources, &antom_pages::config(&pages)).unwrap_or_else(|d| panic!("{d:#?}"))
}

/// The API of a name, or of a documented path (`/v1/payments/cancel`: two families have a
/// `cancel`).
pub fn api<'m>(model: &'m Model, name: &str) -> &'m Api {
    let matches = |a: &&Api| a.endpoint.as_ref().is_some_and(|e| a.name == name || e.path == name);
    let found = model.apis.iter().find(matches);
    found.unwrap_or_else(|| panic!("no API {name} with an endpoint"))
}

/// The fields of the object type a field holds.
pub fn fields_of<'m>(model: &'m Model, target: &TypePath) -> &'m [Field] {
    let object = model.objects.values().find(|o| o.path == *target);
    object.map(|o| o.fields.as_slice()).unwrap_or_else(|| panic!("no object type at {target:?}"))
}

/// A body of `fields`. `within` holds the object types being filled, so that a type that
/// contains itself (a goods item listing goods) is filled once, then with its required fields.
pub fn object(model: &Model, fields: &[Field], fill: Fill, within: &mut Vec<TypePath>) -> Value {
    let mut out = Map::new();
    for field in fields.iter().filter(|f| fill == Fill::Every || f.required) {
        if let Some(value) = value(model, field, &field.ty, fill, within) {
            out.insert(field.name.clone(), value);
        }
    }
    Value::Object(out)
}

/// A valid value of a field's type (of its elements for a list); `None` for the response's
/// `result`, which no request has.
pub fn value(model: &Model, field: &Field, ty: &Ty, fill: Fill, within: &mut Vec<TypePath>) -> Option<Value> {
    Some(match ty {
        Ty::Text { max } => json!(text_of(&field.name, max.unwrap_or(64))),
        Ty::Url { max } => json!(text_of(&format!("https://merchant.example/{}", field.name), max.unwrap_or(2048))),
        Ty::Region => json!("US"),
        Ty::Currency => json!("USD"),
        Ty::Decimal { range } => json!(range.map_or("7.25".to_owned(), |r| r.min.to_string())),
        Ty::NumericText { range, .. } => json!(100.max(range.min).min(range.max.unwrap_or(i64::MAX)).to_string()),
        Ty::Fixed(fixed) => json!(fixed),
        Ty::Enum(listed) => json!(listed.values.first().map(|v| v.value.clone()).unwrap_or_default()),
        Ty::Bool => json!(true),
        Ty::Integer { range } => json!(range.map_or(1, |r| r.min.max(1).min(r.max.unwrap_or(i64::MAX)))),
        Ty::Datetime { .. } => json!("2026-12-01T08:30:00+08:00"),
        Ty::Map { value: MapValue::Text } => json!({ "note": "a merchant's note" }),
        Ty::Map { value: MapValue::Json } => json!({ "flag": true }),
        Ty::Object(held) => {
            let target = held.path.clone();
            let fill = if within.contains(&target) { Fill::Required } else { fill };
            within.push(target.clone());
            let body = object(model, fields_of(model, &target), fill, within);
            within.pop();
            body
        }
        Ty::Array { item, .. } => Value::Array(vec![value(model, field, item, fill, within)?]),
        Ty::ApiResult => return None,
    })
}

/// A text of at most `max` characters that says which field it fills.
pub fn text_of(seed: &str, max: usize) -> String {
    seed.chars().take(max).collect()
}
