//! The three output formats of a diff: text for a terminal (grouped by API, the verdict first),
//! Markdown for a CHANGELOG entry or a pull-request comment, and JSON for tools.

use super::{Change, Report};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// Changes grouped by API (the empty label holds crate-wide changes).
fn by_api(report: &Report) -> BTreeMap<&str, Vec<&Change>> {
    let mut groups: BTreeMap<&str, Vec<&Change>> = BTreeMap::new();
    for change in &report.changes {
        groups.entry(change.api.as_str()).or_default().push(change);
    }
    groups
}

fn values(change: &Change) -> String {
    match (&change.old, &change.new) {
        (Some(old), Some(new)) => format!("{old} → {new}"),
        (Some(old), None) => format!("was {old}"),
        (None, Some(new)) => new.clone(),
        (None, None) => String::new(),
    }
}

fn place(change: &Change) -> String {
    match (change.direction, change.path.is_empty()) {
        (Some(direction), false) => format!("{} {}", direction.name(), change.path),
        (Some(direction), true) => direction.name().to_owned(),
        (None, false) => change.path.clone(),
        (None, true) => String::new(),
    }
}

fn headline(report: &Report) -> String {
    format!(
        "wire: {} · rust: {} ({} change{})",
        report.wire().name(),
        report.rust().name(),
        report.changes.len(),
        if report.changes.len() == 1 { "" } else { "s" }
    )
}

/// Text for a terminal.
pub fn human(report: &Report) -> String {
    let mut out = headline(report);
    out.push('\n');
    let kind_width = report.changes.iter().map(|c| c.kind.name().len()).max().unwrap_or(0);
    let place_width = report.changes.iter().map(|c| place(c).chars().count()).max().unwrap_or(0);
    for (api, changes) in by_api(report) {
        let title = if api.is_empty() { "(the generated crate)" } else { api };
        let _ = write!(out, "\n{title}\n");
        for c in changes {
            let (wire, rust, kind, place) = (c.wire.name(), c.rust.name(), c.kind.name(), place(c));
            let line = format!("{wire:<17}  {rust:<5}  {kind:<kind_width$}  {place:<place_width$}  {}", values(c));
            let _ = writeln!(out, "  {}", line.trim_end());
            if !c.cases.is_empty() {
                let _ = writeln!(out, "    constraint cases: {}", c.cases.join(" "));
            }
        }
    }
    if !report.cases.is_empty() {
        let _ = write!(out, "\nconstraint suite: {} case(s) differ\n", report.cases.len());
        for case in &report.cases {
            let _ = writeln!(out, "  {case}");
        }
    }
    out
}

/// Markdown, for a CHANGELOG entry or a pull-request comment.
pub fn markdown(report: &Report) -> String {
    let release = match report.rust() {
        super::Rust::Major => "a major release of the generated crate",
        super::Rust::Minor => "a minor release of the generated crate",
        super::Rust::Patch => "a patch release of the generated crate",
    };
    let mut out = format!(
        "**Wire: {}. Rust: {}** ({release}; {} change{}).\n",
        report.wire().name(),
        report.rust().name(),
        report.changes.len(),
        if report.changes.len() == 1 { "" } else { "s" }
    );
    for (api, changes) in by_api(report) {
        let title = if api.is_empty() { "The generated crate".to_owned() } else { format!("`{api}`") };
        let _ = write!(
            out,
            "\n#### {title}\n\n| Wire | Rust | Change | Where | Old → new |\n| --- | --- | --- | --- | --- |\n"
        );
        for c in changes {
            let place = place(c);
            let place = if place.is_empty() { String::new() } else { format!("`{place}`") };
            let _ = writeln!(
                out,
                "| {} | {} | {} | {place} | {} |",
                c.wire.name(),
                c.rust.name(),
                c.kind,
                escape(&values(c))
            );
        }
    }
    if !report.cases.is_empty() {
        let _ = write!(out, "\n#### Constraint suite\n\n");
        for case in &report.cases {
            let _ = writeln!(out, "- `{case}`");
        }
    }
    out
}

fn escape(text: &str) -> String {
    text.replace('|', "\\|")
}

/// JSON: `{"verdict":{"wire","rust"},"changes":[...]}`.
pub fn json(report: &Report) -> serde_json::Value {
    serde_json::json!({
        "verdict": {"wire": report.wire().name(), "rust": report.rust().name()},
        "changes": report.changes.iter().map(Change::json).collect::<Vec<_>>(),
        "cases": report.cases,
    })
}
