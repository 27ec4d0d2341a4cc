//! The client type: one accessor per family, whose `Calls` has one async method per API, and
//! the list of operations.

use super::docs;
use super::gates::Gate;
use super::paths::{Loc, segment_ident, type_path};
use crate::model::{Api, ApiItem, ApiKind, Model, Status};
use crate::names::field_ident;
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::BTreeMap;

/// `pub struct Client` with one accessor per family, and `pub const OPERATIONS`.
pub fn emit(model: &Model) -> TokenStream {
    let calls = || model.apis.iter().filter(|api| api.kind == ApiKind::Call);
    let mut families: BTreeMap<&str, Gate> = BTreeMap::new();
    for api in calls() {
        let Some(family) = api.family.as_deref() else { continue };
        match families.get_mut(family) {
            Some(gate) => {
                gate.widen(&Gate::of(api));
            }
            None => {
                families.insert(family, Gate::of(api));
            }
        }
    }
    let accessors = families.iter().map(|(family, gate)| {
        let (ident, gate) = (segment_ident(family), gate.attr());
        let doc = format!(" The APIs of the `{family}` family: `client.{family}().<api>(&request)`.");
        quote! {
            #[doc = #doc]
            #gate
            pub fn #ident(&self) -> #ident::Calls<'_> {
                #ident::Calls(&self.0)
            }
        }
    });
    let infos = calls().map(|api| {
        let request = type_path(&Loc::ROOT, &api.path_of(ApiItem::Request));
        let gate = Gate::of(api).attr();
        quote! { #gate <#request as ::vault_runtime::Operation>::INFO }
    });
    let visits = calls().map(|api| {
        let request = type_path(&Loc::ROOT, &api.path_of(ApiItem::Request));
        let gate = Gate::of(api).attr();
        quote! { #gate visitor.visit::<#request>(); }
    });
    quote! {
        /// A client for every API in the pages: one accessor per family (`client.payments()`),
        /// whose methods are its APIs. Clones share one connection pool. Signs each request,
        /// verifies each response, and retries unknown outcomes of idempotent APIs with the
        /// identical body.
        #[derive(Debug, Clone)]
        pub struct Client(::vault_runtime::Client);

        impl Client {
            /// Builds a client (and its connection pool) from a configuration.
            pub fn new(config: ::vault_runtime::ClientConfig) -> ::std::result::Result<Self, ::vault_runtime::ConfigError> {
                ::vault_runtime::Client::new(config).map(Self)
            }

            /// The runtime client underneath.
            pub fn runtime(&self) -> &::vault_runtime::Client {
                &self.0
            }

            /// The same client with another retry policy, e.g. `RetryPolicy::disabled()` for one call.
            pub fn with_retry(&self, retry: ::vault_runtime::RetryPolicy) -> Self {
                Self(self.0.with_retry(retry))
            }

            /// The same client with another timeout per attempt.
            pub fn with_timeout(&self, timeout: ::std::time::Duration) -> Self {
                Self(self.0.with_timeout(timeout))
            }

            #(#accessors)*
        }

        /// Every API of the pages: name, documented path and idempotency field.
        pub const OPERATIONS: &[::vault_runtime::OperationInfo] = &[#(#infos,)*];

        /// Calls `visitor` with the request type of every API in [`OPERATIONS`], in its order.
        pub fn for_each_operation(visitor: &mut impl ::vault_runtime::OperationVisitor) {
            #(#visits)*
        }
    }
}

/// Per family, `Calls`: the client borrowed for that family's APIs, one method each, named
/// after the API (`client.payments().cancel(..)`, `client.subscriptions().cancel(..)`). A
/// method's name depends only on its own family's pages.
pub fn family_calls(model: &Model) -> Vec<(String, Gate, TokenStream)> {
    let mut by_family: BTreeMap<&str, Vec<&Api>> = BTreeMap::new();
    for api in model.apis.iter().filter(|api| api.kind == ApiKind::Call) {
        if let Some(family) = api.family.as_deref() {
            by_family.entry(family).or_default().push(api);
        }
    }
    by_family
        .into_iter()
        .map(|(family, apis)| {
            let mut gate = Gate::of(apis[0]);
            for api in &apis {
                gate.widen(&Gate::of(api));
            }
            let methods = apis.iter().map(|api| method(api, &gate));
            let doc = format!(" The `{family}` family's APIs, from `Client::{family}()`.");
            let tokens = quote! {
                #[doc = #doc]
                #[derive(Debug, Clone, Copy)]
                pub struct Calls<'a>(pub(crate) &'a ::vault_runtime::Client);

                impl Calls<'_> {
                    #(#methods)*
                }
            };
            (family.to_owned(), gate, tokens)
        })
        .collect()
}

