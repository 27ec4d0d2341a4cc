//! Model to Rust: one small emitter per output shape. Infallible: a model that passed
//! validation always generates. Output is deterministic (pages sorted by name, ordered maps).

pub mod api;
pub mod client;
pub mod docs;
pub mod enums;
pub mod errors;
pub mod gates;
pub mod input;
pub mod output;
pub mod paths;
pub mod simulate;
pub mod types;

use crate::model::{Api, Companion, Direction, Model, Module, Object, ObjectKey, RESPONSE_MODULE, Scope, Ty};
use crate::names::type_ident;
use gates::{Gate, Gated, Gates};
use paths::{Loc, family_ident};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use std::collections::{BTreeMap, BTreeSet};

/// Generated items by module, with their gates.
#[derive(Default)]
struct Modules {
    items: BTreeMap<Loc, Vec<Gated>>,
}

impl Modules {
    fn add(&mut self, loc: &Loc, gate: Gate, items: impl IntoIterator<Item = TokenStream>) {
        self.items.entry(loc.clone()).or_default().push(Gated { gate, items: items.into_iter().collect() });
    }

    /// The items of a module (or of its `response` submodule), as they go inside it.
    fn take(&mut self, module: &Module, response: bool, gate: &Gate) -> Vec<TokenStream> {
        let groups = self.items.remove(&Loc { module: module.clone(), response }).unwrap_or_default();
        gates::inside(gate, groups)
    }
}

/// The names of the types each module defines.
pub fn item_names(model: &Model) -> BTreeMap<Loc, Vec<String>> {
    // Names only: the gates are not walked.
    gated_items(model, &Gates::default())
        .into_iter()
        .map(|(loc, items)| (loc, items.into_iter().map(|(name, _)| name).collect()))
        .collect()
}

/// The types each module defines, with the features each needs.
fn gated_items(model: &Model, gates: &Gates) -> BTreeMap<Loc, Vec<(String, Gate)>> {
    let mut names: BTreeMap<Loc, Vec<(String, Gate)>> = BTreeMap::new();
    for api in &model.apis {
        let loc = Loc { module: api.module(), response: false };
        let items = api.items().into_iter().map(|item| (api.path_of(item).name, Gate::of(api)));
        names.entry(loc).or_default().extend(items);
    }
    for (key, object) in &model.objects {
        let gate = gates.ty(&object.path);
        let entry = names.entry(Loc::of(&object.path)).or_default();
        if key.direction == Direction::Request {
            entry.push((object.path.companion(Companion::Draft).name, gate.clone()));
            if crate::model::needs_required(&object.fields) {
                entry.push((object.path.companion(Companion::Required).name, gate.clone()));
            }
        }
        entry.push((object.path.name.clone(), gate));
    }
    for path in model.enums.keys() {
        names.entry(Loc::of(path)).or_default().push((path.name.clone(), gates.ty(path)));
    }
    names
}

/// The type names the root (and its `response` module) offers, with whether in `response`:
/// its own types and every family type whose name no other module of that side uses.
pub fn root_names(model: &Model) -> BTreeSet<(bool, String)> {
    let names = item_names(model);
    let unique = unique_family_names(&names, String::as_str);
    let own = names
        .iter()
        .filter(|(loc, _)| loc.module == Module::Root)
        .flat_map(|(loc, names)| names.iter().map(|name| (loc.response, name.clone())));
    own.chain(unique.into_iter().flat_map(|(loc, names)| names.into_iter().map(move |n| (loc.response, n)))).collect()
}

/// The family types whose name no other module of the same side uses, by module.
fn unique_family_names<T: Clone>(names: &BTreeMap<Loc, Vec<T>>, name: fn(&T) -> &str) -> Vec<(Loc, Vec<T>)> {
    let mut count: BTreeMap<(bool, &str), usize> = BTreeMap::new();
    for (loc, list) in names {
        for item in list {
            *count.entry((loc.response, name(item))).or_default() += 1;
        }
    }
    names
        .iter()
        .filter(|(loc, _)| matches!(loc.module, Module::Family(_)))
        .map(|(loc, list)| {
            let unique = list.iter().filter(|n| count.get(&(loc.response, name(n))) == Some(&1)).cloned().collect();
            (loc.clone(), unique)
        })
        .filter(|(_, unique): &(Loc, Vec<T>)| !unique.is_empty())
        .collect()
}

