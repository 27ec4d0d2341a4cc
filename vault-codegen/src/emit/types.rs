//! The Rust type of a field in each of its three forms: the checked request type, the draft
//! (plain values, checked later) and the tolerant response type.

use super::names::{pascal, type_ident};
use crate::model::{Field, Ty};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// Where an item is emitted, which decides how it names response-side types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The root of the expansion.
    Root,
    /// Inside `pub mod response`.
    ResponseModule,
}

/// The name of the enum type generated for a field with valid values.
pub fn enum_name(field: &Field) -> String {
    pascal(&field.name)
}

/// The marker type of a fixed value, inside `mod fixed`.
pub fn fixed_marker(value: &str) -> proc_macro2::Ident {
    format_ident!("{}", pascal(value))
}

/// The checked type of a request field, `Option`- and `Secret`-wrapped as the page and the
/// configuration say.
pub fn request(field: &Field) -> TokenStream {
    wrap(field, request_base(&field.ty, field))
}

/// An unsuffixed `usize` literal (`64`, not `64usize`).
pub fn usize_lit(n: usize) -> proc_macro2::Literal {
    proc_macro2::Literal::usize_unsuffixed(n)
}

/// A const generic argument for an `i64`: negative values need braces (`{ -720 }`).
fn i64_arg(n: i64) -> TokenStream {
    let magnitude = proc_macro2::Literal::u64_unsuffixed(n.unsigned_abs());
    if n < 0 {
        quote! { { -#magnitude } }
    } else {
        quote! { #magnitude }
    }
}

fn request_base(ty: &Ty, field: &Field) -> TokenStream {
    match ty {
        Ty::Text { max: Some(max) } => {
            let max = usize_lit(*max);
            quote! { ::vault_runtime::Text<#max> }
        }
        Ty::Text { max: None } => quote! { ::std::string::String },
        Ty::Url { max: Some(max) } => {
            let max = usize_lit(*max);
            quote! { ::vault_runtime::HttpUrl<#max> }
        }
        Ty::Url { max: None } => quote! { ::vault_runtime::HttpUrl<{ usize::MAX }> },
        Ty::Region => quote! { ::vault_runtime::Region },
        Ty::Fixed(value) => {
            let marker = fixed_marker(value);
            quote! { ::vault_runtime::Fixed<fixed::#marker> }
        }
        Ty::Enum(_) => {
            let name = type_ident(&enum_name(field));
            quote! { #name }
        }
        Ty::Bool => quote! { bool },
        Ty::Integer { range: None } => quote! { i64 },
        Ty::Integer { range: Some((low, high)) } => {
            let (low, high) = (i64_arg(*low), i64_arg(*high));
            quote! { ::vault_runtime::Int<#low, #high> }
        }
        Ty::Datetime => quote! { ::vault_runtime::DateTime },
        Ty::Object(name) => {
            let name = type_ident(name);
            quote! { #name }
        }
        Ty::Array { item, max_items } => {
            let item = request_base(item, field);
            match max_items.map(usize_lit) {
                Some(max) => quote! { ::vault_runtime::List<#item, #max> },
                None => quote! { ::std::vec::Vec<#item> },
            }
        }
        Ty::ApiResult => quote! { ::vault_runtime::ApiResult },
    }
}

/// The draft type of a request field (plain values); `None` for fixed fields, which have
/// nothing to set.
pub fn draft(field: &Field) -> Option<TokenStream> {
    if matches!(field.ty, Ty::Fixed(_)) {
        return None;
    }
    Some(wrap(field, draft_base(&field.ty)))
}

fn draft_base(ty: &Ty) -> TokenStream {
    match ty {
        Ty::Text { .. } | Ty::Url { .. } | Ty::Region | Ty::Enum(_) | Ty::Fixed(_) => {
            quote! { ::std::string::String }
        }
        Ty::Bool => quote! { bool },
        Ty::Integer { .. } => quote! { i64 },
        Ty::Datetime => quote! { ::vault_runtime::DateTime },
        Ty::Object(name) => {
            let name = format_ident!("{}Draft", name);
            quote! { #name }
        }
        Ty::Array { item, .. } => {
            let item = draft_base(item);
            quote! { ::std::vec::Vec<#item> }
        }
        Ty::ApiResult => quote! { ::vault_runtime::ApiResult },
    }
}

/// The type of a response field: plain strings, open enums, nothing rejected that the
/// provider may add.
pub fn response(field: &Field, scope: Scope) -> TokenStream {
    wrap(field, response_base(&field.ty, field, scope))
}

fn response_base(ty: &Ty, field: &Field, scope: Scope) -> TokenStream {
    let in_module = |name: proc_macro2::Ident| match scope {
        Scope::Root => quote! { response::#name },
        Scope::ResponseModule => quote! { #name },
    };
    match ty {
        Ty::Text { .. } | Ty::Url { .. } | Ty::Region | Ty::Fixed(_) => {
            quote! { ::std::string::String }
        }
        Ty::Enum(_) => in_module(type_ident(&enum_name(field))),
        Ty::Bool => quote! { bool },
        Ty::Integer { .. } => quote! { i64 },
        Ty::Datetime => quote! { ::vault_runtime::DateTime },
        Ty::Object(name) => in_module(type_ident(name)),
        Ty::Array { item, .. } => {
            let item = response_base(item, field, scope);
            quote! { ::std::vec::Vec<#item> }
        }
        Ty::ApiResult => quote! { ::vault_runtime::ApiResult },
    }
}

fn wrap(field: &Field, base: TokenStream) -> TokenStream {
    let base = if field.sensitive {
        quote! { ::vault_runtime::Secret<#base> }
    } else {
        base
    };
    if field.required {
        base
    } else {
        quote! { ::std::option::Option<#base> }
    }
}

/// The `#[serde(...)]` attribute of a field: its wire name, and for optional fields a default
/// and no output when unset; booleans and numbers read both their native and string forms.
pub fn serde_attrs(field: &Field, request: bool) -> TokenStream {
    let wire = &field.name;
    let lenient = match &field.ty {
        Ty::Bool => Some("bool"),
        Ty::Integer { range } if !request || range.is_none() => Some("int"),
        _ => None,
    };
    let with = lenient.map(|kind| {
        let path = if field.required {
            format!("::vault_runtime::wire::{kind}")
        } else {
            format!("::vault_runtime::wire::option_{kind}")
        };
        quote! { , deserialize_with = #path }
    });
    if field.required {
        quote! { #[serde(rename = #wire #with)] }
    } else {
        quote! { #[serde(rename = #wire, default, skip_serializing_if = "::std::option::Option::is_none" #with)] }
    }
}
