//! The items of one API: request (with its required-fields struct and draft), response, error
//! enum, and the `Operation` implementation that the client uses.

use super::paths::Loc;
use super::{docs, errors, input, output};
use crate::model::{Api, ApiItem, ApiKind, Method, Model};
use crate::names::type_ident;
use proc_macro2::{Ident, TokenStream};
use quote::quote;

/// The type names of an API.
pub struct ApiNames {
    /// `CreateVaultingSessionRequest`.
    pub request: Ident,
    /// `CreateVaultingSessionResponse`.
    pub response: Ident,
    /// `CreateVaultingSessionError`.
    pub error: Ident,
}

/// The type names of an API.
pub fn names(api: &Api) -> ApiNames {
    let ident = |item| type_ident(&api.path_of(item).name);
    ApiNames { request: ident(ApiItem::Request), response: ident(ApiItem::Response), error: ident(ApiItem::Error) }
}

/// The documented path of a call.
pub fn path(api: &Api) -> &str {
    api.endpoint.as_ref().map_or("", |e| e.path.as_str())
}

/// `POST /v1/...` (or `GET`), as the page writes the endpoint.
pub fn endpoint_line(api: &Api) -> String {
    let method = api.endpoint.as_ref().map_or(Method::Post, |e| e.method);
    format!("{} {}", method.as_str(), path(api))
}

/// Every item of one API, one Rust item each.
pub fn emit(model: &Model, api: &Api) -> Vec<TokenStream> {
    if api.kind == ApiKind::Notification {
        return notification(api);
    }
    let names = names(api);
    let loc = Loc { module: api.module(), response: false };
    let request = input::emit(&input::Input {
        name: names.request.clone(),
        required: type_ident(&api.path_of(ApiItem::Required).name),
        draft: type_ident(&api.path_of(ApiItem::Draft).name),
        fields: &api.request,
        docs: request_docs(api),
        loc: loc.clone(),
        deserialize: model.deserialize_requests.as_deref(),
    });
    let response_docs = docs::paragraphs([format!(
        "The answer to a successful `{}` call (result status `S`). Fields the page does not list are ignored, so that additions by the provider do not break decoding; failures come back as [`{}`].",
        api.name, names.error
    )]);
    let response =
        output::emit(&output::Output { name: names.response.clone(), fields: &api.response, docs: response_docs, loc });
    let mut items = request;
    items.extend(response);
    items.extend(errors::emit(model, api, &names.error));
    items.push(operation(api, &names));
    items
}

fn request_docs(api: &Api) -> String {
    let mut parts: Vec<String> = api.summary.iter().map(|s| docs::escape(s)).collect();
    parts.push(format!("Endpoint: `{}`.", endpoint_line(api)));
    let gateways = api.endpoint.iter().flat_map(|e| &e.gateways);
    let listed: Vec<String> = gateways.map(|g| format!("{} `{}`", docs::escape(&g.region), g.origin)).collect();
    if !listed.is_empty() {
        parts.push(format!(
            "Sent through a large-message gateway: {} (on Antom's hosts, the one of the configured region; elsewhere the base URL, or `ClientConfig::large_message_base_url`).",
            listed.join(", ")
        ));
    }
    parts.extend(api.docs.iter().map(|d| docs::escape(d)));
    if let Some(idem) = &api.idempotency {
        // The page's note already says that the field is the idempotency field.
        parts.push(format!("**Idempotency** (`{}`): {}", idem.field, docs::escape(&idem.note)));
    }
    docs::paragraphs(parts)
}

