//! Linked fields: each object type a field names resolved to the type its API sees, each
//! closed list to its enum, values boxed where a type contains itself, the codes a response
//! field comes with checked against the table, and secrets marked.

use super::enums::{Enums, Owner};
use super::objects::Resolved;
use super::settings::Settings;
use super::view::Name;
use crate::diag::{Diagnostics, Reported};
use crate::lower::page::{self as lowered, Named};
use crate::model::{ApiKey, Code, Direction, EnumRef, Field, ObjectKey, ObjectRef, Status, Ty, TypePath};
use crate::source::Span;
use std::collections::{BTreeMap, BTreeSet};

/// What linking a list of fields needs to know.
pub struct Linker<'a> {
    pub resolved: &'a Resolved,
    pub enums: &'a Enums,
    pub settings: &'a Settings<'a>,
    /// Each object type → the object types its fields hold directly (not in a list).
    holds: BTreeMap<ObjectKey, Vec<ObjectKey>>,
}

/// A list of sibling fields to link.
pub struct List<'a> {
    /// Whose list it is (which names its enums).
    pub owner: Owner,
    /// The API whose view gives the object types its fields name.
    pub seen_by: &'a ApiKey,
    pub direction: Direction,
    /// The result codes of the call whose response this is (what "returned when" may name);
    /// `None` for every other list.
    pub codes: Option<(&'a str, &'a [Code])>,
}

impl<'a> Linker<'a> {
    pub fn new(resolved: &'a Resolved, enums: &'a Enums, settings: &'a Settings<'a>) -> Self {
        let mut linker = Linker { resolved, enums, settings, holds: BTreeMap::new() };
        for (key, placed) in &resolved.objects {
            let Some(seen_by) = placed.users.first() else { continue };
            let direct = placed.object.fields.iter().filter_map(|f| match &f.ty {
                lowered::Ty::Object(name) => linker.object(seen_by, key.direction, name).ok(),
                _ => None,
            });
            let direct = direct.collect();
            linker.holds.insert(key.clone(), direct);
        }
        linker
    }

    /// The linked fields of a list; a field whose type cannot be linked (reported) is left
    /// out.
    pub fn fields(&self, fields: &[lowered::Field], list: &List<'_>, sink: &mut Diagnostics) -> Vec<Field> {
        fields.iter().filter_map(|field| self.field(field, list, sink).ok()).collect()
    }

    fn field(&self, field: &lowered::Field, list: &List<'_>, sink: &mut Diagnostics) -> Result<Field, Reported> {
        let ty = self.ty(&field.ty, field, list, sink)?;
        let boxed = match (&list.owner, &field.ty) {
            (Owner::Object(owner), lowered::Ty::Object(name)) => {
                self.object(list.seen_by, list.direction, name).is_ok_and(|held| self.reaches(&held, owner))
            }
            _ => false,
        };
        let returned_with = match list.codes {
            Some((api, codes)) => returned_with(&field.returned_with, api, codes, sink),
            None => Vec::new(),
        };
        Ok(Field {
            name: field.name.clone(),
            span: field.span,
            type_span: field.type_span,
            required: field.required,
            ty,
            docs: field.docs.clone(),
            examples: field.examples.clone(),
            notes: field.notes.clone(),
            sensitive: self.settings.is_sensitive(&field.name),
            returned_with,
            boxed,
        })
    }

    fn ty(
        &self,
        ty: &lowered::Ty,
        field: &lowered::Field,
        list: &List<'_>,
        sink: &mut Diagnostics,
    ) -> Result<Ty, Reported> {
        Ok(match ty {
            lowered::Ty::Object(name) => {
                let key = self.object(list.seen_by, list.direction, name).map_err(|problem| match problem {
                    Unplaced::Reported(reported) => reported,
                    Unplaced::Missing => unplaced(field.type_span, name, sink),
                })?;
                let path = self.path_of(&key).ok_or_else(|| unplaced(field.type_span, name, sink))?;
                Ty::Object(ObjectRef { name: name.clone(), path })
            }
            lowered::Ty::Enum(values) => {
                let path = self.enums.of_field.get(&(list.owner.clone(), field.name.clone())).cloned();
                let path = path.ok_or_else(|| unplaced(field.span, &field.name, sink))?;
                Ty::Enum(EnumRef { values: values.clone(), path })
            }
            lowered::Ty::Array { item, max_items } => {
                Ty::Array { item: Box::new(self.ty(item, field, list, sink)?), max_items: *max_items }
            }
            lowered::Ty::Datetime { max: Some(max) } if *max < crate::vocab::DATETIME_LENGTH => {
                short_datetime(field, *max, list.direction, sink)?
            }
            scalar => same_scalar(scalar).ok_or_else(|| unplaced(field.type_span, &field.name, sink))?,
        })
    }

