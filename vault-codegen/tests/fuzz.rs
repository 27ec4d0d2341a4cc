//! Robustness: the real pages, mutated at random (lines deleted, duplicated, swapped or
//! replaced by page-like and hostile lines; bytes changed; text cut short), go through load →
//! parse → model → validate → codegen. No input may panic; a rejected input gets only
//! diagnostics that point inside its pages (and render); an accepted input generates code
//! that parses as Rust.
//!
//! `cargo test -p vault-codegen --test fuzz` runs 256 cases per page. For a long run:
//! `FUZZ_CASES=20000 cargo test --release -p vault-codegen --test fuzz -- --nocapture`.
//! Inputs that once failed are kept in `tests/fixtures/fuzz/` and replayed by every run.

mod common;

use proptest::prelude::*;
use proptest::test_runner::{Config as ProptestConfig, TestRunner};
use std::panic::{AssertUnwindSafe, catch_unwind};
use vault_codegen::source::{SourceFile, Sources};

/// Lines a page could plausibly contain, and some it should not.
const LINES: &[&str] = &[
    "#### thing (String, REQUIRED)",
    "#### thing (Strng)",
    "#### thing",
    "##### child (Child, REQUIRED)",
    "###### grandchild (Integer)",
    "####### too deep (String)",
    "#### items (Array<Item>, REQUIRED)",
    "#### list (List<Array<X>>)",
    "#### (String)",
    "#### x (String, REQUIRED, EXTRA)",
    "## Request parameters",
    "## Response parameters",
    "## Result/Error codes",
    "## Result process logic",
    "## Unknown section",
    "# Structure",
    "# Shared objects",
    "## PaymentMethodDetail",
    "More information:",
    "More information about this field",
    "- Maximum length: 64 characters",
    "- Maximum length: -1 characters",
    "- Maximum length: 99999999999999999999999 characters",
    "- Maximum size: 0 elements",
    "- Value range: 5 - 1",
    "- Value range: -720 - 720",
    "- This field is an API idempotency field.",
    "- The value follows the ISO 8601 standard format.",
    "Valid values are:",
    "-   `A`: first.",
    "-   `A`: again.",
    "-   no backticks",
    "The value of this parameter is fixed to `CARD`.",
    "The value of this parameter is fixed to ``.",
    "Some possible values are `ZZ`, `US` and ``.",
    "A code from the ISO 3166 standard.",
    "This field is returned when _result.resultCode_ is `NOT_A_CODE`.",
    "> Note: This field is returned when _result.resultCode_ is `S`.",
    "> Note: This field is returned when _result.resultCode_ is `U` and the buyer pays later.",
    "| Code | Value | Message | Further action |",
    "| --- | --- | --- | --- |",
    "| NEW\\_CODE | Q | Message. | Action. |",
    "| Parameter name | Type | Required | Description |",
    "| a.b | String | maybe | x |",
    "`POST /v1/things/thing`",
    "`GET v1`",
    "```",
    "<div>html</div>",
    "> **Note**: a note.",
    "---",
    "Show child parameters",
    "é€𝄞\u{0}\u{7f}",
    "",
    // The vendor's other spellings (issue: the whole API surface).
    "- Value range: 1 - unlimited",
    "- Value range: [0, +∞)",
    "- Value range: (0, 5",
    "- Value range: 64",
    "- Value range: 2-unlimited",
    "- Value range: (9223372036854775807, +∞)",
    "- Maximum length: 1 character",
    "#### meta (Map<String, String>)",
    "#### meta (Map<String, Object>)",
    "#### meta (Map<Integer, Thing>)",
    "#### result (Result object, REQUIRED)",
    "#### detail (Object)",
    "##### transferResult (Result)",
    "#### when (Datetime)",
    "#### when (DateTime, REQUIRED)",
    "#### crossSell (Goods)",
    "Valid value are:",
    "valid values include:",
    "The fixed value is:",
    "Possible values:",
    "-   true: yes.",
    "-   SUCCESS:tight",
    "-   \u{200b}`ZW`\u{200b}: zero width.",
    "The value is fixed as SPLIT.",
    "Deprecated. Use another field.",
    "The state code under ISO 3166-2.",
    "The 2-letter country code under ISO 3166.",
    "`POST /undefined`",
    "`POST /v1/subscriptions/cancel`",
    "`POST /v1//x`",
    "`POST /v1/aba/funds/createTransfer`",
    "`POST /ams/api/v2/x/y/thing`",
    "#### legs (Array <Leg>, REQUIRED)",
    "| Country/Region | Method | URL |",
    "## Result codes",
    "####### deep (String, REQUIRED)",
    "-   AU, SG, and HK",
    "    -   `ENTERPRISE`: nested under a group.",
    "### Result processing logic",
    "-   `CREATE`: the thing was created.",
    "| US | POST | https://open-big-na.alipay.com/v1/things/thing |",
    "| SG | GET | open-big-sea.alipay.com |",
    "#### legs (Array < >)",
    "# pay (One-time Payments)",
    "# pay (",
    "## Structure",
    "### Request parameters",
];

