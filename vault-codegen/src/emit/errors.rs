//! The per-API error enum: one variant per documented failure code (carrying the response
//! fields the page says come with that code), plus `Unknown`; with the API's next-step rules.

use super::docs;
use super::paths::Loc;
use super::types;
use crate::model::{Api, ApiItem, Code, Field, Status, When};
use crate::names::{field_ident, pascal, type_ident};
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

fn status_tokens(status: Status) -> TokenStream {
    let letter = format_ident!("{}", status.letter());
    quote! { ::vault_runtime::ResultStatus::#letter }
}

/// A documented failure: its row, variant name and the response fields it carries.
struct Failure<'a> {
    code: &'a Code,
    variant: Ident,
    carried: Vec<&'a Field>,
}

fn failures(api: &Api) -> Vec<Failure<'_>> {
    api.codes
        .iter()
        .filter(|c| c.status != Status::S)
        .map(|code| {
            let name = pascal(&code.code);
            let variant = type_ident(if name == "Unknown" { "UnknownCode" } else { &name });
            let carried =
                api.response.iter().filter(|f| f.returned_with.iter().any(|(c, _)| *c == code.code)).collect();
            Failure { code, variant, carried }
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
    let variants = failures.iter().map(|f| variant(api, f));
    let codes = api.codes.iter().map(|c| {
        let (code, status, message, action) = (&c.code, status_tokens(c.status), &c.message, &c.action);
        quote! { ::vault_runtime::CodeInfo { code: #code, status: #status, message: #message, further_action: #action } }
    });
    let loc = Loc::of(&api.path_of(ApiItem::Error));
    let from_arms = failures.iter().map(|f| from_arm(f, &loc));
    let part_arms = failures.iter().map(|f| {
        let (variant, code, status) = (&f.variant, &f.code.code, status_tokens(f.code.status));
        quote! { Self::#variant { message, .. } => (#code, #status, message) }
    });
    let next_step = next_step(api, &failures);
    // The body is read only by variants that carry response fields.
    let body =
        if failures.iter().any(|f| !f.carried.is_empty()) { format_ident!("body") } else { format_ident!("_body") };
    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        #[repr(u32)]
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
            } = 0,
        }

        impl ::vault_runtime::ApiError for #name {
            const CODES: &'static [::vault_runtime::CodeInfo] = &[#(#codes,)*];

            fn from_response(result: ::vault_runtime::ApiResult, #body: &[u8]) -> Self {
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

            #next_step
        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                ::vault_runtime::display_api_error(self, f)
            }
        }

        impl ::std::error::Error for #name {}
    }
}

fn variant(api: &Api, failure: &Failure<'_>) -> TokenStream {
    let code = failure.code;
    let step = api
        .next_steps
        .iter()
        .find(|r| r.when == When::Code(code.code.clone()))
        .map(|r| format!("\n\nNext step: `{}` (this API's override).", r.step));
    let doc = docs::attrs(&format!(
        "`{}` (status `{}`): {}\n\nFurther action: {}{}",
        code.code,
        code.status.letter(),
        docs::escape(&code.message),
        docs::escape(&code.action),
        step.unwrap_or_default()
    ));
    let variant = &failure.variant;
    // Explicit discriminants follow the codes, so that a new code shifts none.
    let discriminant = proc_macro2::Literal::u32_unsuffixed(crate::names::discriminant(&code.code));
    let carried = failure.carried.iter().map(|f| {
        let (ident, ty) = (
            field_ident(&f.name),
            types::response(&Field { required: false, ..(*f).clone() }, &Loc::of(&api.path_of(ApiItem::Error))),
        );
        let doc = docs::attrs(&format!(
            "`{}` from the answer: {}",
            f.name,
            f.docs.first().map(|d| docs::escape(d)).unwrap_or_default()
        ));
        quote! { #doc #ident: #ty }
    });
    quote! {
        #doc
        #variant {
            /// The message the server sent.
            message: ::std::string::String,
            #(#carried,)*
        } = #discriminant
    }
}

/// The match arm that builds a variant; variants that carry fields read them from the body,
/// leaving a field empty when it is absent or does not decode.
fn from_arm(failure: &Failure<'_>, loc: &Loc) -> TokenStream {
    let (variant, code, status) = (&failure.variant, &failure.code.code, status_tokens(failure.code.status));
    if failure.carried.is_empty() {
        return quote! { (#code, #status) => Self::#variant { message } };
    }
    let idents: Vec<Ident> = failure.carried.iter().map(|f| field_ident(&f.name)).collect();
    let fields = failure.carried.iter().map(|f| {
        let optional = Field { required: false, ..(*f).clone() };
        let (ident, ty, attrs) =
            (field_ident(&f.name), types::response(&optional, loc), types::serde_attrs(&optional, false));
        quote! { #attrs #ident: #ty }
    });
    quote! {
        (#code, #status) => {
            #[derive(::std::default::Default, ::vault_runtime::__private::serde::Deserialize)]
            #[serde(crate = "::vault_runtime::__private::serde")]
            struct Carried { #(#fields,)* }
            let Carried { #(#idents),* } = ::vault_runtime::__private::serde_json::from_slice(body).unwrap_or_default();
            Self::#variant { message, #(#idents),* }
        }
    }
}

/// `next_step` when the API overrides the default: code rules first, then status rules.
fn next_step(api: &Api, failures: &[Failure<'_>]) -> TokenStream {
    if api.next_steps.is_empty() {
        return TokenStream::new();
    }
    let step = |name: &str| {
        let ident = format_ident!("{}", name);
        quote! { ::vault_runtime::NextStep::#ident }
    };
    let code_arms = api.next_steps.iter().filter_map(|rule| match &rule.when {
        When::Code(code) => failures.iter().find(|f| f.code.code == *code).map(|f| {
            let (variant, step) = (&f.variant, step(&rule.step));
            quote! { Self::#variant { .. } => #step }
        }),
        When::Status(_) => None,
    });
    let status_arms = api.next_steps.iter().filter_map(|rule| match &rule.when {
        When::Status(status) => {
            let (status, step) = (status_tokens(*status), step(&rule.step));
            Some(quote! { #status => #step })
        }
        When::Code(_) => None,
    });
    quote! {
        fn next_step(&self) -> ::vault_runtime::NextStep {
            match self {
                #(#code_arms,)*
                _ => match ::vault_runtime::ApiError::status(self) {
                    #(#status_arms,)*
                    other => ::vault_runtime::default_next_step(other),
                },
            }
        }
    }
}
