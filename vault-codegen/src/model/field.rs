//! One field of a request, response or object type, as linked.

use super::ty::Ty;
use crate::source::Span;

/// One field of a request, response or object type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// The wire name (camelCase).
    pub name: String,
    /// Its heading.
    pub span: Span,
    /// The type token in its heading.
    pub type_span: Span,
    /// Whether the page marks it REQUIRED.
    pub required: bool,
    /// Its type and constraints, with the generated type it holds.
    pub ty: Ty,
    /// Description paragraphs and notes (Markdown).
    pub docs: Vec<String>,
    /// Example values from "Some possible values are ...".
    pub examples: Vec<String>,
    /// Notes from "More information" worth repeating (idempotency, date format).
    pub notes: Vec<String>,
    /// Whether its value is a secret (redacted in `Debug`), by the generator's configuration.
    pub sensitive: bool,
    /// Result codes of the API's table whose answer carries this response field ("returned
    /// when _result.resultCode_ is `VERIFICATION_IN_PROCESS`"), with where each is named.
    pub returned_with: Vec<(String, Span)>,
    /// Whether the value is boxed: the field's object type contains its owner again (a goods
    /// item that lists goods), which would otherwise be a type of infinite size.
    pub boxed: bool,
}

/// Whether a request-side type has a `Required` struct: some required field must be given
/// (fixed fields give themselves).
pub fn needs_required(fields: &[Field]) -> bool {
    fields.iter().any(|f| f.required && !matches!(f.ty, Ty::Fixed(_)))
}

impl Field {
    /// The name of its generated struct field (`vaultingRequestId` → `vaulting_request_id`,
    /// a keyword raw: `r#type`), for tools that write code against the generated types.
    pub fn rust_name(&self) -> String {
        rust_field_name(&self.name)
    }
}

/// The generated struct field of a wire name (`vaultingRequestId` → `vaulting_request_id`).
pub fn rust_field_name(name: &str) -> String {
    crate::names::field_ident(name).to_string()
}
