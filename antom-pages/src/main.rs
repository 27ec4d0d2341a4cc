//! `antom-pages`: check pages, expand them, diff two versions, export OpenAPI. See the crate docs
//! of `antom_pages` and the README's "Updating a page".

use antom_pages::{EXIT_USAGE, Format, check, constraints, diff, drift, expand, openapi};
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// Check Antom reference pages, see the code they generate, and judge a change to them.
#[derive(Parser)]
#[command(name = "antom-pages", version)]
struct Cli {
    /// Read the generator settings (`rename`, `features`, `sensitive`, ...) from the first
    /// `generate!` invocation in this Rust file, for whatever pages are given. Without it, the
    /// settings of `vault-generated/src/lib.rs` apply when the pages are the ones it reads.
    #[arg(long, global = true, value_name = "FILE")]
    invocation: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse, lower and validate every page; print every problem as the compiler would. Exit 0
    /// when clean, 1 when a page has a problem, 2 for usage or I/O errors.
    Check {
        /// The pages: a directory (every `*.md` in it), or several directories and `.md` files.
        #[arg(default_value = "api-docs")]
        pages: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// Print the generated code, pretty-printed (for one API with `--api`).
    Expand {
        /// The pages: a directory (every `*.md` in it), or several directories and `.md` files.
        #[arg(default_value = "api-docs")]
        pages: Vec<PathBuf>,
        /// Only this API's items (its name, or `family/name` when two families share it).
        #[arg(long)]
        api: Option<String>,
    },
    /// What changed between two versions of the pages, with wire and Rust verdicts.
    Diff(diff::cli::Args),
    /// Compare the pages with the vendor's current copies (recorded in `vendor-pages.txt`):
    /// differences of fact with `diff`'s kinds and verdicts, prose left out.
    Drift(drift::cli::Args),
    /// Write the constraint suite: per API a trybuild pass case with every request value at its
    /// limit, per limit a compile-fail case one step past it.
    ConstraintTests(constraints::cli::Args),
    /// The pages as an OpenAPI 3.1 document (JSON).
    Openapi {
        /// The pages: a directory (every `*.md` in it), or several directories and `.md` files.
        #[arg(default_value = "api-docs")]
        pages: Vec<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return ExitCode::from(if error.use_stderr() { EXIT_USAGE } else { 0 });
        }
    };
    if let Some(file) = &cli.invocation
        && let Err(message) = antom_pages::use_invocation(file)
    {
        eprintln!("error: {message}");
        return ExitCode::from(EXIT_USAGE);
    }
    match cli.command {
        Command::Check { pages, format } => check::run(&pages, format),
        Command::Expand { pages, api } => expand::run(&pages, api.as_deref()),
        Command::Diff(args) => diff::cli::run(&args),
        Command::Drift(args) => drift::cli::run(&args),
        Command::ConstraintTests(args) => constraints::cli::run(&args),
        Command::Openapi { pages } => openapi::run(&pages),
    }
}
