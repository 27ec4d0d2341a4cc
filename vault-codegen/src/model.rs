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
    /// The APIs, sorted by name.
    pub apis: Vec<Api>,
    /// Object types, each generated once per direction.
    pub objects: BTreeMap<(Direction, String), Object>,
}

impl Model {
    /// Every list of sibling fields with the direction it travels in: each API's request and
    /// response, then each object type.
    pub fn field_lists(&self) -> impl Iterator<Item = (Direction, &[Field])> {
        let apis = self.apis.iter().flat_map(|api| {
            [(api.sent_direction(), api.request.as_slice()), (Direction::Response, api.response.as_slice())]
        });
        apis.chain(self.objects.iter().map(|((direction, _), object)| (*direction, object.fields.as_slice())))
    }
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
    /// Where the endpoint line is.
    pub span: Span,
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
    /// A string that can hold one value only.
    Fixed(String),
    /// A closed list of values ("Valid values are:").
    Enum(Vec<EnumValue>),
    /// `true` or `false`.
    Bool,
    /// A whole number.
    Integer {
        /// Inclusive bounds from "Value range".
        range: Option<(i64, i64)>,
    },
    /// A date and time with offset (ISO 8601).
    Datetime,
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
