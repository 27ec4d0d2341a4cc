//! Checks of the linked model, which read it and change nothing: generated names must not
//! collide (enum variants are distinct, fixed values have distinct marker types, no two
//! generated types in one module share a name), so that a model that passes always generates.

use crate::diag::Diagnostics;
use crate::model::{Api, Companion, Direction, Model, Module, Ty, TypePath};
use crate::names::{pascal, value_variant};
use crate::source::Span;
use std::collections::{BTreeMap, BTreeSet};

/// Runs every name check.
pub fn check(model: &Model, sink: &mut Diagnostics) {
    check_variants(model, sink);
    check_fixed_markers(model, sink);
    check_type_names(model, sink);
}

fn check_variants(model: &Model, sink: &mut Diagnostics) {
    for api in &model.apis {
        let codes = api.codes.iter().filter(|c| c.status != crate::model::Status::S).map(|c| (c.code.as_str(), c.span));
        check_discriminants(codes, sink);
    }
    for enum_type in model.enums.values() {
        check_discriminants(enum_type.values.iter().map(|v| (v.value.as_str(), enum_type.span)), sink);
        let mut seen: BTreeMap<String, &str> = BTreeMap::new();
        for value in &enum_type.values {
            let variant = value_variant(&value.value, enum_type.direction == Direction::Response);
            if let Some(other) = seen.insert(variant.clone(), &value.value) {
                sink.error(
                    enum_type.span,
                    format!(
                        "the valid values `{other}` and `{}` of `{}` both become the variant `{variant}`",
                        value.value, enum_type.field
                    ),
                );
            }
        }
    }
}

/// The explicit discriminants of one enum's variants (hashes of their values) must differ.
fn check_discriminants<'a>(values: impl Iterator<Item = (&'a str, Span)>, sink: &mut Diagnostics) {
    let mut seen: BTreeMap<u32, &str> = BTreeMap::new();
    for (value, span) in values {
        if let Some(other) = seen.insert(crate::names::discriminant(value), value) {
            sink.error(span, format!("`{other}` and `{value}` hash to the same enum discriminant"))
                .help("file an issue: the generator needs another discriminant for this pair of values");
        }
    }
}

/// Fixed values share the `fixed` module, one marker type each.
fn check_fixed_markers(model: &Model, sink: &mut Diagnostics) {
    let mut seen: BTreeMap<String, (&str, Span)> = BTreeMap::new();
    for (direction, fields) in model.field_lists() {
        for field in fields.iter().filter(|_| direction == Direction::Request) {
            let Ty::Fixed(value) = &field.ty else { continue };
            let marker = pascal(value);
            match seen.get(&marker) {
                Some((other, first)) if *other != value => {
                    sink.error(
                        field.span,
                        format!(
                            "the fixed values `{other}` and `{value}` both become the marker type `fixed_values::{marker}`"
                        ),
                    )
                    .related(*first, "the other fixed value is here");
                }
                Some(_) => {}
                None => {
                    seen.insert(marker, (value, field.span));
                }
            }
        }
    }
}

/// Every generated type, by module.
fn check_type_names(model: &Model, sink: &mut Diagnostics) {
    let mut taken: BTreeMap<TypePath, Span> = BTreeMap::new();
    for name in ["Client", "OPERATIONS"] {
        taken.insert(TypePath { module: Module::Root, response: false, name: name.to_owned() }, Span::none());
    }
    let mut claim = |path: TypePath, span: Span| {
        if let Some(first) = taken.get(&path) {
            sink.error(span, format!("two generated types would be named `{}`", path.name))
                .related(*first, "the other one comes from here")
                .help("rename the object type, or file an issue: the generator needs a naming rule for this case");
        } else {
            taken.insert(path, span);
        }
    };
    for api in &model.apis {
        for item in api.items() {
            claim(api.path_of(item), api.span);
        }
    }
    // The client's methods for each family (`payments::Calls`).
    let families: BTreeSet<Module> =
        model.apis.iter().filter(|api| api.kind == crate::model::ApiKind::Call).map(Api::module).collect();
    for module in families {
        claim(TypePath { module, response: false, name: "Calls".to_owned() }, Span::none());
    }
    for (key, object) in &model.objects {
        // A shared type is named at its definition and at each family path that re-exports it.
        for at in std::iter::once(&object.path).chain(&object.also) {
            let path = TypePath { name: object.path.name.clone(), ..at.clone() };
            claim(path.clone(), object.span);
            if key.direction == Direction::Request {
                for companion in [Companion::Required, Companion::Draft] {
                    claim(path.companion(companion), object.span);
                }
            }
        }
    }
    for (path, enum_type) in &model.enums {
        for at in std::iter::once(path).chain(&enum_type.also) {
            claim(at.clone(), enum_type.span);
        }
    }
}
