//! Fault injection for tests: the next calls answer `U`, are delayed, or lose their answer.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

/// One injected fault, applied to one call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// Answer `UNKNOWN_EXCEPTION` (status `U`) without processing the call.
    Unknown,
    /// Wait this long, then process the call normally.
    Delay(Duration),
    /// Process the call, then break the connection instead of answering.
    Drop,
}

/// The queue of faults for the next calls, shared with the server.
#[derive(Debug, Clone, Default)]
pub struct Faults {
    queue: Arc<Mutex<VecDeque<Fault>>>,
}

impl Faults {
    fn push(&self, fault: Fault, count: usize) {
        let mut queue = self.queue.lock().unwrap_or_else(PoisonError::into_inner);
        queue.extend(std::iter::repeat_n(fault, count));
    }

    /// The next `count` calls answer `UNKNOWN_EXCEPTION` (U).
    pub fn unknown_next(&self, count: usize) {
        self.push(Fault::Unknown, count);
    }

    /// The next `count` calls wait `delay` before being processed.
    pub fn delay_next(&self, count: usize, delay: Duration) {
        self.push(Fault::Delay(delay), count);
    }

    /// The next `count` calls are processed but their connection is broken before the answer.
    pub fn drop_next(&self, count: usize) {
        self.push(Fault::Drop, count);
    }

    /// Removes every pending fault.
    pub fn clear(&self) {
        self.queue
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clear();
    }

    /// Takes the fault for the call that just arrived, if any.
    pub(crate) fn next(&self) -> Option<Fault> {
        self.queue
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop_front()
    }
}
