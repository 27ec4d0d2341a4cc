//! Pages as they were at a git revision (`diff --rev HEAD~1 api-docs`), read with `git` itself.

use std::path::Path;
use std::process::Command;
use vault_codegen::source::{SourceFile, Sources};

/// The `*.md` pages of `dir` at revision `rev`, shown as `rev:dir/page.md`.
pub fn load_at(rev: &str, dir: &Path) -> Result<Sources, String> {
    if rev.starts_with('-') {
        return Err(format!("`{rev}` is not a git revision"));
    }
    // Recursive: each family's pages are in a directory of their own.
    let listing = git(&["ls-tree", "-r", "--name-only", rev, "--", &format!("{}/", dir.display())])
        .map_err(|e| format!("cannot list `{}` at `{rev}`: {e}", dir.display()))?;
    let mut names: Vec<&str> = listing.lines().filter(|line| line.ends_with(".md")).collect();
    names.sort_unstable();
    if names.is_empty() {
        return Err(format!("`{}` has no `.md` pages at `{rev}`", dir.display()));
    }
    let mut sources = Sources::new();
    for name in names {
        let text =
            git(&["show", &format!("{rev}:./{name}")]).map_err(|e| format!("cannot read `{name}` at `{rev}`: {e}"))?;
        sources.add(SourceFile::new(format!("{rev}:{name}"), name, text));
    }
    Ok(sources)
}

/// Runs git and returns its standard output as UTF-8.
fn git(args: &[&str]) -> Result<String, String> {
    let output = Command::new("git").args(args).output().map_err(|e| format!("cannot run git: {e}"))?;
    if !output.status.success() {
        let message = String::from_utf8_lossy(&output.stderr);
        return Err(message.lines().next().unwrap_or("git failed").trim().to_owned());
    }
    String::from_utf8(output.stdout).map_err(|_| "a page is not UTF-8".to_owned())
}
