//! Generated names must not collide: enums made for fields of the same name share their
//! values, variants are distinct, and no two generated types in one module share a name.

use crate::diag::Diagnostics;
use crate::emit::names::pascal;
use crate::emit::{api, enums, types};
use crate::model::{Direction, EnumValue, Field, Model, Ty};
use crate::source::Span;
use std::collections::BTreeMap;

/// Runs every name check.
pub fn check(model: &Model, sink: &mut Diagnostics) {
    let enums = enum_fields(model);
    check_enums(&enums, sink);
    check_type_names(model, &enums, sink);
}

type EnumFields<'a> = BTreeMap<(Direction, String), Vec<(&'a Field, &'a [EnumValue])>>;

fn enum_fields(model: &Model) -> EnumFields<'_> {
    let mut enums = EnumFields::new();
    for (direction, fields) in model.field_lists() {
        collect(fields, direction, &mut enums);
    }
    enums
}

fn collect<'a>(fields: &'a [Field], direction: Direction, enums: &mut EnumFields<'a>) {
    for field in fields {
        let values = match &field.ty {
            Ty::Enum(values) => values,
            Ty::Array { item, .. } => match item.as_ref() {
                Ty::Enum(values) => values,
                _ => continue,
            },
            _ => continue,
        };
        enums.entry((direction, types::enum_name(field))).or_default().push((field, values));
    }
}

fn check_enums(enums: &EnumFields<'_>, sink: &mut Diagnostics) {
    for ((direction, name), fields) in enums {
        let (first, first_values) = fields[0];
        for (field, values) in &fields[1..] {
            if *values != first_values {
                sink.error(
                    field.span,
                    format!(
                        "fields named `{}` have different valid values, but share the generated enum `{name}`",
                        field.name
                    ),
                )
                .related(first.span, "the other list is here")
                .help("fields of the same name must list the same values");
            }
        }
        let mut seen: BTreeMap<String, &str> = BTreeMap::new();
        for (value, variant) in first_values.iter().zip(enums::variants(first_values, *direction)) {
            if let Some(other) = seen.insert(variant.to_string(), &value.value) {
                sink.error(
                    first.span,
                    format!(
                        "the valid values `{other}` and `{}` of `{}` both become the variant `{variant}`",
                        value.value, first.name
                    ),
                );
            }
        }
    }
}

/// Names generated at the crate root and in `mod response`.
fn check_type_names(model: &Model, enums: &EnumFields<'_>, sink: &mut Diagnostics) {
    let mut root: BTreeMap<String, Span> = BTreeMap::new();
    let mut response: BTreeMap<String, Span> = BTreeMap::new();
    for fixed in ["Client", "OPERATIONS", "fixed", "response"] {
        root.insert(fixed.to_owned(), Span::none());
    }
    let claim = |module: &mut BTreeMap<String, Span>, name: String, span: Span, sink: &mut Diagnostics| {
        if let Some(first) = module.insert(name.clone(), span) {
            sink.error(span, format!("two generated types would be named `{name}`"))
                .related(first, "the other one comes from here")
                .help("rename the object type, or file an issue: the generator needs a naming rule for this case");
        }
    };
    for api in &model.apis {
        for name in api::type_names(api) {
            claim(&mut root, name, api.span, sink);
        }
    }
    for ((direction, name), object) in &model.objects {
        match direction {
            Direction::Request => {
                for suffix in ["", "Required", "Draft"] {
                    claim(&mut root, format!("{name}{suffix}"), object.span, sink);
                }
            }
            Direction::Response => claim(&mut response, name.clone(), object.span, sink),
        }
    }
    for ((direction, name), fields) in enums {
        let module = if *direction == Direction::Request { &mut root } else { &mut response };
        claim(module, pascal(name), fields[0].0.span, sink);
    }
}
