//! Model to Rust: one small emitter per output shape. Infallible: a model that passed
//! validation always generates. Output is deterministic (pages sorted by name, ordered maps).

pub mod api;
pub mod client;
pub mod constructors;
pub mod docs;
pub mod enums;
pub mod errors;
pub mod gates;
pub mod input;
pub mod output;
pub mod paths;
pub mod simulate;
pub mod types;

use crate::model::{
    Api, Companion, Direction, Model, Module, Object, ObjectKey, RESPONSE_MODULE, SHARED_MODULE, Scope, Ty,
};
use crate::names::type_ident;
use gates::{Gate, Gated, Gates};
use paths::Loc;
use proc_macro2::TokenStream;
use quote::quote;
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
        entry.push((object.path.name.clone(), gate.clone()));
        for also in &object.also {
            let entry = names.entry(Loc::of(also)).or_default();
            entry.extend(companions(key.direction, object, &object.path.name).into_iter().map(|n| (n, gate.clone())));
        }
    }
    for (path, enum_type) in &model.enums {
        let gate = gates.ty(path);
        for at in std::iter::once(path).chain(&enum_type.also) {
            names.entry(Loc::of(at)).or_default().push((path.name.clone(), gate.clone()));
        }
    }
    names
}

/// The names generated for an object type: itself, and beside a sent one its draft and, when
/// it has required fields, its required-fields struct.
fn companions(direction: Direction, object: &Object, name: &str) -> Vec<String> {
    let mut names = vec![name.to_owned()];
    if direction == Direction::Request {
        names.push(format!("{name}{}", Companion::Draft.suffix()));
        if crate::model::needs_required(&object.fields) {
            names.push(format!("{name}{}", Companion::Required.suffix()));
        }
    }
    names
}

/// Every path of a generated type that users can write (`payments::Amount`,
/// `payments::response::Amount`, `payments::pay::Order`): definitions outside the hidden shared
/// module, and the re-exports of what it holds.
pub fn public_paths(model: &Model) -> BTreeSet<String> {
    let mut paths = BTreeSet::new();
    for (loc, names) in item_names(model) {
        if matches!(loc.module, Module::Shared(_)) {
            continue;
        }
        let module = loc.module.segments(loc.response).join("::");
        paths.extend(names.into_iter().map(|name| if module.is_empty() { name } else { format!("{module}::{name}") }));
    }
    paths
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
                modules.add(&loc, gates.ty(&object.path), tokens);
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
    add_reexports(model, &gates, &mut modules);
    let fixed = fixed_module(model);
    let common = errors::common_enum(model);
    let client = client::emit(model);
    for (family, gate, tokens) in client::family_calls(model) {
        modules.add(&Loc { module: Module::Family(family), response: false }, gate, [tokens]);
    }
    let simulator = simulate::emit(model, &gates);
    let constructors = match model.constructors {
        true => constructors::emit(model),
        false => TokenStream::new(),
    };
    let tree = module_tree(model, &gates, modules);
    quote! {
        #fixed
        #common
        #client
        #simulator
        #constructors
        #tree
    }
}

