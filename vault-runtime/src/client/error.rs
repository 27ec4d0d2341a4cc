//! The error of a call: what went wrong, and what to do next.

use crate::result::{ApiError, NextStep};
use crate::validation::ValidationErrors;
use bytes::Bytes;
use std::fmt;

/// A response body kept for diagnosis. `Debug` shows its length only, because a body can
/// carry secrets (session data, card tokens); read it with [`RawBody::text`].
#[derive(Clone, PartialEq, Eq)]
pub struct RawBody(pub Bytes);

impl RawBody {
    /// The body as text (lossy for invalid UTF-8).
    pub fn text(&self) -> std::borrow::Cow<'_, str> {
        String::from_utf8_lossy(&self.0)
    }

    /// The body bytes.
    pub fn bytes(&self) -> &[u8] {
        &self.0
    }
}

impl fmt::Debug for RawBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RawBody({} bytes)", self.0.len())
    }
}

/// What kind of transport failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransportKind {
    /// The connection could not be made.
    Connect,
    /// No complete answer within the timeout.
    Timeout,
    /// The connection broke while the request or the answer was under way.
    Interrupted,
}

impl fmt::Display for TransportKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TransportKind::Connect => "could not connect",
            TransportKind::Timeout => "timed out",
            TransportKind::Interrupted => "connection interrupted",
        })
    }
}

/// Why a response's signature was not accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignatureFailure {
    /// A success (`S`) response without a `signature` header: success is never taken unsigned.
    #[error("a success response has no signature")]
    Missing,
    /// A `signature` header without the `response-time` it signs.
    #[error("the response has a signature but no response-time header")]
    MissingResponseTime,
    /// The response names another client id than ours.
    #[error("the response is for client id `{0}`, not ours")]
    ClientIdMismatch(String),
    /// The signature is present but does not verify.
    #[error(transparent)]
    Invalid(#[from] crate::protocol::signature::VerifyError),
}

/// The error of an API call. Every variant says what to do next ([`Error::next_step`]);
/// server-side failures keep the raw body for diagnosis.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error<E> {
    /// The request breaks the page's constraints; nothing was sent.
    #[error("invalid request, nothing was sent: {0}")]
    InvalidRequest(ValidationErrors),
    /// The request may or may not have reached Antom.
    #[error("transport failure: {kind} ({message}) after {attempts} attempt(s)")]
    Transport {
        /// What happened.
        kind: TransportKind,
        /// The underlying error, for logs.
        message: String,
        /// How many attempts were made.
        attempts: u32,
    },
    /// An HTTP status other than 200.
    #[error("unexpected HTTP status {status}")]
    HttpStatus {
        /// The status code.
        status: u16,
        /// The body.
        body: RawBody,
    },
    /// The response's signature was missing where required, or wrong.
    #[error("response signature not accepted: {reason}")]
    Signature {
        /// Why.
        reason: SignatureFailure,
        /// The body, which must not be trusted.
        body: RawBody,
    },
    /// The body is not the JSON the page describes.
    #[error("undecodable response body: {message}")]
    Decode {
        /// What did not decode.
        message: String,
        /// The body.
        body: RawBody,
    },
    /// The API must go through a large-message gateway and none is known for the configured
    /// base URL; nothing was sent.
    #[error("cannot route the call, nothing was sent: {0}")]
    NoGateway(crate::protocol::route::NoGateway),
    /// The API answered with a failure (`F` or `U`) from its result code table.
    #[error("{error}{}", if *verified { "" } else { " (unsigned response: not verified)" })]
    Api {
        /// The API's error. Boxed because a page's failure can carry many answer fields
        /// (`pay`'s `PAYMENT_IN_PROCESS` holds its redirect URLs): unboxed, `Error<PayError>`
        /// was 200 bytes, and every caller's `Result<_, Error<_>>` tripped
        /// `clippy::result_large_err` (128 bytes). Boxed, every `Error<E>` is the same size.
        error: Box<E>,
        /// Whether the response carried a valid signature; unsigned `F`/`U` responses are
        /// accepted but reported as not verified.
        verified: bool,
        /// How many attempts were made.
        attempts: u32,
    },
}

impl<E: ApiError> Error<E> {
    /// What the caller should do next.
    pub fn next_step(&self) -> NextStep {
        match self {
            Error::InvalidRequest(_) => NextStep::FixRequest,
            Error::Transport { .. } => NextStep::RetrySameRequest,
            Error::HttpStatus { status, .. } if retryable_status(*status) => NextStep::RetrySameRequest,
            Error::HttpStatus { .. } | Error::Signature { .. } | Error::Decode { .. } | Error::NoGateway(_) => {
                NextStep::DoNotRetry
            }
            Error::Api { error, .. } => error.next_step(),
        }
    }

    /// The API error, when the API answered with one.
    pub fn api_error(&self) -> Option<&E> {
        match self {
            Error::Api { error, .. } => Some(&**error),
            _ => None,
        }
    }

    /// The raw body of a bad response, when there is one.
    pub fn raw_body(&self) -> Option<&RawBody> {
        match self {
            Error::HttpStatus { body, .. } | Error::Signature { body, .. } | Error::Decode { body, .. } => Some(body),
            _ => None,
        }
    }
}

/// Statuses that say "try again later" rather than "this request is wrong".
pub(crate) fn retryable_status(status: u16) -> bool {
    matches!(status, 408 | 429 | 500..=599)
}

impl<E> From<ValidationErrors> for Error<E> {
    fn from(errors: ValidationErrors) -> Self {
        Error::InvalidRequest(errors)
    }
}
