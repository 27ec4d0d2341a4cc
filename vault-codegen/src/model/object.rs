//! Object types: where each description of a type name goes, and the enums of closed lists.

use super::api::ApiKey;
use super::field::Field;
use super::path::{Direction, TypePath};
use super::ty::EnumValue;
use crate::source::Span;

/// Which APIs an object type serves. Every API that describes a type name the same way shares
/// one type; when pages disagree, each description is its own type.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scope {
    /// Every API that uses the name describes it the same way.
    Shared,
    /// The APIs that describe it one way, when pages describe the name in several ways:
    /// named after the first of them (where it is generated: `link::placement`).
    Api(ApiKey),
}

/// The key of an object type in [`Model::objects`](super::Model::objects).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ObjectKey {
    /// Which way it travels.
    pub direction: Direction,
    /// Which APIs it serves.
    pub scope: Scope,
    /// The type name on the pages.
    pub name: String,
}

/// An object type: a named group of fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Object {
    /// The type name on the page (`PaymentMethodDetail`).
    pub name: String,
    /// Where it is generated and under which Rust name (`PaymentMethodDetail`, or
    /// `PayEnv` for a type scoped to one API).
    pub path: TypePath,
    /// The family paths that re-export it (a type several families share, defined once).
    pub also: Vec<TypePath>,
    /// The APIs whose pages describe it this way, in key order.
    pub users: Vec<ApiKey>,
    /// Which way it travels (a type of the objects page serves either direction, and becomes
    /// one type per direction).
    pub direction: Direction,
    /// Its fields.
    pub fields: Vec<Field>,
    /// The heading of the field that defines it.
    pub span: Span,
    /// The description of the field that defines it (Markdown).
    pub docs: Vec<String>,
}

/// An enum generated for fields with a closed list of values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnumType {
    /// Which way its values travel (closed when sent, open when received).
    pub direction: Direction,
    /// The wire name of the first field that has it, for its docs.
    pub field: String,
    /// The values, in the order of the first field's list.
    pub values: Vec<EnumValue>,
    /// The heading of the first field that has it.
    pub span: Span,
    /// The family paths that re-export it (an enum several families share, defined once).
    pub also: Vec<TypePath>,
}
