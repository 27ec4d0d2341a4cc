//! Robustness: the pages of `api-docs/`, edited at random within their family, go through
//! load → parse → model → validate → codegen.
//!
//! - Random edits (lines deleted, duplicated, swapped or replaced by page-like and hostile
//!   lines; text in other scripts, invisible characters and other line endings inserted next to
//!   the phrases the generator reads or anywhere; bytes changed; text cut short): no panic, no
//!   case over its time limit; a rejected input gets only diagnostics that point inside their
//!   page on character boundaries and name the line the Markdown reader saw; an accepted input
//!   generates code that parses as Rust.
//! - Edits that must not change the meaning (a blank line, a trailing space, CRLF or CR line
//!   endings, a byte-order mark, another spelling of a value-list introduction): the model must
//!   be equal to the model of the pages as written.
//! - Inputs that once failed, kept in `tests/fixtures/fuzz/`, are replayed by every run.
//!
//! `cargo test -p vault-codegen --test fuzz` is the CI-sized run (a new seed each run; every
//! failure prints the seed that replays it). A long run:
//! `FUZZ_CASES=10600 nice cargo test --release -p vault-codegen --test fuzz -- --nocapture` (about
//! 1 000 000 inputs over the 84 pages: 10 600 random-edit cases and 1 326 meaning-keeping ones per page).
//! A long run cut short continues with the same `FUZZ_SEED` and `FUZZ_RESUME_AFTER=<the last
//! page it reported done>`.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "test helpers stop at a broken assumption")]

#[path = "../common/mod.rs"]
mod common;
mod mutate;
mod oracle;
mod replay;
mod runner;
mod vocabulary;

use proptest::prelude::*;
use runner::Worker;
use std::sync::{Arc, OnceLock};
use vault_codegen::model::Model;
use vault_codegen::source::{SourceFile, Sources};

/// Pages as (shown name, text), and their model as written (computed once).
pub struct Pages {
    list: Vec<(String, String)>,
    model: OnceLock<Result<Model, Vec<String>>>,
}

impl Pages {
    fn new(list: Vec<(String, String)>) -> Arc<Pages> {
        Arc::new(Pages { list, model: OnceLock::new() })
    }
}

/// `vault-generated`'s settings, applied to a family's page set: a setting that names a page of
/// another family is not an error there.
pub fn config() -> vault_codegen::Config {
    vault_codegen::Config { ignore_unmatched: true, ..common::config() }
}

/// A set of pages and the one a case edits.
#[derive(Clone)]
pub struct PageSet {
    pages: Arc<Pages>,
    index: usize,
}

impl PageSet {
    fn name(&self) -> &str {
        &self.pages.list[self.index].0
    }

    fn text(&self) -> &str {
        &self.pages.list[self.index].1
    }

    /// The model of the pages as written.
    fn model_as_written(&self) -> &Result<Model, Vec<String>> {
        self.pages.model.get_or_init(|| self.model(self.text()))
    }

    /// The pages with the edited one replaced by `text`.
    fn sources(&self, text: &str) -> Sources {
        let mut sources = Sources::new();
        for (i, (name, page)) in self.pages.list.iter().enumerate() {
            let body = if i == self.index { text } else { page.as_str() };
            sources.add(SourceFile::new(name.clone(), name.clone(), body));
        }
        sources
    }

    /// The model, or the messages of the diagnostics (without their places, which edits move).
    fn model(&self, text: &str) -> Result<Model, Vec<String>> {
        let sources = self.sources(text);
        vault_codegen::model(&sources, &config()).map_err(|found| found.iter().map(|d| d.message.clone()).collect())
    }
}

/// Runs the pipeline with the edited page replaced by `text` and checks the outcome.
pub fn check(set: &PageSet, text: &str) -> Result<(), String> {
    let sources = set.sources(text);
    match vault_codegen::generate(&sources, &config()) {
        Ok(tokens) => {
            syn::parse2::<syn::File>(tokens).map(|_| ()).map_err(|e| format!("generated code does not parse: {e}"))
        }
        Err(diagnostics) => diagnostics.iter().try_for_each(|d| located(&sources, d)),
    }
}

