//! The constraint suites `antom-pages constraint-tests` writes for `api-docs/`: the committed
//! cases are what the pages generate now, each fail case's recorded compiler message names its
//! limit, and trybuild compiles every case.
//!
//! Two suites, one per set of families: `tests/ui/constraints/` for vault-generated's default
//! features (vaulting, payments, checkout: 381 cases) and `tests/ui/constraints-more/` for the
//! seven other families (467 cases). Every run checks both for freshness and messages and
//! compiles both: since every fail case is checked rather than built, both take under a minute
//! once the dependencies are built (BENCHMARKS.md).
//!
//! After a page edit, regenerate both (the commands are in [`SUITES`]), then
//! `TRYBUILD=overwrite cargo test --test constraints` records the compiler's messages of new
//! and changed cases; review the `.stderr` diff.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "test helpers stop at a broken assumption")]

use antom_pages::constraints::{EXPECT, files, suite};
use std::path::{Path, PathBuf};

/// One committed suite: its directory under `tests/ui/` and the families it covers.
struct Suite {
    dir: &'static str,
    families: &'static [&'static str],
}

/// The default families, compiled on every run, then the others.
const SUITES: [Suite; 2] = [
    Suite { dir: "constraints", families: &["vaulting", "payments", "checkout"] },
    Suite {
        dir: "constraints-more",
        families: &["authorizations", "subscriptions", "disputes", "marketplace", "customs", "risk", "aba"],
    },
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

impl Suite {
    fn path(&self) -> PathBuf {
        root().join("tests/ui").join(self.dir)
    }

    fn generated(&self) -> Vec<antom_pages::constraints::Case> {
        let pages = root().join("api-docs");
        let sources = vault_codegen::load_paths(std::slice::from_ref(&pages), &root()).unwrap();
        let model = vault_codegen::model(&sources, &antom_pages::config(&[pages])).unwrap();
        suite(&model, "vault_generated", &self.families.iter().map(|f| (*f).to_owned()).collect::<Vec<_>>())
    }

    /// The command that writes this suite.
    fn command(&self) -> String {
        let families: String = self.families.iter().map(|f| format!(" --family {f}")).collect();
        format!("cargo run -p antom-pages -- constraint-tests api-docs --out tests/ui/{}{families}", self.dir)
    }

    fn cases(&self, kind: &str) -> PathBuf {
        Path::new("tests/ui").join(self.dir).join(kind).join("*.rs")
    }

    /// trybuild builds the pass cases and the fail cases only a build reports, in one run.
    fn build(&self) {
        let cases = trybuild::TestCases::new();
        cases.pass(self.cases("pass"));
        cases.compile_fail(self.cases("fail"));
    }

    /// trybuild checks the fail cases `cargo check` reports: a run without pass cases is a
    /// `cargo check`, so the recorded messages are the ones the editor shows.
    fn check(&self) {
        trybuild::TestCases::new().compile_fail(self.cases("check"));
    }
}

#[test]
fn the_committed_suites_are_what_the_pages_generate() {
    for suite in &SUITES {
        let drift = files::compare(&suite.path(), &suite.generated()).unwrap();
        assert!(
            drift.is_empty(),
            "tests/ui/{} is not what api-docs/ generates ({drift:?}): run `{}`, then \
             `TRYBUILD=overwrite cargo test --test constraints`, and review the diff",
            suite.dir,
            suite.command(),
        );
    }
}

/// A `.stderr` recorded for another limit (the case regenerated, the message not) is caught
/// here even where trybuild would be told to overwrite it.
#[test]
fn every_recorded_message_names_its_limit() {
    let mut wrong = Vec::new();
    for suite in &SUITES {
        for case in suite.generated().iter().filter(|c| !c.pass) {
            let expected = case.source.lines().find_map(|l| l.strip_prefix(EXPECT)).unwrap();
            let stderr = files::case_path(&suite.path(), &files::key(case), "stderr");
            match std::fs::read_to_string(&stderr) {
                Ok(text) if text.contains(expected) => {}
                Ok(_) => wrong.push(format!("{}: does not say `{expected}`", stderr.display())),
                Err(e) => wrong.push(format!("{}: {e}", stderr.display())),
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Every case of the default families compiles or fails as generated. One trybuild run:
/// trybuild builds all cases in one `cargo build --bins --keep-going`, so cargo spreads them
/// over the cores.
#[test]
fn constraint_suite() {
    SUITES[0].build();
}

/// The default families' fail cases that `cargo check` reports, checked (not built).
#[test]
fn constraint_suite_checked() {
    SUITES[0].check();
}

/// The same for the seven other families.
#[test]
fn constraint_suite_other_families() {
    SUITES[1].build();
}

/// The seven other families' fail cases that `cargo check` reports.
#[test]
fn constraint_suite_other_families_checked() {
    SUITES[1].check();
}
