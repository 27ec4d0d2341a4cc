//! The Rust type of a field in each of its three forms: the checked request type, the draft
//! (plain values, checked later) and the tolerant response type.

use super::paths::{Loc, module_prefix, type_path};
use crate::model::{Companion, Field, MapValue, Range, Ty};
use crate::names::pascal;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// The marker type of a fixed value, inside `mod fixed`.
pub fn fixed_marker(value: &str) -> proc_macro2::Ident {
    format_ident!("{}", pascal(value))
}

/// The checked type of a request field, `Option`-, `Box`- and `Secret`-wrapped as the page and
/// the configuration say.
pub fn request(field: &Field, from: &Loc) -> TokenStream {
    wrap(field, request_base(&field.ty, from))
}

/// An unsuffixed `usize` literal (`64`, not `64usize`).
pub fn usize_lit(n: usize) -> proc_macro2::Literal {
    proc_macro2::Literal::usize_unsuffixed(n)
}

/// A const generic argument for an `i64`: negative values need braces (`{ -720 }`).
fn i64_arg(n: i64) -> TokenStream {
    if n == i64::MAX {
        return quote! { { i64::MAX } };
    }
    let magnitude = proc_macro2::Literal::u64_unsuffixed(n.unsigned_abs());
    if n < 0 {
        quote! { { -#magnitude } }
    } else {
        quote! { #magnitude }
    }
}

/// The bounds of a value range as const generic arguments; an open upper bound is `i64::MAX`,
/// and a maximum length of digits lowers it.
pub fn range_args(range: &Range, digits: Option<usize>) -> (TokenStream, TokenStream) {
    let by_length = digits.and_then(|n| u32::try_from(n).ok()).and_then(|n| 10i64.checked_pow(n)).map(|p| p - 1);
    let max = match (range.max, by_length) {
        (Some(a), Some(b)) => a.min(b),
        (Some(a), None) | (None, Some(a)) => a,
        (None, None) => i64::MAX,
    };
    (i64_arg(range.min), i64_arg(max))
}

fn map(value: MapValue) -> TokenStream {
    let value = match value {
        MapValue::Text => quote! { ::std::string::String },
        MapValue::Json => quote! { ::vault_runtime::__private::serde_json::Value },
    };
    quote! { ::std::collections::BTreeMap<::std::string::String, #value> }
}

fn request_base(ty: &Ty, from: &Loc) -> TokenStream {
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
        Ty::Currency => quote! { ::vault_runtime::Currency },
        Ty::Decimal { range } => {
            let full = crate::model::Range { min: i64::MIN, max: None };
            let (low, high) = range_args(range.as_ref().unwrap_or(&full), None);
            quote! { ::vault_runtime::Decimal<#low, #high> }
        }
        Ty::NumericText { range, max } => {
            let (low, high) = range_args(range, *max);
            quote! { ::vault_runtime::Digits<#low, #high> }
        }
        Ty::Fixed(value) => {
            let marker = fixed_marker(value);
            let root = module_prefix(from, &Loc::ROOT);
            quote! { ::vault_runtime::Fixed<#root fixed_values::#marker> }
        }
        Ty::Enum(values) => type_path(from, &values.path),
        Ty::Bool => quote! { bool },
        Ty::Integer { range: None } => quote! { i64 },
        Ty::Integer { range: Some(range) } => {
            let (low, high) = range_args(range, None);
            quote! { ::vault_runtime::Int<#low, #high> }
        }
        Ty::Datetime { .. } => quote! { ::vault_runtime::DateTime },
        Ty::Map { value } => map(*value),
        Ty::Object(object) => type_path(from, &object.path),
        Ty::Array { item, max_items } => {
            let item = request_base(item, from);
            match max_items.map(usize_lit) {
                Some(max) => quote! { ::vault_runtime::List<#item, #max> },
                None => quote! { ::std::vec::Vec<#item> },
            }
        }
        Ty::ApiResult => quote! { ::vault_runtime::ApiResult },
    }
}

/// The draft type of a request field (plain values), always an `Option` (a required field left
/// `None` is reported as missing); `None` for fixed fields, which have nothing to set.
pub fn draft(field: &Field, from: &Loc) -> Option<TokenStream> {
    if matches!(field.ty, Ty::Fixed(_)) {
        return None;
    }
    Some(wrap(&Field { required: false, ..field.clone() }, draft_base(&field.ty, from)))
}

/// The `#[serde(...)]` attribute of a field an error code carries, which `api_error!` decodes
/// with serde's derive as an optional field of a container with `default`: its wire name,
/// booleans and numbers in both forms.
pub fn carried_serde_attrs(field: &Field) -> TokenStream {
    serde_attr(serde_parts(field))
}

fn draft_base(ty: &Ty, from: &Loc) -> TokenStream {
    match ty {
        Ty::Text { .. }
        | Ty::Url { .. }
        | Ty::Region
        | Ty::Currency
        | Ty::Decimal { .. }
        | Ty::Enum(_)
        | Ty::Fixed(_)
        | Ty::NumericText { .. } => {
            quote! { ::std::string::String }
        }
        Ty::Bool => quote! { bool },
        Ty::Integer { .. } => quote! { i64 },
        Ty::Datetime { .. } => quote! { ::vault_runtime::DateTime },
        Ty::Map { value } => map(*value),
        Ty::Object(object) => type_path(from, &object.path.companion(Companion::Draft)),
        Ty::Array { item, .. } => {
            let item = draft_base(item, from);
            quote! { ::std::vec::Vec<#item> }
        }
        Ty::ApiResult => quote! { ::vault_runtime::ApiResult },
    }
}

/// The type of a response field: plain strings, open enums, nothing rejected that the
/// provider may add.
pub fn response(field: &Field, from: &Loc) -> TokenStream {
    wrap(field, response_base(&field.ty, from))
}

fn response_base(ty: &Ty, from: &Loc) -> TokenStream {
    match ty {
        ty if ty.received_as_text() => quote! { ::std::string::String },
        Ty::Enum(values) => type_path(from, &values.path),
        Ty::Bool => quote! { bool },
        Ty::Integer { .. } => quote! { i64 },
        Ty::Datetime { .. } => quote! { ::vault_runtime::DateTime },
        Ty::Map { value } => map(*value),
        Ty::Object(object) => type_path(from, &object.path),
        Ty::Array { item, .. } => {
            let item = response_base(item, from);
            quote! { ::std::vec::Vec<#item> }
        }
        Ty::ApiResult => quote! { ::vault_runtime::ApiResult },
        // The text types, taken by the first arm.
        _ => quote! { ::std::string::String },
    }
}

fn wrap(field: &Field, base: TokenStream) -> TokenStream {
    let base = if field.sensitive {
        quote! { ::vault_runtime::Secret<#base> }
    } else {
        base
    };
    let base = if field.boxed {
        quote! { ::std::boxed::Box<#base> }
    } else {
        base
    };
    if field.required {
        base
    } else {
        quote! { ::std::option::Option<#base> }
    }
}

/// The field list `wire_struct!` takes (`{ field: "wireName" kind, .. }`) from its entries.
pub fn wire_fields(entries: impl IntoIterator<Item = TokenStream>) -> TokenStream {
    let entries = entries.into_iter();
    quote! { { #(#entries),* } }
}

/// A field's entry in `wire_struct!`: its wire name, and its kind, the module of
/// `vault_runtime::wire::fields` that reads and writes it. An optional field (`optional`: also
/// every field of a draft) is left out when unset and `None` when absent; booleans and numbers
/// read both their native and string forms; a request (`request`) sends a date and time to the
/// second.
pub fn wire_entry(field: &Field, request: bool, optional: bool) -> TokenStream {
    let presence = if optional { "opt" } else { "req" };
    let rule = match &field.ty {
        Ty::Bool => "_lenient",
        Ty::Integer { range } if !request || range.is_none() => "_lenient",
        Ty::Datetime { .. } if request => "_seconds",
        _ => "",
    };
    let (ident, wire, kind) =
        (crate::names::field_ident(&field.name), &field.name, quote::format_ident!("{presence}{rule}"));
    quote! { #ident: #wire #kind }
}

/// The `#[serde(...)]` attribute of a field of a struct that serde's derive reads (the codes'
/// carried fields, which `api_error!` decodes): its wire name when `rename_all = "camelCase"`
/// does not give it; booleans and numbers read both their native and string forms. Empty when
/// the struct's rules suffice.
fn serde_attr(parts: Vec<TokenStream>) -> TokenStream {
    if parts.is_empty() {
        return TokenStream::new();
    }
    quote! { #[serde(#(#parts),*)] }
}

/// The parts of a received field's `#[serde(...)]`.
fn serde_parts(field: &Field) -> Vec<TokenStream> {
    let wire = &field.name;
    let mut parts: Vec<TokenStream> = Vec::new();
    if serde_camel_case(&crate::names::field_ident(wire).to_string()) != *wire {
        parts.push(quote! { rename = #wire });
    }
    let lenient = match &field.ty {
        Ty::Bool => Some("bool"),
        Ty::Integer { .. } => Some("int"),
        _ => None,
    };
    if let Some(kind) = lenient {
        let path = format!("::vault_runtime::wire::option_{kind}");
        parts.push(quote! { deserialize_with = #path });
    }
    parts
}

/// The wire name serde's `rename_all = "camelCase"` gives a Rust field (`card_no` → `cardNo`,
/// `r#type` → `type`).
pub fn serde_camel_case(ident: &str) -> String {
    let ident = ident.strip_prefix("r#").unwrap_or(ident);
    let mut out = String::with_capacity(ident.len());
    let mut upper = false;
    for c in ident.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}
