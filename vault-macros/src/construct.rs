//! `__construct!`: the body of the constructor macro generated for each request type
//! (`create_vaulting_session_request! { vaulting_request_id: "REQ-1", .. }`). The generated
//! `macro_rules!` passes the type's field table and the caller's fields; this splits them into
//! the `Required` struct and the optional fields, and checks each literal in a free `const`
//! item whose limit is written into it, so `cargo check` (and the editor's check on save)
//! evaluates it. The check is spanned at the literal, so the error points at it.
//!
//! Input: `[$crate] [Type path] [Required path or nothing] [field table] { caller's fields }`,
//! each table entry `name req|set|opt [secret] [boxed] kind args`, kinds `text MAX`, `url MAX`,
//! `region`, `fixed Marker`, `int MIN MAX`, `digits MIN MAX`, `any`.

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::{quote, quote_spanned};
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Expr, ExprLit, Ident, Lit, Token, braced, bracketed};

/// Where a field's value goes.
#[derive(PartialEq, Eq)]
enum Place {
    /// Into the `Required` struct (`req`).
    Required,
    /// Onto the built value, as it is (`set`: a fixed field, which `new` fills).
    Direct,
    /// Onto the built value, as `Some` (`opt`).
    Optional,
}

/// One field of the table.
struct Entry {
    name: Ident,
    place: Place,
    secret: bool,
    boxed: bool,
    /// The checked type's name and its const arguments (`Text` `[64]`), or none (`any`).
    kind: Option<(Ident, Vec<TokenStream>)>,
}

/// One field the caller gives.
struct Given {
    name: Ident,
    value: Expr,
}

impl Parse for Given {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let name = input.parse()?;
        input.parse::<Token![:]>()?;
        Ok(Given { name, value: input.parse()? })
    }
}

struct Input {
    krate: TokenStream,
    ty: TokenStream,
    required: TokenStream,
    entries: Vec<Entry>,
    given: Punctuated<Given, Token![,]>,
}

fn group(input: ParseStream<'_>) -> syn::Result<TokenStream> {
    let inner;
    bracketed!(inner in input);
    inner.parse()
}

