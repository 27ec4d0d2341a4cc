//! Field by field: added, removed, flags, types and constraints, and the Rust names of object
//! and enum types; nested object types are followed (once per pair of types).

use super::{At, Direction, Kind, Recorder};
use std::collections::BTreeSet;
use vault_codegen::model::{EnumValue, Field, Model, Range, Ty, TypePath};

/// The two models, to follow object types, and the family module of the API compared in each.
pub(crate) struct Models<'a> {
    pub old: &'a Model,
    pub new: &'a Model,
    pub old_family: &'a str,
    pub new_family: &'a str,
}

/// Compares two lists of sibling fields (and, through object types, their children).
pub(crate) fn compare(out: &mut Recorder, models: &Models<'_>, at: At<'_>, old: &[Field], new: &[Field]) {
    let mut seen = BTreeSet::new();
    walk(out, models, at, old, new, &mut seen);
}

fn walk(
    out: &mut Recorder,
    models: &Models<'_>,
    at: At<'_>,
    old: &[Field],
    new: &[Field],
    seen: &mut BTreeSet<(TypePath, TypePath)>,
) {
    let sent = at.direction == Some(Direction::Request);
    for field in new {
        let path = join(at.path, &field.name);
        let here = At { path: &path, ..at };
        let Some(before) = old.iter().find(|f| f.name == field.name) else {
            let kind = match (sent, field.required) {
                (true, true) => Kind::RequestFieldAddedRequired,
                (true, false) => Kind::RequestFieldAddedOptional,
                (false, _) => Kind::ResponseFieldAdded,
            };
            out.add(here, kind, None, Some(shape(&field.ty)));
            continue;
        };
        compare_field(out, models, here, sent, before, field);
        if let (Some(a), Some(b)) = (object_target(before), object_target(field))
            && seen.insert((a.clone(), b.clone()))
        {
            let (Some(a), Some(b)) = (fields_of(models.old, a), fields_of(models.new, b)) else { continue };
            walk(out, models, here, a, b, seen);
        }
    }
    for field in old.iter().filter(|f| !new.iter().any(|n| n.name == f.name)) {
        let path = join(at.path, &field.name);
        let kind = match (sent, field.required) {
            (true, _) => Kind::RequestFieldRemoved,
            (false, true) => Kind::ResponseFieldRemovedRequired,
            (false, false) => Kind::ResponseFieldRemovedOptional,
        };
        out.add(At { path: &path, ..at }, kind, Some(shape(&field.ty)), None);
    }
}

fn join(prefix: &str, name: &str) -> String {
    if prefix.is_empty() { name.to_owned() } else { format!("{prefix}.{name}") }
}

fn compare_field(out: &mut Recorder, models: &Models<'_>, at: At<'_>, sent: bool, old: &Field, new: &Field) {
    if old.required != new.required {
        let kind = match (sent, new.required) {
            (true, true) => Kind::RequestFieldBecameRequired,
            (true, false) => Kind::RequestFieldBecameOptional,
            (false, true) => Kind::ResponseFieldBecameRequired,
            (false, false) => Kind::ResponseFieldBecameOptional,
        };
        out.add(at, kind, Some(flag(old.required)), Some(flag(new.required)));
    }
    types(out, at, sent, &old.ty, &new.ty);
    let (a, b) = (
        old.ty.target().map(|path| visible(models.old, path, models.old_family)),
        new.ty.target().map(|path| visible(models.new, path, models.new_family)),
    );
    if a.is_some() && b.is_some() && a != b && same_kind(&old.ty, &new.ty) {
        out.add(at, Kind::RustNameChanged, a, b);
    }
    if (&old.docs, &old.examples, &old.notes) != (&new.docs, &new.examples, &new.notes) {
        out.add(at, Kind::DescriptionChanged, None, None);
    }
}

