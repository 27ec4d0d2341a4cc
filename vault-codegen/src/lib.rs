//! Reads Antom API reference pages written in the vendor's Markdown layout and generates typed
//! Rust for them.
//!
//! The stages, each reading the previous one's output and returning its own: [`load_paths`]
//! reads the pages ([`source`]); `parse` reads each page's Markdown into its syntax; `lower`
//! gives each page its meaning, with types still named as the page names them; `link` merges
//! the pages into one [`model::Model`], applies the generator's settings ([`Config`]) and places
//! every type; `check` reads the model for names that would collide; `emit` turns it into a
//! `proc_macro2::TokenStream`. Every stage reports into one [`diag::Diagnostics`] sink and goes
//! on after a problem, so one run shows every problem in every page; code is emitted only when
//! nothing was reported.
//!
//! This crate never touches `proc_macro`, so all of it is testable with plain `cargo test`; the
//! `vault-macros` crate is a thin shim over [`generate`].
#![deny(missing_docs)]

pub mod config;
pub mod diag;
pub mod invocation;
pub mod model;
pub mod source;

mod ast;
mod check;
mod emit;
mod link;
mod load;
mod lower;
mod names;
mod parse;
mod vocab;

use diag::{Diagnostic, Diagnostics};
use model::Model;
use source::Sources;
use std::collections::BTreeSet;

pub use config::Config;
pub use load::{load_dir, load_paths};

/// Reads, links and checks every page into one model; every problem of every page is returned
/// at once, in page order.
pub fn model(sources: &Sources, config: &Config) -> Result<Model, Vec<Diagnostic>> {
    let mut sink = Diagnostics::new();
    let pages: Vec<_> = sources
        .iter()
        .filter_map(|(id, file)| {
            let page = parse::parse_page(id, file, &mut sink).ok()?;
            lower::lower(&page, &file.path, &mut sink).ok()
        })
        .collect();
    let model = link::link(pages, config, &mut sink);
    check::check(&model, &mut sink);
    sink.finish(model)
}

/// The generated code for the pages, or every problem found in them.
pub fn generate(sources: &Sources, config: &Config) -> Result<proc_macro2::TokenStream, Vec<Diagnostic>> {
    model(sources, config).map(|model| emit(&model))
}

/// Every item generated for a model that [`model()`] returned.
pub fn emit(model: &Model) -> proc_macro2::TokenStream {
    emit::emit(model)
}

/// The items of one API (its request, response, error and operation, or its notification), as
/// they appear inside its module; `wanted` is the API's name in Rust (its page's, or the
/// `rename` a second page of an endpoint takes), or `family/name` when two families have it. `None` when no API, or more than one, answers to `wanted`.
pub fn emit_api(model: &Model, wanted: &str) -> Option<proc_macro2::TokenStream> {
    emit::emit_api(model, wanted)
}

/// The name of the constructor macro `generate!` emits for an API's request
/// (`create_vaulting_session_request`), when it emits one: the API is a call and the
/// `constructors` setting is on.
pub fn constructor_macro(model: &Model, api: &model::Api) -> Option<String> {
    let call = api.kind == model::ApiKind::Call;
    (model.constructors && call).then(|| emit::constructors::macro_name(model, api))
}

/// Every path of a generated type that users can write: `payments::Amount`,
/// `payments::response::Amount`, `payments::pay::Order` (the naming rule is in the crate docs).
pub fn public_paths(model: &Model) -> BTreeSet<String> {
    emit::public_paths(model)
}
