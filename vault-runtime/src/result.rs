//! The `result` object every response carries, result status letters, the documented code
//! table and the trait that per-API error enums implement.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The result status letter of a response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ResultStatus {
    /// Success.
    S,
    /// Failure: the same request will fail again.
    F,
    /// Unknown: the outcome is not known; retry with the same idempotency id, or query.
    U,
}

impl ResultStatus {
    /// The letter.
    pub fn as_str(self) -> &'static str {
        match self {
            ResultStatus::S => "S",
            ResultStatus::F => "F",
            ResultStatus::U => "U",
        }
    }
}

impl fmt::Display for ResultStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The `result` object of every response: how the call went.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiResult {
    /// The code that names the outcome (`SUCCESS`, `PARAM_ILLEGAL`, ...).
    #[serde(rename = "resultCode")]
    pub result_code: String,
    /// Whether the call succeeded.
    #[serde(rename = "resultStatus")]
    pub result_status: ResultStatus,
    /// A human-readable explanation of the code (empty when the answer has none: some pages
    /// mark it optional).
    #[serde(rename = "resultMessage", default)]
    pub result_message: String,
}

/// An empty result (no code, status `U`), for the `Default` of the received types that hold
/// one; an answer always carries its own.
impl Default for ApiResult {
    fn default() -> Self {
        ApiResult::new("", ResultStatus::U, "")
    }
}

impl ApiResult {
    /// A result with the given parts.
    pub fn new(code: impl Into<String>, status: ResultStatus, message: impl Into<String>) -> Self {
        ApiResult { result_code: code.into(), result_status: status, result_message: message.into() }
    }
}

impl fmt::Display for ApiResult {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}): {}", self.result_code, self.result_status, self.result_message)
    }
}

/// One row of an API's documented result/error code table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CodeInfo {
    /// The result code.
    pub code: &'static str,
    /// Its status letter.
    pub status: ResultStatus,
    /// The documented message.
    pub message: &'static str,
    /// The documented further action.
    pub further_action: &'static str,
}

/// What the caller should do after an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextStep {
    /// Send the identical request again (same idempotency id): the outcome is not known.
    RetrySameRequest,
    /// Send the request again with a new idempotency id: the old one is used up.
    RetryWithNewRequestId,
    /// Correct the request: it breaks the page's constraints.
    FixRequest,
    /// Send the buyer to one of the URLs the answer carries (e.g. to finish 3-D Secure
    /// verification); the outcome arrives later by notification or inquiry.
    RedirectBuyer,
    /// Do not send the same request again: it will fail the same way.
    DoNotRetry,
}

/// Implemented by every generated per-API error enum.
pub trait ApiError: std::error::Error + Sized {
    /// The API's documented codes, `SUCCESS` included, in page order.
    const CODES: &'static [CodeInfo];

    /// The gateway's common codes, which every API may answer too (none by default).
    const COMMON_CODES: &'static [CodeInfo] = &[];

    /// Classifies a result that is not a success, with the response body for the fields some
    /// codes carry (e.g. the URLs of `VERIFICATION_IN_PROCESS`). A code maps to its documented
    /// variant only when its status letter matches the table too; a common gateway code maps to
    /// `Common`; anything else is `Undocumented`. A body whose carried fields do not decode is
    /// an error (the client reports it with the raw body), never silently empty fields. By
    /// default (no code of the API carries a field) the body is not read.
    fn from_response(result: ApiResult, body: &[u8]) -> Result<Self, serde_json::Error> {
        let _ = body;
        Ok(Self::from_result(result))
    }

    /// Classifies a result on its own: fields carried by codes stay empty.
    fn from_result(result: ApiResult) -> Self;

    /// The result that answers with this error (what a simulator sends): its code, status and
    /// message, or the documented message when it has none.
    fn to_result(&self) -> ApiResult {
        let (code, status, message) = self.parts();
        let message = match (message, self.documented()) {
            ("", Some(info)) => info.message,
            (message, _) => message,
        };
        ApiResult::new(code, status, message)
    }

    /// The code, status letter and the message the server sent.
    fn parts(&self) -> (&str, ResultStatus, &str);

    /// The result code.
    fn code(&self) -> &str {
        self.parts().0
    }

    /// The result status letter.
    fn status(&self) -> ResultStatus {
        self.parts().1
    }

    /// The message the server sent.
    fn message(&self) -> &str {
        self.parts().2
    }

    /// The documented row of this code, when the page or the common codes list it.
    fn documented(&self) -> Option<&'static CodeInfo> {
        let (code, status, _) = self.parts();
        Self::CODES.iter().chain(Self::COMMON_CODES).find(|info| info.code == code && info.status == status)
    }

    /// What to do next. By default from the status letter (`U` → retry the same request, else
    /// do not); an API whose page says otherwise has an override in its generated enum.
    fn next_step(&self) -> NextStep {
        default_next_step(self.status())
    }

    /// Whether sending the identical request again (same idempotency id) is the right move.
    fn is_retryable_with_same_id(&self) -> bool {
        self.next_step() == NextStep::RetrySameRequest
    }
}

/// The protocol's default: `U` means "send the same request again", anything else "do not".
pub fn default_next_step(status: ResultStatus) -> NextStep {
    match status {
        ResultStatus::U => NextStep::RetrySameRequest,
        ResultStatus::S | ResultStatus::F => NextStep::DoNotRetry,
    }
}

/// `Display` for generated error enums: `CODE (F): server message`, plus the documented
/// further action when the page has one.
pub fn display_api_error<E: ApiError>(error: &E, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let (code, status, message) = error.parts();
    write!(f, "{code} ({status}): {message}")?;
    match error.documented() {
        Some(info) if !info.further_action.is_empty() => write!(f, " — {}", info.further_action),
        Some(_) => Ok(()),
        None => write!(f, " — a code the API's page does not list"),
    }
}
