//! Where every generated type goes and what each field refers to: object references resolved
//! to the shared or the API's own type, enums named, and fields boxed where a type contains
//! itself.
//!
//! Enum names: the fields of one name (say `terminalType`) that list the same set of values share
//! one enum named after the field (`TerminalType`), whatever their prose. When such fields list
//! different sets, each set is named after the type that holds the first field listing it, in
//! page order (`EnvTerminalType`, `PayEnvTerminalType`; `PayStatus` for a top-level field of
//! `pay`), and generated beside that type.

use super::objects::object_name;
use super::shape::value_set;
use crate::model::{Api, ApiKey, Direction, EnumType, EnumValue, Field, Model, Module, ObjectKey, Ty, TypePath};
use crate::names::pascal;
use std::collections::{BTreeMap, BTreeSet};

/// Resolves every field's target and names every enum.
pub fn place(model: &mut Model, uses: &BTreeMap<(ApiKey, Direction, String), ObjectKey>) {
    resolve_objects(model, uses);
    place_enums(model);
    box_cycles(model);
}

/// Points every object field at its type: in an API's fields, the type that API uses under the
/// name; in an object type's fields, the type its first user uses (all its users agree).
fn resolve_objects(model: &mut Model, uses: &BTreeMap<(ApiKey, Direction, String), ObjectKey>) {
    let paths: BTreeMap<ObjectKey, TypePath> = model.objects.iter().map(|(k, o)| (k.clone(), o.path.clone())).collect();
    let resolve = |fields: &mut [Field], direction: Direction, api: Option<&ApiKey>| {
        for field in fields {
            let Some(name) = object_name(&field.ty) else { continue };
            let key = api.and_then(|api| uses.get(&(api.clone(), direction, name.to_owned())));
            field.target = key.and_then(|key| paths.get(key)).cloned();
        }
    };
    for api in &mut model.apis {
        let (key, sent) = (api.key(), api.sent_direction());
        resolve(&mut api.request, sent, Some(&key));
        resolve(&mut api.response, Direction::Response, Some(&key));
    }
    for (key, object) in &mut model.objects {
        let first = object.users.first().cloned();
        resolve(&mut object.fields, key.direction, first.as_ref());
    }
}

/// Which list of sibling fields: an API's request or response, or an object type's.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Owner {
    Api(ApiKey, bool),
    Object(ObjectKey),
}

/// One field with a closed list of values.
struct Occurrence {
    owner: Owner,
    /// The module and name prefix of the type that holds the field.
    module: Module,
    prefix: String,
    field: String,
    values: Vec<EnumValue>,
    span: crate::source::Span,
}

fn occurrences(model: &Model) -> Vec<(Direction, Occurrence)> {
    let mut found = Vec::new();
    let mut add = |direction: Direction, owner: Owner, module: &Module, prefix: &str, fields: &[Field]| {
        for field in fields {
            if let Some(values) = enum_values(&field.ty) {
                found.push((
                    direction,
                    Occurrence {
                        owner: owner.clone(),
                        module: module.clone(),
                        prefix: prefix.to_owned(),
                        field: field.name.clone(),
                        values: values.to_vec(),
                        span: field.span,
                    },
                ));
            }
        }
    };
    for api in &model.apis {
        let (key, module, prefix) = (api.key(), api.module(), api.rust_base());
        add(api.sent_direction(), Owner::Api(key.clone(), true), &module, &prefix, &api.request);
        add(Direction::Response, Owner::Api(key, false), &module, &prefix, &api.response);
    }
    for (key, object) in &model.objects {
        add(key.direction, Owner::Object(key.clone()), &object.path.module, &object.path.name, &object.fields);
    }
    found
}

