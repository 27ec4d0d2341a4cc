//! The suite on disk: `DIR/pass/*.rs`, `DIR/check/*.rs` (fail cases `cargo check` reports) and
//! `DIR/fail/*.rs` (fail cases only a build reports), each fail case beside the `.stderr`
//! trybuild recorded for it. Writing leaves the `.stderr` of unchanged cases alone and removes
//! those of cases that are gone; comparing names every case that differs.

use super::Case;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// How the suite on disk differs from the generated one.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Drift {
    /// Cases the pages define that are not on disk.
    pub added: Vec<String>,
    /// Cases on disk the pages no longer define.
    pub removed: Vec<String>,
    /// Cases whose text differs.
    pub changed: Vec<String>,
}

impl Drift {
    /// Whether disk and pages agree.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}

/// The subdirectories of a suite, one per kind of case.
pub const KINDS: [&str; 3] = ["pass", "check", "fail"];

/// The subdirectory of a case: `pass`, `check` (a fail case `cargo check` reports, which
/// trybuild checks without building when its run has no pass case) or `fail`.
pub fn kind_dir(case: &Case) -> &'static str {
    match (case.pass, case.check) {
        (true, _) => "pass",
        (false, true) => "check",
        (false, false) => "fail",
    }
}

/// A case's key: `kind/name`.
pub fn key(case: &Case) -> String {
    format!("{}/{}", kind_dir(case), case.name)
}

/// The cases on disk: `kind/name` → text.
pub fn read(dir: &Path) -> Result<BTreeMap<String, String>, String> {
    let mut out = BTreeMap::new();
    for kind in KINDS {
        let sub = dir.join(kind);
        let Ok(entries) = std::fs::read_dir(&sub) else { continue };
        for entry in entries {
            let path = entry.map_err(|e| format!("{}: {e}", sub.display()))?.path();
            let (Some(stem), Some("rs")) =
                (path.file_stem().and_then(|s| s.to_str()), path.extension().and_then(|e| e.to_str()))
            else {
                continue;
            };
            let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            out.insert(format!("{kind}/{stem}"), text);
        }
    }
    Ok(out)
}

/// How `dir` differs from `cases`.
pub fn compare(dir: &Path, cases: &[Case]) -> Result<Drift, String> {
    let mut on_disk = read(dir)?;
    let mut drift = Drift::default();
    for case in cases {
        let key = key(case);
        match on_disk.remove(&key) {
            None => drift.added.push(key),
            Some(text) if text != case.source => drift.changed.push(key),
            Some(_) => {}
        }
    }
    drift.removed = on_disk.into_keys().collect();
    Ok(drift)
}

/// Writes `cases` into `dir` and removes the cases (and their `.stderr`) the pages no longer
/// define; returns what changed.
pub fn write(dir: &Path, cases: &[Case]) -> Result<Drift, String> {
    let drift = compare(dir, cases)?;
    let io = |path: &Path, e: std::io::Error| format!("{}: {e}", path.display());
    for kind in KINDS {
        let sub = dir.join(kind);
        std::fs::create_dir_all(&sub).map_err(|e| io(&sub, e))?;
    }
    for key in &drift.removed {
        for ext in ["rs", "stderr"] {
            let path = case_path(dir, key, ext);
            if path.exists() {
                std::fs::remove_file(&path).map_err(|e| io(&path, e))?;
            }
        }
    }
    for case in cases {
        let key = key(case);
        if drift.added.contains(&key) || drift.changed.contains(&key) {
            let path = case_path(dir, &key, "rs");
            std::fs::write(&path, &case.source).map_err(|e| io(&path, e))?;
        }
    }
    Ok(drift)
}

/// `dir/fail/name.ext` for the key `fail/name`.
pub fn case_path(dir: &Path, key: &str, ext: &str) -> PathBuf {
    dir.join(format!("{key}.{ext}"))
}
