//! Enum names. The fields of one name (say `terminalType`) that list the same set of values
//! share one enum named after the field (`TerminalType`), whatever their prose. When such fields
//! list different sets, each set is a description of that name, placed by the naming rule
//! (`placement`): `payments::TerminalType` for the set most of the family's APIs use,
//! `payments::pay::TerminalType` for another one.

use super::objects::Placed;
use super::placement::place;
use super::shape::value_set;
use crate::lower::page::Field;
use crate::model::{Api, ApiKey, Direction, EnumType, EnumValue, ObjectKey, TypePath};
use crate::names::pascal;
use crate::source::Span;
use std::collections::{BTreeMap, BTreeSet};

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
    /// The APIs that see the field (an API's own, or the users of the type that holds it).
    users: Vec<ApiKey>,
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
        let users: Vec<Vec<ApiKey>> = same_name
            .iter()
            .map(|set| set.iter().flat_map(|o| o.users.iter().cloned()).collect::<BTreeSet<_>>().into_iter().collect())
            .collect();
        let placed = place(&name, direction == Direction::Response, &users);
        for (set, placement) in same_name.into_iter().zip(placed) {
            let first = &set[0];
            let enum_type = EnumType {
                direction,
                field: first.field.to_owned(),
                values: first.values.to_vec(),
                span: first.span,
                also: placement.also,
            };
            for occurrence in &set {
                enums.of_field.insert((occurrence.owner.clone(), occurrence.field.to_owned()), placement.path.clone());
            }
            enums.types.insert(placement.path, enum_type);
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
    let mut add = |direction: Direction, owner: Owner, users: &[ApiKey], fields: &'a [Field]| {
        for field in fields {
            if let Some(values) = field.ty.enum_values() {
                let occurrence = Occurrence {
                    owner: owner.clone(),
                    users: users.to_vec(),
                    field: &field.name,
                    values,
                    span: field.span,
                };
                found.push((direction, occurrence));
            }
        }
    };
    for api in apis {
        let key = api.key();
        let users = [key.clone()];
        add(api.sent_direction(), Owner::Request(key.clone()), &users, &api.request);
        add(Direction::Response, Owner::Response(key), &users, &api.response);
    }
    for (key, placed) in objects {
        add(key.direction, Owner::Object(key.clone()), &placed.users, &placed.object.fields);
    }
    found
}