/// A const generic argument as the generator writes it: a number, or a block (`{ -720 }`,
/// `{ i64::MAX }`); a bare negative number is put in braces.
fn number(input: ParseStream<'_>) -> syn::Result<TokenStream> {
    let first: TokenTree = input.parse()?;
    match &first {
        TokenTree::Punct(minus) if minus.as_char() == '-' => {
            let digits: TokenTree = input.parse()?;
            Ok(quote! { { #first #digits } })
        }
        _ => Ok(quote! { #first }),
    }
}

impl Parse for Entry {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let name: Ident = input.parse()?;
        let place = input.parse::<Ident>()?;
        let place = match place.to_string().as_str() {
            "req" => Place::Required,
            "set" => Place::Direct,
            _ => Place::Optional,
        };
        let mut word: Ident = input.parse()?;
        let secret = word == "secret";
        if secret {
            word = input.parse()?;
        }
        let boxed = word == "boxed";
        if boxed {
            word = input.parse()?;
        }
        let (ty, args) = match word.to_string().as_str() {
            "text" => ("Text", vec![number(input)?]),
            "url" => ("HttpUrl", vec![number(input)?]),
            "region" => ("Region", vec![]),
            "fixed" => ("Fixed", vec![input.parse::<Ident>().map(|m| quote! { fixed_values::#m })?]),
            "int" => ("Int", vec![number(input)?, number(input)?]),
            "digits" => ("Digits", vec![number(input)?, number(input)?]),
            _ => return Ok(Entry { name, place, secret, boxed, kind: None }),
        };
        Ok(Entry { name, place, secret, boxed, kind: Some((Ident::new(ty, word.span()), args)) })
    }
}

impl Parse for Input {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let krate = group(input)?;
        let ty = group(input)?;
        let required = group(input)?;
        let table;
        bracketed!(table in input);
        let entries = Punctuated::<Entry, Token![,]>::parse_terminated(&table)?.into_iter().collect();
        let body;
        braced!(body in input);
        let given = Punctuated::parse_terminated(&body)?;
        Ok(Input { krate, ty, required, entries, given })
    }
}

/// Expands a constructor call.
pub fn expand(input: proc_macro::TokenStream) -> TokenStream {
    match syn::parse::<Input>(input) {
        Ok(input) => construct(&input),
        Err(error) => error.to_compile_error(),
    }
}

fn construct(input: &Input) -> TokenStream {
    let Input { krate, ty, required, entries, given } = input;
    let mut errors = Vec::new();
    let mut checks = Vec::new();
    let (mut inits, mut sets) = (Vec::new(), Vec::new());
    for field in given {
        let Some(entry) = entries.iter().find(|e| e.name == field.name) else {
            let names: Vec<String> = entries.iter().map(|e| e.name.to_string()).collect();
            let message = format!("`{}` is not a field of this request; its fields: {}", field.name, names.join(", "));
            errors.push(syn::Error::new(field.name.span(), message).to_compile_error());
            continue;
        };
        let value = value(krate, entry, &field.value, &mut checks);
        let name = &entry.name;
        match entry.place {
            Place::Required => inits.push(quote! { #name: #value }),
            Place::Direct => sets.push(quote! { __vault_value.#name = #value; }),
            Place::Optional => sets.push(quote! { __vault_value.#name = ::core::option::Option::Some(#value); }),
        }
    }
    let missing: Vec<String> = entries
        .iter()
        .filter(|e| e.place == Place::Required && !given.iter().any(|g| g.name == e.name))
        .map(|e| format!("`{}`", e.name))
        .collect();
    if !missing.is_empty() {
        let message =
            format!("missing required field{} {}", if missing.len() == 1 { "" } else { "s" }, missing.join(", "));
        errors.push(quote! { ::core::compile_error!(#message); });
    }
    if !errors.is_empty() {
        // The errors alone: a value built without its fields would add errors of its own.
        return quote! { { #(#errors)* loop {} } };
    }
    let new = if required.is_empty() {
        quote! { #krate::#ty::new() }
    } else {
        quote! { #krate::#ty::new(#krate::#required { #(#inits,)* }) }
    };
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

/// The value of one field: a literal of a checked kind becomes its checked type (and a free
/// `const` item checking it, spanned at the literal); anything else is taken as it is.
fn value(krate: &TokenStream, entry: &Entry, given: &Expr, checks: &mut Vec<TokenStream>) -> TokenStream {
    let (Some((ty, args)), Expr::Lit(ExprLit { lit, .. })) = (&entry.kind, given) else {
        return quote! { #given };
    };
    if !matches!(lit, Lit::Str(_) | Lit::Int(_)) {
        return quote! { #given };
    }
    let checked = checked_type(krate, ty, args);
    checks.push(check(&checked, lit));
    let mut value = quote! { <#checked>::__literal(#lit) };
    if entry.secret {
        value = quote! { #krate::__constructors::Secret::new(#value) };
    }
    if entry.boxed {
        value = quote! { ::std::boxed::Box::new(#value) };
    }
    value
}

/// The checked type with its limits (`$crate::__constructors::Text<64>`); a fixed value's
/// marker is in the generated crate's `fixed_values`.
fn checked_type(krate: &TokenStream, ty: &Ident, args: &[TokenStream]) -> TokenStream {
    match (ty == "Fixed", args) {
        (true, [marker]) => quote! { #krate::__constructors::Fixed<#krate::#marker> },
        (_, []) => quote! { #krate::__constructors::#ty },
        _ => quote! { #krate::__constructors::#ty<#(#args),*> },
    }
}

/// `const _: () = ..` evaluating the literal's check. Every token of the call carries the
/// literal's span, so rustc reports a failed check at the literal; the checked type comes in
/// through an alias whose definition keeps the generated crate's `$crate`.
fn check(checked: &TokenStream, lit: &Lit) -> TokenStream {
    let span = lit.span();
    let alias = Ident::new("__VaultChecked", span);
    let call = respan(quote_spanned! { span => ::core::mem::forget(#alias::__literal(#lit)) }, span);
    quote! { const _: () = { type #alias = #checked; #call }; }
}

/// `tokens` with every token (and group) spanned at `span`.
fn respan(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|token| match token {
            TokenTree::Group(group) => {
                let mut inner = proc_macro2::Group::new(group.delimiter(), respan(group.stream(), span));
                inner.set_span(span);
                TokenTree::Group(inner)
            }
            mut other => {
                other.set_span(span);
                other
            }
        })
        .collect()
}
