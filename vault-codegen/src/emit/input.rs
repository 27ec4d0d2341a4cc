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
    /// The Cargo feature under which it derives `Deserialize`; `None`: always.
    pub deserialize: Option<&'a str>,
}

/// The struct, its constructor and `Required` struct, its draft and the conversions, one
/// item each.
pub fn emit(input: &Input<'_>) -> Vec<TokenStream> {
    let needs_required = crate::model::needs_required(input.fields);
    let mut items = vec![checked_struct(input, needs_required)];
    items.extend(constructor(input, needs_required));
    if needs_required {
        items.push(required_struct(input));
    }
    items.push(draft_struct(input, needs_required));
    items.extend(from_draft(input));
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

fn checked_struct(input: &Input<'_>, needs_required: bool) -> TokenStream {
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
        let (ident, ty, attrs, doc) = (
            field_ident(&f.name),
            types::request(f, &input.loc),
            types::serde_attrs(f, true),
            docs::attrs(&docs::field(f, true)),
        );
        quote! { #doc #attrs pub #ident: #ty }
    });
    let deserialize = match input.deserialize {
        None => quote! { #[derive(::vault_runtime::__private::serde::Deserialize)] },
        Some(feature) => {
            quote! { #[cfg_attr(feature = #feature, derive(::vault_runtime::__private::serde::Deserialize))] }
        }
    };
    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
        #deserialize
        #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
        #[non_exhaustive]
        pub struct #name { #(#fields,)* }
    }
}

/// Field initialisers: a required fixed field holds its value, an optional one starts unset,
/// and every other field gets `value(field, ident)`. Shared by the constructor and the draft
/// conversion, so the two cannot disagree about fixed fields.
fn initialisers<'a>(
    fields: &'a [Field],
    value: impl Fn(&Field, &Ident) -> TokenStream + 'a,
) -> impl Iterator<Item = TokenStream> + 'a {
    fields.iter().map(move |f| {
        let ident = field_ident(&f.name);
        let value = match (&f.ty, f.required) {
            (Ty::Fixed(_), true) => quote! { ::vault_runtime::Fixed::VALUE },
            (Ty::Fixed(_), false) => quote! { ::std::option::Option::None },
            _ => value(f, &ident),
        };
        quote! { #ident: #value }
    })
}

fn constructor(input: &Input<'_>, needs_required: bool) -> Vec<TokenStream> {
    let name = &input.name;
    let required_name = &input.required;
    if needs_required {
        let inits = initialisers(input.fields, |f, ident| {
            if f.required {
                quote! { required.#ident }
            } else {
                quote! { ::std::option::Option::None }
            }
        });
        vec![quote! {
            impl #name {
                /// Builds the value from its required fields; optional fields start unset and
                /// fixed fields hold their value.
                pub fn new(required: #required_name) -> Self {
                    Self { #(#inits,)* }
                }
            }
        }]
    } else {
        // No field is both required and settable here, so the closure is never called.
        let inits = initialisers(input.fields, |_, _| quote! { ::std::option::Option::None });
        let new = quote! {
            impl #name {
                /// Builds the value with every optional field unset.
                pub fn new() -> Self {
                    Self { #(#inits,)* }
                }
            }
        };
        let default = quote! {
            impl ::std::default::Default for #name {
                fn default() -> Self {
                    Self::new()
                }
            }
        };
        vec![new, default]
    }
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

fn draft_struct(input: &Input<'_>, needs_required: bool) -> TokenStream {
    let name = &input.name;
    let draft_name = &input.draft;
    let required = if needs_required { " A required field left `None` is reported as missing." } else { "" };
    let doc = docs::attrs(&format!(
        "[`{name}`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`.{required} It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.\n\nStart from `{draft_name}::default()` and set fields, then convert with `{name}::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way."
    ));
    let fields = input.fields.iter().filter_map(|f| {
        let ty = types::draft(f, &input.loc)?;
        let ident = field_ident(&f.name);
        let attrs = types::draft_serde_attrs(f);
        let doc = format!(" See [`{name}::{ident}`].");
        Some(quote! { #[doc = #doc] #attrs pub #ident: #ty })
    });
    quote! {
        #doc
        #[derive(Debug, Clone, Default, PartialEq, Eq, ::vault_runtime::__private::serde::Deserialize)]
        #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
        #[non_exhaustive]
        pub struct #draft_name { #(#fields,)* }
    }
}

/// `FromDraft` (the checks) and `TryFrom` over it.
fn from_draft(input: &Input<'_>) -> [TokenStream; 2] {
    let name = &input.name;
    let draft_name = &input.draft;
    let checks = input.fields.iter().filter(|f| !matches!(f.ty, Ty::Fixed(_))).map(|f| {
        let (ident, wire) = (field_ident(&f.name), &f.name);
        if f.required {
            quote! { let #ident = validator.required(#wire, draft.#ident); }
        } else {
            quote! { let #ident = validator.optional(#wire, draft.#ident); }
        }
    });
    let inits = initialisers(input.fields, |_, ident| quote! { #ident? });
    let from_draft = quote! {
        impl ::vault_runtime::FromDraft for #name {
            type Draft = #draft_name;

            fn from_draft(draft: #draft_name, validator: &mut ::vault_runtime::Validator) -> ::std::option::Option<Self> {
                #(#checks)*
                ::std::option::Option::Some(Self { #(#inits,)* })
            }
        }
    };
    let try_from = quote! {
        impl ::std::convert::TryFrom<#draft_name> for #name {
            type Error = ::vault_runtime::ValidationErrors;

            /// Checks every field; the error lists every broken constraint.
            fn try_from(draft: #draft_name) -> ::std::result::Result<Self, Self::Error> {
                <Self as ::vault_runtime::FromDraft>::validate(draft)
            }
        }
    };
    [from_draft, try_from]
}
