//! The linked model: every page's API with its fields and result codes, the object types and
//! enums placed where they are generated, and the generator's settings applied. Built by
//! linking the lowered pages; checked, then turned into Rust.

mod api;
mod field;
mod object;
mod path;
mod ty;

pub use api::{
    Api, ApiItem, ApiKey, ApiKind, Code, Endpoint, Gateway, Idempotency, Method, NextStepRule, Status, When,
};
pub use field::{Field, needs_required, rust_field_name};
pub use object::{EnumType, Object, ObjectKey, Scope};
pub use path::{Companion, Direction, Module, RESPONSE_MODULE, SHARED_MODULE, TypePath};
pub use ty::{EnumRef, EnumValue, Linked, MapValue, ObjectRef, Range, Refs, Ty};

use std::collections::BTreeMap;

/// Everything generated in one run.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Model {
    /// The APIs, sorted by family, then name.
    pub apis: Vec<Api>,
    /// Object types: one per name and direction where every page that uses the name agrees,
    /// else one per API (see [`Scope`]).
    pub objects: BTreeMap<ObjectKey, Object>,
    /// Enums of fields with a closed list of values, by their Rust path.
    pub enums: BTreeMap<TypePath, EnumType>,
    /// The gateway's common result codes (the common codes page), which any API may answer.
    pub common_codes: Vec<Code>,
    /// The Cargo feature under which request types implement `Deserialize` (the generator's
    /// `deserialize_requests` setting); `None`: always.
    pub deserialize_requests: Option<String>,
    /// Whether the request constructor macros are emitted (the generator's `constructors`
    /// setting).
    pub constructors: bool,
}

impl Model {
    /// Every list of sibling fields with the direction it travels in: each API's request and
    /// response, then each object type.
    pub fn field_lists(&self) -> impl Iterator<Item = (Direction, &[Field])> {
        let apis = self.apis.iter().flat_map(|api| {
            [(api.sent_direction(), api.request.as_slice()), (Direction::Response, api.response.as_slice())]
        });
        apis.chain(self.objects.iter().map(|(key, object)| (key.direction, object.fields.as_slice())))
    }
}
