//! Request-side types (API requests and the objects inside them): the checked struct, its
//! required-fields struct and constructor, and its draft with the conversion that reports
//! every broken constraint.

use super::docs;
use super::paths::Loc;
use super::types;
use crate::model::{Field, Ty};
use crate::names::field_ident;
use crate::vocab;
use proc_macro2::{Ident, TokenStream};
use quote::quote;

/// A request-side type to emit.
pub struct Input<'a> {
    pub name: Ident,
    /// Its `Required` struct (when it has one).
    pub required: Ident,
    pub draft: Ident,
    pub fields: &'a [Field],
    pub docs: String,
    pub loc: Loc,
    /// The Cargo feature under which it implements `Deserialize`; `None`: always.
    pub deserialize: Option<&'a str>,
}

/// The struct, its `Required` struct, its draft, their JSON forms (`wire_struct!`) and the
/// constructor and conversions (from the runtime's `request_impls!`), one item each.
pub fn emit(input: &Input<'_>) -> Vec<TokenStream> {
    let needs_required = crate::model::needs_required(input.fields);
    let mut items = Vec::from(checked_struct(input, needs_required));
    if needs_required {
        items.push(required_struct(input));
    }
    items.extend(draft_struct(input));
    items.push(impls(input, needs_required));
    items.extend(money(input));
    items
}

/// An amount of money (a required ISO 4217 `currency` and a required numeric-string `value`,
/// nothing else required) gets constructors from minor units and from a decimal text.
fn money(input: &Input<'_>) -> Option<TokenStream> {
    let required =
        |name: &str, ty: fn(&Ty) -> bool| input.fields.iter().any(|f| f.name == name && f.required && ty(&f.ty));
    let is_money = required(vocab::AMOUNT_CURRENCY, |t| matches!(t, Ty::Currency))
        && required(vocab::AMOUNT_VALUE, |t| matches!(t, Ty::NumericText { .. }))
        && input.fields.iter().filter(|f| f.required && !matches!(f.ty, Ty::Fixed(_))).count() == 2;
    if !is_money {
        return None;
    }
    let (name, required_name) = (&input.name, &input.required);
    let (currency, value) = (field_ident(vocab::AMOUNT_CURRENCY), field_ident(vocab::AMOUNT_VALUE));
    Some(quote! {
        impl #name {
            /// An amount of `minor_units` of a currency (cents of USD, yen of JPY), checked
            /// against the value's range. No floating point is involved.
            pub fn from_minor_units(#currency: ::vault_runtime::Currency, minor_units: i64) -> ::std::result::Result<Self, ::vault_runtime::Violation> {
                ::std::result::Result::Ok(Self::new(#required_name { #currency, #value: ::vault_runtime::Digits::new(minor_units)? }))
            }

            /// An amount written as a decimal (`"13.14"` USD is 1314 cents), converted to minor
            /// units digit by digit; more decimals than the currency has is refused.
            pub fn parse(#currency: ::vault_runtime::Currency, amount: &str) -> ::std::result::Result<Self, ::vault_runtime::Violation> {
                Self::from_minor_units(#currency, ::vault_runtime::minor_units(#currency, amount)?)
            }
        }
    })
}

/// A required field the caller has to provide (fixed fields provide themselves).
fn settable_required(field: &Field) -> bool {
    field.required && !matches!(field.ty, Ty::Fixed(_))
}

/// The checked struct and its JSON form.
fn checked_struct(input: &Input<'_>, needs_required: bool) -> [TokenStream; 2] {
    let name = &input.name;
    let how = if needs_required {
        format!(
            "Build it with [`{name}::new`] from a [`{required}`], whose fields the compiler insists on, then set optional fields directly; or check plain values with `{name}::try_from({draft} {{ .. }})`, which reports every broken constraint at once.",
            required = input.required,
            draft = input.draft
        )
    } else {
        format!(
            "Build it with [`{name}::new`] and set fields directly; or check plain values with `{name}::try_from({draft} {{ .. }})`.",
            draft = input.draft
        )
    };
    let doc = docs::attrs(&docs::paragraphs([input.docs.as_str(), how.as_str()]));
    let fields = input.fields.iter().map(|f| {
        let (ident, ty, doc) =
            (field_ident(&f.name), types::request(f, &input.loc), docs::attrs(&docs::field(f, true)));
        quote! { #doc pub #ident: #ty }
    });
    let directions = match input.deserialize {
        None => quote! { both },
        Some(feature) => quote! { ser de if #feature },
    };
    let wire = types::wire_fields(input.fields.iter().map(|f| types::wire_entry(f, true, !f.required)));
    let item = quote! {
        #doc
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        pub struct #name { #(#fields,)* }
    };
    [item, quote! { ::vault_runtime::wire_struct!(#directions #name #wire); }]
}

fn required_struct(input: &Input<'_>) -> TokenStream {
    let name = &input.name;
    let required_name = &input.required;
    let doc = format!(" The required fields of [`{name}`]: leaving one out is a compile error.");
    let fields = input.fields.iter().filter(|f| settable_required(f)).map(|f| {
        let (ident, ty) = (field_ident(&f.name), types::request(f, &input.loc));
        let doc = format!(" See [`{name}::{ident}`].");
        quote! { #[doc = #doc] pub #ident: #ty }
    });
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct #required_name { #(#fields,)* }
    }
}

/// The draft and its JSON form (read only).
fn draft_struct(input: &Input<'_>) -> [TokenStream; 2] {
    let name = &input.name;
    let draft_name = &input.draft;
    // What drafts are and how to use them is said once, in the runtime's docs.
    let doc = format!(
        " [`{name}`] as plain values, checked by `{name}::try_from(draft)`: see [drafts](vault_runtime::FromDraft#drafts)."
    );
    // Deserialised only, every field optional (absent is `None`) and read as received.
    let (fields, entries): (Vec<TokenStream>, Vec<TokenStream>) = input
        .fields
        .iter()
        .filter_map(|f| {
            let ty = types::draft(f, &input.loc)?;
            let ident = field_ident(&f.name);
            let doc = format!(" See [`{name}::{ident}`].");
            Some((quote! { #[doc = #doc] pub #ident: #ty }, types::wire_entry(f, false, true)))
        })
        .unzip();
    let wire = types::wire_fields(entries);
    let item = quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, Default, PartialEq, Eq)]
        #[non_exhaustive]
        pub struct #draft_name { #(#fields,)* }
    };
    [item, quote! { ::vault_runtime::wire_struct!(de #draft_name #wire); }]
}

/// `new` (and `Default` when nothing is required), `FromDraft` and `TryFrom`, from the runtime's
/// `request_impls!` over the field list.
fn impls(input: &Input<'_>, needs_required: bool) -> TokenStream {
    let (name, draft) = (&input.name, &input.draft);
    let fields = input.fields.iter().map(|f| {
        let (ident, wire) = (field_ident(&f.name), &f.name);
        match (&f.ty, f.required) {
            (Ty::Fixed(_), true) => quote! { #ident: fixed },
            (Ty::Fixed(_), false) => quote! { #ident: unset },
            (_, true) => quote! { #ident: required #wire },
            (_, false) => quote! { #ident: optional #wire },
        }
    });
    let head = if needs_required {
        let required = &input.required;
        quote! { #name(#required) }
    } else {
        quote! { #name }
    };
    quote! { ::vault_runtime::request_impls!(#head from #draft { #(#fields),* }); }
}
