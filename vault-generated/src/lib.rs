//! The typed client for Antom's card-vaulting APIs, generated when this crate is compiled from
//! the reference pages in `api-docs/` at the workspace root.
//!
//! Per API page (`createVaultingSession`, ...) there is a request type that cannot hold an
//! invalid value (`CreateVaultingSessionRequest`, built from a `CreateVaultingSessionRequired`
//! or checked from a `CreateVaultingSessionDraft`), a response type and an error enum with one
//! variant per documented result code. Literals are checked when the code is compiled with
//! [`text!`], [`url!`] and [`region!`].
//!
//! To update the API, replace or add a page in `api-docs/` and build: everything regenerates.
#![deny(missing_docs)]

pub use vault_runtime::{
    ApiError, ApiResult, CodeInfo, DateTime, FieldError, Fixed, FromDraft, HttpUrl, NextStep,
    Operation, Region, ResultStatus, Secret, Text, ValidationErrors, Violation, fixed, region,
    text, url,
};

vault_macros::generate! {
    pages = "../../api-docs",
    sensitive = ["vaultingSessionData"],
}
