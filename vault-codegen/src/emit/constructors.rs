//! A constructor macro per request type (`create_vaulting_session_request! { .. }`) whose
//! literals `cargo check` checks: the macro hands the type's field table (each field's place and
//! the limit of its checked type) and the caller's fields to `vault_macros::__construct`,
//! which writes each literal's check into a free `const` item. One short `macro_rules!` per
//! API: the field table is the only per-field cost.

use super::paths::{Loc, type_path};
use super::types::{fixed_marker, range_args, usize_lit};
use crate::model::{Api, ApiItem, ApiKind, Field, Model, Range, Ty, needs_required};
use crate::names::{field_ident, snake};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// The constructor macros of every call's request, and the hidden module they reach the
/// checked types and `__construct` through (a caller's crate need not depend on either crate).
pub fn emit(model: &Model) -> TokenStream {
    let calls = model.apis.iter().filter(|a| a.kind == ApiKind::Call);
    let macros = calls.map(|api| constructor(api, &format_ident!("{}", macro_name(model, api))));
    quote! {
        #[doc(hidden)]
        pub mod __constructors {
            pub use ::vault_runtime::{Digits, Fixed, HttpUrl, Int, Region, Secret, Text};
            pub use ::vault_macros::__construct;
        }
        #(#macros)*
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

fn constructor(api: &Api, name: &proc_macro2::Ident) -> TokenStream {
    let request = api.path_of(ApiItem::Request);
    let ty = type_path(&Loc::ROOT, &request);
    let required = match needs_required(&api.request) {
        true => type_path(&Loc::ROOT, &api.path_of(ApiItem::Required)),
        false => TokenStream::new(),
    };
    let entries = api.request.iter().map(entry);
    let doc = format!(
        "Builds a [`{0}`](crate::{1}) from its fields: `{name}! {{ field: value, .. }}`, the \
         required ones at least. A literal is checked against the page's limit when the code is \
         checked (`cargo check`, the editor); other values are given as the field holds them \
         (without `Some`).",
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

/// `name place [secret] [boxed] kind args`, as `__construct` reads it.
fn entry(field: &Field) -> TokenStream {
    let name = field_ident(&field.name);
    let place = match (field.required, &field.ty) {
        (true, Ty::Fixed(_)) => quote! { set },
        (true, _) => quote! { req },
        (false, _) => quote! { opt },
    };
    let secret = field.sensitive.then(|| quote! { secret });
    let boxed = field.boxed.then(|| quote! { boxed });
    let kind = match &field.ty {
        Ty::Text { max: Some(max) } => {
            let max = usize_lit(*max);
            quote! { text #max }
        }
        Ty::Url { max: Some(max) } => {
            let max = usize_lit(*max);
            quote! { url #max }
        }
        Ty::Region => quote! { region },
        Ty::Fixed(value) => {
            let marker = fixed_marker(value);
            quote! { fixed #marker }
        }
        Ty::Integer { range: Some(range) } => pair(quote! { int }, range, None),
        Ty::NumericText { range, max } => pair(quote! { digits }, range, *max),
        _ => quote! { any },
    };
    quote! { #name #place #secret #boxed #kind }
}

fn pair(kind: TokenStream, range: &Range, digits: Option<usize>) -> TokenStream {
    let (low, high) = range_args(range, digits);
    quote! { #kind #low #high }
}
