//! Model to Rust: one small emitter per output shape. Infallible: a model that passed
//! validation always generates. Output is deterministic (pages sorted by name, ordered maps).

pub mod api;
pub mod client;
pub mod docs;
pub mod enums;
pub mod errors;
pub mod input;
pub mod output;
pub mod paths;
pub mod types;

use crate::model::{Api, Direction, Model, Module, Object, ObjectKey, Scope, Ty};
use crate::names::type_ident;
use paths::{Loc, RESPONSE_MODULE, family_ident};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use std::collections::{BTreeMap, BTreeSet};

/// Generated items by module, each with the names it defines (for the root's re-exports).
#[derive(Default)]
struct Modules {
    items: BTreeMap<Loc, Vec<TokenStream>>,
    names: BTreeMap<Loc, Vec<String>>,
}

impl Modules {
    fn add(&mut self, loc: &Loc, names: Vec<String>, tokens: TokenStream) {
        self.items.entry(loc.clone()).or_default().push(tokens);
        self.names.entry(loc.clone()).or_default().extend(names);
    }
}

/// Every item generated for the model.
pub fn emit(model: &Model) -> TokenStream {
    let mut modules = Modules::default();
    for api in &model.apis {
        let names = api.items().into_iter().map(|item| api.path_of(item).name).collect();
        modules.add(&Loc { module: api.module(), response: false }, names, api::emit(api));
    }
    for (key, object) in &model.objects {
        let loc = Loc::of(&object.path);
        let name = object.path.name.clone();
        match key.direction {
            Direction::Request => {
                let mut names = vec![name.clone(), format!("{name}Draft")];
                if crate::model::needs_required(&object.fields) {
                    names.push(format!("{name}Required"));
                }
                let tokens = input::emit(&input::Input {
                    name: type_ident(&name),
                    base: name,
                    fields: &object.fields,
                    docs: object_docs(key, object),
                    loc: loc.clone(),
                });
                modules.add(&loc, names, tokens);
            }
            Direction::Response => {
                let tokens = output::emit(&output::Output {
                    name: type_ident(&name),
                    fields: &object.fields,
                    docs: object_docs(key, object),
                    loc: loc.clone(),
                });
                modules.add(&loc, vec![name], tokens);
            }
        }
    }
    for (path, enum_type) in &model.enums {
        let def = enums::EnumDef {
            name: type_ident(&path.name),
            field: &enum_type.field,
            values: &enum_type.values,
            direction: enum_type.direction,
        };
        modules.add(&Loc::of(path), vec![path.name.clone()], enums::emit(&def));
    }
    let fixed = fixed_module(model);
    let client = client::emit(model);
    let tree = module_tree(model, modules);
    quote! {
        #fixed
        #client
        #tree
    }
}

/// The items of one API (its request, response, error and operation, or its notification),
/// as they appear inside its module; `wanted` is the API name, or `family/name` when two
/// families have an API of that name.
pub fn emit_api(model: &Model, wanted: &str) -> Option<TokenStream> {
    let matches = |api: &&Api| match wanted.split_once('/') {
        Some((family, name)) => api.name == name && api.endpoint.as_ref().is_some_and(|e| e.family == family),
        None => api.name == wanted,
    };
    let mut found = model.apis.iter().filter(matches);
    match (found.next(), found.next()) {
        (Some(api), None) => Some(api::emit(api)),
        _ => None,
    }
}

fn object_docs(key: &ObjectKey, object: &Object) -> String {
    let first = match &key.scope {
        Scope::Shared => format!("The `{}` object.", object.name),
        Scope::Family(_) | Scope::Api(_) => {
            let users: Vec<String> = object.users.iter().map(|api| format!("`{}`", api.name)).collect();
            format!(
                "The `{}` object as {} describe{} it. Other pages describe `{}` differently, and each description has its own type.",
                object.name,
                users.join(", "),
                if users.len() == 1 { "s" } else { "" },
                object.name
            )
        }
    };
    docs::paragraphs(std::iter::once(first).chain(object.docs.iter().map(|d| docs::escape(d))))
}

/// The root's items, its `response` module, and one module per family with its own `response`
/// module; the root re-exports every family item whose name no other module uses.
fn module_tree(model: &Model, mut modules: Modules) -> TokenStream {
    let reexports = reexports(&modules);
    let families: BTreeSet<String> = model
        .apis
        .iter()
        .filter_map(|api| match api.module() {
            Module::Family(family) => Some(family),
            Module::Root => None,
        })
        .collect();
    let mut take = |module: &Module, response: bool| {
        modules.items.remove(&Loc { module: module.clone(), response }).unwrap_or_default()
    };
    let family_modules: Vec<TokenStream> = families
        .iter()
        .map(|family| {
            let module = Module::Family(family.clone());
            let (items, received) = (take(&module, false), take(&module, true));
            let ident = family_ident(family);
            let doc = family_docs(model, family);
            let received = response_module(received, quote! {}, "Object types and enums of the messages of this family that Antom sends, where they are scoped to one of its APIs.");
            quote! {
                #[doc = #doc]
                pub mod #ident {
                    #(#items)*
                    #received
                }
            }
        })
        .collect();
    let (root, received) = (take(&Module::Root, false), take(&Module::Root, true));
    let (root_reexports, response_reexports) = (&reexports[0], &reexports[1]);
    let received = response_module(
        received,
        quote! { #(#response_reexports)* },
        "Object types and enums of the messages Antom sends (responses and notifications).",
    );
    quote! {
        #(#root)*
        #(#family_modules)*
        #(#root_reexports)*
        #received
    }
}

fn family_docs(model: &Model, family: &str) -> String {
    let apis: Vec<&Api> = model.apis.iter().filter(|a| a.module() == Module::Family(family.to_owned())).collect();
    let names: Vec<String> = apis.iter().map(|a| format!("`{}`", a.name)).collect();
    format!(" The `{family}` family: {}.", names.join(", "))
}

fn response_module(items: Vec<TokenStream>, reexports: TokenStream, doc: &str) -> TokenStream {
    if items.is_empty() && reexports.is_empty() {
        return TokenStream::new();
    }
    let ident = format_ident!("{}", RESPONSE_MODULE);
    let doc = format!(" {doc}");
    quote! {
        #[doc = #doc]
        pub mod #ident {
            #(#items)*
            #reexports
        }
    }
}

/// `pub use` at the root (and in the root's `response` module) for every family item whose
/// name no other module of the same side defines, so that unique names need no family path.
fn reexports(modules: &Modules) -> [Vec<TokenStream>; 2] {
    let mut count: BTreeMap<(bool, &str), usize> = BTreeMap::new();
    for (loc, names) in &modules.names {
        for name in names {
            *count.entry((loc.response, name.as_str())).or_default() += 1;
        }
    }
    let mut out = [Vec::new(), Vec::new()];
    for (loc, names) in &modules.names {
        let Module::Family(family) = &loc.module else { continue };
        let family = family_ident(family);
        let unique: Vec<_> = names
            .iter()
            .filter(|n| count.get(&(loc.response, n.as_str())) == Some(&1))
            .map(|n| type_ident(n))
            .collect();
        if unique.is_empty() {
            continue;
        }
        let (slot, path) =
            if loc.response { (1, quote! { super::#family::response }) } else { (0, quote! { #family }) };
        out[slot].push(quote! { pub use #path::{#(#unique),*}; });
    }
    out
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
