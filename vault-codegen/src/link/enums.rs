//! Enum names. The fields of one name (say `terminalType`) that list the same set of values
//! share one enum named after the field (`TerminalType`), whatever their prose. When such fields
//! list different sets, each set is named after the type that holds the first field listing it,
//! in page order (`EnvTerminalType`, `PayEnvTerminalType`; `PayStatus` for a top-level field of
//! `pay`), and generated beside that type.

use super::objects::Placed;
use super::shape::value_set;
use crate::lower::page::Field;
use crate::model::{Api, ApiKey, Direction, EnumType, EnumValue, Module, ObjectKey, TypePath};
use crate::names::pascal;
use crate::source::Span;
use std::collections::BTreeMap;

/// Which list of sibling fields: an API's request or response, or an object type's.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Owner {
    Request(ApiKey),
    Response(ApiKey),
    Object(ObjectKey),
}

/// Every enum, and the enum each field with a closed list holds.
pub struct Enums {
    pub types: BTreeMap<TypePath, EnumType>,
    /// `(owner, field name)` → its enum.
    pub of_field: BTreeMap<(Owner, String), TypePath>,
}

/// One field with a closed list of values.
struct Occurrence<'a> {
    owner: Owner,
    /// The module of the type that holds the field.
    module: Module,
    /// The name of the type that holds the field (for an API, its items' prefix).
    prefix: String,
    field: &'a str,
    values: &'a [EnumValue],
    span: Span,
}

/// Names every enum of the APIs' fields and of the placed object types.
pub fn name_enums(apis: &[Api<Field>], objects: &BTreeMap<ObjectKey, Placed>) -> Enums {
    type Sets<'a> = BTreeMap<(Direction, String), Vec<Vec<Occurrence<'a>>>>;
    let mut sets = Sets::new();
    for (direction, occurrence) in occurrences(apis, objects) {
        let same_name = sets.entry((direction, pascal(occurrence.field))).or_default();
        match same_name.iter_mut().find(|set| value_set(set[0].values) == value_set(occurrence.values)) {
            Some(set) => set.push(occurrence),
            None => same_name.push(vec![occurrence]),
        }
    }
    let mut enums = Enums { types: BTreeMap::new(), of_field: BTreeMap::new() };
    for ((direction, name), same_name) in sets {
        let alone = same_name.len() == 1;
        for set in same_name {
            let first = &set[0];
            let response = direction == Direction::Response;
            let path = if alone {
                TypePath { module: Module::Root, response, name: name.clone() }
            } else {
                TypePath { module: first.module.clone(), response, name: format!("{}{name}", first.prefix) }
            };
            let enum_type =
                EnumType { direction, field: first.field.to_owned(), values: first.values.to_vec(), span: first.span };
            for occurrence in &set {
                enums.of_field.insert((occurrence.owner.clone(), occurrence.field.to_owned()), path.clone());
            }
            enums.types.insert(path, enum_type);
        }
    }
    enums
}

/// Every field with a closed list, in page order: the APIs' (request, then response), then
/// the object types'.
fn occurrences<'a>(
    apis: &'a [Api<Field>],
    objects: &'a BTreeMap<ObjectKey, Placed>,
) -> Vec<(Direction, Occurrence<'a>)> {
    let mut found = Vec::new();
    let mut add = |direction: Direction, owner: Owner, module: &Module, prefix: &str, fields: &'a [Field]| {
        for field in fields {
            if let Some(values) = field.ty.enum_values() {
                let occurrence = Occurrence {
                    owner: owner.clone(),
                    module: module.clone(),
                    prefix: prefix.to_owned(),
                    field: &field.name,
                    values,
                    span: field.span,
                };
                found.push((direction, occurrence));
            }
        }
    };
    for api in apis {
        let (key, module, prefix) = (api.key(), api.module(), api.rust_base());
        add(api.sent_direction(), Owner::Request(key.clone()), &module, &prefix, &api.request);
        add(Direction::Response, Owner::Response(key), &module, &prefix, &api.response);
    }
    for (key, placed) in objects {
        let path = &placed.path;
        add(key.direction, Owner::Object(key.clone()), &path.module, &path.name, &placed.object.fields);
    }
    found
}
