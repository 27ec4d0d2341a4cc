//! `antom-pages check` and `diff` as whole processes (start, read, parse, model, print, exit),
//! the way a pre-commit hook or CI runs them: over `api-docs/` and over 100 synthetic API pages
//! (each real page renamed 25 times).
//!
//! Run: `cargo bench -p antom-pages --bench process`

use criterion::{Criterion, criterion_group, criterion_main};
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Writes `copies` renamed copies of each vaulting page of `api-docs/` (and its objects page) into
/// `dir`; `edit` changes each page's text (to make a second version for `diff`).
fn synthetic(dir: &Path, copies: usize, edit: impl Fn(&str) -> String) {
    let _ = std::fs::create_dir_all(dir);
    let docs = root().join("api-docs/vaulting");
    let apis = [
        ("create_vaulting_session.md", "createVaultingSession"),
        ("vault_payment_method.md", "vaultPaymentMethod"),
        ("inquire_vaulting.md", "inquireVaulting"),
        ("notify_vaulting.md", "notifyVaulting"),
    ];
    for (file, api) in apis {
        let page = std::fs::read_to_string(docs.join(file)).unwrap_or_default();
        for i in 0..copies {
            let text = page
                .replace(&format!("# {api}"), &format!("# {api}{i}"))
                .replace(&format!("/{api}`"), &format!("/{api}{i}`"));
            let _ = std::fs::write(dir.join(format!("{api}{i}.md")), edit(&text));
        }
    }
    let objects = std::fs::read_to_string(docs.join("shared_objects.md")).unwrap_or_default();
    let _ = std::fs::write(dir.join("shared_objects.md"), objects);
}

fn tool(args: &[&str]) {
    let status = Command::new(env!("CARGO_BIN_EXE_antom-pages")).args(args).current_dir(root()).output();
    assert!(status.is_ok_and(|s| s.status.code().is_some_and(|c| c <= 1)));
}

fn bench(c: &mut Criterion) {
    let scratch = std::env::temp_dir().join(format!("antom-pages-bench-{}", std::process::id()));
    let (old, new) = (scratch.join("old"), scratch.join("new"));
    synthetic(&old, 25, str::to_owned);
    // The new version: a shorter maximum length and a new optional field on every page.
    synthetic(&new, 25, |text| {
        text.replacen("- Maximum length: 64 characters", "- Maximum length: 32 characters", 1).replacen(
            "## Response parameters",
            "## Response parameters\n\n#### extra (String)\n\nMore.\n",
            1,
        )
    });
    let (old, new) = (old.display().to_string(), new.display().to_string());
    let mut group = c.benchmark_group("process");
    group.bench_function("check api-docs", |b| b.iter(|| tool(&["check", "api-docs"])));
    group.bench_function("check 100 synthetic pages", |b| b.iter(|| tool(&["check", &old])));
    group.bench_function("diff api-docs api-docs", |b| b.iter(|| tool(&["diff", "api-docs", "api-docs"])));
    group.bench_function("diff 100 synthetic pages", |b| b.iter(|| tool(&["diff", &old, &new])));
    group.finish();
    let _ = std::fs::remove_dir_all(&scratch);
}

criterion_group!(benches, bench);
criterion_main!(benches);