/// The items of one API (its request, response, error and operation, or its notification),
/// as they appear inside its module; `wanted` is the API's name in Rust, or `family/name` when
/// two families have an API of that name.
pub fn emit_api(model: &Model, wanted: &str) -> Option<TokenStream> {
    // By the name its Rust items take (a renamed second page of an endpoint by its own name),
    // and by its family module or its endpoint's group.
    let matches = |api: &&Api| {
        let rust = api.rust_name.as_deref().unwrap_or(&api.name);
        match wanted.split_once('/') {
            Some((family, name)) => {
                let endpoint = api.endpoint.as_ref().is_some_and(|e| e.family == family);
                rust == name && (api.family.as_deref() == Some(family) || endpoint)
            }
            None => rust == wanted,
        }
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
        Scope::Api(_) => {
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

/// `pub use` of each shared type at every family path that offers it. A re-export carries the
/// type's gate only where that gate does not already cover its family's.
fn add_reexports(model: &Model, gates: &Gates, modules: &mut Modules) {
    let objects = model.objects.iter().map(|(key, o)| (&o.path, &o.also, companions(key.direction, o, &o.path.name)));
    let enums = model.enums.iter().map(|(path, e)| (path, &e.also, vec![path.name.clone()]));
    for (path, also, names) in objects.chain(enums) {
        let gate = gates.ty(path);
        let names: Vec<_> = names.iter().map(|n| type_ident(n)).collect();
        for at in also {
            let loc = Loc::of(at);
            let family = at.module.family().map(|f| gates.module(model, &Module::Family(f.to_owned())));
            let gate = match family {
                Some(family) if gate.covers(&family) => family,
                _ => gate.clone(),
            };
            let prefix = paths::module_prefix(&loc, &Loc::of(path));
            modules.add(&loc, gate, [quote! { pub use #prefix{#(#names),*}; }]);
        }
    }
}

/// The root's items and the tree of modules under it: one module per family (with its
/// `response` submodule and a submodule per API that sees a type differently), and the hidden
/// shared module. Only a family module carries its gate (and its feature badge in docs built
/// with `--cfg docsrs`); the items inside carry theirs where it differs.
fn module_tree(model: &Model, gates: &Gates, modules: Modules) -> TokenStream {
    let mut by_path: BTreeMap<Vec<String>, Vec<Gated>> = BTreeMap::new();
    for (loc, groups) in modules.items {
        let segments = loc.module.segments(loc.response).into_iter().map(str::to_owned).collect();
        by_path.entry(segments).or_default().extend(groups);
    }
    // Every module on the way to one that has items exists.
    let all: BTreeSet<Vec<String>> =
        by_path.keys().flat_map(|path| (0..=path.len()).map(move |n| path[..n].to_vec())).collect();
    render(model, gates, &all, &mut by_path, &[], &Gate::Always)
}

/// One module's items (compared with `gate`, the gate of the family module it is in) and its
/// submodules.
fn render(
    model: &Model,
    gates: &Gates,
    all: &BTreeSet<Vec<String>>,
    items: &mut BTreeMap<Vec<String>, Vec<Gated>>,
    path: &[String],
    gate: &Gate,
) -> TokenStream {
    let own = gates::inside(gate, items.remove(path).unwrap_or_default());
    let children = all.iter().filter(|p| p.len() == path.len() + 1 && p.starts_with(path));
    let submodules: Vec<TokenStream> = children
        .map(|child| {
            let segment = &child[path.len()];
            let (attrs, inner_gate) = module_attrs(model, gates, path, segment, gate);
            let body = render(model, gates, all, items, child, &inner_gate);
            let ident = paths::segment_ident(segment);
            quote! { #attrs pub mod #ident { #body } }
        })
        .collect();
    quote! { #(#own)* #(#submodules)* }
}

/// The attributes of a submodule, and the gate its items are compared with.
fn module_attrs(model: &Model, gates: &Gates, parent: &[String], segment: &str, gate: &Gate) -> (TokenStream, Gate) {
    if segment == SHARED_MODULE {
        let doc = " Types several families share, defined once; each family re-exports the ones it uses.";
        return (quote! { #[doc = #doc] #[doc(hidden)] }, Gate::Always);
    }
    if segment == RESPONSE_MODULE {
        let doc = " Object types and enums of the messages Antom sends (responses and notifications).";
        return (quote! { #[doc = #doc] }, gate.clone());
    }
    if parent.is_empty() {
        let module = Module::Family(segment.to_owned());
        let family = gates.module(model, &module);
        let doc = family_docs(model, segment);
        let cfg = family.attr();
        let badge = family.doc_badge();
        return (quote! { #[doc = #doc] #cfg #badge }, family);
    }
    if parent.first().is_some_and(|p| p == SHARED_MODULE) {
        let doc = " One more shared description of names that another shared type already takes.";
        return (quote! { #[doc = #doc] }, Gate::Always);
    }
    let doc = format!(
        " The types of the `{segment}` API whose description differs from the one the family's other APIs share (same names as the family's)."
    );
    (quote! { #[doc = #doc] }, gate.clone())
}

fn family_docs(model: &Model, family: &str) -> String {
    let apis: Vec<&Api> = model.apis.iter().filter(|a| a.module() == Module::Family(family.to_owned())).collect();
    let names: Vec<String> = apis.iter().map(|a| format!("`{}`", a.name)).collect();
    let feature = apis.iter().find_map(|a| a.feature.as_deref());
    let feature = feature.map_or(String::new(), |f| format!(" Cargo feature `{f}`."));
    format!(" The `{family}` family: {}.{feature} Call its APIs through `Client::{family}()`.", names.join(", "))
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
