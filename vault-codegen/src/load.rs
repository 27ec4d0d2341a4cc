//! Reading the pages of a directory.

use crate::source::{SourceFile, Sources};
use std::path::{Path, PathBuf};

/// Reads every `*.md` file of `dir` (not recursive), sorted by file name so that output is
/// deterministic. Paths in diagnostics are shown relative to `display_root` when they are
/// inside it.
pub fn load_dir(dir: &Path, display_root: &Path) -> Result<Sources, String> {
    load_paths(&[dir.to_path_buf()], display_root)
}

/// Reads pages from directories (every `*.md` in each, sorted by name) and single `.md` files,
/// in the order given; a page named twice is read once.
pub fn load_paths(entries: &[PathBuf], display_root: &Path) -> Result<Sources, String> {
    let mut paths: Vec<PathBuf> = Vec::new();
    for entry in entries {
        for path in pages_of(entry)? {
            if !paths.contains(&path) {
                paths.push(path);
            }
        }
    }
    let mut sources = Sources::new();
    for path in paths {
        let bytes = std::fs::read(&path).map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
        let text = String::from_utf8(bytes).map_err(|e| {
            format!("`{}` is not UTF-8 (first bad byte at {})", path.display(), e.utf8_error().valid_up_to())
        })?;
        let display = path.strip_prefix(display_root).unwrap_or(&path).display().to_string();
        sources.add(SourceFile::new(display, path, text));
    }
    Ok(sources)
}

/// The pages of one entry: the `.md` files of a directory, or the file itself.
fn pages_of(entry: &Path) -> Result<Vec<PathBuf>, String> {
    if entry.is_file() {
        return match entry.extension().is_some_and(|ext| ext == "md") {
            true => Ok(vec![entry.to_path_buf()]),
            false => Err(format!("`{}` is not a `.md` page", entry.display())),
        };
    }
    let listing =
        std::fs::read_dir(entry).map_err(|e| format!("cannot read the pages directory `{}`: {e}", entry.display()))?;
    let mut paths: Vec<PathBuf> = listing
        .filter_map(|item| item.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "md") && path.is_file())
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(format!("the pages directory `{}` has no `.md` pages", entry.display()));
    }
    Ok(paths)
}
