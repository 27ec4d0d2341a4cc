//! A constructor macro per request type (`create_vaulting_session_request! { .. }`) whose
//! literals `cargo check` checks: the macro hands the type's field table (each field's place and
//! the shape of its type: the limit of a checked type, an object type, a list) and the caller's
//! fields to `vault_macros::__construct`, which writes each literal's check into a free `const`
//! item. One short `macro_rules!` per API, and one hidden one per request-side object type that
//! a request reaches (`__object_order!`), which builds a nested object written as its fields in
//! braces: the field table is the only per-field cost, and each object's table is written once.

use super::paths::{Loc, type_path};
use super::types::{fixed_marker, range_args, usize_lit};
use crate::model::{Api, ApiItem, ApiKind, Companion, Direction, Field, Model, Range, Ty, TypePath, needs_required};
use crate::names::{field_ident, snake};
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};
use std::collections::{BTreeMap, BTreeSet};

/// The constructor macros of every call's request and of the object types they reach, and the
/// hidden module they reach the checked types and `__construct` through (a caller's crate need
/// not depend on either crate).
pub fn emit(model: &Model) -> TokenStream {
    let objects = object_macros(model);
    let calls = model.apis.iter().filter(|a| a.kind == ApiKind::Call);
    let macros = calls.map(|api| constructor(api, &format_ident!("{}", macro_name(model, api)), &objects));
    let nested = objects.iter().filter_map(|(path, name)| object_constructor(model, path, name, &objects));
    quote! {
        #[doc(hidden)]
        pub mod __constructors {
            pub use ::vault_runtime::{Currency, Digits, Fixed, HttpUrl, Int, List, Region, Secret, Text};
            pub use ::vault_macros::__construct;
        }
        #(#macros)*
        #(#nested)*
    }
}

/// The constructor macro of a call's request: its type's name in snake case
/// (`create_vaulting_session_request`). `#[macro_export]` puts every macro at the crate root,
/// so where two families' requests share a name, each takes its family
/// (`subscriptions_cancel_request`).
pub fn macro_name(model: &Model, api: &Api) -> String {
    let request = |api: &Api| snake(&api.path_of(ApiItem::Request).name);
    let name = request(api);
    let calls = model.apis.iter().filter(|a| a.kind == ApiKind::Call);
    match (calls.filter(|a| request(a) == name).count(), &api.endpoint) {
        (2.., Some(endpoint)) => format!("{}_{name}", snake(&endpoint.family)),
        _ => name,
    }
}

/// The fields of the request-side object type at `path`.
fn object_fields<'m>(model: &'m Model, path: &TypePath) -> Option<&'m [Field]> {
    let object = model.objects.values().find(|o| o.direction == Direction::Request && o.path == *path)?;
    Some(&object.fields)
}

/// The hidden constructor macro of each request-side object type a call's request reaches:
/// `__object_` and the type's name in snake case (`__object_order`), with its module's path
/// where two types share a name (`__object_payments_pay_env`), and a number where even that
/// is taken. The prefix keeps them apart from the request macros and from std's.
fn object_macros(model: &Model) -> BTreeMap<TypePath, Ident> {
    let mut reached = BTreeSet::new();
    let mut todo: Vec<&[Field]> =
        model.apis.iter().filter(|a| a.kind == ApiKind::Call).map(|a| a.request.as_slice()).collect();
    while let Some(fields) = todo.pop() {
        for field in fields {
            if let Ty::Object(object) = field.ty.element()
                && let Some(inner) = object_fields(model, &object.path)
                && reached.insert(object.path.clone())
            {
                todo.push(inner);
            }
        }
    }
    let short = |path: &TypePath| format!("__object_{}", snake(&path.name));
    let mut counts = BTreeMap::<String, usize>::new();
    for path in &reached {
        *counts.entry(short(path)).or_default() += 1;
    }
    let mut taken = BTreeSet::new();
    let mut out = BTreeMap::new();
    for path in reached {
        let mut name = short(&path);
        if counts[&name] > 1 {
            let mut segments: Vec<String> =
                path.module.segments(path.response).iter().map(|s| s.trim_start_matches('_').to_owned()).collect();
            segments.push(snake(&path.name));
            name = format!("__object_{}", segments.join("_"));
        }
        let base = name.clone();
        let mut n = 1;
        while !taken.insert(name.clone()) {
            n += 1;
            name = format!("{base}_{n}");
        }
        out.insert(path, format_ident!("{}", name));
    }
    out
}

