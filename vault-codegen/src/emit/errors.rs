//! The per-API error enum: one variant per documented failure code (carrying the response
//! fields the page says come with that code), `Common` for the gateway's common codes, and
//! `Undocumented` for anything else; with the API's next-step rules. And the `CommonCode` enum
//! of the common codes page.

use super::docs;
use super::paths::{Loc, module_prefix};
use super::types;
use crate::model::{Api, ApiItem, Code, Field, Model, Status, When};
use crate::names::{COMMON, UNDOCUMENTED, code_variant, field_ident, type_ident};
use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};

/// The enum of the common codes page.
pub const COMMON_ENUM: &str = "CommonCode";

fn status_tokens(status: Status) -> TokenStream {
    let letter = format_ident!("{}", status.letter());
    quote! { ::vault_runtime::ResultStatus::#letter }
}

/// The docs of a code's variant: its row of the table.
fn code_docs(code: &Code) -> String {
    let (message, action) = (docs::escape(&code.message), docs::escape(&code.action));
    format!("`{}` (status `{}`): {message}\n\nFurther action: {action}", code.code, code.status.letter())
}

fn code_info(c: &Code) -> TokenStream {
    let (code, status, message, action) = (&c.code, status_tokens(c.status), &c.message, &c.action);
    quote! { ::vault_runtime::CodeInfo { code: #code, status: #status, message: #message, further_action: #action } }
}

/// A code's variant name.
fn variant_name(code: &str) -> Ident {
    type_ident(&code_variant(code))
}

/// The variants of every error enum besides the page's codes: the catch-all and the common
/// codes'.
fn catch_all_idents() -> (Ident, Ident) {
    (format_ident!("{}", UNDOCUMENTED), format_ident!("{}", COMMON))
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
            let carried =
                api.response.iter().filter(|f| f.returned_with.iter().any(|(c, _)| *c == code.code)).collect();
            Failure { code, variant: variant_name(&code.code), carried }
        })
        .collect()
}

/// The enum, and its `ApiError`, `Display` and `Error` implementations.
pub fn emit(model: &Model, api: &Api, name: &Ident) -> Vec<TokenStream> {
    let failures = failures(api);
    let loc = Loc::of(&api.path_of(ApiItem::Error));
    let common = (!model.common_codes.is_empty()).then(|| {
        let path = module_prefix(&loc, &Loc::ROOT);
        let common = format_ident!("{}", COMMON_ENUM);
        quote! { #path #common }
    });
    let doc = docs::attrs(&docs::paragraphs(
        std::iter::once(format!(
            "A failed `{}` call, from the page's Result/Error codes table: one variant per documented failure code{}, and `{UNDOCUMENTED}` for a code no table lists (the status letter then decides what to do).",
            api.name,
            if common.is_some() { format!(", `{COMMON}` for the gateway's common codes") } else { String::new() }
        ))
        .chain(api.result_logic.iter().map(|p| docs::escape(p))),
    ));
    let variants = failures.iter().map(|f| variant(api, f, &loc));
    let (undocumented, common_name) = catch_all_idents();
    let common_variant = common.as_ref().map(|common| {
        let discriminant = Literal::u32_unsuffixed(crate::names::discriminant(COMMON));
        quote! {
            /// A common gateway code (signature, client, traffic limit, ...) that this page's table does not list.
            #common_name {
                /// Which common code.
                code: #common,
                /// The message the server sent.
                message: ::std::string::String,
            } = #discriminant,
        }
    });
    let definition = quote! {
        #doc
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        #[repr(u32)]
        pub enum #name {
            #(#variants,)*
            #common_variant
            /// A code no table lists, or a listed code with another status letter.
            #undocumented {
                /// The result code.
                code: ::std::string::String,
                /// The status letter, which decides whether to retry.
                status: ::vault_runtime::ResultStatus,
                /// The message the server sent.
                message: ::std::string::String,
            } = 0,
        }
    };
    vec![definition, impls(api, name, &failures, common.as_ref(), &loc)]
}