/// A diagnostic points inside its page, on character boundaries, renders with a location, and
/// quotes a line as the Markdown reader splits lines (no `\r` inside it).
fn located(sources: &Sources, d: &vault_codegen::diag::Diagnostic) -> Result<(), String> {
    let text = vault_codegen::diag::render(sources, d);
    if d.origin.is_some() && sources.get(d.span.file).is_none() {
        // About a setting of `generate!` (a `next_steps` code that an edit removed from the
        // page's table): the macro points at that argument.
        return Ok(());
    }
    let file = sources.get(d.span.file).ok_or_else(|| format!("a diagnostic points at no page: {text}"))?;
    let inside = d.span.start <= d.span.end && d.span.end <= file.text.len();
    let on_chars = file.text.is_char_boundary(d.span.start) && file.text.is_char_boundary(d.span.end);
    if !inside || !on_chars || !text.contains("--> ") {
        return Err(format!("a diagnostic is not located in its page: {text}"));
    }
    let (line, _) = file.line_col(d.span.start);
    if file.line_text(line).contains(['\r', '\n']) {
        return Err(format!("a diagnostic quotes several lines as one: {text:?}"));
    }
    Ok(())
}

/// The pages of `api-docs/`, each edited within its family: a set is one family's pages, the
/// objects pages of every family (a family's pages may use a type another family describes) and
/// the pages outside any family (the common codes). A case then generates one family, so its
/// cost does not grow with the number of families; the pages shared by every set are edited in
/// the first set only.
fn real_pages() -> Vec<PageSet> {
    let sources = common::load("api-docs");
    let all: Vec<(String, String)> = sources.iter().map(|(_, f)| (f.display.clone(), f.text.clone())).collect();
    let family = |name: &str| name.strip_prefix("api-docs/")?.split_once('/').map(|(dir, _)| dir.to_owned());
    let shared = |name: &str| family(name).is_none() || name.ends_with("/shared_objects.md");
    let families: std::collections::BTreeSet<String> = all.iter().filter_map(|(name, _)| family(name)).collect();
    let mut sets = Vec::new();
    for (n, dir) in families.iter().enumerate() {
        let own = |name: &str| family(name).as_deref() == Some(dir.as_str());
        let list: Vec<(String, String)> = all.iter().filter(|(name, _)| own(name) || shared(name)).cloned().collect();
        let edited = |name: &str| if n == 0 { own(name) || shared(name) } else { own(name) && !shared(name) };
        let pages = Pages::new(list);
        let indexes: Vec<usize> = (0..pages.list.len()).filter(|i| edited(&pages.list[*i].0)).collect();
        sets.extend(indexes.into_iter().map(|index| PageSet { pages: Arc::clone(&pages), index }));
    }
    sets
}

/// How a test edits a page and judges the result.
struct Kind<S: Strategy> {
    strategy: S,
    edit: fn(&str, &S::Value) -> String,
    judge: fn(&PageSet, &str) -> Result<(), String>,
}

/// Runs `cases` random cases per page set, each on a worker within its time limit; a long run
/// spreads each page's cases over `FUZZ_THREADS` workers (default 1: CI runs the two fuzz tests
/// side by side on its two cores).
fn fuzz<S: Strategy>(test: &str, sets: &[PageSet], cases: u32, kind: fn() -> Kind<S>)
where
    S::Value: std::fmt::Debug,
{
    let threads = runner::threads();
    let mut workers: Vec<Worker> = (0..threads).map(|_| Worker::new()).collect();
    let started = std::time::Instant::now();
    let base = runner::base_seed();
    let replay = runner::replay(test);
    let resume = runner::resume_after();
    let skipped =
        resume.as_ref().map_or(0, |page| sets.iter().position(|set| set.name() == page).map_or(0, |at| at + 1));
    if let Some(page) = &resume {
        assert!(skipped > 0, "FUZZ_RESUME_AFTER names no page of this run: {page}");
        eprintln!("fuzz {test}: resuming after {page} ({skipped} pages skipped)");
    }
    let mut executions = 0u64;
    for set in &sets[skipped..] {
        let seeds: Vec<u64> = match &replay {
            Some((page, seed)) if page == set.name() => vec![*seed],
            Some(_) => continue,
            None => (0..cases).map(|n| runner::case_seed(base, set.name(), n)).collect(),
        };
        executions += seeds.len() as u64;
        let share = seeds.len().div_ceil(threads.max(1)).max(1);
        let failure = std::thread::scope(|scope| {
            let running: Vec<_> = workers
                .iter_mut()
                .zip(seeds.chunks(share))
                .map(|(worker, seeds)| scope.spawn(move || run_cases(test, worker, set, seeds, &kind())))
                .collect();
            running
                .into_iter()
                .find_map(|thread| thread.join().unwrap_or_else(|_| Some("a fuzz thread panicked".into())))
        });
        if let Some(report) = failure {
            panic!("{report}");
        }
        if cases >= 1000 && replay.is_none() {
            // A long run reports as it goes, so that an interrupted run still says how far it got.
            eprintln!("fuzz {test}: {executions} executions, {} done, {:.0?}", set.name(), started.elapsed());
        }
    }
    eprintln!(
        "fuzz {test}: {executions} executions over {} pages in {:.1?} on {threads} thread(s) (seed {base:016x})",
        sets.len() - skipped,
        started.elapsed()
    );
}

