//! `generate!`: reads the Antom API reference pages of a directory and expands to their typed
//! request, response and error types. A thin shim over `vault-codegen`: it parses its own
//! arguments, finds the pages, turns every page problem into a `compile_error!` that names the
//! page's `file:line:column`, and makes the build track the pages.
#![deny(missing_docs)]

mod construct;
mod paths;

use proc_macro::TokenStream;
use quote::{quote, quote_spanned};

/// Generates the typed API for the pages in a directory.
///
/// ```ignore
/// vault_macros::generate! {
///     pages = "../../api-docs",
///     sensitive = ["vaultingSessionData", "cardNo"],
/// }
/// ```
///
/// - `pages`: the directory of `*.md` pages, relative to the file that invokes the macro (like
///   `include_str!`), or a list of directories and single `.md` pages (`["../docs",
///   "../extra/page.md"]`). Every page is read; adding or editing one regenerates on the next
///   build.
/// - `sensitive` (optional): wire names of fields whose values must never be printed; they are
///   wrapped in `vault_runtime::Secret`. A name that matches no field is an error.
/// - `next_steps` (optional): where an API's page prescribes another next step than the
///   protocol's default (`U` → resend the same request): `{ apiName: { U: RetryWithNewRequestId,
///   SOME_CODE: RedirectBuyer } }`. A code rule wins over a status rule; the client retries only
///   errors whose next step is `RetrySameRequest`.
/// - `rename` (optional): Rust names for the API of a page, by its file name, when the vendor
///   publishes several pages for one endpoint (`pay` for One-time and for Tokenized Payments):
///   `{ "pay_tokenized.md": payTokenized }` gives `PayTokenizedRequest`, `pay_tokenized()`; the
///   wire name and endpoint stay the page's.
/// - `features` (optional): Cargo features of the invoking crate by page directory,
///   `{ "vaulting": "vaulting", "payments": "payments" }`. The items of the APIs whose pages are
///   in a listed directory (or below it), and the types only they use, compile only with that
///   feature; a type several families use compiles with any of theirs. A directory that holds
///   no API page is an error.
/// - `deserialize_requests` (optional): a Cargo feature of the invoking crate under which
///   request types also implement `Deserialize` (`"simulator"`); without the setting they always
///   do. Only a simulator reads requests, and implementing it is a large part of the build, so an
///   SDK leaves it out. Drafts always deserialise: they are how an application reads a request.
/// - `constructors` (optional, `false` unless given): `constructors = true` also emits a macro
///   per request type, `create_vaulting_session_request! { field: value, .. }`, whose literals
///   `cargo check` checks against the pages' limits, also inside nested objects written as
///   their fields (`order: { reference_order_id: "R-1", .. }`) and lists written as their
///   elements (`goods: [{ .. }]`), which a hidden macro per request-side object type
///   (`__object_order!`) builds. The macros are exported at the crate root and expect the
///   invocation there, so a crate turns them on in one invocation at most (the crate that
///   publishes the client).
///
/// # Names
///
/// - A family is a page directory that `features` lists (a page elsewhere takes its endpoint's
///   group, `/v1/payments/pay` → `payments`); its module has its name, and so does its Cargo
///   feature. Its APIs' items are `family::{Api}Request`, `{Api}Required`, `{Api}Draft`,
///   `{Api}Response`, `{Api}Error` (`payments::PayRequest`), a notification's
///   `family::{Name}Notification` (`notifyPayment` → `payments::PaymentNotification`).
/// - Object types and enums keep the page's name in every family that uses them:
///   `payments::Amount`, `aba::Amount`; received ones live in the family's `response` module
///   (`payments::response::Amount`). Where two APIs of one family describe a name differently,
///   the description most of its APIs share is `family::Name` and each other one
///   `family::<api>::Name` (`payments::capture::Amount`), named after its first API.
/// - A type several families describe identically is defined once, in a hidden module compiled
///   with any of their features, and re-exported by each of them. Nothing is re-exported at the
///   root: the root holds `Client`, `OPERATIONS` and `CommonCode`.
/// - `Client` has one accessor per family whose methods are its APIs:
///   `client.payments().cancel(&request)`, `client.subscriptions().cancel(&request)`.
///
/// So a family's paths depend only on its own pages: adding a page to one family never renames
/// anything in another.
///
/// Every problem in every page is reported at once, each as a compile error quoting the page
/// line; nothing is generated while any problem remains.
#[proc_macro]
pub fn generate(input: TokenStream) -> TokenStream {
    let args = match syn::parse::<vault_codegen::invocation::Args>(input) {
        Ok(args) => args,
        Err(error) => return error.to_compile_error().into(),
    };
    expand(&args).into()
}

fn expand(args: &vault_codegen::invocation::Args) -> proc_macro2::TokenStream {
    let span = args.pages.first().map_or_else(proc_macro2::Span::call_site, |first| first.span());
    let entries: Vec<_> = args.pages.iter().map(|page| paths::resolve(&page.value())).collect();
    let root = entries.first().map(|first| paths::display_root(first)).unwrap_or_default();
    let sources = match vault_codegen::load_paths(&entries, &root) {
        Ok(sources) => sources,
        Err(message) => return quote_spanned! { span => ::std::compile_error!(#message); },
    };
    let config = args.config();
    let generated = vault_codegen::generate(&sources, &config);
    let tracking = paths::tracking(&sources);
    match generated {
        Ok(tokens) => quote! { #tracking #tokens },
        Err(diagnostics) => {
            // A problem in a page points at the pages literal (a span cannot point into a `.md`
            // file); a problem in the macro's own arguments points at that argument.
            let errors = diagnostics.iter().map(|d| {
                let message = vault_codegen::diag::render(&sources, d);
                let span = d.origin.and_then(|origin| args.span_of(origin)).unwrap_or(span);
                quote_spanned! { span => ::std::compile_error!(#message); }
            });
            quote! { #tracking #(#errors)* }
        }
    }
}

/// The body of the constructor macros `generate!` writes for each request type
/// (`create_vaulting_session_request! { .. }`) and request-side object type: not meant to be
/// called directly.
#[doc(hidden)]
#[proc_macro]
pub fn __construct(input: TokenStream) -> TokenStream {
    construct::expand(input).into()
}
