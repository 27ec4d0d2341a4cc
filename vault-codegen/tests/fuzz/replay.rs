//! Inputs that once failed, replayed by every run: `tests/fixtures/fuzz/<page>/<case>.md`
//! replaces `<page>.md` (`api-docs/vaulting/vault_payment_method/...` replaces
//! `api-docs/vaulting/vault_payment_method.md`; `corpus/<name>/...` a page of the corpus, beside
//! its objects page) and must pass the fuzzer's checks. A `<case>.expect` beside it says more:
//! `generates`, or lines that must each appear in the rendered diagnostics (the input was once
//! misread without a word, or refused).

use crate::{PageSet, check, corpus_pages, real_pages};
use std::path::{Path, PathBuf};

/// Every fixture under `dir`, sorted; a directory that cannot be read is an error.
fn fixtures(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| format!("{}: {e}", dir.display()))?.path();
        if path.is_dir() {
            out.extend(fixtures(&path)?);
        } else if path.extension().is_some_and(|e| e == "md") {
            out.push(path);
        }
    }
    out.sort();
    Ok(out)
}

/// The page set in which a fixture replaces its page, found by the fixture's directory.
fn page_for(root: &Path, fixture: &Path, sets: &[PageSet]) -> Result<PageSet, String> {
    let dir = fixture.parent().and_then(|d| d.strip_prefix(root).ok()).ok_or("a fixture outside the fixtures")?;
    let key = dir.to_string_lossy().replace('\\', "/");
    let name = match key.strip_prefix("corpus/") {
        Some(page) => format!("vault-codegen/tests/fixtures/corpus/{page}.md"),
        None => format!("{key}.md"),
    };
    let found = sets.iter().find(|set| set.name() == name).cloned();
    found.ok_or_else(|| format!("{}: no page `{name}` to replace (name the directory after a page)", fixture.display()))
}

/// What a fixture's `.expect` asks beyond the checks.
fn expectation(fixture: &Path, set: &PageSet, text: &str) -> Result<(), String> {
    let Ok(expect) = std::fs::read_to_string(fixture.with_extension("expect")) else {
        return Ok(());
    };
    let sources = set.sources(text);
    let outcome = vault_codegen::generate(&sources, &crate::settings());
    let rendered: Vec<String> = match &outcome {
        Ok(_) => Vec::new(),
        Err(found) => found.iter().map(|d| vault_codegen::diag::render(&sources, d)).collect(),
    };
    for line in expect.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let met = if line == "generates" { outcome.is_ok() } else { rendered.iter().any(|d| d.contains(line)) };
        if !met {
            return Err(format!("expected `{line}`; the diagnostics are:\n{}", rendered.join("\n")));
        }
    }
    Ok(())
}

#[test]
fn inputs_that_once_failed_stay_fixed() {
    let root = crate::common::root().join("vault-codegen/tests/fixtures/fuzz");
    let found = fixtures(&root).unwrap_or_else(|e| panic!("the fuzz fixtures cannot be read: {e}"));
    assert!(!found.is_empty(), "no fixtures in {}", root.display());
    let sets: Vec<PageSet> = real_pages().into_iter().chain(corpus_pages()).collect();
    let mut failures = Vec::new();
    for fixture in &found {
        let text = std::fs::read_to_string(fixture).map_err(|e| e.to_string());
        let outcome = text.and_then(|text| {
            let set = page_for(&root, fixture, &sets)?;
            let run = || check(&set, &text).and_then(|()| expectation(fixture, &set, &text));
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(run))
                .unwrap_or_else(|_| Err("the pipeline panicked".to_owned()))
        });
        if let Err(why) = outcome {
            failures.push(format!("{}: {why}", fixture.display()));
        }
    }
    assert!(failures.is_empty(), "{} of {} inputs fail again:\n{}", failures.len(), found.len(), failures.join("\n\n"));
    eprintln!("replayed {} inputs that once failed", found.len());
}
