//! `antom-pages drift`: what the vendor's current pages say that ours do not. Each page's
//! vendor copy (recorded in `vendor-pages.txt`) is fetched, read by the same parser in place of
//! ours, and the two models compared by `diff`: the same kinds and verdicts, prose left out
//! (our descriptions are our own words). A page that cannot be fetched or no longer parses is
//! reported on its own; the others are still compared.

pub mod cli;
pub mod fetch;
pub mod urls;

use crate::diff::{Kind, Report};
use std::path::{Path, PathBuf};
use vault_codegen::source::{SourceFile, Sources};
use vault_codegen::{Config, diag};

/// What became of one of our pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Its vendor copy was read and compared.
    Compared,
    /// No vendor page is recorded for it.
    NoVendorPage,
    /// Its vendor copy could not be fetched or read: why.
    Failed(String),
}

/// One of our pages, its vendor page and what became of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageStatus {
    /// Our page, as diagnostics show it.
    pub page: String,
    /// The vendor copy's URL, when one is recorded.
    pub url: Option<String>,
    /// What became of it.
    pub status: Status,
}

/// The fetched text (or the fetch error) of the vendor copy of one of our pages.
pub struct Fetched {
    /// Our page.
    pub page: PathBuf,
    /// The URL it was fetched from.
    pub url: String,
    /// The text, or why there is none.
    pub text: Result<String, String>,
}

/// Every page's status and the differences of fact.
#[derive(Debug, Default)]
pub struct Drift {
    /// One per page of ours, in the order of the sources.
    pub pages: Vec<PageStatus>,
    /// The differences (no `description-changed`), with the constraint cases they move.
    pub report: Report,
}

impl Drift {
    /// Whether some page could not be compared.
    pub fn failed(&self) -> bool {
        self.pages.iter().any(|p| matches!(p.status, Status::Failed(_)))
    }
}

fn same(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// `sources` with the pages in `replaced` read from the vendor's text instead (shown under the
/// vendor's URL in diagnostics).
fn with_vendor(sources: &Sources, replaced: &[(&Fetched, &str)]) -> Sources {
    let mut out = Sources::new();
    for (_, file) in sources.iter() {
        let vendor = replaced.iter().find(|(f, _)| same(&f.page, &file.path));
        out.add(match vendor {
            Some((fetched, text)) => SourceFile::new(fetched.url.clone(), file.path.clone(), *text),
            None => file.clone(),
        });
    }
    out
}

/// Compares our pages with the vendor copies in `fetched`. `Err`: our own pages do not build a
/// model (`check` shows why).
pub fn compare(sources: &Sources, config: &Config, fetched: &[Fetched]) -> Result<Drift, String> {
    let ours = vault_codegen::model(sources, config).map_err(|_| "our pages have problems: run `antom-pages check`")?;
    let mut drift = Drift::default();
    let mut accepted = Vec::new();
    for (_, file) in sources.iter() {
        let vendor = fetched.iter().find(|f| same(&f.page, &file.path));
        let status = match vendor.map(|f| (f, &f.text)) {
            None => Status::NoVendorPage,
            Some((_, Err(why))) => Status::Failed(why.clone()),
            Some((f, Ok(text))) => {
                let alone = with_vendor(sources, &[(f, text)]);
                match vault_codegen::model(&alone, config) {
                    Ok(_) => {
                        accepted.push((f, text.as_str()));
                        Status::Compared
                    }
                    Err(problems) => Status::Failed(rendered(&alone, &problems)),
                }
            }
        };
        drift.pages.push(PageStatus { page: file.display.clone(), url: vendor.map(|f| f.url.clone()), status });
    }
    for f in fetched.iter().filter(|f| !sources.iter().any(|(_, file)| same(&f.page, &file.path))) {
        let why = format!("{} is recorded for {}, which is not among the pages", f.url, f.page.display());
        drift.pages.push(PageStatus {
            page: f.page.display().to_string(),
            url: Some(f.url.clone()),
            status: Status::Failed(why),
        });
    }
    let theirs = with_vendor(sources, &accepted);
    let vendor_model = match vault_codegen::model(&theirs, config) {
        Ok(model) => model,
        // Each page builds alone, but not all together (two define one shared type apiece).
        Err(problems) => {
            return Err(format!("the vendor's pages do not build together:\n{}", rendered(&theirs, &problems)));
        }
    };
    let mut report = crate::diff::diff(&ours, &vendor_model);
    report.changes.retain(|c| c.kind != Kind::DescriptionChanged);
    crate::diff::cases::attach(&mut report, &ours, &vendor_model);
    drift.report = report;
    Ok(drift)
}

fn rendered(sources: &Sources, problems: &[diag::Diagnostic]) -> String {
    problems.iter().map(|p| format!("error: {}", diag::render(sources, p))).collect::<Vec<_>>().join("\n")
}
