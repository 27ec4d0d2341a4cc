//! Running cases: a seed per case that replays it exactly, a worker thread that gives each case
//! a time limit (a hang fails the test instead of stalling it), and what a failure prints.

use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Duration;

/// One case, run on the worker.
pub type Job = Box<dyn FnOnce() -> Result<(), String> + Send>;

/// How many cases per page: `FUZZ_CASES`, else the CI-sized default.
pub fn cases(default: u32) -> u32 {
    std::env::var("FUZZ_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(default)
}

/// How many workers run a page's cases at once: `FUZZ_THREADS`, else 1.
pub fn threads() -> usize {
    std::env::var("FUZZ_THREADS").ok().and_then(|n| n.parse().ok()).filter(|n| *n > 0).unwrap_or(1)
}

/// The run's seed: `FUZZ_SEED` (hex), else a new one each run, so that CI keeps exploring.
pub fn base_seed() -> u64 {
    let given = std::env::var("FUZZ_SEED").ok().and_then(|s| u64::from_str_radix(s.trim_start_matches("0x"), 16).ok());
    given.unwrap_or_else(|| {
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
        splitmix(now.as_nanos() as u64 ^ u64::from(std::process::id()))
    })
}

/// The seed of one case: it alone regenerates the case's edits.
pub fn case_seed(base: u64, page: &str, case: u32) -> u64 {
    let page = page.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
    splitmix(base ^ splitmix(page) ^ u64::from(case).wrapping_mul(0x9e37_79b9_7f4a_7c15))
}

/// `FUZZ_RESUME_AFTER=page`: the pages up to and including this one are skipped, so that a long
/// run cut short continues with the same seed where it stopped (each case's seed depends only
/// on the run's seed, the page and the case number, so the two parts are the inputs of one run).
pub fn resume_after() -> Option<String> {
    std::env::var("FUZZ_RESUME_AFTER").ok().filter(|page| !page.is_empty())
}

/// The case of `FUZZ_REPLAY=test:page:seed`, when it names this test: only that case runs.
pub fn replay(test: &str) -> Option<(String, u64)> {
    let value = std::env::var("FUZZ_REPLAY").ok()?;
    let (named, rest) = value.split_once(':')?;
    let (page, seed) = rest.rsplit_once(':')?;
    let seed = u64::from_str_radix(seed.trim_start_matches("0x"), 16).ok()?;
    (named == test).then(|| (page.to_owned(), seed))
}

/// The value a strategy draws from a seed (no shrinking: the seed is the report).
pub fn sample<S: Strategy>(strategy: &S, seed: u64) -> S::Value {
    let mut bytes = [0u8; 32];
    let mut state = seed;
    for chunk in bytes.chunks_mut(8) {
        state = splitmix(state);
        chunk.copy_from_slice(&state.to_le_bytes());
    }
    let rng = TestRng::from_seed(RngAlgorithm::ChaCha, &bytes);
    let mut runner = TestRunner::new_with_rng(Config::default(), rng);
    match strategy.new_tree(&mut runner) {
        Ok(tree) => tree.current(),
        Err(why) => panic!("the strategy drew nothing: {why}"),
    }
}

/// SplitMix64: spreads a seed over 64 bits.
fn splitmix(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// A thread that runs one case at a time, each within the time limit (`FUZZ_CASE_SECONDS`,
/// default 10: a page takes milliseconds even in a debug build on a busy machine).
pub struct Worker {
    jobs: Sender<Job>,
    results: Receiver<Result<(), String>>,
    limit: Duration,
}

impl Worker {
    pub fn new() -> Worker {
        let (jobs, inbox) = channel::<Job>();
        let (outbox, results) = channel();
        std::thread::spawn(move || {
            for job in inbox {
                let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
                let result = outcome.unwrap_or_else(|panic| Err(format!("the pipeline panicked: {}", message(&panic))));
                if outbox.send(result).is_err() {
                    break;
                }
            }
        });
        let seconds = std::env::var("FUZZ_CASE_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(10);
        Worker { jobs, results, limit: Duration::from_secs(seconds) }
    }

    /// Runs a case; a case over the time limit is a failure (the worker is then abandoned).
    pub fn run(&self, job: Job) -> Result<(), String> {
        self.jobs.send(job).map_err(|_| "the worker thread is gone".to_owned())?;
        match self.results.recv_timeout(self.limit) {
            Ok(result) => result,
            Err(_) => Err(format!("the case ran longer than its limit of {:?} (a hang?)", self.limit)),
        }
    }
}

fn message(panic: &Box<dyn std::any::Any + Send>) -> String {
    let text =
        panic.downcast_ref::<&str>().map(|s| (*s).to_owned()).or_else(|| panic.downcast_ref::<String>().cloned());
    text.unwrap_or_else(|| "(no message)".to_owned())
}

/// The report of a failed case: why, the seed and the command that replays it, and where the
/// input was written (to commit under `tests/fixtures/fuzz/` once fixed).
pub fn failure(test: &str, page: &str, seed: u64, why: &str, edits: &str, input: &str) -> String {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("fuzz-failures");
    let file = dir.join(format!("{seed:016x}.md"));
    let written = std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&file, input));
    let saved = match written {
        Ok(()) => format!("the input is in {}", file.display()),
        Err(e) => format!("the input could not be saved ({e})"),
    };
    format!(
        "{why}\n  page: {page}\n  edits: {edits}\n  replay: FUZZ_REPLAY='{test}:{page}:{seed:016x}' cargo test -p vault-codegen --test fuzz {test} -- --exact\n  {saved}"
    )
}
