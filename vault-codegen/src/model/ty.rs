//! The type of a field, with the constraints that belong to it, at either stage: as lowered
//! from one page (object types by name) and as linked (every object type and enum placed).

use super::path::TypePath;
use std::fmt::Debug;

/// How a [`Ty`] refers to the types generated for it: by what the page says (lowering), or
/// by where the linker placed them ([`Linked`]).
pub trait Refs {
    /// What an object-typed field holds.
    type Object: Debug + Clone + PartialEq + Eq;
    /// What a field with a closed list of values holds.
    type Enum: Debug + Clone + PartialEq + Eq;
}

/// Types of the linked model: object types and enums with the path of their generated type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Linked {}

impl Refs for Linked {
    type Object = ObjectRef;
    type Enum = EnumRef;
}

/// An object type a field holds: its name on the page and where its type was generated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObjectRef {
    /// The type name on the page (`PaymentMethodDetail`).
    pub name: String,
    /// Its generated type: shared, or the one of the API's description (`PayEnv`).
    pub path: TypePath,
}

/// The closed list of values of a field and the enum generated for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnumRef {
    /// The values as this field lists them, with their meanings.
    pub values: Vec<EnumValue>,
    /// Its generated enum, which every field of the name with the same set of values shares.
    pub path: TypePath,
}

/// The type of a field, with the constraints that belong to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ty<R: Refs = Linked> {
    /// A string, with its maximum length in characters.
    Text {
        /// Maximum length in characters.
        max: Option<usize>,
    },
    /// An absolute http(s) URL.
    Url {
        /// Maximum length in characters.
        max: Option<usize>,
    },
    /// An ISO 3166-1 alpha-2 country or region code.
    Region,
    /// An ISO 4217 currency code.
    Currency,
    /// A decimal number (a rate, a price), sent as a string, never as floating point.
    Decimal {
        /// The "Value range", when the page gives one.
        range: Option<Range>,
    },
    /// A whole number written as a string of digits ("Value range" on a `String` field:
    /// amounts in minor units, counts, screen sizes).
    NumericText {
        /// The value range.
        range: Range,
        /// Maximum length in characters, when the page gives one.
        max: Option<usize>,
    },
    /// A string that can hold one value only.
    Fixed(String),
    /// A closed list of values ("Valid values are:").
    Enum(R::Enum),
    /// `true` or `false`.
    Bool,
    /// A whole number.
    Integer {
        /// The "Value range", when the page gives one.
        range: Option<Range>,
    },
    /// A date and time with offset (ISO 8601).
    Datetime {
        /// A maximum length in characters, which some pages give; an ISO 8601 date and time
        /// with offset as sent is 25 characters.
        max: Option<usize>,
    },
    /// An object with free keys ("key-value pairs"): `Map<String, String>` or
    /// `Map<String, Object>`.
    Map {
        /// What each value is.
        value: MapValue,
    },
    /// An object type.
    Object(R::Object),
    /// A list.
    Array {
        /// The element type.
        item: Box<Ty<R>>,
        /// "Maximum size" in elements.
        max_items: Option<usize>,
    },
    /// The `Result` object every response carries.
    ApiResult,
}

impl<R: Refs> Ty<R> {
    /// The type of a list's elements; any other type itself.
    pub fn element(&self) -> &Ty<R> {
        match self {
            Ty::Array { item, .. } => item.element(),
            other => other,
        }
    }

    /// Whether received messages hold it as a plain string: every text-like type, whose checks
    /// belong to requests only (what the provider sends is never rejected for them).
    pub fn received_as_text(&self) -> bool {
        // No wildcard: a new type must be placed on one side.
        match self {
            Ty::Text { .. }
            | Ty::Url { .. }
            | Ty::Region
            | Ty::Currency
            | Ty::Decimal { .. }
            | Ty::Fixed(_)
            | Ty::NumericText { .. } => true,
            Ty::Enum(_)
            | Ty::Bool
            | Ty::Integer { .. }
            | Ty::Datetime { .. }
            | Ty::Map { .. }
            | Ty::Object(_)
            | Ty::Array { .. }
            | Ty::ApiResult => false,
        }
    }
}

impl Ty {
    /// The generated object type or enum it holds, directly or as list elements.
    pub fn target(&self) -> Option<&TypePath> {
        match self.element() {
            Ty::Object(object) => Some(&object.path),
            Ty::Enum(values) => Some(&values.path),
            _ => None,
        }
    }
}

/// Inclusive bounds of a "Value range"; the upper one may be open (`1 - unlimited`,
/// `[0, +∞)`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Range {
    /// The lowest value.
    pub min: i64,
    /// The highest value, `None` when unlimited.
    pub max: Option<i64>,
}

/// The values of a [`Ty::Map`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MapValue {
    /// Strings.
    Text,
    /// Any JSON value.
    Json,
}

/// One value of a closed list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnumValue {
    /// The value on the wire.
    pub value: String,
    /// What it means (Markdown).
    pub meaning: String,
}

impl EnumValue {
    /// The name of its variant in a request (closed) enum (`MINI_APP` → `MiniApp`), for tools
    /// that write code against the generated types.
    pub fn request_variant(&self) -> String {
        crate::names::value_variant(&self.value, false)
    }
}