/// `ApiError`, `Display` and `Error`, from the runtime's `api_error!`: one row per failure code
/// (with the response fields it carries), the common codes' enum, the page's code table, the
/// carried fields' types and the API's next-step rules.
fn impls(api: &Api, name: &Ident, failures: &[Failure<'_>], common: Option<&TokenStream>, loc: &Loc) -> TokenStream {
    let rows = failures.iter().map(|f| {
        let (variant, code, status) = (&f.variant, &f.code.code, status_letter(f.code.status));
        let taken = f.carried.iter().map(|field| field_ident(&field.name));
        if f.carried.is_empty() {
            quote! { #variant = #code #status }
        } else {
            quote! { #variant = #code #status { #(#taken),* } }
        }
    });
    let common = common.map(|common| quote! { common #common, });
    let table = api.codes.iter().map(|c| {
        let (code, status, message, action) = (&c.code, status_letter(c.status), &c.message, &c.action);
        quote! { #code #status #message #action }
    });
    let carried = carried_fields(failures, loc);
    let next_step = next_step(api, failures);
    quote! {
        ::vault_runtime::api_error!(#name { #(#rows),* } #common codes [#(#table),*] #carried #next_step);
    }
}

/// The `ResultStatus` variant of a status, as `api_error!` takes it.
fn status_letter(status: Status) -> Ident {
    format_ident!("{}", status.letter())
}

/// `, carried { .. }`: the response fields some codes carry, each once, as optional fields of
/// a struct that `api_error!` decodes from the body; nothing when no code carries one.
fn carried_fields(failures: &[Failure<'_>], loc: &Loc) -> TokenStream {
    let mut seen = std::collections::BTreeSet::new();
    let fields: Vec<TokenStream> = failures
        .iter()
        .flat_map(|f| f.carried.iter().copied())
        .filter(|f| seen.insert(f.name.clone()))
        .map(|f| {
            let optional = Field { required: false, ..f.clone() };
            let (ident, ty, attrs) =
                (field_ident(&f.name), types::response(&optional, loc), types::carried_serde_attrs(&optional));
            quote! { #attrs #ident: #ty }
        })
        .collect();
    if fields.is_empty() {
        return TokenStream::new();
    }
    quote! { , carried { #(#fields),* } }
}

fn variant(api: &Api, failure: &Failure<'_>, loc: &Loc) -> TokenStream {
    let code = failure.code;
    let step = api
        .next_steps
        .iter()
        .find(|r| r.when == When::Code(code.code.clone()))
        .map(|r| format!("\n\nNext step: `{}` (this API's override).", r.step));
    let doc = docs::attrs(&format!("{}{}", code_docs(code), step.unwrap_or_default()));
    let variant = &failure.variant;
    // Explicit discriminants follow the codes, so that a new code shifts none.
    let discriminant = Literal::u32_unsuffixed(crate::names::discriminant(&code.code));
    let carried = failure.carried.iter().map(|f| {
        let ty = types::response(&Field { required: false, ..(*f).clone() }, loc);
        let summary = f.docs.first().map(|d| docs::escape(d)).unwrap_or_default();
        let (ident, doc) = (field_ident(&f.name), docs::attrs(&format!("`{}` from the answer: {summary}", f.name)));
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

/// `, next_step { Variant => Step, ..; U => Step }` when the API overrides the default: code
/// rules, then status rules.
fn next_step(api: &Api, failures: &[Failure<'_>]) -> TokenStream {
    if api.next_steps.is_empty() {
        return TokenStream::new();
    }
    let step = |name: &str| format_ident!("{}", name);
    let code_rules = api.next_steps.iter().filter_map(|rule| match &rule.when {
        When::Code(code) => failures.iter().find(|f| f.code.code == *code).map(|f| {
            let (variant, step) = (&f.variant, step(&rule.step));
            quote! { #variant => #step }
        }),
        When::Status(_) => None,
    });
    let status_rules = api.next_steps.iter().filter_map(|rule| match &rule.when {
        When::Status(status) => {
            let (status, step) = (status_letter(*status), step(&rule.step));
            Some(quote! { #status => #step })
        }
        When::Code(_) => None,
    });
    quote! { , next_step { #(#code_rules),*; #(#status_rules),* } }
}

/// `CommonCode`: the gateway's common codes (from the common codes page), each with its status
/// and documented row.
pub fn common_enum(model: &Model) -> TokenStream {
    if model.common_codes.is_empty() {
        return TokenStream::new();
    }
    let codes: Vec<&Code> = model.common_codes.iter().filter(|c| c.status != Status::S).collect();
    let variants: Vec<Ident> = codes.iter().map(|c| variant_name(&c.code)).collect();
    let wires: Vec<&str> = codes.iter().map(|c| c.code.as_str()).collect();
    let statuses = codes.iter().map(|c| status_tokens(c.status));
    let discriminants = codes.iter().map(|c| Literal::u32_unsuffixed(crate::names::discriminant(&c.code)));
    let docs = codes.iter().map(|c| docs::attrs(&code_docs(c)));
    let infos = model.common_codes.iter().map(code_info);
    let name = format_ident!("{}", COMMON_ENUM);
    quote! {
        /// The gateway's common result codes, which any API may answer (from the common codes
        /// page). Each API's error enum carries them in its `Common` variant.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        #[repr(u32)]
        pub enum #name {
            #(#docs #variants = #discriminants,)*
        }

        impl #name {
            /// The common codes' rows, in page order.
            pub const CODES: &'static [::vault_runtime::CodeInfo] = &[#(#infos,)*];

            /// The common code of a result code, if it is one.
            pub fn of(code: &str) -> ::std::option::Option<Self> {
                match code {
                    #(#wires => ::std::option::Option::Some(Self::#variants),)*
                    _ => ::std::option::Option::None,
                }
            }

            /// The code on the wire.
            pub fn as_str(self) -> &'static str {
                match self { #(Self::#variants => #wires,)* }
            }

            /// Its status letter.
            pub fn status(self) -> ::vault_runtime::ResultStatus {
                match self { #(Self::#variants => #statuses,)* }
            }

            /// The result that answers with this code (for simulators and tests), with the
            /// documented message.
            pub fn to_result(self) -> ::vault_runtime::ApiResult {
                let message = Self::CODES.iter().find(|c| c.code == self.as_str()).map_or("", |c| c.message);
                ::vault_runtime::ApiResult::new(self.as_str(), self.status(), message)
            }
        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    }
}