#[derive(Debug, Clone)]
enum Mutation {
    DeleteLine(usize),
    DuplicateLine(usize),
    SwapLines(usize, usize),
    InsertLine(usize, usize),
    ReplaceLine(usize, usize),
    ChangeByte(usize, u8),
    Truncate(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let line = 0..10_000usize;
    prop_oneof![
        line.clone().prop_map(Mutation::DeleteLine),
        line.clone().prop_map(Mutation::DuplicateLine),
        (line.clone(), line.clone()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        (line.clone(), 0..LINES.len()).prop_map(|(a, b)| Mutation::InsertLine(a, b)),
        (line.clone(), 0..LINES.len()).prop_map(|(a, b)| Mutation::ReplaceLine(a, b)),
        (0..100_000usize, any::<u8>()).prop_map(|(a, b)| Mutation::ChangeByte(a, b)),
        (0..100_000usize).prop_map(Mutation::Truncate),
    ]
}

/// Applies mutations; positions wrap around the current text.
fn mutate(text: &str, mutations: &[Mutation]) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let mut bytes_edits = Vec::new();
    for m in mutations {
        let n = lines.len().max(1);
        match *m {
            Mutation::DeleteLine(i) if !lines.is_empty() => {
                lines.remove(i % n);
            }
            Mutation::DuplicateLine(i) if !lines.is_empty() => {
                let line = lines[i % n].clone();
                lines.insert(i % n, line);
            }
            Mutation::SwapLines(a, b) if !lines.is_empty() => lines.swap(a % n, b % n),
            Mutation::InsertLine(i, l) => lines.insert(i % (lines.len() + 1), LINES[l].to_owned()),
            Mutation::ReplaceLine(i, l) if !lines.is_empty() => lines[i % n] = LINES[l].to_owned(),
            Mutation::ChangeByte(..) | Mutation::Truncate(_) => bytes_edits.push(m.clone()),
            _ => {}
        }
    }
    let mut bytes = lines.join("\n").into_bytes();
    for edit in bytes_edits {
        match edit {
            Mutation::ChangeByte(at, byte) if !bytes.is_empty() => {
                let at = at % bytes.len();
                bytes[at] = byte;
            }
            Mutation::Truncate(at) => bytes.truncate(at % (bytes.len() + 1)),
            _ => {}
        }
    }
    // Pages are read as UTF-8 (a non-UTF-8 page is a load error); keep the rest.
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Runs the pipeline on the real pages with page `index` replaced by `text`, and checks the
/// outcome. Returns a description of the failure, if any.
fn check(pages: &[(String, String)], index: usize, text: &str) -> Result<(), String> {
    let mut sources = Sources::new();
    for (i, (name, page)) in pages.iter().enumerate() {
        let body = if i == index { text } else { page.as_str() };
        sources.add(SourceFile::new(name.clone(), name.clone(), body));
    }
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        let generated = vault_codegen::generate(&sources, &vault_codegen::Config::default());
        let rendered: Vec<String> = match &generated {
            Ok(_) => Vec::new(),
            Err(diagnostics) => diagnostics.iter().map(|d| vault_codegen::diag::render(&sources, d)).collect(),
        };
        (generated, rendered)
    }));
    let (generated, rendered) = outcome.map_err(|_| "the pipeline panicked".to_owned())?;
    match generated {
        Ok(tokens) => {
            syn::parse2::<syn::File>(tokens).map(|_| ()).map_err(|e| format!("generated code does not parse: {e}"))
        }
        Err(diagnostics) => {
            for (d, text) in diagnostics.iter().zip(&rendered) {
                let file = sources.get(d.span.file).ok_or_else(|| format!("a diagnostic points at no page: {text}"))?;
                let inside = d.span.start <= d.span.end && d.span.end <= file.text.len();
                let on_chars = file.text.is_char_boundary(d.span.start) && file.text.is_char_boundary(d.span.end);
                if !inside || !on_chars || !text.contains("--> ") {
                    return Err(format!("a diagnostic is not located in its page: {text}"));
                }
            }
            Ok(())
        }
    }
}

