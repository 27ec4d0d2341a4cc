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

/// The pages of one entry: the `.md` files of a directory and of its subdirectories (a
/// directory per family, each with its own objects page), sorted by path; or the file itself.
fn pages_of(entry: &Path) -> Result<Vec<PathBuf>, String> {
    if entry.is_file() {
        return match entry.extension().is_some_and(|ext| ext == "md") {
            true => Ok(vec![entry.to_path_buf()]),
            false => Err(format!("`{}` is not a `.md` page", entry.display())),
        };
    }
    let mut paths = Vec::new();
    collect(entry, &mut paths, 0)?;
    paths.sort();
    if paths.is_empty() {
        return Err(format!("the pages directory `{}` has no `.md` pages", entry.display()));
    }
    Ok(paths)
}

/// How deep subdirectories are read (a family directory, maybe one level more).
const MAX_DEPTH: usize = 3;

fn collect(dir: &Path, paths: &mut Vec<PathBuf>, depth: usize) -> Result<(), String> {
    let listing =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read the pages directory `{}`: {e}", dir.display()))?;
    for item in listing.filter_map(Result::ok) {
        let path = item.path();
        if path.is_dir() && depth < MAX_DEPTH {
            collect(&path, paths, depth + 1)?;
        } else if path.is_file() && path.extension().is_some_and(|ext| ext == "md") {
            paths.push(path);
        }
    }
    Ok(())
}
