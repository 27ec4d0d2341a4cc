//! Meaning of the pages: APIs, fields with their types and constraints, object types and result
//! codes. Built by [`lower`](crate::lower), checked across pages by
//! [`validate`](crate::validate), turned into Rust by [`emit`](crate::emit).

use crate::source::Span;
use std::collections::BTreeMap;

/// Which way values of a type travel, which decides how strictly they are typed: what we send
/// cannot hold an invalid value, what we receive tolerates what the provider adds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Direction {
    /// Sent by the merchant: validated types, closed enums.
    Request,
    /// Received by the merchant: plain types, open enums, unknown fields ignored.
    Response,
}

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
    /// The Cargo feature under which request types derive `Deserialize` (the generator's
    /// `deserialize_requests` setting); `None`: always.
    pub deserialize_requests: Option<String>,
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

    /// Every list of sibling fields with its owner: the Rust path of the type that holds it.
    pub fn owned_field_lists(&self) -> impl Iterator<Item = (Direction, TypePath, &[Field])> {
        let apis = self.apis.iter().flat_map(|api| {
            let (request, response) = (api.path_of(ApiItem::Request), api.path_of(ApiItem::Response));
            [
                (api.sent_direction(), request, api.request.as_slice()),
                (Direction::Response, response, api.response.as_slice()),
            ]
        });
        apis.chain(
            self.objects.iter().map(|(key, object)| (key.direction, object.path.clone(), object.fields.as_slice())),
        )
    }
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

/// Which APIs an object type serves. Every API that describes a type name the same way shares
/// one type; when pages disagree, each description is its own type.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scope {
    /// Every API that uses the name: they all describe it the same way. Named `N`, at the root.
    Shared,
    /// The APIs of one family that describe it one way, when no API of another description is
    /// in that family. Named `N`, in the family module.
    Family(String),
    /// The APIs that describe it one way, named after the first of them (`PayEnv`), in its
    /// family module.
    Api(ApiKey),
}

/// The key of an object type in [`Model::objects`].
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ObjectKey {
    /// Which way it travels.
    pub direction: Direction,
    /// Which APIs it serves.
    pub scope: Scope,
    /// The type name on the pages.
    pub name: String,
}

/// The identity of an API: its family (from the endpoint path) and its name.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ApiKey {
    /// The endpoint group (`payments`), or `None` for a notification without an endpoint.
    pub family: Option<String>,
    /// The API name (`cancel`).
    pub name: String,
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
}

/// The items generated for an API.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiItem {
    /// `{Api}Request`.
    Request,
    /// `{Api}Required`.
    Required,
    /// `{Api}Draft`.
    Draft,
    /// `{Api}Response`.
    Response,
    /// `{Api}Error`.
    Error,
    /// `{Name}Notification` for a notification page.
    Notification,
}

/// What an API page describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiKind {
    /// A call the merchant makes: request sent, response received.
    Call,
    /// A notification Antom sends to the merchant (`notify...`): its "request" is received, its
    /// "response" is the merchant's fixed acknowledgement.
    Notification,
}

/// One API page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Api {
    /// The API name, lowerCamelCase (`createVaultingSession`).
    pub name: String,
    /// The product the page is written for, when its title names one after the API name
    /// (`# consult (One-time Payments)`).
    pub product: Option<String>,
    /// The name its Rust items take instead of [`Api::name`], from the generator's `rename`
    /// setting (a second page for one endpoint).
    pub rust_name: Option<String>,
    /// The Cargo feature its items need, from the generator's `features` setting.
    pub feature: Option<String>,
    /// A call or a notification.
    pub kind: ApiKind,
    /// The page title.
    pub span: Span,
    /// The one-line summary.
    pub summary: Option<String>,
    /// Where it is called (always present for calls; notifications go to the merchant's URL).
    pub endpoint: Option<Endpoint>,
    /// Description paragraphs and notes (Markdown).
    pub docs: Vec<String>,
    /// Request fields.
    pub request: Vec<Field>,
    /// Response fields.
    pub response: Vec<Field>,
    /// The result-handling section (Markdown paragraphs).
    pub result_logic: Vec<String>,
    /// The result/error code table.
    pub codes: Vec<Code>,
    /// The request field that makes a call idempotent.
    pub idempotency: Option<Idempotency>,
    /// Exceptions to the default next step, from the generator's configuration.
    pub next_steps: Vec<NextStepRule>,
}

impl Api {
    /// Which way the "request" fields travel: sent for a call, received for a notification.
    pub fn sent_direction(&self) -> Direction {
        match self.kind {
            ApiKind::Call => Direction::Request,
            ApiKind::Notification => Direction::Response,
        }
    }

    /// The family (endpoint group) and name that identify the API.
    pub fn key(&self) -> ApiKey {
        let name = self.rust_name.clone().unwrap_or_else(|| self.name.clone());
        ApiKey { family: self.endpoint.as_ref().map(|e| e.family.clone()), name }
    }

    /// The module its items are generated in.
    pub fn module(&self) -> Module {
        self.endpoint.as_ref().map_or(Module::Root, |e| Module::Family(e.family.clone()))
    }

    /// The Rust name prefix of its items: `createVaultingSession` → `CreateVaultingSession`;
    /// a notification drops its `notify` (`notifyVaulting` → `Vaulting`).
    pub fn rust_base(&self) -> String {
        let name = self.rust_name.as_deref().unwrap_or(&self.name);
        let name = match self.kind {
            ApiKind::Call => name,
            ApiKind::Notification => name.strip_prefix(crate::vocab::NOTIFY_PREFIX).unwrap_or(name),
        };
        crate::names::pascal(name)
    }

