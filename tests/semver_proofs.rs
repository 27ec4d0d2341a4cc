//! Every Rust verdict of the differ, proven by the compiler. For each kind of change,
//! `tests/semver/<kind>/` holds an old and a new page set and `usage.rs`, downstream code written
//! against the old generated API the way the README recommends. The differ must report that kind;
//! the usage must compile against the old expansion; against the new one it must compile when
//! the differ's Rust verdict for the pair is patch or minor, and fail when it is major (the
//! `new.stderr` files show what breaks). No verdict is only asserted. The usage takes the old
//! API's boundary values (a text of the old maximum length, a list of the old maximum size, the
//! old range's ends, every old variant), so a proof of a minor verdict could fail; the kinds that
//! widen a limit also prove the boundary itself (see `boundary`).
//!
//! After a change of compiler messages: `TRYBUILD=overwrite cargo test --test semver_proofs`.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "test helpers stop at a broken assumption")]

mod common;

use antom_pages::diff::{Kind, Rust, diff};
use std::path::{Path, PathBuf};

fn model(dir: &Path) -> vault_codegen::model::Model {
    let root = common::root();
    let sources = match vault_codegen::load_dir(dir, &root) {
        Ok(sources) => sources,
        Err(message) => panic!("{message}"),
    };
    match vault_codegen::model(&sources, &vault_codegen::Config::default()) {
        Ok(model) => model,
        Err(problems) => panic!("{}: {problems:#?}", dir.display()),
    }
}

fn cases() -> Vec<PathBuf> {
    let dir = common::root().join("tests/semver");
    let mut cases: Vec<PathBuf> =
        std::fs::read_dir(&dir).map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect()).unwrap_or_default();
    cases.retain(|p| p.is_dir());
    cases.sort();
    cases
}

#[test]
fn every_kind_has_a_proof() {
    let names: Vec<String> =
        cases().iter().filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned())).collect();
    for kind in Kind::ALL {
        assert!(names.contains(&kind.name().to_owned()), "no proof for `{kind}`");
    }
}

#[test]
fn the_compiler_agrees_with_every_rust_verdict() {
    let proofs = trybuild::TestCases::new();
    for case in cases() {
        let name = case.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let report = diff(&model(&case.join("old")), &model(&case.join("new")));
        let kind = Kind::ALL.iter().find(|k| k.name() == name).copied();
        let Some(kind) = kind else { panic!("`{name}` is not a kind of change") };
        assert!(report.changes.iter().any(|c| c.kind == kind), "{name}: the differ did not report it: {report:#?}");
        // The verdict of the pair is the most severe of its changes; the proof uses that one.
        assert_eq!(
            report.rust(),
            kind.verdicts().1,
            "{name}: other changes of the pair decide the verdict: {report:#?}"
        );
        proofs.pass(case.join("old.rs"));
        if report.rust() == Rust::Major {
            proofs.compile_fail(case.join("new.rs"));
        } else {
            proofs.pass(case.join("new.rs"));
        }
        if case.join("control").is_dir() {
            boundary(&proofs, &case);
        }
    }
}

/// The boundary of a kind that widens a limit: the usage, which takes the old API's boundary
/// values, does not compile against pages one step narrower than the old ones (the differ calls
/// that pair major), so it would have caught a narrowing called minor; the new boundary value
/// compiles against the new pages; one past the old boundary does not compile against the old.
fn boundary(proofs: &trybuild::TestCases, case: &Path) {
    let narrower = diff(&model(&case.join("old")), &model(&case.join("control")));
    assert_eq!(narrower.rust(), Rust::Major, "{}: the control pages narrow the limit: {narrower:#?}", case.display());
    proofs.compile_fail(case.join("control.rs"));
    proofs.pass(case.join("new-limit.rs"));
    proofs.compile_fail(case.join("old-limit.rs"));
}

#[test]
fn the_widened_limits_are_proven_at_their_boundary() {
    let widened: Vec<String> = cases()
        .iter()
        .filter(|case| case.join("control").is_dir())
        .filter_map(|case| case.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    let expected = [
        "request-enum-value-added",
        "request-max-length-increased",
        "request-max-size-increased",
        "request-range-widened",
    ];
    assert_eq!(widened, expected);
}