/// The cases of `seeds` on one page, in order; the report of the first that fails.
fn run_cases<S: Strategy>(
    test: &str,
    worker: &mut Worker,
    set: &PageSet,
    seeds: &[u64],
    kind: &Kind<S>,
) -> Option<String>
where
    S::Value: std::fmt::Debug,
{
    for &seed in seeds {
        let edits = runner::sample(&kind.strategy, seed);
        let text = (kind.edit)(set.text(), &edits);
        let (job_set, job_text, judge) = (set.clone(), text.clone(), kind.judge);
        if let Err(why) = worker.run(Box::new(move || judge(&job_set, &job_text))) {
            return Some(runner::failure(test, set.name(), seed, &why, &format!("{edits:?}"), &text));
        }
    }
    None
}

fn random_edits() -> Kind<impl Strategy<Value = Vec<mutate::Mutation>>> {
    Kind {
        strategy: proptest::collection::vec(mutate::mutation(), 1..12),
        edit: |text, edits| mutate::mutate(text, edits),
        judge: check,
    }
}

fn same_edits() -> Kind<impl Strategy<Value = Vec<oracle::Same>>> {
    Kind {
        strategy: proptest::collection::vec(oracle::same(), 1..6),
        edit: |text, edits| oracle::apply(text, edits),
        judge: same_model,
    }
}

/// The edited page must give the model of the page as written; a page refused as written
/// must be refused for the same reasons.
fn same_model(set: &PageSet, text: &str) -> Result<(), String> {
    let (before, after) = (set.model_as_written(), set.model(text));
    if *before == after {
        return Ok(());
    }
    Err(match (before, &after) {
        (Ok(_), Ok(_)) => format!("the edits changed the model: {}", first_difference(before, &after)),
        (Ok(_), Err(found)) => format!("the edited page is refused: {found:#?}"),
        (Err(found), Ok(_)) => format!("the page as written is refused, the edited one is not: {found:#?}"),
        (Err(a), Err(b)) => format!("other reasons to refuse the edited page: {a:#?} became {b:#?}"),
    })
}

/// Where two models first differ, as lines of their debug text.
fn first_difference<T: std::fmt::Debug>(a: &T, b: &T) -> String {
    let (a, b) = (format!("{a:#?}"), format!("{b:#?}"));
    let at = a.lines().zip(b.lines()).position(|(x, y)| x != y).unwrap_or(0);
    let context = |s: &str| s.lines().skip(at.saturating_sub(3)).take(6).collect::<Vec<_>>().join("\n");
    format!("\n--- as written ---\n{}\n--- edited ---\n{}", context(&a), context(&b))
}

#[test]
fn mutated_real_pages_never_panic_and_every_rejection_is_located() {
    // 12 cases per page: with the 84 pages of api-docs/ about 1 000 runs of the pipeline per
    // test run, each generating one family, which keeps the CI time of this binary where it was
    // with the two families' 16 pages at 64 cases each; FUZZ_CASES raises it for a long run.
    let test = "mutated_real_pages_never_panic_and_every_rejection_is_located";
    fuzz(test, &real_pages(), runner::cases(12), random_edits);
}

#[test]
fn edits_that_keep_the_meaning_keep_the_model() {
    let sets = real_pages();
    let cases = runner::cases(128) / 8 + 1;
    fuzz("edits_that_keep_the_meaning_keep_the_model", &sets, cases, same_edits);
}

/// The oracle can fail: an edit that changes a limit changes the model.
#[test]
fn the_oracle_sees_a_changed_meaning() {
    let set = real_pages().into_iter().find(|s| s.text().contains("Maximum length: 64 characters")).unwrap();
    let changed = set.text().replacen("Maximum length: 64 characters", "Maximum length: 65 characters", 1);
    assert_ne!(set.model(set.text()).unwrap(), set.model(&changed).unwrap());
}