/// The path code of `family` names a type by: a type several families share is defined in the
/// hidden shared module and re-exported by each family, and only the re-export is public.
fn visible(model: &Model, path: &TypePath, family: &str) -> String {
    let also = match model.enums.get(path) {
        Some(found) => Some(&found.also),
        None => model.objects.values().find(|o| o.path == *path).map(|o| &o.also),
    };
    let prefix = format!("{family}::");
    let offered = also.into_iter().flatten().map(|p| p.joined("::")).find(|p| p.starts_with(&prefix));
    offered.unwrap_or_else(|| path.joined("::"))
}

fn flag(required: bool) -> String {
    if required { "required".to_owned() } else { "optional".to_owned() }
}

/// Whether two types are of one kind (both objects, both enums), so that a Rust name change is
/// not already a type change.
fn same_kind(a: &Ty, b: &Ty) -> bool {
    std::mem::discriminant(a.element()) == std::mem::discriminant(b.element())
}

/// Type, constraint and value changes of one field.
fn types(out: &mut Recorder, at: At<'_>, sent: bool, old: &Ty, new: &Ty) {
    match (old, new) {
        (Ty::Array { item: a, max_items: ma }, Ty::Array { item: b, max_items: mb }) => {
            if ma != mb {
                let kind = match (sent, looser(*ma, *mb)) {
                    (false, _) => Kind::ResponseConstraintChanged,
                    (true, true) => Kind::RequestMaxSizeIncreased,
                    (true, false) => Kind::RequestMaxSizeDecreased,
                };
                out.add(at, kind, Some(limit(*ma)), Some(limit(*mb)));
            }
            types(out, at, sent, a, b);
        }
        (Ty::Text { max: a }, Ty::Text { max: b }) | (Ty::Url { max: a }, Ty::Url { max: b }) if a != b => {
            lengths(out, at, sent, *a, *b)
        }
        (Ty::Datetime { max: a }, Ty::Datetime { max: b }) if a != b => lengths(out, at, sent, *a, *b),
        (Ty::Integer { range: a }, Ty::Integer { range: b }) | (Ty::Decimal { range: a }, Ty::Decimal { range: b })
            if a != b =>
        {
            ranges(out, at, sent, *a, *b)
        }
        (Ty::NumericText { range: a, max: la }, Ty::NumericText { range: b, max: lb }) if (a, la) != (b, lb) => {
            ranges(out, at, sent, Some(*a), Some(*b));
            if la != lb {
                lengths(out, at, sent, *la, *lb);
            }
        }
        (Ty::Enum(a), Ty::Enum(b)) => values(out, at, sent, &a.values, &b.values),
        (Ty::Fixed(a), Ty::Fixed(b)) if a != b => {
            let kind = if sent { Kind::FixedValueChanged } else { Kind::ResponseConstraintChanged };
            out.add(at, kind, Some(a.clone()), Some(b.clone()));
        }
        (Ty::Object(a), Ty::Object(b)) if a.name != b.name => {
            out.add(at, Kind::TypeChanged, Some(a.name.clone()), Some(b.name.clone()))
        }
        // The same name placed elsewhere is a Rust name change, which `compare_field` reports.
        (Ty::Object(_), Ty::Object(_)) => {}
        (a, b) if std::mem::discriminant(a) != std::mem::discriminant(b) => {
            // A received field holds a plain string for several page types: no Rust change.
            let kind = if !sent && a.received_as_text() && b.received_as_text() {
                Kind::ResponseConstraintChanged
            } else {
                Kind::TypeChanged
            };
            out.add(at, kind, Some(shape(a)), Some(shape(b)));
        }
        (a, b) if a != b => out.add(at, Kind::TypeChanged, Some(shape(a)), Some(shape(b))),
        _ => {}
    }
}

/// Whether the new limit allows at least what the old one did (`None` is unlimited).
fn looser(old: Option<usize>, new: Option<usize>) -> bool {
    match (old, new) {
        (_, None) => true,
        (None, Some(_)) => false,
        (Some(a), Some(b)) => b >= a,
    }
}

fn limit(max: Option<usize>) -> String {
    max.map_or_else(|| "unlimited".to_owned(), |m| m.to_string())
}