fn place_enums(model: &mut Model) {
    type Groups = BTreeMap<(Direction, String), Vec<Vec<Occurrence>>>;
    let mut groups = Groups::new();
    for (direction, occurrence) in occurrences(model) {
        let sets = groups.entry((direction, pascal(&occurrence.field))).or_default();
        match sets.iter_mut().find(|set| value_set(&set[0].values) == value_set(&occurrence.values)) {
            Some(set) => set.push(occurrence),
            None => sets.push(vec![occurrence]),
        }
    }
    let mut targets: BTreeMap<(Owner, String), TypePath> = BTreeMap::new();
    for ((direction, name), sets) in groups {
        let alone = sets.len() == 1;
        for set in sets {
            let first = &set[0];
            let response = direction == Direction::Response;
            let path = if alone {
                TypePath { module: Module::Root, response, name: name.clone() }
            } else {
                TypePath { module: first.module.clone(), response, name: format!("{}{name}", first.prefix) }
            };
            let enum_type =
                EnumType { direction, field: first.field.clone(), values: first.values.clone(), span: first.span };
            for occurrence in &set {
                targets.insert((occurrence.owner.clone(), occurrence.field.clone()), path.clone());
            }
            model.enums.insert(path, enum_type);
        }
    }
    let set = |owner: Owner, fields: &mut [Field]| {
        for field in fields.iter_mut().filter(|f| enum_values(&f.ty).is_some()) {
            field.target = targets.get(&(owner.clone(), field.name.clone())).cloned();
        }
    };
    for api in &mut model.apis {
        set(Owner::Api(api.key(), true), &mut api.request);
        set(Owner::Api(api.key(), false), &mut api.response);
    }
    for (key, object) in &mut model.objects {
        set(Owner::Object(key.clone()), &mut object.fields);
    }
}

/// The values of an enum field, directly or as list elements.
pub fn enum_values(ty: &Ty) -> Option<&[EnumValue]> {
    match ty.element() {
        Ty::Enum(values) => Some(values),
        _ => None,
    }
}

/// Boxes every field whose object type (held directly, not in a list) contains the field's
/// owner again, so that no generated type has an infinite size.
fn box_cycles(model: &mut Model) {
    let by_path: BTreeMap<TypePath, ObjectKey> =
        model.objects.iter().map(|(k, o)| (o.path.clone(), k.clone())).collect();
    let direct = |fields: &[Field]| -> Vec<ObjectKey> {
        fields
            .iter()
            .filter(|f| holds_directly(f))
            .filter_map(|f| f.target.as_ref())
            .filter_map(|t| by_path.get(t).cloned())
            .collect()
    };
    let edges: BTreeMap<ObjectKey, Vec<ObjectKey>> =
        model.objects.iter().map(|(k, o)| (k.clone(), direct(&o.fields))).collect();
    for (key, object) in &mut model.objects {
        for field in object.fields.iter_mut().filter(|f| holds_directly(f)) {
            let target = field.target.as_ref().and_then(|t| by_path.get(t));
            field.boxed = target.is_some_and(|target| reaches(&edges, target, key));
        }
    }
}

/// A field that holds an object value itself, not in a list.
fn holds_directly(field: &Field) -> bool {
    matches!(field.ty, Ty::Object(_))
}

fn reaches(edges: &BTreeMap<ObjectKey, Vec<ObjectKey>>, from: &ObjectKey, to: &ObjectKey) -> bool {
    let mut seen = BTreeSet::new();
    let mut pending = vec![from];
    while let Some(key) = pending.pop() {
        if key == to {
            return true;
        }
        if seen.insert(key) {
            pending.extend(edges.get(key).into_iter().flatten());
        }
    }
    false
}

/// Whether an API's items clash with another family's: then only the family path names them.
pub fn unique_api_names(apis: &[Api]) -> BTreeSet<String> {
    let mut count: BTreeMap<String, usize> = BTreeMap::new();
    for api in apis {
        *count.entry(api.rust_base()).or_default() += 1;
    }
    count.into_iter().filter(|(_, n)| *n == 1).map(|(name, _)| name).collect()
}
