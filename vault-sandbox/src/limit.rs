//! An optional per-client rate limit (`--rate-limit N`): a client that sends more than N calls
//! a second is answered `REQUEST_TRAFFIC_EXCEED_LIMIT` (status `U`), the code Antom's gateway
//! answers, so that a client's backoff can be tried against the sandbox. Each sandbox process
//! counts its own calls (GCRA, by `governor`): bursts of up to N, then N a second.

use governor::clock::DefaultClock;
use governor::state::keyed::DefaultKeyedStateStore;
use governor::{Quota, RateLimiter};
use std::num::NonZeroU32;

/// Client ids past which the limiter forgets those whose budget is full again (so that a
/// stream of made-up client ids cannot grow it without bound).
const FORGET_ABOVE: usize = 10_000;

/// The limiter of one sandbox process.
pub(crate) struct Limit {
    per_second: NonZeroU32,
    limiter: RateLimiter<String, DefaultKeyedStateStore<String>, DefaultClock>,
}

impl Limit {
    /// At most `per_second` calls a second per client id, in bursts of up to as many.
    pub fn new(per_second: NonZeroU32) -> Self {
        Limit { per_second, limiter: RateLimiter::keyed(Quota::per_second(per_second)) }
    }

    /// Whether a call of `client_id` may go on now; `Err` says why not.
    pub fn admit(&self, client_id: &str) -> Result<(), String> {
        if self.limiter.len() > FORGET_ABOVE {
            self.limiter.retain_recent();
        }
        self.limiter.check_key(&client_id.to_owned()).map_err(|_| {
            format!(
                "the client `{client_id}` sent more than {} calls a second (--rate-limit); slow down and send it again",
                self.per_second
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_gets_its_burst_then_waits_and_others_are_not_affected() {
        let limit = Limit::new(NonZeroU32::new(3).unwrap_or(NonZeroU32::MIN));
        assert!((0..3).all(|_| limit.admit("A").is_ok()));
        let why = limit.admit("A").err().unwrap_or_default();
        assert!(why.contains("more than 3 calls a second"), "{why}");
        assert!(limit.admit("B").is_ok(), "each client has its own budget");
        std::thread::sleep(std::time::Duration::from_millis(400));
        assert!(limit.admit("A").is_ok(), "a third of a second later, one more call");
    }
}
