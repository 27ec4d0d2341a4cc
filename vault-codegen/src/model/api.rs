//! What an API page describes: the call (or notification), its endpoint, its fields and its
//! result codes, with the generator's settings for it.

use super::field::{Field, needs_required};
use super::path::{Companion, Direction, Module, TypePath};
use crate::source::Span;

/// The identity of an API: its family (from the endpoint path) and its name.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ApiKey {
    /// The family whose module holds its items (see [`Api::family`]), or `None` for a
    /// notification that neither a family directory nor an endpoint places.
    pub family: Option<String>,
    /// The API name (`cancel`).
    pub name: String,
}

impl ApiKey {
    /// The key of the API named `name` (its Rust name, when the settings give one) in a family.
    pub fn of(family: Option<&str>, name: &str) -> ApiKey {
        ApiKey { family: family.map(str::to_owned), name: name.to_owned() }
    }
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

/// One API page, with the generator's settings for it. Its fields are linked ([`Field`]);
/// while the pages are linked, they are still as lowered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Api<F = Field> {
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
    /// Its family, whose module holds its items: the page directory that the `features`
    /// setting names (`api-docs/aba/` → `aba`), else its endpoint's group (`/v1/payments/pay`
    /// → `payments`); `None` for a notification outside such a directory.
    pub family: Option<String>,
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
    pub request: Vec<F>,
    /// Response fields.
    pub response: Vec<F>,
    /// The result-handling section (Markdown paragraphs).
    pub result_logic: Vec<String>,
    /// The result/error code table.
    pub codes: Vec<Code>,
    /// The request field that makes a call idempotent.
    pub idempotency: Option<Idempotency>,
    /// Exceptions to the default next step, from the generator's configuration.
    pub next_steps: Vec<NextStepRule>,
}

impl<F> Api<F> {
    /// Which way the "request" fields travel: sent for a call, received for a notification.
    pub fn sent_direction(&self) -> Direction {
        match self.kind {
            ApiKind::Call => Direction::Request,
            ApiKind::Notification => Direction::Response,
        }
    }

    /// The family (endpoint group) and name that identify the API.
    pub fn key(&self) -> ApiKey {
        ApiKey::of(self.family.as_deref(), self.rust_name.as_deref().unwrap_or(&self.name))
    }

    /// The module its items are generated in.
    pub fn module(&self) -> Module {
        self.family.clone().map_or(Module::Root, Module::Family)
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

    /// The same API with other field lists (its fields linked).
    pub(crate) fn with_fields<G>(self, request: Vec<G>, response: Vec<G>) -> Api<G> {
        Api {
            name: self.name,
            product: self.product,
            rust_name: self.rust_name,
            feature: self.feature,
            family: self.family,
            kind: self.kind,
            span: self.span,
            summary: self.summary,
            endpoint: self.endpoint,
            docs: self.docs,
            request,
            response,
            result_logic: self.result_logic,
            codes: self.codes,
            idempotency: self.idempotency,
            next_steps: self.next_steps,
        }
    }
}

impl Api {
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

    /// The top-level fields whose values tell one notification event from another, in page
    /// order: `notifyType` and the like (`disputeNotificationType`: which kind of event),
    /// every field the page marks REQUIRED whose name ends in `Id` or `No` (the merchant's
    /// request id and Antom's ids, a bill's number: which object), and every
    /// field whose name ends in `Status` (which state the object reached: a vaulting may be
    /// notified `PROCESSING`, then `SUCCESS`). A resend repeats all of them; two events differ
    /// in one. A page with no required identifier falls back to its optional ones, and a page
    /// with none at all to every top-level field: two events must never share a key, while a
    /// resend that differs in a field outside the identity would only be applied again.
    /// Empty for a call.
    pub fn notification_identity(&self) -> Vec<&str> {
        if self.kind != ApiKind::Notification {
            return Vec::new();
        }
        let fields: Vec<(&str, bool)> = self.request.iter().map(|f| (f.name.as_str(), f.required)).collect();
        identity_of(&fields)
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

/// `POST /v1/group/apiName` (or `GET`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    /// The HTTP method the page gives.
    pub method: Method,
    /// The documented path (`/v1/...`, without the `/ams/api` gateway prefix).
    pub path: String,
    /// The group of the path (`/v1/payments/pay` → `payments`): the API's family.
    pub family: String,
    /// Where the endpoint line is.
    pub span: Span,
    /// The large-message gateways the page routes the API through (empty: the ordinary one).
    pub gateways: Vec<Gateway>,
}

/// The HTTP method of an endpoint. The request travels as a JSON body with either: the vendor's
/// export declares its GET operations with a JSON request body and no query parameters, and the
/// official SDKs sign a GET's method, path and JSON body as they sign a POST's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Method {
    /// `POST`: every API the vendor's reference pages show.
    #[default]
    Post,
    /// `GET`.
    Get,
}

impl Method {
    /// Every method a page may give, as written.
    pub const ALL: [Method; 2] = [Method::Post, Method::Get];

    /// The method as written on a page and on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Post => crate::vocab::METHOD,
            Method::Get => crate::vocab::METHOD_GET,
        }
    }

    /// The method a page's word names (`POST`, `GET`, in upper case as pages write them).
    pub fn from_word(word: &str) -> Option<Method> {
        Method::ALL.into_iter().find(|m| m.as_str() == word)
    }
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

/// [`Api::notification_identity`] over a page's top-level fields (name, REQUIRED).
fn identity_of<'a>(fields: &[(&'a str, bool)]) -> Vec<&'a str> {
    let is_id = crate::vocab::is_id_field;
    let pick = |optional_ids: bool| -> Vec<&'a str> {
        let names = fields.iter().filter(|(name, required)| {
            crate::vocab::is_kind_field(name)
                || ((*required || optional_ids) && is_id(name))
                || name.ends_with(crate::vocab::STATUS_SUFFIX)
        });
        names.map(|(name, _)| *name).collect()
    };
    let required = pick(false);
    if required.iter().any(|name| is_id(name)) {
        return required;
    }
    let any = pick(true);
    if any.iter().any(|name| is_id(name)) {
        return any;
    }
    fields.iter().map(|(name, _)| *name).collect()
}

#[cfg(test)]
mod identity_tests {
    use super::identity_of;

    #[test]
    fn required_ids_then_optional_ids_then_every_field() {
        let capture = [("notifyType", true), ("captureId", true), ("note", false), ("refId", false)];
        assert_eq!(identity_of(&capture), ["notifyType", "captureId"]);
        let refund = [("notifyType", true), ("refundStatus", true), ("refundId", false), ("amount", true)];
        assert_eq!(identity_of(&refund), ["notifyType", "refundStatus", "refundId"]);
        let bare = [("notifyType", true), ("amount", true), ("time", false)];
        assert_eq!(identity_of(&bare), ["notifyType", "amount", "time"]);
        // Kinds named otherwise, numbers as identifiers.
        let dispute = [("disputeId", true), ("disputeNotificationType", true), ("disputeTime", false)];
        assert_eq!(identity_of(&dispute), ["disputeId", "disputeNotificationType"]);
        let bill = [("billNo", true), ("authorizationNotifyType", false), ("billType", true)];
        assert_eq!(identity_of(&bill), ["billNo", "authorizationNotifyType"]);
    }
}
