//! Fault injection for tests: what the sandbox does wrong on the next calls.

use bytes::Bytes;
use std::collections::VecDeque;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;
use vault_runtime::ResultStatus;

/// How the answer to a faulty call is signed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SignatureFault {
    /// Signed correctly.
    #[default]
    Valid,
    /// No `signature` and no `response-time` header.
    Missing,
    /// A well-formed signature that does not match the answer.
    Wrong,
}

/// What the sandbox does to one call. Build one with the constructors and combine with the
/// modifiers: `Fault::answer("PROCESS_FAIL", ResultStatus::F).unsigned()`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fault {
    /// Wait this long before anything else.
    pub delay: Option<Duration>,
    /// Answer this code and status without processing the call.
    pub answer: Option<(String, ResultStatus)>,
    /// Answer these bytes without processing the call.
    pub body: Option<Bytes>,
    /// How the answer is signed.
    pub signature: SignatureFault,
    /// Process the call, then break the connection instead of finishing the answer.
    pub drop: bool,
}

impl Fault {
    /// Answer `UNKNOWN_EXCEPTION` (status `U`) without processing the call.
    pub fn unknown() -> Self {
        let result = vault_generated::CommonCode::UnknownException.to_result();
        Self::answer(&result.result_code, result.result_status)
    }

    /// Answer `code` with `status` (the page's message when the page lists the code).
    pub fn answer(code: &str, status: ResultStatus) -> Self {
        Fault { answer: Some((code.to_owned(), status)), ..Self::default() }
    }

    /// Answer a body of your choice (e.g. something that is not JSON).
    pub fn body(body: impl Into<Bytes>) -> Self {
        Fault { body: Some(body.into()), ..Self::default() }
    }

    /// Wait `delay`, then process the call normally.
    pub fn delay(delay: Duration) -> Self {
        Fault { delay: Some(delay), ..Self::default() }
    }

    /// Process the call, then break the connection before the answer is complete.
    pub fn drop_connection() -> Self {
        Fault { drop: true, ..Self::default() }
    }

    /// Process the call normally (only the signature is affected).
    pub fn normal() -> Self {
        Self::default()
    }

    /// Send the answer without signature headers.
    pub fn unsigned(mut self) -> Self {
        self.signature = SignatureFault::Missing;
        self
    }

    /// Send the answer with a signature that does not match it.
    pub fn wrong_signature(mut self) -> Self {
        self.signature = SignatureFault::Wrong;
        self
    }
}

/// The queue of faults for the next calls, shared with the server.
#[derive(Debug, Clone, Default)]
pub struct Faults {
    queue: Arc<Mutex<VecDeque<Fault>>>,
}

impl Faults {
    /// The next `count` calls get `fault`.
    pub fn push(&self, fault: Fault, count: usize) {
        let mut queue = self.queue.lock().unwrap_or_else(PoisonError::into_inner);
        queue.extend(std::iter::repeat_n(fault, count));
    }

    /// The next `count` calls answer `UNKNOWN_EXCEPTION` (U).
    pub fn unknown_next(&self, count: usize) {
        self.push(Fault::unknown(), count);
    }

    /// The next `count` calls wait `delay` before being processed.
    pub fn delay_next(&self, count: usize, delay: Duration) {
        self.push(Fault::delay(delay), count);
    }

    /// The next `count` calls are processed but their connection breaks before the answer.
    pub fn drop_next(&self, count: usize) {
        self.push(Fault::drop_connection(), count);
    }

    /// Removes every pending fault.
    pub fn clear(&self) {
        self.queue.lock().unwrap_or_else(PoisonError::into_inner).clear();
    }

    /// The faults waiting for the next calls, in order.
    pub fn pending(&self) -> Vec<Fault> {
        self.queue.lock().unwrap_or_else(PoisonError::into_inner).iter().cloned().collect()
    }

    /// Takes the fault for the call that just arrived (a normal call when none is queued).
    pub(crate) fn next(&self) -> Fault {
        self.queue.lock().unwrap_or_else(PoisonError::into_inner).pop_front().unwrap_or_default()
    }
}
