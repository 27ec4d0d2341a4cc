//! The client type: one async method per API, and the list of operations.

use super::docs;
use super::gates::Gate;
use super::paths::{Loc, type_path};
use crate::model::{Api, ApiItem, ApiKind, Model, Status};
use crate::names::field_ident;
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::BTreeMap;

/// `pub struct Client` with its methods, and `pub const OPERATIONS`.
pub fn emit(model: &Model) -> TokenStream {
    let calls = || model.apis.iter().filter(|api| api.kind == ApiKind::Call);
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    let keys: Vec<String> = calls().map(|api| api.key().name).collect();
    for name in &keys {
        *count.entry(name.as_str()).or_default() += 1;
    }
    let methods = calls().map(|api| method(api, count.get(api.key().name.as_str()).is_some_and(|n| *n > 1)));
    let infos = calls().map(|api| {
        let request = type_path(&Loc::ROOT, &api.path_of(ApiItem::Request));
        let gate = Gate::of(api).attr();
        quote! { #gate <#request as ::vault_runtime::Operation>::INFO }
    });
    quote! {
        /// A client for every API in the pages: one async method per API. Clones share one
        /// connection pool. Signs each request, verifies each response, and retries unknown
        /// outcomes of idempotent APIs with the identical body.
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

            #(#methods)*
        }

        /// Every API of the pages: name, documented path and idempotency field.
        pub const OPERATIONS: &[::vault_runtime::OperationInfo] = &[#(#infos,)*];
    }
}

/// The method of a call: named after the API, or after its family and the API when another
/// family has an API of the same name (`payments_cancel`, `subscriptions_cancel`).
fn method(api: &Api, shared_name: bool) -> TokenStream {
    let path = |item| type_path(&Loc::ROOT, &api.path_of(item));
    let (request, response, error) = (path(ApiItem::Request), path(ApiItem::Response), path(ApiItem::Error));
    let name = match (&api.endpoint, shared_name) {
        (Some(endpoint), true) => format!("{}_{}", endpoint.family, api.key().name),
        _ => api.key().name,
    };
    let ident = field_ident(&name);
    let error_path = api.path_of(ApiItem::Error);
    let link = type_path(&Loc::ROOT, &error_path).to_string().replace(' ', "");
    let doc = docs::attrs(&method_docs(api, &format!("[`{}`]({link})", error_path.name)));
    let gate = Gate::of(api).attr();
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
