//! Which cases of the constraint suite a change adds, removes or changes: the suites the two
//! models generate, compared case by case, each difference given to the changes of its API and
//! field path (a pass case, which holds every limit of its API, to each of its API's changes
//! that moved a fail case).

use super::{Change, Report};
use crate::constraints::{Case, suite};
use std::collections::BTreeMap;
use vault_codegen::model::Model;

/// The path of the generated types in case texts; the same on both sides, so it never shows.
const KRATE: &str = "vault_generated";

/// One difference between the suites: `+fail/name`, `-check/name` or `~pass/name`.
fn differences(old: &Model, new: &Model) -> Vec<(String, Case)> {
    let key = crate::constraints::files::key;
    let before: BTreeMap<String, Case> = suite(old, KRATE, &[]).into_iter().map(|c| (key(&c), c)).collect();
    let mut after: BTreeMap<String, Case> = suite(new, KRATE, &[]).into_iter().map(|c| (key(&c), c)).collect();
    let mut out = Vec::new();
    for (name, case) in before {
        match after.remove(&name) {
            None => out.push((format!("-{name}"), case)),
            Some(now) if now.source != case.source => out.push((format!("~{name}"), now)),
            Some(_) => {}
        }
    }
    out.extend(after.into_iter().map(|(name, case)| (format!("+{name}"), case)));
    out
}

/// Names, on each change of `report` and on the report, the constraint cases that differ
/// between the suites `old` and `new` generate.
pub fn attach(report: &mut Report, old: &Model, new: &Model) {
    let found = differences(old, new);
    for change in &mut report.changes {
        change.cases = mine(change, &found);
    }
    let mut names: Vec<String> = found.into_iter().map(|(name, _)| name).collect();
    names.sort_by(|a, b| a.get(1..).cmp(&b.get(1..)));
    report.cases = names;
}

fn mine(change: &Change, found: &[(String, Case)]) -> Vec<String> {
    if change.path.is_empty() {
        return Vec::new();
    }
    let own: Vec<String> =
        found.iter().filter(|(_, c)| c.api == change.api && c.path == change.path).map(|(n, _)| n.clone()).collect();
    if own.is_empty() {
        return own;
    }
    let pass = found.iter().filter(|(_, c)| c.pass && c.api == change.api).map(|(n, _)| n.clone());
    own.iter().cloned().chain(pass).collect()
}