fn constructor(api: &Api, name: &Ident, objects: &BTreeMap<TypePath, Ident>) -> TokenStream {
    let request = api.path_of(ApiItem::Request);
    let ty = type_path(&Loc::ROOT, &request);
    let required = match needs_required(&api.request) {
        true => type_path(&Loc::ROOT, &api.path_of(ApiItem::Required)),
        false => TokenStream::new(),
    };
    let entries = api.request.iter().map(|field| entry(field, objects));
    let doc = format!(
        "Builds a [`{0}`](crate::{1}) from its fields: `{name}! {{ field: value, .. }}`, the \
         required ones at least. A literal is checked against the page's limit when the code is \
         checked (`cargo check`, the editor), also inside an object written as its fields \
         (`{{ field: value, .. }}`) and a list written as its elements (`[a, b]`); other values \
         are given as the field holds them (without `Some`).",
        request.name,
        request.joined("::"),
    );
    quote! {
        #[doc = #doc]
        #[macro_export]
        macro_rules! #name {
            ($($body:tt)*) => {
                $crate::__constructors::__construct! { [$crate] [#ty] [#required] [#(#entries),*] { $($body)* } }
            };
        }
    }
}

/// The hidden constructor macro of a request-side object type, which the constructor of a
/// type holding it calls with the caller's braces (`__object_order! { { .. } }`).
fn object_constructor(
    model: &Model,
    path: &TypePath,
    name: &Ident,
    objects: &BTreeMap<TypePath, Ident>,
) -> Option<TokenStream> {
    let fields = object_fields(model, path)?;
    let ty = type_path(&Loc::ROOT, path);
    let required = match needs_required(fields) {
        true => type_path(&Loc::ROOT, &path.companion(Companion::Required)),
        false => TokenStream::new(),
    };
    let entries = fields.iter().map(|field| entry(field, objects));
    Some(quote! {
        #[doc(hidden)]
        #[macro_export]
        macro_rules! #name {
            ($($body:tt)*) => {
                $crate::__constructors::__construct! { [$crate] [#ty] [#required] [#(#entries),*] object $($body)* }
            };
        }
    })
}

/// `name place [secret] [boxed] shape`, as `__construct` reads it.
fn entry(field: &Field, objects: &BTreeMap<TypePath, Ident>) -> TokenStream {
    let name = field_ident(&field.name);
    let place = match (field.required, &field.ty) {
        (true, Ty::Fixed(_)) => quote! { set },
        (true, _) => quote! { req },
        (false, _) => quote! { opt },
    };
    let secret = field.sensitive.then(|| quote! { secret });
    let boxed = field.boxed.then(|| quote! { boxed });
    let shape = shape(&field.ty, objects);
    quote! { #name #place #secret #boxed #shape }
}

/// The shape of a type: a checked type's limits, an object type's constructor, a list's
/// maximum size and element shape, or `any`.
fn shape(ty: &Ty, objects: &BTreeMap<TypePath, Ident>) -> TokenStream {
    match ty {
        Ty::Text { max: Some(max) } => {
            let max = usize_lit(*max);
            quote! { text #max }
        }
        Ty::Url { max: Some(max) } => {
            let max = usize_lit(*max);
            quote! { url #max }
        }
        Ty::Region => quote! { region },
        Ty::Currency => quote! { currency },
        Ty::Fixed(value) => {
            let marker = fixed_marker(value);
            quote! { fixed #marker }
        }
        Ty::Integer { range: Some(range) } => pair(quote! { int }, range, None),
        Ty::NumericText { range, max } => pair(quote! { digits }, range, *max),
        Ty::Object(object) => match objects.get(&object.path) {
            Some(name) => quote! { object #name },
            None => quote! { any },
        },
        Ty::Array { item, max_items } => {
            let item = shape(item, objects);
            match max_items.map(usize_lit) {
                Some(max) => quote! { list #max #item },
                None => quote! { vec #item },
            }
        }
        _ => quote! { any },
    }
}

fn pair(kind: TokenStream, range: &Range, digits: Option<usize>) -> TokenStream {
    let (low, high) = range_args(range, digits);
    quote! { #kind #low #high }
}
