//! Where the pages are, how their paths are shown, and how the build tracks them.

use proc_macro2::TokenStream;
use quote::quote;
use std::path::{Path, PathBuf};
use vault_codegen::source::{Sources, normalize};

/// Resolves the pages directory relative to the directory of the file that invokes the macro,
/// as `include_str!` does; falls back to the crate's manifest directory when the compiler does
/// not tell which file that is.
pub fn resolve(written: &str) -> PathBuf {
    let written = Path::new(written);
    if written.is_absolute() {
        return written.to_path_buf();
    }
    let invoking_dir = proc_macro::Span::call_site()
        .local_file()
        .and_then(|file| file.parent().map(Path::to_path_buf))
        .map(|dir| absolute(&dir));
    let base = invoking_dir.or_else(|| std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from)).unwrap_or_default();
    normalize(&base, written)
}

fn absolute(path: &Path) -> PathBuf {
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().map(|cwd| normalize(&cwd, path)).unwrap_or_else(|_| path.to_path_buf())
    }
}

/// The directory page paths are shown relative to: the nearest ancestor of the pages that is
/// a Cargo workspace root, so that messages read `api-docs/page.md:12:5` wherever the build
/// runs; the current directory when there is none.
pub fn display_root(pages: &Path) -> PathBuf {
    let is_workspace = |dir: &Path| {
        std::fs::read_to_string(dir.join("Cargo.toml"))
            .is_ok_and(|manifest| manifest.lines().any(|l| l.trim() == "[workspace]"))
    };
    pages
        .ancestors()
        .find(|dir| is_workspace(dir))
        .map(Path::to_path_buf)
        .or_else(|| std::env::current_dir().ok())
        .unwrap_or_default()
}

/// `include_bytes!` of every page, so that editing a page rebuilds the crate that invokes
/// the macro. (A page added to the directory is caught by that crate's build script.)
pub fn tracking(sources: &Sources) -> TokenStream {
    let paths = sources.iter().map(|(_, file)| file.path.display().to_string());
    quote! { #(const _: &[u8] = ::std::include_bytes!(#paths);)* }
}
