//! Reads Antom API reference pages written in the vendor's Markdown layout and generates typed
//! Rust for them.
//!
//! The pipeline: [`load`] pages → [`parse`] (Markdown to [`ast`]) → [`lower`] (ast to [`model`])
//! → [`validate`] (rules across pages) → [`emit`] (model to a `proc_macro2::TokenStream`). Every
//! phase reports into one [`diag::Diagnostics`] sink and goes on after a problem, so one run
//! shows every problem in every page; code is emitted only when nothing was reported.
//!
//! This crate never touches `proc_macro`, so all of it is testable with plain `cargo test`; the
//! `vault-macros` crate is a thin shim over [`generate`].

pub mod ast;
pub mod config;
pub mod diag;
pub mod lower;
pub mod model;
pub mod parse;
pub mod source;
pub mod validate;
pub mod vocab;