fn real_pages() -> Vec<(String, String)> {
    let sources = common::load("api-docs");
    sources.iter().map(|(_, file)| (file.display.clone(), file.text.clone())).collect()
}

#[test]
fn mutated_real_pages_never_panic_and_every_rejection_is_located() {
    let pages = real_pages();
    // 128 cases per page: with the eighteen pages of api-docs/ that is over 2,000 runs of the
    // whole pipeline per test run; FUZZ_CASES raises it for a long run.
    let cases = std::env::var("FUZZ_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(128);
    let started = std::time::Instant::now();
    for index in 0..pages.len() {
        let config = ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() };
        let mut runner = TestRunner::new(config);
        let base = pages[index].1.clone();
        let result = runner.run(&proptest::collection::vec(mutation(), 1..12), |mutations| {
            let text = mutate(&base, &mutations);
            check(&pages, index, &text)
                .map_err(|why| TestCaseError::fail(format!("{why}\n--- input ({}) ---\n{text}", pages[index].0)))
        });
        if let Err(failure) = result {
            panic!("{failure}");
        }
    }
    eprintln!(
        "fuzz: {} executions over {} pages in {:.1?}",
        cases as usize * pages.len(),
        pages.len(),
        started.elapsed()
    );
}

/// The corpus of vendor pages from other families, each mutated with its objects page beside it
/// (fewer cases: the pages are long).
#[test]
fn mutated_corpus_pages_never_panic_and_every_rejection_is_located() {
    let corpus = common::load("vault-codegen/tests/fixtures/corpus");
    let pages: Vec<(String, String)> = corpus.iter().map(|(_, f)| (f.display.clone(), f.text.clone())).collect();
    let Some(objects) = pages.iter().position(|(name, _)| name.ends_with("shared_objects.md")) else {
        panic!("the corpus has an objects page");
    };
    let cases = std::env::var("FUZZ_CASES").ok().and_then(|n| n.parse::<u32>().ok()).map_or(24, |n| n / 8 + 1);
    for index in (0..pages.len()).filter(|i| *i != objects) {
        let pair = vec![pages[index].clone(), pages[objects].clone()];
        let config = ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() };
        let mut runner = TestRunner::new(config);
        let result = runner.run(&proptest::collection::vec(mutation(), 1..12), |mutations| {
            let text = mutate(&pair[0].1, &mutations);
            check(&pair, 0, &text)
                .map_err(|why| TestCaseError::fail(format!("{why}\n--- input ({}) ---\n{text}", pair[0].0)))
        });
        if let Err(failure) = result {
            panic!("{failure}");
        }
    }
}

#[test]
fn inputs_that_once_failed_stay_fixed() {
    let pages = real_pages();
    let dir = common::root().join("vault-codegen/tests/fixtures/fuzz");
    let mut entries: Vec<_> =
        std::fs::read_dir(&dir).map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect()).unwrap_or_default();
    entries.sort();
    for path in entries.into_iter().filter(|p| p.extension().is_some_and(|e| e == "md")) {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        // Each regression replaces the page whose name it starts with (e.g. `vault_payment_method-...`).
        let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let index = pages
            .iter()
            .position(|(name, _)| stem.starts_with(name.trim_start_matches("api-docs/").trim_end_matches(".md")))
            .unwrap_or(0);
        if let Err(why) = check(&pages, index, &text) {
            panic!("{}: {why}", path.display());
        }
    }
}
