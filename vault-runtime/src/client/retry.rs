//! How often and how soon a call is repeated when its outcome is unknown.

use std::time::Duration;

/// Retries for outcomes that are unknown (status `U`, transport failures, 5xx): the identical
/// body, with the same idempotency id, is sent again. Only APIs whose page marks an
/// idempotency field are retried; a failure (`F`) never is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in total, the first included (1 turns retries off).
    pub max_attempts: u32,
    /// The wait before the first retry; jitter takes between half of it and all of it.
    pub initial_backoff: Duration,
    /// The cap of the doubling wait; jitter takes between half of it and all of it.
    pub max_backoff: Duration,
}

impl Default for RetryPolicy {
    /// Three attempts in total, waiting 50 to 100 ms, then 100 to 200 ms.
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(100),
            max_backoff: Duration::from_secs(5),
        }
    }
}

impl RetryPolicy {
    /// No retries: one attempt.
    pub fn disabled() -> Self {
        RetryPolicy { max_attempts: 1, ..Self::default() }
    }

    /// The wait after failed attempt `attempt` (1-based): exponential, capped, with "equal
    /// jitter" (half fixed, half random) so that clients retrying together spread out.
    pub fn backoff(&self, attempt: u32) -> Duration {
        let exponent = attempt.saturating_sub(1).min(20);
        let base = self.initial_backoff.saturating_mul(1 << exponent).min(self.max_backoff);
        let half = base / 2;
        half + half.mul_f64(random_unit())
    }
}

/// A random number in [0, 1) from the system RNG (already linked for signing).
fn random_unit() -> f64 {
    let mut bytes = [0u8; 8];
    if aws_lc_rs::rand::fill(&mut bytes).is_err() {
        return 0.5;
    }
    (u64::from_le_bytes(bytes) >> 11) as f64 / (1u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_is_capped_and_jittered() {
        let policy = RetryPolicy {
            max_attempts: 5,
            initial_backoff: Duration::from_millis(100),
            max_backoff: Duration::from_millis(300),
        };
        for _ in 0..100 {
            let first = policy.backoff(1);
            assert!(first >= Duration::from_millis(50) && first <= Duration::from_millis(100), "{first:?}");
            let second = policy.backoff(2);
            assert!(second >= Duration::from_millis(100) && second <= Duration::from_millis(200), "{second:?}");
            assert!(policy.backoff(9) <= Duration::from_millis(300));
        }
        assert_eq!(RetryPolicy::disabled().max_attempts, 1);
    }
}
