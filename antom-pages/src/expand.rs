//! `expand`: the code the pages generate, pretty-printed as the whole-output snapshot shows it.

use crate::check::{load, report};
use crate::{EXIT_PROBLEMS, EXIT_USAGE, Format};
use std::path::PathBuf;
use std::process::ExitCode;

/// Prints the expansion of a pages directory, or of one API.
pub fn run(dir: &[PathBuf], api: Option<&str>) -> ExitCode {
    let sources = match load(dir) {
        Ok(sources) => sources,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let config = crate::config(dir);
    let model = match vault_codegen::model(&sources, &config) {
        Ok(model) => model,
        Err(problems) => {
            // Standard output is the code (`expand pages > out.rs`): the problems go to the
            // terminal instead, so a rejected page is seen, not written into the file.
            eprint!("{}", report(&sources, &problems, Format::Human));
            return ExitCode::from(EXIT_PROBLEMS);
        }
    };
    let tokens = match api {
        None => vault_codegen::emit(&model),
        Some(wanted) => match vault_codegen::emit_api(&model, wanted) {
            Some(tokens) => tokens,
            None => {
                eprintln!("error: {}", not_one_api(&model, wanted));
                return ExitCode::from(EXIT_USAGE);
            }
        },
    };
    match syn::parse2::<syn::File>(tokens) {
        Ok(file) => {
            print!("{}", prettyplease::unparse(&file));
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: the generated code does not parse (a generator bug): {error}");
            ExitCode::FAILURE
        }
    }
}

/// Why `--api NAME` names no single API: none has the name, or several families have it.
fn not_one_api(model: &vault_codegen::model::Model, wanted: &str) -> String {
    let families: Vec<String> = model
        .apis
        .iter()
        .filter(|api| api.rust_name.as_deref().unwrap_or(&api.name) == wanted)
        .filter_map(|api| api.family.as_ref().map(|family| format!("`{family}/{wanted}`")))
        .collect();
    match families.len() {
        0 | 1 => format!("no API `{wanted}` in the pages (name it `family/name` when two families have it)"),
        _ => format!("`{wanted}` is an API of several families: name one of {}", families.join(", ")),
    }
}
