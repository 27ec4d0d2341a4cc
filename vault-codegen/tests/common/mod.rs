//! Helpers shared by the integration tests of the generator.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "test helpers stop at a broken assumption")]
// Each test binary uses a different subset of these helpers.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use vault_codegen::source::Sources;

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Loads a directory of pages, shown relative to the workspace root.
pub fn load(dir: &str) -> Sources {
    let root = root();
    match vault_codegen::load_dir(&root.join(dir), &root) {
        Ok(sources) => sources,
        Err(message) => panic!("{message}"),
    }
}

/// The configuration `vault-generated` uses, read from its `generate!` invocation.
pub fn config() -> vault_codegen::Config {
    let source = std::fs::read_to_string(root().join("vault-generated/src/lib.rs")).unwrap_or_default();
    match vault_codegen::invocation::Args::from_source(&source) {
        Ok(args) => args.config(),
        Err(e) => panic!("vault-generated/src/lib.rs: {e}"),
    }
}

/// Generates and pretty-prints, or renders every diagnostic.
pub fn expand(sources: &Sources, config: &vault_codegen::Config) -> Result<String, Vec<String>> {
    match vault_codegen::generate(sources, config) {
        Ok(tokens) => match syn::parse2::<syn::File>(tokens) {
            Ok(file) => Ok(prettyplease::unparse(&file)),
            Err(e) => panic!("generated code does not parse: {e}"),
        },
        Err(diagnostics) => Err(diagnostics.iter().map(|d| vault_codegen::diag::render(sources, d)).collect()),
    }
}
