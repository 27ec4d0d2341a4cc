//! Reads Antom API reference pages written in the vendor's Markdown layout and generates typed
//! Rust for them.
//!
//! The pipeline: [`load`] pages → [`parse`] (Markdown to [`ast`]) → [`lower`] (ast to [`model`](mod@model))
//! → [`validate`] (rules across pages) → [`emit`] (model to a `proc_macro2::TokenStream`). Every
//! phase reports into one [`diag::Diagnostics`] sink and goes on after a problem, so one run
//! shows every problem in every page; code is emitted only when nothing was reported.
//!
//! This crate never touches `proc_macro`, so all of it is testable with plain `cargo test`; the
//! `vault-macros` crate is a thin shim over [`generate`].
#![deny(missing_docs)]

pub mod ast;
pub mod config;
pub mod diag;
pub mod emit;
pub mod invocation;
pub mod load;
pub mod lower;
pub mod model;
pub mod names;
pub mod parse;
pub mod source;
pub mod validate;
pub mod vocab;

use diag::{Diagnostic, Diagnostics};
use model::Model;
use source::Sources;

pub use config::Config;
pub use load::{load_dir, load_paths};

/// Parses, lowers and validates every page into one model; every problem of every page is
/// returned at once, in page order.
pub fn model(sources: &Sources, config: &Config) -> Result<Model, Vec<Diagnostic>> {
    let mut sink = Diagnostics::new();
    let pages: Vec<_> = sources.iter().filter_map(|(id, file)| parse::parse_page(id, file, &mut sink)).collect();
    let mut renamed = vec![false; config.renames.len()];
    let mut featured = vec![false; config.features.len()];
    let lowered: Vec<_> = pages
        .iter()
        .filter_map(|page| {
            let file = sources.get(page.file)?;
            let mut model = lower::lower(page, config, &mut sink)?;
            model.bundle = file.path.parent().map(std::path::Path::to_path_buf).unwrap_or_default();
            let name = file.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            if let (Some(api), Some(index)) = (&mut model.api, config.renames.iter().position(|r| r.page == name)) {
                api.rust_name = Some(config.renames[index].name.clone());
                renamed[index] = true;
            }
            if let (Some(api), Some(index)) = (&mut model.api, feature_of(config, &file.path)) {
                api.feature = Some(config.features[index].name.clone());
                featured[index] = true;
            }
            Some(model)
        })
        .collect();
    let unmatched = |i: &usize, matched: &[bool]| !matched[*i] && !config.ignore_unmatched;
    for (index, rename) in config.renames.iter().enumerate().filter(|(i, _)| unmatched(i, &renamed)) {
        sink.error(
            source::Span::none(),
            format!("rename names the page `{}`, which is not an API page of the pages", rename.page),
        )
        .help("give the file name of a page, e.g. `pay_tokenized.md`")
        .origin(diag::Origin::Rename(index));
    }
    for (index, feature) in config.features.iter().enumerate().filter(|(i, _)| unmatched(i, &featured)) {
        sink.error(
            source::Span::none(),
            format!("features names the directory `{}`, which holds no API page", feature.dir),
        )
        .help("give a directory of the pages, relative to them, e.g. `payments`")
        .origin(diag::Origin::Feature(index));
    }
    let model = validate::validate(lowered, config, &mut sink);
    if sink.is_empty() { Ok(model) } else { Err(sink.into_vec()) }
}

/// The entry of `features` whose directory holds the page (directly or in a subdirectory).
fn feature_of(config: &Config, page: &std::path::Path) -> Option<usize> {
    let dirs: Vec<&std::path::Path> = page.ancestors().skip(1).collect();
    config.features.iter().position(|f| dirs.iter().any(|d| d.ends_with(&f.dir)))
}

/// The generated code for the pages, or every problem found in them.
pub fn generate(sources: &Sources, config: &Config) -> Result<proc_macro2::TokenStream, Vec<Diagnostic>> {
    model(sources, config).map(|model| emit::emit(&model))
}
