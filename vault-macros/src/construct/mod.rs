//! `__construct!`: the body of the constructor macro generated for each request type
//! (`create_vaulting_session_request! { vaulting_request_id: "REQ-1", .. }`) and of the hidden
//! one generated for each request-side object type. The generated `macro_rules!` passes the
//! type's field table and the caller's fields; this splits them into the `Required` struct and
//! the optional fields, and checks each literal in a free `const` item whose limit is written
//! into it, so `cargo check` (and the editor's check on save) evaluates it. The check is
//! spanned at the literal, so the error points at it.
//!
//! A field holding an object type may be written as its fields in braces
//! (`order: { reference_order_id: "R-1", .. }`): that becomes a call of the object type's own
//! hidden constructor macro, which checks its literals the same way. A list may be written as
//! its elements in brackets (`goods: [{ .. }, { .. }]`, `regions: ["SG", "US"]`): each element
//! is built by the element's shape, and the count is checked against the list's maximum size
//! in a free `const` item too.
//!
//! Input: `[$crate] [Type path] [Required path or nothing] [field table] [object] { caller's
//! fields }`; `object` marks an object type's constructor, whose errors point at the caller's
//! braces. The table's syntax: [`table`].

mod table;
mod value;

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Ident, Token, braced, bracketed};
use table::{Entry, Given, Place};

struct Input {
    krate: TokenStream,
    ty: TokenStream,
    required: TokenStream,
    entries: Vec<Entry>,
    /// Where the errors of the whole call point: the call (a request), or the caller's braces
    /// (a nested object).
    span: Span,
    /// Whether it builds a nested object (which its messages say).
    object: bool,
    given: Punctuated<Given, Token![,]>,
}

fn group(input: ParseStream<'_>) -> syn::Result<TokenStream> {
    let inner;
    bracketed!(inner in input);
    inner.parse()
}

impl Parse for Input {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let krate = group(input)?;
        let ty = group(input)?;
        let required = group(input)?;
        let table;
        bracketed!(table in input);
        let entries = Punctuated::<Entry, Token![,]>::parse_terminated(&table)?.into_iter().collect();
        let object = input.peek(Ident) && input.parse::<Ident>()? == "object";
        let body;
        let brace = braced!(body in input);
        let given = Punctuated::parse_terminated(&body)?;
        let span = if object { brace.span.join() } else { Span::call_site() };
        Ok(Input { krate, ty, required, entries, span, object, given })
    }
}

/// Expands a constructor call.
pub fn expand(input: proc_macro::TokenStream) -> TokenStream {
    expand2(input.into())
}

fn expand2(input: TokenStream) -> TokenStream {
    match syn::parse2::<Input>(input) {
        Ok(input) => construct(&input),
        Err(error) => error.to_compile_error(),
    }
}

/// The message for a field the type does not have.
fn unknown(input: &Input, field: &Ident) -> syn::Error {
    let names: Vec<String> = input.entries.iter().map(|e| e.name.to_string()).collect();
    let of = match input.object {
        true => format!("`{}`", type_name(input)),
        false => "this request".to_owned(),
    };
    let message = format!("`{field}` is not a field of {of}; its fields: {}", names.join(", "));
    syn::Error::new(field.span(), message)
}

/// The name of the type built (its path's last segment: `Amount`).
fn type_name(input: &Input) -> String {
    let path = input.ty.to_string();
    path.rsplit("::").next().unwrap_or(&path).trim().to_owned()
}

/// The message naming the required fields left out, if any.
fn missing(input: &Input) -> Option<TokenStream> {
    let missing: Vec<String> = input
        .entries
        .iter()
        .filter(|e| e.place == Place::Required && !input.given.iter().any(|g| g.name == e.name))
        .map(|e| format!("`{}`", e.name))
        .collect();
    if missing.is_empty() {
        return None;
    }
    let plural = if missing.len() == 1 { "" } else { "s" };
    let mut message = format!("missing required field{plural} {}", missing.join(", "));
    if input.object {
        message.push_str(&format!(" of `{}`", type_name(input)));
    }
    Some(quote_spanned! { input.span => ::core::compile_error!(#message); })
}

fn construct(input: &Input) -> TokenStream {
    let Input { krate, ty, required, entries, given, .. } = input;
    let mut errors = Vec::new();
    let mut cx = value::Cx { krate, checks: Vec::new() };
    let (mut inits, mut sets) = (Vec::new(), Vec::new());
    for field in given {
        let Some(entry) = entries.iter().find(|e| e.name == field.name) else {
            errors.push(unknown(input, &field.name).to_compile_error());
            continue;
        };
        let value = cx.field(entry, &field.value);
        let name = &entry.name;
        match entry.place {
            Place::Required => inits.push(quote! { #name: #value }),
            Place::Direct => sets.push(quote! { __vault_value.#name = #value; }),
            Place::Optional => sets.push(quote! { __vault_value.#name = ::core::option::Option::Some(#value); }),
        }
    }
    errors.extend(missing(input));
    if !errors.is_empty() {
        // The errors alone: a value built without its fields would add errors of its own.
        return quote! { { #(#errors)* loop {} } };
    }
    let new = if required.is_empty() {
        quote! { #krate::#ty::new() }
    } else {
        quote! { #krate::#ty::new(#krate::#required { #(#inits,)* }) }
    };
    let checks = &cx.checks;
    quote! {
        {
            #(#checks)*
            #[allow(unused_mut)]
            let mut __vault_value = #new;
            #(#sets)*
            __vault_value
        }
    }
}

#[cfg(test)]
mod tests;