    /// Where one of its items is generated.
    pub fn path_of(&self, item: ApiItem) -> TypePath {
        let suffix = match item {
            ApiItem::Request => "Request",
            ApiItem::Required => Companion::Required.suffix(),
            ApiItem::Draft => Companion::Draft.suffix(),
            ApiItem::Response => "Response",
            ApiItem::Error => "Error",
            ApiItem::Notification => "Notification",
        };
        TypePath { module: self.module(), response: false, name: format!("{}{suffix}", self.rust_base()) }
    }

    /// The items it generates.
    pub fn items(&self) -> Vec<ApiItem> {
        match self.kind {
            ApiKind::Call if needs_required(&self.request) => {
                vec![ApiItem::Request, ApiItem::Required, ApiItem::Draft, ApiItem::Response, ApiItem::Error]
            }
            ApiKind::Call => vec![ApiItem::Request, ApiItem::Draft, ApiItem::Response, ApiItem::Error],
            ApiKind::Notification => vec![ApiItem::Notification],
        }
    }
}

/// Whether a request-side type has a `Required` struct: some required field must be given
/// (fixed fields give themselves).
pub fn needs_required(fields: &[Field]) -> bool {
    fields.iter().any(|f| f.required && !matches!(f.ty, Ty::Fixed(_)))
}

/// An exception to the default next step of an API's errors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NextStepRule {
    /// Which errors: all with a status, or one code.
    pub when: When,
    /// The runtime `NextStep` variant.
    pub step: String,
}

/// Which errors a [`NextStepRule`] applies to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum When {
    /// Every error with this status letter that no code rule covers.
    Status(Status),
    /// This result code.
    Code(String),
}

/// `POST /v1/group/apiName`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    /// The documented path (`/v1/...`, without the `/ams/api` gateway prefix).
    pub path: String,
    /// The group of the path (`/v1/payments/pay` → `payments`): the API's family.
    pub family: String,
    /// Where the endpoint line is.
    pub span: Span,
    /// The large-message gateways the page routes the API through (empty: the ordinary one).
    pub gateways: Vec<Gateway>,
}

/// A large-message gateway of one region.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gateway {
    /// The country or region (`US`).
    pub region: String,
    /// Scheme and host (`https://open-big-na.alipay.com`).
    pub origin: String,
}

/// The idempotency field of an API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Idempotency {
    /// Its wire name.
    pub field: String,
    /// What the page says about it.
    pub note: String,
}

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
    /// Its type and constraints.
    pub ty: Ty,
    /// Description paragraphs and notes (Markdown).
    pub docs: Vec<String>,
    /// Example values from "Some possible values are ...".
    pub examples: Vec<String>,
    /// Notes from "More information" worth repeating (idempotency, date format).
    pub notes: Vec<String>,
    /// Whether its value is a secret (redacted in `Debug`), by the generator's configuration.
    pub sensitive: bool,
    /// Result codes whose answer carries this response field ("returned when
    /// _result.resultCode_ is `VERIFICATION_IN_PROCESS`"), with where each is named.
    pub returned_with: Vec<(String, Span)>,
    /// The generated object type or enum the field holds (directly or as list elements), once
    /// [`validate`](crate::validate) has placed every type.
    pub target: Option<TypePath>,
    /// Whether the value is boxed: the field's object type contains its owner again (a goods
    /// item that lists goods), which would otherwise be a type of infinite size.
    pub boxed: bool,
}

/// The type of a field, with the constraints that belong to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ty {
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
    Enum(Vec<EnumValue>),
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
    /// An object type, by name.
    Object(String),
    /// A list.
    Array {
        /// The element type.
        item: Box<Ty>,
        /// "Maximum size" in elements.
        max_items: Option<usize>,
    },
    /// The `Result` object every response carries.
    ApiResult,
}

impl Ty {
    /// The type of a list's elements; any other type itself.
    pub fn element(&self) -> &Ty {
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

/// An object type: a named group of fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Object {
    /// The type name on the page (`PaymentMethodDetail`).
    pub name: String,
    /// Where it is generated and under which Rust name (`PaymentMethodDetail`, or
    /// `PayEnv` for a type scoped to one API); set by [`validate`](crate::validate).
    pub path: TypePath,
    /// The APIs whose pages describe it this way (set by [`validate`](crate::validate)).
    pub users: Vec<ApiKey>,
    /// Which way it travels; `None` for a type from the objects page, which serves either
    /// direction.
    pub direction: Option<Direction>,
    /// Its fields.
    pub fields: Vec<Field>,
    /// The heading of the field that defines it.
    pub span: Span,
    /// The description of the field that defines it (Markdown).
    pub docs: Vec<String>,
}

/// A result status letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// Success.
    S,
    /// Failure: do not retry the same request.
    F,
    /// Unknown: retry with the same idempotency id.
    U,
}

impl Status {
    /// The status of a letter (`S`, `F`, `U`).
    pub fn from_letter(letter: &str) -> Option<Status> {
        match letter {
            "S" => Some(Status::S),
            "F" => Some(Status::F),
            "U" => Some(Status::U),
            _ => None,
        }
    }

    /// The letter.
    pub fn letter(self) -> &'static str {
        match self {
            Status::S => "S",
            Status::F => "F",
            Status::U => "U",
        }
    }
}

/// One row of the result/error code table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Code {
    /// The result code (`PARAM_ILLEGAL`).
    pub code: String,
    /// Its status letter.
    pub status: Status,
    /// The documented message.
    pub message: String,
    /// What to do about it.
    pub action: String,
    /// Its row.
    pub span: Span,
}
