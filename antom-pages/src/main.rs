//! `antom-pages`: the maintainer's tool over the same generator the `generate!` macro uses.
//! `check` reports every page problem exactly as the compiler would.

mod check;
mod expand;

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

/// Check Antom reference pages, see the code they generate, and judge a change to them.
#[derive(Parser)]
#[command(name = "antom-pages", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse, lower and validate every page; print every problem as the compiler would.
    Check {
        /// The pages: a directory (every `*.md` in it), or several directories and `.md` files.
        #[arg(default_value = "api-docs")]
        dir: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// Print the generated code, pretty-printed (for one API with `--api`).
    Expand {
        /// The pages: a directory (every `*.md` in it), or several directories and `.md` files.
        #[arg(default_value = "api-docs")]
        dir: Vec<PathBuf>,
        /// Only this API's items (its name, or `family/name` when two families share it).
        #[arg(long)]
        api: Option<String>,
    },
}

/// How problems are printed.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// As the compiler shows them.
    Human,
    /// One JSON object per problem per line.
    Json,
}

/// The `generate!` invocation whose settings (`sensitive`, `next_steps`) apply, so that the
/// tool sees the pages exactly as the build does.
pub const INVOCATION: &str = "vault-generated/src/lib.rs";

/// The generator settings for a pages directory: those of [`INVOCATION`] when that invocation
/// reads this directory (run from the workspace root), else the defaults.
pub fn config(pages: &[PathBuf]) -> vault_codegen::Config {
    let [dir] = pages else { return vault_codegen::Config::default() };
    let invocation = std::path::Path::new(INVOCATION);
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
    let same = |a: &std::path::Path, b: &std::path::Path| match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if read.is_some_and(|read| same(&read, dir)) { args.config() } else { vault_codegen::Config::default() }
}

/// Exit codes: 0 clean, 1 a problem in the pages, 2 usage or I/O.
pub const EXIT_PROBLEMS: u8 = 1;
/// See [`EXIT_PROBLEMS`].
pub const EXIT_USAGE: u8 = 2;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return ExitCode::from(if error.use_stderr() { EXIT_USAGE } else { 0 });
        }
    };
    match cli.command {
        Command::Check { dir, format } => check::run(&dir, format),
        Command::Expand { dir, api } => expand::run(&dir, api.as_deref()),
    }
}
