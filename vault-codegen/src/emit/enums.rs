//! Enums for fields with "Valid values are:" lists: closed on the request side (only listed
//! values can be sent), open on the response side (an unlisted value is kept, not rejected).

use super::docs;
use crate::model::{Direction, EnumValue};
use crate::names::{UNDOCUMENTED, type_ident, value_variant};
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

/// One enum to emit.
pub struct EnumDef<'a> {
    pub name: Ident,
    /// The field it was made for (wire name), for the docs.
    pub field: &'a str,
    /// The values, in page order.
    pub values: &'a [EnumValue],
    /// Which side, which decides open or closed.
    pub direction: Direction,
}

/// The variant names of the values.
fn variants(values: &[EnumValue], direction: Direction) -> Vec<Ident> {
    values.iter().map(|v| type_ident(&value_variant(&v.value, direction == Direction::Response))).collect()
}

/// The enum, and its conversions (from the runtime's `closed_enum!` or `open_enum!`).
pub fn emit(def: &EnumDef<'_>) -> [TokenStream; 2] {
    let name = &def.name;
    let variants = variants(def.values, def.direction);
    let wires: Vec<&str> = def.values.iter().map(|v| v.value.as_str()).collect();
    let discriminants = wires.iter().map(|w| proc_macro2::Literal::u32_unsuffixed(crate::names::discriminant(w)));
    let variant_docs = def.values.iter().map(|v| {
        let meaning = if v.meaning.is_empty() { String::new() } else { format!(": {}", docs::escape(&v.meaning)) };
        docs::attrs(&format!("`{}`{meaning}", v.value))
    });
    let catch_all = format_ident!("{}", UNDOCUMENTED);
    let (kind, derives, undocumented, conversions) = match def.direction {
        Direction::Request => (
            "Only these values can be sent.",
            quote! { #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)] },
            TokenStream::new(),
            quote! { ::vault_runtime::closed_enum!(#name { #(#variants = #wires),* }); },
        ),
        Direction::Response => (
            "A value the page does not list is kept in `Undocumented`, so a new value from the provider never breaks decoding.",
            quote! { #[derive(Debug, Clone, PartialEq, Eq, Hash)] },
            quote! {
                /// A value the page does not list.
                #catch_all(::std::string::String) = 0,
            },
            quote! { ::vault_runtime::open_enum!(#name { #(#variants = #wires),* }); },
        ),
    };
    let doc = docs::attrs(&format!("The valid values of `{}`. {kind}", def.field));
    // A page may add values: `non_exhaustive` keeps that a minor change for code that matches,
    // and explicit discriminants that follow the values shift none (`repr` makes them portable).
    let definition = quote! {
        #doc
        #derives
        #[non_exhaustive]
        #[repr(u32)]
        pub enum #name {
            #(#variant_docs #variants = #discriminants,)*
            #undocumented
        }
    };
    [definition, conversions]
}
