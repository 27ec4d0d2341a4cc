//! Where generated items live: the modules of the expansion, the path of each type, and which
//! way a type's values travel.

/// Which way values of a type travel, which decides how strictly they are typed: what we send
/// cannot hold an invalid value, what we receive tolerates what the provider adds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Direction {
    /// Sent by the merchant: validated types, closed enums.
    Request,
    /// Received by the merchant: plain types, open enums, unknown fields ignored.
    Response,
}

/// The module a generated item lives in.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Module {
    /// The root of the expansion: types shared by every family, the client.
    Root,
    /// The module of an API family, named after the group of its endpoints
    /// (`/v1/payments/pay` → `payments`).
    Family(String),
}

/// The name of the submodule that holds received object types and enums (of the root and of
/// each family module).
pub const RESPONSE_MODULE: &str = "response";

impl Module {
    /// The modules from the root of the expansion to this one, or to its `response` submodule:
    /// `[]` (the root), `["payments"]`, `["payments", "response"]`.
    pub fn segments(&self, response: bool) -> Vec<&str> {
        let mut segments = Vec::new();
        if let Module::Family(family) = self {
            segments.push(family.as_str());
        }
        if response {
            segments.push(RESPONSE_MODULE);
        }
        segments
    }
}

/// Where a generated type is, relative to the root of the expansion.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TypePath {
    /// Its module.
    pub module: Module,
    /// Whether it is in that module's `response` submodule (received object types and enums).
    pub response: bool,
    /// The type name.
    pub name: String,
}

impl TypePath {
    /// Its path from the root of the expansion, joined by `separator`: `payments::response::Env`
    /// with `::`.
    pub fn joined(&self, separator: &str) -> String {
        let mut segments = self.module.segments(self.response);
        segments.push(&self.name);
        segments.join(separator)
    }

    /// The helper type generated beside a request-side type (`PayEnvDraft` beside `PayEnv`).
    pub fn companion(&self, companion: Companion) -> TypePath {
        TypePath { name: format!("{}{}", self.name, companion.suffix()), ..self.clone() }
    }
}

/// The helper types generated beside a request-side type: `{Type}Required` (the fields the
/// compiler insists on), `{Type}Draft` (plain values, checked later).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Companion {
    /// `{Type}Required`.
    Required,
    /// `{Type}Draft`.
    Draft,
}

impl Companion {
    /// What its name adds to the type's.
    pub fn suffix(self) -> &'static str {
        match self {
            Companion::Required => "Required",
            Companion::Draft => "Draft",
        }
    }
}
