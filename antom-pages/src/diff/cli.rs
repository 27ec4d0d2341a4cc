//! `antom-pages diff OLD NEW` and `antom-pages diff --rev REV NEW`.

use super::{Report, Rust, Wire, render};
use crate::check::{load, print};
use crate::{EXIT_PROBLEMS, EXIT_USAGE, Format};
use std::path::PathBuf;
use std::process::ExitCode;
use vault_codegen::model::Model;
use vault_codegen::source::Sources;

/// The arguments of `diff`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// `OLD NEW` (two page directories), or only `NEW` with `--rev`.
    #[arg(required = true, num_args = 1..=2)]
    dirs: Vec<PathBuf>,
    /// Read OLD as NEW's directory at this git revision (`HEAD~1`, a tag, a commit).
    #[arg(long)]
    rev: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DiffFormat::Human)]
    format: DiffFormat,
    /// Exit 1 when a change reaches this level: `breaking` (wire) or `major` (Rust).
    #[arg(long, value_enum)]
    fail_on: Option<FailOn>,
}

/// How a diff is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DiffFormat {
    /// Grouped by API, the verdict first.
    Human,
    /// A CHANGELOG entry or pull-request comment.
    Markdown,
    /// `{"verdict":{..},"changes":[..]}`.
    Json,
}

/// When `diff` fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FailOn {
    /// A wire-breaking change.
    Breaking,
    /// A major change for Rust code.
    Major,
}

/// Runs `diff`.
pub fn run(args: &Args) -> ExitCode {
    let sides = match (&args.rev, args.dirs.as_slice()) {
        (Some(rev), [new]) => crate::git::load_at(rev, new).map(|old| (old, new.clone(), new.clone())),
        (None, [old, new]) => load(std::slice::from_ref(old)).map(|sources| (sources, old.clone(), new.clone())),
        (Some(_), _) => Err("with `--rev REV`, give only the NEW directory".to_owned()),
        (None, _) => Err("give OLD and NEW page directories, or `--rev REV NEW`".to_owned()),
    };
    let (old_sources, old_dir, new_dir) = match sides {
        Ok(sides) => sides,
        Err(message) => return usage(&message),
    };
    let new_sources = match load(std::slice::from_ref(&new_dir)) {
        Ok(sources) => sources,
        Err(message) => return usage(&message),
    };
    let (Some(old), Some(new)) = (model(&old_sources, &old_dir), model(&new_sources, &new_dir)) else {
        return ExitCode::from(EXIT_USAGE);
    };
    let mut report = super::diff(&old, &new);
    super::cases::attach(&mut report, &old, &new);
    match args.format {
        DiffFormat::Human => print!("{}", render::human(&report)),
        DiffFormat::Markdown => print!("{}", render::markdown(&report)),
        DiffFormat::Json => println!("{}", render::json(&report)),
    }
    if reached(&report, args.fail_on) { ExitCode::from(EXIT_PROBLEMS) } else { ExitCode::SUCCESS }
}

fn usage(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(EXIT_USAGE)
}

/// The model of one side, or its problems printed as `check` prints them. Settings of the
/// `generate!` call that name nothing on this side (an old revision predates them) are ignored:
/// `check` is where they are judged.
fn model(sources: &Sources, dir: &std::path::Path) -> Option<Model> {
    let mut config = crate::config(&[dir.to_path_buf()]);
    config.ignore_unmatched = true;
    match vault_codegen::model(sources, &config) {
        Ok(model) => Some(model),
        Err(problems) => {
            print(sources, &problems, Format::Human);
            None
        }
    }
}

/// Whether the report reaches the `--fail-on` level.
pub fn reached(report: &Report, fail_on: Option<FailOn>) -> bool {
    match fail_on {
        Some(FailOn::Breaking) => report.wire() >= Wire::Breaking,
        Some(FailOn::Major) => report.rust() >= Rust::Major,
        None => false,
    }
}
