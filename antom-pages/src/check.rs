//! `check`: every problem of every page, rendered by the generator's own renderer.

use crate::{EXIT_PROBLEMS, EXIT_USAGE, Format};
use std::path::PathBuf;
use std::process::ExitCode;
use vault_codegen::diag::{self, Diagnostic};
use vault_codegen::source::Sources;

/// Checks a pages directory.
pub fn run(dir: &[PathBuf], format: Format) -> ExitCode {
    let sources = match load(dir) {
        Ok(sources) => sources,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    match vault_codegen::model(&sources, &crate::config(dir)) {
        Ok(_) => ExitCode::SUCCESS,
        Err(problems) => {
            print(&sources, &problems, format);
            ExitCode::from(EXIT_PROBLEMS)
        }
    }
}

/// Reads the pages of a directory, shown relative to the current directory.
pub fn load(pages: &[PathBuf]) -> Result<Sources, String> {
    let root = std::env::current_dir().map_err(|e| format!("cannot read the current directory: {e}"))?;
    vault_codegen::load_paths(pages, &root)
}

/// Prints problems as the compiler would (human) or one JSON object per line.
pub fn print(sources: &Sources, problems: &[Diagnostic], format: Format) {
    print!("{}", report(sources, problems, format));
}

/// The problems as `check` prints them, one after another.
pub fn report(sources: &Sources, problems: &[Diagnostic], format: Format) -> String {
    problems
        .iter()
        .map(|problem| match format {
            Format::Human => format!("error: {}\n\n", diag::render(sources, problem)),
            Format::Json => format!("{}\n", json(sources, problem)),
        })
        .collect()
}

fn json(sources: &Sources, problem: &Diagnostic) -> serde_json::Value {
    let (file, line, column) = match sources.get(problem.span.file) {
        Some(file) => {
            let (line, column) = file.line_col(problem.span.start);
            (
                serde_json::Value::from(file.display.clone()),
                serde_json::Value::from(line),
                serde_json::Value::from(column),
            )
        }
        None => (serde_json::Value::Null, serde_json::Value::Null, serde_json::Value::Null),
    };
    serde_json::json!({
        "file": file,
        "line": line,
        "column": column,
        "message": problem.message,
        "help": problem.help,
    })
}
