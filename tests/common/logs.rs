//! Every log line of a test process, captured: one global subscriber (a scoped one misses
//! callsites another test's thread registered first) writing to a buffer the test reads.

use std::io::Write;
use std::sync::{Arc, Mutex, PoisonError};

/// The captured output.
#[derive(Clone, Default)]
pub struct Captured(Arc<Mutex<Vec<u8>>>);

impl Captured {
    /// Everything logged so far.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap_or_else(PoisonError::into_inner)).into_owned()
    }
}

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner).extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Sends every log line of the process, at `level` and above, to the returned buffer.
pub fn capture(level: tracing::Level) -> Captured {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber =
        tracing_subscriber::fmt().with_max_level(level).with_ansi(false).with_writer(move || writer.clone()).finish();
    assert!(tracing::subscriber::set_global_default(subscriber).is_ok(), "one subscriber per test process");
    captured
}