fn operation(api: &Api, names: &ApiNames) -> TokenStream {
    let ApiNames { request, response, error } = names;
    let (name, path) = (&api.name, path(api));
    let field = api.idempotency.as_ref().and_then(|i| api.request.iter().find(|f| f.name == i.field));
    let (idempotency_field, key) = match field {
        Some(f) => {
            let (wire, ident) = (&f.name, crate::names::field_ident(&f.name));
            let key = if f.required {
                quote! { ::std::option::Option::Some(::std::convert::AsRef::<str>::as_ref(&self.#ident)) }
            } else {
                quote! { self.#ident.as_ref().map(::std::convert::AsRef::<str>::as_ref) }
            };
            (quote! { ::std::option::Option::Some(#wire) }, key)
        }
        None => (quote! { ::std::option::Option::None }, quote! { ::std::option::Option::None }),
    };
    // Only pages with a gateway table say anything: the trait's default is the ordinary gateway.
    let gateways = api.endpoint.iter().flat_map(|e| &e.gateways).map(|g| {
        let (region, origin) = (&g.region, &g.origin);
        quote! { ::vault_runtime::Gateway { region: #region, origin: #origin } }
    });
    let gateways: Vec<TokenStream> = gateways.collect();
    let gateways = (!gateways.is_empty()).then(|| {
        quote! { const LARGE_MESSAGE_GATEWAYS: &'static [::vault_runtime::Gateway] = &[#(#gateways),*]; }
    });
    // Likewise the method: the trait's default is `POST`, what almost every page says.
    let method = match api.endpoint.as_ref().map(|e| e.method) {
        Some(Method::Get) => {
            Some(quote! { const METHOD: ::vault_runtime::protocol::Method = ::vault_runtime::protocol::Method::Get; })
        }
        Some(Method::Post) | None => None,
    };
    quote! {
        impl ::vault_runtime::Operation for #request {
            const NAME: &'static str = #name;
            #method
            const PATH: &'static str = #path;
            const IDEMPOTENCY_FIELD: ::std::option::Option<&'static str> = #idempotency_field;
            #gateways
            type Response = #response;
            type Error = #error;

            fn idempotency_key(&self) -> ::std::option::Option<&str> {
                #key
            }
        }
    }
}

/// A notification: the received message type and its `Notification` implementation.
fn notification(api: &Api) -> Vec<TokenStream> {
    let name = type_ident(&api.path_of(ApiItem::Notification).name);
    let wire_name = &api.name;
    let mut parts: Vec<String> = api.summary.iter().map(|s| docs::escape(s)).collect();
    parts.push(format!(
        "The `{}` notification Antom sends to your notification URL. Receive it with `vault_runtime::Webhook::receive_keyed`, which verifies its signature first; answer with `vault_runtime::ACKNOWLEDGEMENT`. Antom may send it again until acknowledged, so apply it once with `vault_runtime::Deduplicator` or its database forms.",
        api.name
    ));
    let identity = api.notification_identity();
    parts.push(identity_doc(&identity));
    parts.extend(api.docs.iter().map(|d| docs::escape(d)));
    parts.extend(api.result_logic.iter().map(|d| docs::escape(d)));
    let message = output::emit(&output::Output {
        name: name.clone(),
        fields: &api.request,
        docs: docs::paragraphs(parts),
        loc: Loc { module: api.module(), response: false },
    });
    let notification = quote! {
        impl ::vault_runtime::Notification for #name {
            const NAME: &'static str = #wire_name;
            const IDENTITY: &'static [&'static str] = &[#(#identity),*];
        }
    };
    let mut items = Vec::from(message);
    items.push(notification);
    items
}

/// The sentence that says how a notification's key is chosen: which fields, and why.
fn identity_doc(identity: &[&str]) -> String {
    let fields: Vec<String> = identity.iter().map(|name| format!("`{name}`")).collect();
    let listed = match fields.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => "no field".to_owned(),
    };
    let why = if identity.iter().any(|name| crate::vocab::is_id_field(name)) {
        "the kind of event, the identifiers the page names and the status reached"
    } else {
        "the page names no identifier, so every top-level field"
    };
    format!(
        "Its key (`vault_runtime::NotificationKey`, the deduplicators' record) is the page's name and the values of {listed} (`IDENTITY`: {why}): a resend repeats them, another event differs in one."
    )
}
