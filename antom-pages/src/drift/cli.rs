//! `antom-pages drift [PAGES] [--fail-on breaking|major]`.

use super::{Drift, Fetched, Status, fetch, urls};
use crate::check::load;
use crate::diff::cli::{DiffFormat, FailOn, reached};
use crate::diff::render;
use crate::{EXIT_PROBLEMS, EXIT_USAGE};
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

/// The arguments of `drift`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The pages: a directory (every `*.md` in it), or several directories and `.md` files.
    /// Vendor pages are read from the `vendor-pages.txt` files in these directories.
    #[arg(default_value = "api-docs")]
    pages: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DiffFormat::Human)]
    format: DiffFormat,
    /// Exit 1 when a difference reaches this level: `breaking` (wire) or `major` (Rust).
    #[arg(long, value_enum)]
    fail_on: Option<FailOn>,
    /// Seconds to wait for each vendor page.
    #[arg(long, default_value_t = 30)]
    timeout: u64,
    /// Fetch from this origin instead of the recorded one (`http://127.0.0.1:8080`): a mirror,
    /// or a test server.
    #[arg(long)]
    vendor_origin: Option<String>,
}

/// Runs `drift`: exit 1 when `--fail-on` is reached, else 2 when a page could not be compared
/// (network, status, a vendor page that no longer parses) or the input is wrong, else 0.
pub fn run(args: &Args) -> ExitCode {
    let sources = match load(&args.pages) {
        Ok(sources) => sources,
        Err(message) => return usage(&message),
    };
    let mut recorded = Vec::new();
    for dir in args.pages.iter().filter(|p| p.is_dir()) {
        match urls::recorded(dir) {
            Ok(found) => recorded.extend(found),
            Err(message) => return usage(&message),
        }
    }
    let fetched = match fetch_all(args, recorded) {
        Ok(fetched) => fetched,
        Err(message) => return usage(&message),
    };
    let mut config = crate::config(&args.pages);
    config.ignore_unmatched = true;
    let drift = match super::compare(&sources, &config, &fetched) {
        Ok(drift) => drift,
        Err(message) => return usage(&message),
    };
    match args.format {
        DiffFormat::Human => print!("{}{}", pages_text(&drift), render::human(&drift.report)),
        DiffFormat::Markdown => print!("{}\n{}", pages_text(&drift), render::markdown(&drift.report)),
        DiffFormat::Json => println!("{}", json(&drift)),
    }
    if reached(&drift.report, args.fail_on) {
        ExitCode::from(EXIT_PROBLEMS)
    } else if drift.failed() {
        ExitCode::from(EXIT_USAGE)
    } else {
        ExitCode::SUCCESS
    }
}

fn fetch_all(args: &Args, recorded: Vec<urls::VendorPage>) -> Result<Vec<Fetched>, String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the runtime: {e}"))?;
    let client = fetch::client(Duration::from_secs(args.timeout))?;
    Ok(runtime.block_on(async {
        let mut out = Vec::new();
        for vendor in recorded {
            let url = match &args.vendor_origin {
                Some(origin) => urls::moved(&vendor.url, origin),
                None => vendor.url,
            };
            let text = fetch::page(&client, &url).await;
            out.push(Fetched { page: vendor.page, url, text });
        }
        out
    }))
}

fn pages_text(drift: &Drift) -> String {
    let count = |f: fn(&Status) -> bool| drift.pages.iter().filter(|p| f(&p.status)).count();
    let mut out = format!(
        "vendor pages: {} compared, {} failed, {} without a recorded vendor page\n",
        count(|s| *s == Status::Compared),
        count(|s| matches!(s, Status::Failed(_))),
        count(|s| *s == Status::NoVendorPage),
    );
    for page in &drift.pages {
        if let Status::Failed(why) = &page.status {
            let _ = writeln!(out, "\n{}: not compared\n{why}", page.page);
        }
    }
    out.push('\n');
    out
}

fn json(drift: &Drift) -> serde_json::Value {
    let pages: Vec<serde_json::Value> = drift
        .pages
        .iter()
        .map(|p| {
            let (status, problem) = match &p.status {
                Status::Compared => ("compared", None),
                Status::NoVendorPage => ("no-vendor-page", None),
                Status::Failed(why) => ("failed", Some(why.as_str())),
            };
            serde_json::json!({"page": p.page, "url": p.url, "status": status, "problem": problem})
        })
        .collect();
    let mut value = render::json(&drift.report);
    if let Some(object) = value.as_object_mut() {
        object.insert("pages".to_owned(), serde_json::Value::Array(pages));
    }
    value
}

fn usage(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(EXIT_USAGE)
}
