//! Hand-written support for the generated Antom client. It knows nothing about any particular
//! page; `vault-generated` supplies that.
//!
//! - [`client`]: the HTTP client that signs each request, verifies each answer against the raw
//!   bytes, and retries unknown outcomes of idempotent APIs with the identical body;
//! - [`protocol`]: headers, gateway paths, keys and RSA signatures (aws-lc-rs);
//! - [`webhook`]: verifying and decoding the notifications Antom sends, and [`dedup`]: applying
//!   each once, in memory, SQLite (feature `dedup-sqlite`) or PostgreSQL (`dedup-postgres`);
//! - [`value`] and [`validation`]: the validated value types (text, URLs, regions,
//!   currencies, amounts, secrets, ...) and the errors that name field, rule and limit;
//! - [`result`]: the `result` object, the per-API error trait and what to do next;
//! - `simulate` (feature `simulator`): the response models a simulator answers from.
#![deny(missing_docs)]

mod api_error;
pub mod client;
pub mod dedup;
pub mod literal;
pub mod operation;
pub mod protocol;
mod request_impls;
pub mod result;
#[cfg(feature = "simulator")]
pub mod simulate;
pub mod validation;
pub mod value;
pub mod webhook;
pub mod wire;
mod wire_struct;

pub use client::{Client, ClientConfig, ConfigError, Error, RawBody, RetryPolicy, SignatureFailure, TransportKind};
#[cfg(feature = "dedup-postgres")]
pub use dedup::PostgresDeduplicator;
#[cfg(feature = "dedup-sqlite")]
pub use dedup::SqliteDeduplicator;
pub use dedup::{DedupError, Deduplicator, NotificationKey, Outcome};
pub use operation::{Operation, OperationInfo, OperationVisitor};
pub use protocol::keys::{AntomPublicKey, KeyError, MerchantKey};
pub use protocol::route::Gateway;
pub use result::{ApiError, ApiResult, CodeInfo, NextStep, ResultStatus, default_next_step, display_api_error};
pub use validation::{FieldError, FromDraft, ValidationErrors, Validator, Violation, required};
pub use value::decimal::Decimal;
pub use value::digits::Digits;
pub use value::fixed::{Fixed, FixedValue};
pub use value::int::Int;
pub use value::list::List;
pub use value::money::{Currency, minor_units};
pub use value::region::Region;
pub use value::secret::Secret;
pub use value::text::Text;
pub use value::url::HttpUrl;
pub use webhook::{ACKNOWLEDGEMENT, Notification, Webhook, WebhookError, WebhookHeaders};

/// The HTTP client crate, for [`ClientConfig::with_http_client`] (the same version the runtime
/// uses).
pub use reqwest;
/// The SQLite driver whose transaction [`SqliteDeduplicator::apply_once`] hands to the work.
#[cfg(feature = "dedup-sqlite")]
pub use rusqlite;
/// The PostgreSQL driver whose transaction [`PostgresDeduplicator::apply_once`] hands to the
/// work.
#[cfg(feature = "dedup-postgres")]
pub use tokio_postgres;

/// A date and time with its UTC offset, as the pages' `Datetime` fields carry it.
pub type DateTime = chrono::DateTime<chrono::FixedOffset>;

/// Crates the generated code names, re-exported so that it compiles in any crate that depends
/// on the runtime.
#[doc(hidden)]
pub mod __private {
    pub use serde;
    pub use serde_json;
}
