//! What lowering gives for one page: its API (or the object types of an objects page, or the
//! common codes), with every type named as the page names it. Which description of a name a
//! field means, where each type is generated and what the settings say is left to the linker.

use crate::model::{ApiKind, Code, Direction, Endpoint, EnumValue, Idempotency, Refs};
use crate::source::Span;
use std::path::PathBuf;

/// Types as one page states them: an object type by its name, a closed list by its values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Named {}

impl Refs for Named {
    type Object = String;
    type Enum = Vec<EnumValue>;
}

/// The type of a lowered field.
pub type Ty = crate::model::Ty<Named>;

impl Ty {
    /// The name of the object type it holds, directly or as list elements.
    pub fn object_name(&self) -> Option<&str> {
        match self.element() {
            Ty::Object(name) => Some(name),
            _ => None,
        }
    }

    /// The closed list of values it holds, directly or as list elements.
    pub fn enum_values(&self) -> Option<&[EnumValue]> {
        match self.element() {
            Ty::Enum(values) => Some(values),
            _ => None,
        }
    }
}

/// One lowered page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// Where the page was read from: its directory scopes its objects page, its file name
    /// is what the `rename` setting names.
    pub path: PathBuf,
    /// What the page describes.
    pub kind: PageKind,
}

/// What a page describes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PageKind {
    /// An API, and the object types its fields define, in page order (a name may come twice).
    Api { api: Box<Api>, objects: Vec<Object> },
    /// Object types for the API pages of its directory (and of others), for either direction.
    Objects(Vec<Object>),
    /// The gateway's common result codes.
    CommonCodes(Vec<Code>),
}

/// An API page as it states itself: a [`crate::model::Api`] before linking, without the
/// settings (Rust name, feature, next steps) and with its fields as lowered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Api {
    pub name: String,
    pub product: Option<String>,
    pub kind: ApiKind,
    pub span: Span,
    pub summary: Option<String>,
    /// A page whose endpoint line is broken (reported) gets a family of its own, so that its
    /// types are still checked.
    pub endpoint: Option<Endpoint>,
    pub docs: Vec<String>,
    pub request: Vec<Field>,
    pub response: Vec<Field>,
    pub result_logic: Vec<String>,
    pub codes: Vec<Code>,
    pub idempotency: Option<Idempotency>,
}

/// A field as the page states it: a [`crate::model::Field`] before linking, with its object
/// type by name and its "returned when" codes as written (a status letter stands for every
/// code of that status; the linker checks and expands them), neither a secret nor boxed yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub name: String,
    pub span: Span,
    pub type_span: Span,
    pub required: bool,
    pub ty: Ty,
    pub docs: Vec<String>,
    pub examples: Vec<String>,
    pub notes: Vec<String>,
    pub returned_with: Vec<(String, Span)>,
}

/// An object type a page describes: by the fields under an object-typed field, or under a
/// heading of the objects page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Object {
    pub name: String,
    /// Which way it travels; `None` on the objects page, which serves either direction.
    pub direction: Option<Direction>,
    pub fields: Vec<Field>,
    /// The heading of the field (or of the objects page's section) that defines it.
    pub span: Span,
    /// The description of that field or section (Markdown).
    pub docs: Vec<String>,
}
