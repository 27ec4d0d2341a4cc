//! Reading the pages of a directory.

use crate::source::{SourceFile, Sources};
use std::path::{Path, PathBuf};

/// Reads every `*.md` file of `dir` (not recursive), sorted by file name so that output is
/// deterministic. Paths in diagnostics are shown relative to `display_root` when they are
/// inside it.
pub fn load_dir(dir: &Path, display_root: &Path) -> Result<Sources, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read the pages directory `{}`: {e}", dir.display()))?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "md") && path.is_file())
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(format!("the pages directory `{}` has no `.md` pages", dir.display()));
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