    /// The object type an API sees under a name.
    fn object(&self, seen_by: &ApiKey, direction: Direction, name: &str) -> Result<ObjectKey, Unplaced> {
        let name: Name = (direction, name.to_owned());
        match self.resolved.uses.get(&(seen_by.clone(), name)) {
            Some(Ok(key)) => Ok(key.clone()),
            Some(Err(reported)) => Err(Unplaced::Reported(*reported)),
            None => Err(Unplaced::Missing),
        }
    }

    fn path_of(&self, key: &ObjectKey) -> Option<TypePath> {
        self.resolved.objects.get(key).map(|placed| placed.path.clone())
    }

    /// Whether `from` holds `to`, directly or through the types it holds.
    fn reaches(&self, from: &ObjectKey, to: &ObjectKey) -> bool {
        let mut seen = BTreeSet::new();
        let mut pending = vec![from];
        while let Some(key) = pending.pop() {
            if key == to {
                return true;
            }
            if seen.insert(key) {
                pending.extend(self.holds.get(key).into_iter().flatten());
            }
        }
        false
    }
}

/// Why a name has no object type.
enum Unplaced {
    /// Nothing describes it for the API (reported while resolving).
    Reported(Reported),
    /// The linker lost it: a bug.
    Missing,
}

/// A type the linker should have placed and did not: a bug of the generator, reported as
/// such rather than generated wrong.
fn unplaced(span: Span, what: &str, sink: &mut Diagnostics) -> Reported {
    sink.error(span, format!("the generator could not place the type of `{what}`"))
        .help("this is a bug of the generator: please file an issue with this page")
        .reported()
}

/// A date and time whose page gives it a maximum length shorter than one (the page that
/// describes it did not know which way it travels: the objects page). Received, the length is
/// dropped (lowering noted it in the docs); sent, it is the error a request field's page gets.
fn short_datetime(
    field: &lowered::Field,
    max: usize,
    direction: Direction,
    sink: &mut Diagnostics,
) -> Result<Ty, Reported> {
    match direction {
        Direction::Response => Ok(Ty::Datetime { max: None }),
        Direction::Request => Err(sink
            .error(
                field.span,
                format!("the Datetime field `{}` is sent in a request and has a maximum length of {max}, shorter than a date and time with offset", field.name),
            )
            .help(format!(
                "an ISO 8601 date and time with offset (`2019-11-27T12:01:01+08:00`) has {} characters; correct the length or the type",
                crate::vocab::DATETIME_LENGTH
            ))
            .reported()),
    }
}

/// A type that refers to no generated type, unchanged by linking.
fn same_scalar(ty: &lowered::Ty) -> Option<Ty> {
    type Lowered = crate::model::Ty<Named>;
    Some(match ty {
        Lowered::Text { max } => Ty::Text { max: *max },
        Lowered::Url { max } => Ty::Url { max: *max },
        Lowered::Region => Ty::Region,
        Lowered::Currency => Ty::Currency,
        Lowered::Decimal { range } => Ty::Decimal { range: *range },
        Lowered::NumericText { range, max } => Ty::NumericText { range: *range, max: *max },
        Lowered::Fixed(value) => Ty::Fixed(value.clone()),
        Lowered::Bool => Ty::Bool,
        Lowered::Integer { range } => Ty::Integer { range: *range },
        Lowered::Datetime { max } => Ty::Datetime { max: *max },
        Lowered::Map { value } => Ty::Map { value: *value },
        Lowered::ApiResult => Ty::ApiResult,
        Lowered::Enum(_) | Lowered::Object(_) | Lowered::Array { .. } => return None,
    })
}

/// A "returned when `CODE`" sentence must name a code of the page's table. The vendor also
/// writes a status letter there ("returned when _result.resultCode_ is `S`", meaning the
/// status): `S` is the success, whose response holds the field already; `F` or `U` stands for
/// every code of the table with that status.
fn returned_with(named: &[(String, Span)], api: &str, codes: &[Code], sink: &mut Diagnostics) -> Vec<(String, Span)> {
    let mut resolved = Vec::new();
    for (code, span) in named {
        let status = Status::from_letter(code).filter(|_| !codes.iter().any(|c| c.code == *code));
        match status {
            None if codes.iter().any(|c| c.code == *code) => resolved.push((code.clone(), *span)),
            None => {
                sink.error(*span, format!("`{code}` is not a result code of `{api}`"))
                    .help("name a code of the page's Result/Error codes table");
            }
            Some(Status::S) => {}
            Some(status) => {
                let same = codes.iter().filter(|c| c.status == status);
                resolved.extend(same.map(|c| (c.code.clone(), *span)));
            }
        }
    }
    resolved
}
