//! The per-API error enum: one variant per documented failure code, plus `Unknown`.

use super::docs;
use super::names::{pascal, type_ident};
use crate::model::{Api, Code, Status};
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

fn status_tokens(status: Status) -> TokenStream {
    let letter = format_ident!("{}", status.letter());
    quote! { ::vault_runtime::ResultStatus::#letter }
}

/// The documented failures (status `F` or `U`), each with its variant name.
fn failures(api: &Api) -> Vec<(&Code, Ident)> {
    api.codes
        .iter()
        .filter(|c| c.status != Status::S)
        .map(|c| {
            let name = pascal(&c.code);
            let name = if name == "Unknown" {
                "UnknownCode".to_owned()
            } else {
                name
            };
            (c, type_ident(&name))
        })
        .collect()
}

/// The enum, its `ApiError` implementation, `Display` and `Error`.
pub fn emit(api: &Api, name: &Ident) -> TokenStream {
    let failures = failures(api);
    let doc = docs::attrs(&docs::paragraphs(
        std::iter::once(format!(
            "A failed `{}` call, from the page's Result/Error codes table: one variant per documented failure code, and `Unknown` for a code the table does not list (the status letter then decides what to do).",
            api.name
        ))
        .chain(api.result_logic.iter().map(|p| docs::escape(p))),
    ));
    let variants = failures.iter().map(|(code, variant)| {
        let doc = docs::attrs(&format!(
            "`{}` (status `{}`): {}\n\nFurther action: {}",
            code.code,
            code.status.letter(),
            docs::escape(&code.message),
            docs::escape(&code.action)
        ));
        quote! {
            #doc
            #variant {
                /// The message the server sent.
                message: ::std::string::String,
            }
        }
    });
    let codes = api.codes.iter().map(|c| {
        let (code, status, message, action) = (&c.code, status_tokens(c.status), &c.message, &c.action);
        quote! { ::vault_runtime::CodeInfo { code: #code, status: #status, message: #message, further_action: #action } }
    });
    let from_arms = failures.iter().map(|(c, variant)| {
        let (code, status) = (&c.code, status_tokens(c.status));
        quote! { (#code, #status) => Self::#variant { message } }
    });
    let part_arms = failures.iter().map(|(c, variant)| {
        let (code, status) = (&c.code, status_tokens(c.status));
        quote! { Self::#variant { message } => (#code, #status, message) }
    });
    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants,)*
            /// A code the page does not list, or a listed code with another status letter.
            Unknown {
                /// The result code.
                code: ::std::string::String,
                /// The status letter, which decides whether to retry.
                status: ::vault_runtime::ResultStatus,
                /// The message the server sent.
                message: ::std::string::String,
            },
        }

        impl ::vault_runtime::ApiError for #name {
            const CODES: &'static [::vault_runtime::CodeInfo] = &[#(#codes,)*];

            fn from_result(result: ::vault_runtime::ApiResult) -> Self {
                let ::vault_runtime::ApiResult { result_code: code, result_status: status, result_message: message } = result;
                match (code.as_str(), status) {
                    #(#from_arms,)*
                    _ => Self::Unknown { code, status, message },
                }
            }

            fn parts(&self) -> (&str, ::vault_runtime::ResultStatus, &str) {
                match self {
                    #(#part_arms,)*
                    Self::Unknown { code, status, message } => (code, *status, message),
                }
            }
        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                ::vault_runtime::display_api_error(self, f)
            }
        }

        impl ::std::error::Error for #name {}
    }
}
