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

/// The module a generated item lives in (the naming rule: `link::placement`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Module {
    /// The root of the expansion: the client, the list of operations, the common codes, and
    /// the items of pages that no family places.
    Root,
    /// The module of an API family: the page directory (`payments`), which is also its Cargo
    /// feature.
    Family(String),
    /// The types that one API of a family sees differently from the family's other APIs:
    /// `payments::pay`, named after that API (`None`: an API of the root).
    Api {
        /// The family module it is in.
        family: Option<String>,
        /// The API's name, snake-cased.
        api: String,
    },
    /// The hidden module of the types that several families share: defined once, re-exported
    /// by each family that uses them. `Some`: a submodule for one more description of a name
    /// that another shared description already takes (named after its first API).
    Shared(Option<String>),
}

/// The name of the submodule that holds received object types and enums (of the root and of
/// each family module).
pub const RESPONSE_MODULE: &str = "response";

/// The name of the hidden module of the types several families share.
pub const SHARED_MODULE: &str = "__shared";

impl Module {
    /// The modules from the root of the expansion to this one, or to its `response` submodule:
    /// `[]` (the root), `["payments"]`, `["payments", "response"]`, `["payments", "pay"]`.
    pub fn segments(&self, response: bool) -> Vec<&str> {
        let mut segments = Vec::new();
        match self {
            Module::Root => {}
            Module::Family(family) => segments.push(family.as_str()),
            Module::Api { family, api } => {
                segments.extend(family.as_deref());
                segments.push(api.as_str());
            }
            Module::Shared(sub) => {
                segments.push(SHARED_MODULE);
                segments.extend(sub.as_deref());
            }
        }
        if response {
            segments.push(RESPONSE_MODULE);
        }
        segments
    }

    /// The family a module belongs to (`None`: the root, or the shared module).
    pub fn family(&self) -> Option<&str> {
        match self {
            Module::Family(family) => Some(family),
            Module::Api { family, .. } => family.as_deref(),
            Module::Root | Module::Shared(_) => None,
        }
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
