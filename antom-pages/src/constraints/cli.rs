//! `antom-pages constraint-tests PAGES --out DIR [--check]`.

use super::files;
use crate::check::{load, print};
use crate::{EXIT_PROBLEMS, EXIT_USAGE, Format};
use std::path::PathBuf;
use std::process::ExitCode;

/// The arguments of `constraint-tests`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The pages: a directory (every `*.md` in it), or several directories and `.md` files.
    #[arg(default_value = "api-docs")]
    pages: Vec<PathBuf>,
    /// The suite's directory (cases go to its `pass/`, `check/` and `fail/`).
    #[arg(long)]
    out: PathBuf,
    /// The path of the generated types and the literal macros in the cases.
    #[arg(long = "crate", default_value = "vault_generated")]
    krate: String,
    /// Only the APIs of this family module (repeatable: `--family vaulting --family payments`),
    /// for a crate that compiles some families only; every family without it.
    #[arg(long = "family")]
    families: Vec<String>,
    /// Write nothing; exit 1 when the suite on disk is not what the pages generate.
    #[arg(long)]
    check: bool,
}

/// Runs `constraint-tests`.
pub fn run(args: &Args) -> ExitCode {
    let sources = match load(&args.pages) {
        Ok(sources) => sources,
        Err(message) => return usage(&message),
    };
    let model = match vault_codegen::model(&sources, &crate::config(&args.pages)) {
        Ok(model) => model,
        Err(problems) => {
            print(&sources, &problems, Format::Human);
            return ExitCode::from(EXIT_PROBLEMS);
        }
    };
    let cases = super::suite(&model, &args.krate, &args.families);
    let outcome = if args.check { files::compare(&args.out, &cases) } else { files::write(&args.out, &cases) };
    let drift = match outcome {
        Ok(drift) => drift,
        Err(message) => return usage(&message),
    };
    let count = |kind: &str| cases.iter().filter(|c| files::kind_dir(c) == kind).count();
    for (sign, keys) in [("+", &drift.added), ("-", &drift.removed), ("~", &drift.changed)] {
        for key in keys {
            println!("{sign} {key}");
        }
    }
    let (pass, check, fail) = (count("pass"), count("check"), count("fail"));
    println!("{} cases ({pass} pass, {check} check, {fail} fail) in {}", cases.len(), args.out.display());
    if args.check && !drift.is_empty() {
        eprintln!(
            "error: the suite is not what the pages generate: run `antom-pages constraint-tests` without --check"
        );
        return ExitCode::from(EXIT_PROBLEMS);
    }
    let recorded_anew = !drift.added.is_empty() || !drift.changed.is_empty();
    if !args.check && recorded_anew {
        println!(
            "record the compiler's messages of new and changed cases: TRYBUILD=overwrite cargo test --test constraints"
        );
    }
    ExitCode::SUCCESS
}

fn usage(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(EXIT_USAGE)
}