/// Every item generated for the model.
pub fn emit(model: &Model) -> TokenStream {
    let gates = Gates::new(model);
    let mut modules = Modules::default();
    for api in &model.apis {
        modules.add(&Loc { module: api.module(), response: false }, Gate::of(api), api::emit(model, api));
    }
    for (key, object) in &model.objects {
        let loc = Loc::of(&object.path);
        let name = object.path.name.clone();
        match key.direction {
            Direction::Request => {
                let tokens = input::emit(&input::Input {
                    name: type_ident(&name),
                    required: type_ident(&object.path.companion(Companion::Required).name),
                    draft: type_ident(&object.path.companion(Companion::Draft).name),
                    fields: &object.fields,
                    docs: object_docs(key, object),
                    loc: loc.clone(),
                    deserialize: model.deserialize_requests.as_deref(),
                });
                modules.add(&loc, gates.ty(&object.path), tokens);
            }
            Direction::Response => {
                let tokens = output::emit(&output::Output {
                    name: type_ident(&name),
                    fields: &object.fields,
                    docs: object_docs(key, object),
                    loc: loc.clone(),
                });
                modules.add(&loc, gates.ty(&object.path), [tokens]);
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
        modules.add(&Loc::of(path), gates.ty(path), enums::emit(&def));
    }
    let fixed = fixed_module(model);
    let common = errors::common_enum(model);
    let client = client::emit(model);
    let simulator = simulate::emit(model, &gates);
    let tree = module_tree(model, &gates, modules);
    quote! {
        #fixed
        #common
        #client
        #simulator
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
        (Some(api), None) => {
            let items = api::emit(model, api);
            Some(quote! { #(#items)* })
        }
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
fn module_tree(model: &Model, gates: &Gates, mut modules: Modules) -> TokenStream {
    let reexports = reexports(model, gates);
    let families: BTreeSet<String> = model
        .apis
        .iter()
        .filter_map(|api| match api.module() {
            Module::Family(family) => Some(family),
            Module::Root => None,
        })
        .collect();
    let family_modules: Vec<TokenStream> = families
        .iter()
        .map(|family| {
            let module = Module::Family(family.clone());
            let gate = gates.module(model, &module);
            let (items, received) = (modules.take(&module, false, &gate), modules.take(&module, true, &gate));
            let ident = family_ident(family);
            let doc = family_docs(model, family);
            let gate = gate.attr();
            let received = response_module(received, quote! {}, "Object types and enums of the messages of this family that Antom sends, where they are scoped to one of its APIs.");
            quote! {
                #[doc = #doc]
                #gate
                pub mod #ident {
                    #(#items)*
                    #received
                }
            }
        })
        .collect();
    let (root, received) =
        (modules.take(&Module::Root, false, &Gate::Always), modules.take(&Module::Root, true, &Gate::Always));
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
/// Names with the same gate share one `use`.
fn reexports(model: &Model, gates: &Gates) -> [Vec<TokenStream>; 2] {
    let mut out = [Vec::new(), Vec::new()];
    let gated: fn(&(String, Gate)) -> &str = |(name, _)| name.as_str();
    for (loc, items) in unique_family_names(&gated_items(model, gates), gated) {
        let Module::Family(family) = &loc.module else { continue };
        let family = family_ident(family);
        let (slot, path) =
            if loc.response { (1, quote! { super::#family::response }) } else { (0, quote! { #family }) };
        let mut by_gate: Vec<(Gate, Vec<&String>)> = Vec::new();
        for (name, gate) in &items {
            match by_gate.iter_mut().find(|(g, _)| g == gate) {
                Some((_, names)) => names.push(name),
                None => by_gate.push((gate.clone(), vec![name])),
            }
        }
        for (gate, names) in by_gate {
            let (attr, names) = (gate.attr(), names.into_iter().map(|n| type_ident(n)));
            out[slot].push(quote! { #attr pub use #path::{#(#names),*}; });
        }
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
        /// Marker types of the fields that can hold one value only, for [`vault_runtime::Fixed`]
        /// (the `fixed!` macro, a different thing, checks a literal against one of them).
        pub mod fixed_values {
            #(#markers)*
        }
    }
}
