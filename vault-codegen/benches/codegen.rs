//! The generator's own cost: parse + model + validate + emit, for the real pages and for 100
//! synthetic pages of the same shape (the real page with its API renamed), all in memory.
//!
//! Run: `cargo bench -p vault-codegen --bench codegen`

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::Path;
use vault_codegen::source::{SourceFile, Sources};

fn real_pages() -> Sources {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    vault_codegen::load_dir(&root.join("api-docs"), &root).unwrap_or_default()
}

/// `count` copies of the createVaultingSession page, each with its own API name and endpoint.
fn synthetic_pages(count: usize) -> Sources {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let page = std::fs::read_to_string(root.join("api-docs/create_vaulting_session.md"))
        .unwrap_or_default();
    let mut sources = Sources::new();
    for i in 0..count {
        let text = page.replace(
            "createVaultingSession",
            &format!("createVaultingSession{i}"),
        );
        sources.add(SourceFile::new(
            format!("synthetic_{i}.md"),
            format!("synthetic_{i}.md"),
            text,
        ));
    }
    sources
}

/// The configuration `vault-generated` uses, read from its `generate!` invocation.
fn config() -> vault_codegen::Config {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let source =
        std::fs::read_to_string(root.join("vault-generated/src/lib.rs")).unwrap_or_default();
    vault_codegen::invocation::Args::from_source(&source)
        .map(|args| args.config())
        .unwrap_or_default()
}

fn bench(c: &mut Criterion) {
    let config = config();
    let real = real_pages();
    let synthetic = synthetic_pages(100);
    assert!(
        vault_codegen::generate(&real, &config).is_ok()
            && vault_codegen::generate(&synthetic, &config).is_ok()
    );
    c.bench_function(&format!("generate/real pages ({})", real.len()), |b| {
        b.iter(|| vault_codegen::generate(black_box(&real), &config))
    });
    c.bench_function("generate/100 synthetic pages", |b| {
        b.iter(|| vault_codegen::generate(black_box(&synthetic), &config))
    });
    c.bench_function("model only/100 synthetic pages", |b| {
        b.iter(|| vault_codegen::model(black_box(&synthetic), &config))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
