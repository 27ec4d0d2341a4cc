//! The maintainer's tool over the same generator the `generate!` macro uses (one library behind
//! the macro and this tool): check pages, print what they generate, judge what a doc change does
//! to the wire and to Rust code, and export the pages as OpenAPI.
#![deny(missing_docs)]

pub mod check;
pub mod constraints;
pub mod diff;
pub mod drift;
pub mod expand;
pub mod git;
pub mod limits;
pub mod openapi;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Exit code: the pages have a problem, or the diff reached `--fail-on`.
pub const EXIT_PROBLEMS: u8 = 1;
/// Exit code: usage or I/O error (a missing directory, a revision that does not exist, a page
/// that does not parse in a diff).
pub const EXIT_USAGE: u8 = 2;

/// The `generate!` invocation whose settings (`sensitive`, `next_steps`) apply, so that the
/// tool sees the pages exactly as the build does.
pub const INVOCATION: &str = "vault-generated/src/lib.rs";

/// How problems are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// As the compiler shows them.
    Human,
    /// One JSON object per problem per line.
    Json,
}

/// The settings of the invocation `--invocation FILE` names, for every command of this run.
static EXPLICIT: OnceLock<vault_codegen::Config> = OnceLock::new();

/// Applies the settings of the first `generate!` invocation in a Rust file to whatever pages
/// this run reads (`--invocation FILE`): a maintainer trying pages outside the workspace (a
/// second page for an endpoint, which needs a `rename`) gives the settings in a file of their
/// own. The file must exist and hold an invocation that parses.
pub fn use_invocation(file: &Path) -> Result<(), String> {
    let source = std::fs::read_to_string(file).map_err(|e| format!("cannot read `{}`: {e}", file.display()))?;
    let args = vault_codegen::invocation::Args::from_source(&source)
        .map_err(|e| format!("`{}` holds no `generate!` invocation that parses: {e}", file.display()))?;
    // Set once, from `main`, before any command runs.
    let _ = EXPLICIT.set(args.config());
    Ok(())
}

/// The generator settings for the pages: those of `--invocation FILE` when given; else those of
/// [`INVOCATION`] when that invocation reads exactly this one directory (run from the workspace
/// root); else the defaults.
pub fn config(pages: &[PathBuf]) -> vault_codegen::Config {
    if let Some(explicit) = EXPLICIT.get() {
        return explicit.clone();
    }
    let [dir] = pages else { return vault_codegen::Config::default() };
    let invocation = Path::new(INVOCATION);
    let Some(args) = std::fs::read_to_string(invocation)
        .ok()
        .and_then(|source| vault_codegen::invocation::Args::from_source(&source).ok())
    else {
        return vault_codegen::Config::default();
    };
    let read = match (invocation.parent(), args.pages.as_slice()) {
        (Some(src), [only]) => Some(src.join(only.value())),
        _ => None,
    };
    let same = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if read.is_some_and(|read| same(&read, dir)) { args.config() } else { vault_codegen::Config::default() }
}
