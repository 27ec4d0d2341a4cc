//! Enums for fields with "Valid values are:" lists: closed on the request side (only listed
//! values can be sent), open on the response side (an unlisted value is kept, not rejected).

use super::docs;
use crate::model::{Direction, EnumValue};
use crate::names::{pascal, type_ident};
use proc_macro2::{Ident, TokenStream};
use quote::quote;

/// One enum to emit.
pub struct EnumDef<'a> {
    /// The type name.
    pub name: Ident,
    /// The field it was made for (wire name), for the docs.
    pub field: &'a str,
    /// The values, in page order.
    pub values: &'a [EnumValue],
    /// Which side, which decides open or closed.
    pub direction: Direction,
}

/// The variant names of the values.
pub fn variants(values: &[EnumValue], direction: Direction) -> Vec<Ident> {
    values
        .iter()
        .map(|v| {
            let name = pascal(&v.value);
            let reserved = direction == Direction::Response && name == "Unknown";
            type_ident(&if reserved { "UnknownValue".to_owned() } else { name })
        })
        .collect()
}

/// The enum and its conversions.
pub fn emit(def: &EnumDef<'_>) -> TokenStream {
    let name = &def.name;
    let variants = variants(def.values, def.direction);
    let wires: Vec<&str> = def.values.iter().map(|v| v.value.as_str()).collect();
    let discriminants = wires.iter().map(|w| proc_macro2::Literal::u32_unsuffixed(crate::names::discriminant(w)));
    let variant_docs = def.values.iter().map(|v| {
        let meaning = if v.meaning.is_empty() { String::new() } else { format!(": {}", docs::escape(&v.meaning)) };
        docs::attrs(&format!("`{}`{meaning}", v.value))
    });
    let body = match def.direction {
        Direction::Request => closed(name, &variants, &wires),
        Direction::Response => open(name, &variants, &wires),
    };
    let kind = match def.direction {
        Direction::Request => "Only these values can be sent.",
        Direction::Response => {
            "A value the page does not list is kept in `Unknown`, so a new value from the provider never breaks decoding."
        }
    };
    let doc = docs::attrs(&format!("The valid values of `{}`. {kind}", def.field));
    let unknown = (def.direction == Direction::Response).then(|| {
        quote! {
            /// A value the page does not list.
            Unknown(::std::string::String) = 0,
        }
    });
    // Explicit discriminants follow the values, so that a page adding a value shifts none; the
    // `repr` makes them portable (and an open enum carries data, which needs one too).
    let repr = quote! { #[repr(u32)] };
    let derives = match def.direction {
        Direction::Request => quote! { #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)] },
        Direction::Response => quote! { #[derive(Debug, Clone, PartialEq, Eq, Hash)] },
    };
    // A page may add values: `non_exhaustive` keeps that a minor change for code that matches.
    quote! {
        #doc
        #derives
        #[non_exhaustive]
        #repr
        pub enum #name {
            #(#variant_docs #variants = #discriminants,)*
            #unknown
        }

        #body
    }
}

fn closed(name: &Ident, variants: &[Ident], wires: &[&str]) -> TokenStream {
    quote! {
        impl #name {
            /// Every valid value, in page order.
            pub const VALUES: &'static [&'static str] = &[#(#wires),*];

            /// The value on the wire.
            pub fn as_str(self) -> &'static str {
                match self { #(Self::#variants => #wires,)* }
            }
        }

        impl ::std::str::FromStr for #name {
            type Err = ::vault_runtime::Violation;

            fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
                match value {
                    #(#wires => ::std::result::Result::Ok(Self::#variants),)*
                    _ => ::std::result::Result::Err(::vault_runtime::Violation::NotOneOf {
                        allowed: Self::VALUES,
                        actual: ::vault_runtime::Violation::echo(value),
                    }),
                }
            }
        }

        impl ::vault_runtime::__private::serde::Serialize for #name {
            fn serialize<S: ::vault_runtime::__private::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::vault_runtime::__private::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::vault_runtime::__private::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                ::vault_runtime::value::enums::deserialize_parsed(deserializer)
            }
        }

        impl ::vault_runtime::FromDraft for #name {
            type Draft = ::std::string::String;

            fn from_draft(draft: ::std::string::String, validator: &mut ::vault_runtime::Validator) -> ::std::option::Option<Self> {
                validator.check(draft.parse())
            }
        }
    }
}

fn open(name: &Ident, variants: &[Ident], wires: &[&str]) -> TokenStream {
    quote! {
        impl #name {
            /// The value on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(Self::#variants => #wires,)*
                    Self::Unknown(value) => value,
                }
            }
        }

        /// An empty value (`Unknown("")`), for the `Default` of the types that hold it.
        impl ::std::default::Default for #name {
            fn default() -> Self {
                Self::Unknown(::std::string::String::new())
            }
        }

        impl ::std::convert::From<::std::string::String> for #name {
            fn from(value: ::std::string::String) -> Self {
                match value.as_str() {
                    #(#wires => Self::#variants,)*
                    _ => Self::Unknown(value),
                }
            }
        }

        impl ::vault_runtime::__private::serde::Serialize for #name {
            fn serialize<S: ::vault_runtime::__private::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::vault_runtime::__private::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::vault_runtime::__private::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                <::std::string::String as ::vault_runtime::__private::serde::Deserialize>::deserialize(deserializer).map(Self::from)
            }
        }
    }
}