fn lengths(out: &mut Recorder, at: At<'_>, sent: bool, old: Option<usize>, new: Option<usize>) {
    let kind = match (sent, looser(old, new)) {
        (false, _) => Kind::ResponseConstraintChanged,
        (true, true) => Kind::RequestMaxLengthIncreased,
        (true, false) => Kind::RequestMaxLengthDecreased,
    };
    out.add(at, kind, Some(limit(old)), Some(limit(new)));
}

fn ranges(out: &mut Recorder, at: At<'_>, sent: bool, old: Option<Range>, new: Option<Range>) {
    if old == new {
        return;
    }
    let bounds = |r: Option<Range>| r.map_or((i64::MIN, i64::MAX), |r| (r.min, r.max.unwrap_or(i64::MAX)));
    let ((old_low, old_high), (new_low, new_high)) = (bounds(old), bounds(new));
    let widened = new_low <= old_low && new_high >= old_high;
    let kind = match (sent, widened) {
        (false, _) => Kind::ResponseConstraintChanged,
        (true, true) => Kind::RequestRangeWidened,
        (true, false) => Kind::RequestRangeNarrowed,
    };
    out.add(at, kind, Some(range(old)), Some(range(new)));
}

fn range(range: Option<Range>) -> String {
    match range {
        None => "any".to_owned(),
        Some(Range { min, max: None }) => format!("{min} - unlimited"),
        Some(Range { min, max: Some(max) }) => format!("{min} - {max}"),
    }
}

fn values(out: &mut Recorder, at: At<'_>, sent: bool, old: &[EnumValue], new: &[EnumValue]) {
    let set = |values: &[EnumValue]| values.iter().map(|v| v.value.clone()).collect::<BTreeSet<_>>();
    let (before, after) = (set(old), set(new));
    let (added, removed) = if sent {
        (Kind::RequestEnumValueAdded, Kind::RequestEnumValueRemoved)
    } else {
        (Kind::ResponseEnumValueAdded, Kind::ResponseEnumValueRemoved)
    };
    for value in after.difference(&before) {
        out.add(at, added, None, Some(value.clone()));
    }
    for value in before.difference(&after) {
        out.add(at, removed, Some(value.clone()), None);
    }
}

/// A type as the page writes it, with its constraint, for reports.
pub(crate) fn shape(ty: &Ty) -> String {
    match ty {
        Ty::Text { max: Some(max) } => format!("String (max {max})"),
        Ty::Text { max: None } => "String".to_owned(),
        Ty::Url { .. } => "URL".to_owned(),
        Ty::Region => "String (ISO 3166 alpha-2)".to_owned(),
        Ty::Currency => "String (ISO 4217)".to_owned(),
        Ty::Decimal { range: r } => format!("Decimal ({})", range(*r)),
        Ty::NumericText { range: r, .. } => format!("String (digits, {})", range(Some(*r))),
        Ty::Fixed(value) => format!("String (fixed to {value})"),
        Ty::Enum(list) => {
            format!("String ({})", list.values.iter().map(|v| v.value.as_str()).collect::<Vec<_>>().join(", "))
        }
        Ty::Bool => "Boolean".to_owned(),
        Ty::Integer { range: r } => format!("Integer ({})", range(*r)),
        Ty::Datetime { .. } => "Datetime".to_owned(),
        Ty::Map { .. } => "Map".to_owned(),
        Ty::Object(object) => object.name.clone(),
        Ty::Array { item, .. } => format!("Array<{}>", shape(item)),
        Ty::ApiResult => "Result".to_owned(),
    }
}

fn object_target(field: &Field) -> Option<&TypePath> {
    match field.ty.element() {
        Ty::Object(object) => Some(&object.path),
        _ => None,
    }
}

fn fields_of<'a>(model: &'a Model, path: &TypePath) -> Option<&'a [Field]> {
    model.objects.values().find(|o| o.path == *path).map(|o| o.fields.as_slice())
}
