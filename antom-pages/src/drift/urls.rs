//! Which vendor page each of our pages describes: `vendor-pages.txt` beside the pages of a
//! family, one `page.md URL` a line (a line starting with `#`, or ` #` and what follows, is a comment). The URL is the vendor's Markdown
//! copy of the page (the HTML page's address with `.md`).

use std::path::{Path, PathBuf};

/// The file that records the vendor pages of a directory's pages.
pub const FILE: &str = "vendor-pages.txt";

/// One of our pages and the vendor page it describes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VendorPage {
    /// Our page.
    pub page: PathBuf,
    /// The vendor's Markdown copy.
    pub url: String,
}

/// The vendor pages recorded in `dir` and its subdirectories, sorted by our page's path; a
/// line that is not `page.md URL` is an error naming the file and line.
pub fn recorded(dir: &Path) -> Result<Vec<VendorPage>, String> {
    let mut out = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(here) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&here) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.file_name().is_some_and(|n| n == FILE) {
                let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
                out.extend(parse(&here, &path, &text)?);
            }
        }
    }
    out.sort_by(|a, b| a.page.cmp(&b.page));
    Ok(out)
}

fn parse(dir: &Path, file: &Path, text: &str) -> Result<Vec<VendorPage>, String> {
    let mut out = Vec::new();
    for (number, line) in text.lines().enumerate() {
        // A comment is a line starting with `#`, or ` #` and what follows.
        let line = line.split(" #").next().unwrap_or_default().trim();
        if line.starts_with('#') {
            continue;
        }
        if line.is_empty() {
            continue;
        }
        let mut words = line.split_whitespace();
        match (words.next(), words.next(), words.next()) {
            (Some(page), Some(url), None) if page.ends_with(".md") && url.starts_with("http") => {
                out.push(VendorPage { page: dir.join(page), url: url.to_owned() });
            }
            _ => return Err(format!("{}:{}: expected `page.md URL`, found `{line}`", file.display(), number + 1)),
        }
    }
    Ok(out)
}

/// `url` with its scheme and host replaced by `origin` (`http://127.0.0.1:8080`), for a mirror
/// or a test server; the URL itself when it has no path.
pub fn moved(url: &str, origin: &str) -> String {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    match after_scheme.find('/') {
        Some(slash) => format!("{}{}", origin.trim_end_matches('/'), &after_scheme[slash..]),
        None => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::{moved, parse};
    use std::path::Path;

    #[test]
    fn lines_comments_and_errors() {
        let text = "# vaulting\ncapture.md https://docs.antom.com/ac/ams/capture.md # English copy\n\n";
        let pages = parse(Path::new("d"), Path::new("d/vendor-pages.txt"), text).unwrap_or_default();
        assert_eq!(pages.len(), 1);
        assert_eq!(pages[0].url, "https://docs.antom.com/ac/ams/capture.md");
        let bad = parse(Path::new("d"), Path::new("d/vendor-pages.txt"), "capture.md\n");
        assert!(bad.is_err_and(|e| e.contains("vendor-pages.txt:1")));
    }

    #[test]
    fn an_origin_replaces_scheme_and_host() {
        assert_eq!(
            moved("https://docs.antom.com/ac/ams/x.md", "http://127.0.0.1:9/"),
            "http://127.0.0.1:9/ac/ams/x.md"
        );
    }
}
