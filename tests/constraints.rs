//! The constraint suite `antom-pages constraint-tests` writes for `api-docs/` (in
//! `tests/ui/constraints/`): the committed cases are what the pages generate now, each fail
//! case's recorded compiler message names its limit, and trybuild compiles every case.
//!
//! After a page edit: `cargo run -p antom-pages -- constraint-tests api-docs --out
//! tests/ui/constraints --family vaulting --family payments --family checkout`, then `TRYBUILD=overwrite cargo test --test constraints` records the
//! compiler's messages of new and changed cases; review the `.stderr` diff.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "test helpers stop at a broken assumption")]

use antom_pages::constraints::{EXPECT, files, suite};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn dir() -> PathBuf {
    root().join("tests/ui/constraints")
}

fn generated() -> Vec<antom_pages::constraints::Case> {
    let pages = root().join("api-docs");
    let sources = vault_codegen::load_paths(std::slice::from_ref(&pages), &root()).unwrap();
    let model = vault_codegen::model(&sources, &antom_pages::config(&[pages])).unwrap();
    suite(&model, "vault_generated", &FAMILIES.map(str::to_owned))
}

/// The families of the workspace's suite: vault-generated's default features. Every family
/// compiles here (the sandbox enables them all), but its 784 cases would take about twice the
/// 378 of these three in CI; `antom-pages constraint-tests` without `--family` writes them all.
const FAMILIES: [&str; 3] = ["vaulting", "payments", "checkout"];

#[test]
fn the_committed_suite_is_what_the_pages_generate() {
    let drift = files::compare(&dir(), &generated()).unwrap();
    assert!(
        drift.is_empty(),
        "tests/ui/constraints is not what api-docs/ generates ({drift:?}): run \
         `cargo run -p antom-pages -- constraint-tests api-docs --out tests/ui/constraints --family vaulting \
         --family payments --family checkout`, then \
         `TRYBUILD=overwrite cargo test --test constraints`, and review the diff"
    );
}

/// A `.stderr` recorded for another limit (the case regenerated, the message not) is caught
/// here even where trybuild would be told to overwrite it.
#[test]
fn every_recorded_message_names_its_limit() {
    let mut wrong = Vec::new();
    for case in generated().iter().filter(|c| !c.pass) {
        let expected = case.source.lines().find_map(|l| l.strip_prefix(EXPECT)).unwrap();
        let stderr = files::case_path(&dir(), &format!("fail/{}", case.name), "stderr");
        match std::fs::read_to_string(&stderr) {
            Ok(text) if text.contains(expected) => {}
            Ok(_) => wrong.push(format!("{}: does not say `{expected}`", stderr.display())),
            Err(e) => wrong.push(format!("{}: {e}", stderr.display())),
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Every case compiles or fails as generated. One trybuild run: trybuild builds all cases in
/// one `cargo build --bins --keep-going`, so cargo spreads them over the cores.
#[test]
fn constraint_suite() {
    let cases = trybuild::TestCases::new();
    let relative = |kind: &str| Path::new("tests/ui/constraints").join(kind).join("*.rs");
    cases.pass(relative("pass"));
    cases.compile_fail(relative("fail"));
}