/// The method of a call, named after the API, in its family's `Calls` (gated where the API's
/// feature differs from its family's).
fn method(api: &Api, family: &Gate) -> TokenStream {
    let loc = Loc { module: api.module(), response: false };
    let path = |item| type_path(&loc, &api.path_of(item));
    let (request, response, error) = (path(ApiItem::Request), path(ApiItem::Response), path(ApiItem::Error));
    let ident = field_ident(&api.key().name);
    let error_path = api.path_of(ApiItem::Error);
    let doc = docs::attrs(&method_docs(api, &format!("[`{0}`]({0})", error_path.name)));
    let gate = Gate::of(api);
    let gate = if gate == *family { TokenStream::new() } else { gate.attr() };
    quote! {
        #doc
        #gate
        pub async fn #ident(&self, request: &#request) -> ::std::result::Result<#response, ::vault_runtime::Error<#error>> {
            self.0.call(request).await
        }
    }
}

fn method_docs(api: &Api, error: &str) -> String {
    let mut parts = vec![format!("Calls `{}`: `{}`.", api.name, super::api::endpoint_line(api))];
    parts.extend(api.summary.iter().map(|s| docs::escape(s)));
    parts.push(match &api.idempotency {
        Some(i) => format!(
            "**Idempotency:** `{}`. An unknown outcome (status `U`, a transport failure, HTTP 5xx) is retried with the identical body and id, as the client's `RetryPolicy` allows; a failure (`F`) never is.",
            i.field
        ),
        None => "**Not idempotent:** the page marks no idempotency field, so the call is never retried.".to_owned(),
    });
    // A success can carry another code than `SUCCESS` (createTransfer's `PROCESSING`: created,
    // not finished): the caller has to read `result.resultCode` to know, so the docs say so.
    let other_successes: Vec<String> = api
        .codes
        .iter()
        .filter(|c| c.status == Status::S && c.code != crate::vocab::SUCCESS_CODE)
        .map(|c| format!("- `{}`: {} {}", c.code, docs::escape(&c.message), docs::escape(&c.action)))
        .collect();
    if !other_successes.is_empty() {
        parts.push(format!(
            "A success (`Ok`) is not always finished: besides `SUCCESS`, the page lists these success codes, found in the response's `result.result_code`:\n\n{}",
            other_successes.join("\n")
        ));
    }
    let codes: Vec<String> = api
        .codes
        .iter()
        .filter(|c| c.status != Status::S)
        .map(|c| format!("- `{}` ({}): {}", c.code, c.status.letter(), docs::escape(&c.message)))
        .collect();
    let documented = if codes.is_empty() {
        format!("`vault_runtime::Error::Api` with a {error}: the page lists no failure codes of its own.")
    } else {
        format!("`vault_runtime::Error::Api` with a {error} for the page's codes:\n\n{}", codes.join("\n"))
    };
    parts.push(format!(
        "# Errors\n\n{documented}\n\nThe gateway's common codes arrive as its `Common` variant; the other variants of `vault_runtime::Error` report invalid input, transport, HTTP status, signature and decoding failures."
    ));
    docs::paragraphs(parts)
}
