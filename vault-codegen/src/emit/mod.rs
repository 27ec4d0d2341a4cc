//! Model to Rust: one small emitter per output shape. Infallible: a model that passed
//! validation always generates. Output is deterministic (pages sorted by name, ordered maps).

pub mod api;
pub mod client;
pub mod docs;
pub mod enums;
pub mod errors;
pub mod input;
pub mod names;
pub mod output;
pub mod types;

use crate::model::{Direction, EnumValue, Model, Ty};
use names::type_ident;
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::{BTreeMap, BTreeSet};
use types::Scope;

/// Every item generated for the model.
pub fn emit(model: &Model) -> TokenStream {
    let fixed = fixed_module(model);
    let apis = model.apis.iter().map(api::emit);
    let enums = collect_enums(model);
    let request_enums = emit_enums(&enums, Direction::Request);
    let request_objects =
        model.objects.iter().filter(|((d, _), _)| *d == Direction::Request).map(|((_, name), object)| {
            input::emit(&input::Input {
                name: type_ident(name),
                base: name.clone(),
                fields: &object.fields,
                docs: object_docs(name, &object.docs),
            })
        });
    let response = response_module(model, &enums);
    let client = client::emit(model);
    quote! {
        #fixed
        #client
        #(#apis)*
        #(#request_objects)*
        #(#request_enums)*
        #response
    }
}

fn object_docs(name: &str, docs: &[String]) -> String {
    let first = format!("The `{name}` object.");
    docs::paragraphs(std::iter::once(first).chain(docs.iter().map(|d| docs::escape(d))))
}

/// `pub mod fixed`: one marker type per fixed value.
fn fixed_module(model: &Model) -> TokenStream {
    let values: BTreeSet<&str> = model
        .field_lists()
        .filter(|(direction, _)| *direction == Direction::Request)
        .flat_map(|(_, fields)| fields)
        .filter_map(|field| match &field.ty {
            Ty::Fixed(value) => Some(value.as_str()),
            _ => None,
        })
        .collect();
    if values.is_empty() {
        return TokenStream::new();
    }
    let markers = values.iter().map(|value| {
        let marker = types::fixed_marker(value);
        let doc = format!(" The fixed value `{value}`.");
        quote! {
            #[doc = #doc]
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
            pub enum #marker {}

            impl ::vault_runtime::FixedValue for #marker {
                const VALUE: &'static str = #value;
            }
        }
    });
    quote! {
        /// Marker types of the fields that can hold one value only, for [`vault_runtime::Fixed`].
        pub mod fixed {
            #(#markers)*
        }
    }
}

type Enums<'a> = BTreeMap<(Direction, String), (&'a str, &'a [EnumValue])>;

/// Every enum to generate, once per direction and name (validation made sure that fields
/// sharing a name share their values).
fn collect_enums(model: &Model) -> Enums<'_> {
    let mut enums = Enums::new();
    for (direction, fields) in model.field_lists() {
        for field in fields {
            if let Some(values) = enum_values(&field.ty) {
                enums.entry((direction, types::enum_name(field))).or_insert((&field.name, values));
            }
        }
    }
    enums
}

/// The enums of one direction.
fn emit_enums(enums: &Enums<'_>, direction: Direction) -> Vec<TokenStream> {
    enums
        .iter()
        .filter(|((d, _), _)| *d == direction)
        .map(|((_, name), (field, values))| {
            enums::emit(&enums::EnumDef { name: type_ident(name), field, values, direction })
        })
        .collect()
}

fn enum_values(ty: &Ty) -> Option<&[EnumValue]> {
    match ty {
        Ty::Enum(values) => Some(values),
        Ty::Array { item, .. } => enum_values(item),
        _ => None,
    }
}

/// `pub mod response`: the object types and enums of received messages.
fn response_module(model: &Model, enums: &Enums<'_>) -> TokenStream {
    let objects: Vec<TokenStream> = model
        .objects
        .iter()
        .filter(|((d, _), _)| *d == Direction::Response)
        .map(|((_, name), object)| {
            output::emit(&output::Output {
                name: type_ident(name),
                fields: &object.fields,
                docs: object_docs(name, &object.docs),
                scope: Scope::ResponseModule,
            })
        })
        .collect();
    let response_enums = emit_enums(enums, Direction::Response);
    if objects.is_empty() && response_enums.is_empty() {
        return TokenStream::new();
    }
    quote! {
        /// Object types and enums of the messages Antom sends (responses and notifications).
        pub mod response {
            #(#objects)*
            #(#response_enums)*
        }
    }
}
