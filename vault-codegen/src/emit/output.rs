//! Response-side types (API responses and the objects inside them): plain fields, open enums,
//! unknown JSON fields ignored, so that what the provider adds never breaks decoding.

use super::docs;
use super::paths::Loc;
use super::types;
use crate::model::Field;
use crate::names::field_ident;
use proc_macro2::{Ident, TokenStream};
use quote::quote;

/// A response-side type to emit.
pub struct Output<'a> {
    pub name: Ident,
    pub fields: &'a [Field],
    pub docs: String,
    pub loc: Loc,
}

/// The struct and its JSON form (`wire_struct!`), one item each.
pub fn emit(output: &Output<'_>) -> [TokenStream; 2] {
    let name = &output.name;
    let doc = docs::attrs(&output.docs);
    let fields = output.fields.iter().map(|f| {
        let ident = field_ident(&f.name);
        let ty = types::response(f, &output.loc);
        let doc = docs::attrs(&docs::field(f, false));
        quote! { #doc pub #ident: #ty }
    });
    let wire = types::wire_fields(output.fields.iter().map(|f| types::wire_entry(f, false, !f.required)));
    // Received types are read from the wire, not built: `non_exhaustive` lets a page add a
    // field without breaking code that reads them; `Default` serves tests and simulators, which
    // start from an empty value and set fields.
    let item = quote! {
        #doc
        #[derive(Debug, Clone, Default, PartialEq, Eq)]
        #[non_exhaustive]
        pub struct #name { #(#fields,)* }
    };
    [item, quote! { ::vault_runtime::wire_struct!(both #name #wire); }]
}
