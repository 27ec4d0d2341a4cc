//! The generator's own cost: parse + lower + link + check + emit, for the real pages, for 100
//! synthetic API pages of the same shapes (each vaulting page renamed 25 times), and for each page of
//! the corpus of vendor pages from other families (each alone), all in memory.
//!
//! Run: `cargo bench -p vault-codegen --bench codegen`

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use vault_codegen::source::{SourceFile, Sources};

// The integration tests' helpers: loading pages, and the configuration vault-generated uses.
#[path = "../tests/common/mod.rs"]
mod common;

/// `copies` renamed copies of each API page (each copy its own API name and endpoint), plus
/// the shared objects page: 4 × 25 = 100 API pages of the real shapes.
fn synthetic_pages(copies: usize) -> Sources {
    let root = common::root();
    let read = |name: &str| std::fs::read_to_string(root.join("api-docs/vaulting").join(name)).unwrap_or_default();
    let apis = [
        ("create_vaulting_session.md", "createVaultingSession"),
        ("vault_payment_method.md", "vaultPaymentMethod"),
        ("inquire_vaulting.md", "inquireVaulting"),
        ("notify_vaulting.md", "notifyVaulting"),
    ];
    let mut sources = Sources::new();
    for (file, api) in apis {
        let page = read(file);
        for i in 0..copies {
            let text = page
                .replace(&format!("# {api}"), &format!("# {api}{i}"))
                .replace(&format!("/{api}`"), &format!("/{api}{i}`"));
            sources.add(SourceFile::new(format!("synthetic_{api}_{i}.md"), format!("synthetic_{api}_{i}.md"), text));
        }
    }
    sources.add(SourceFile::new("shared_objects.md", "shared_objects.md", read("shared_objects.md")));
    sources
}

fn bench(c: &mut Criterion) {
    let config = common::config();
    let real = common::load("api-docs");
    let synthetic = synthetic_pages(25);
    let plain = vault_codegen::Config::default();
    assert!(vault_codegen::generate(&real, &config).is_ok() && vault_codegen::generate(&synthetic, &plain).is_ok());
    c.bench_function(&format!("generate/real pages ({} files)", real.len()), |b| {
        b.iter(|| vault_codegen::generate(black_box(&real), &config))
    });
    c.bench_function("generate/100 synthetic API pages", |b| {
        b.iter(|| vault_codegen::generate(black_box(&synthetic), &plain))
    });
    c.bench_function("model only/100 synthetic API pages", |b| {
        b.iter(|| vault_codegen::model(black_box(&synthetic), &plain))
    });
    corpus(c, &plain);
}

/// Each generating page of the corpus directory (the pages that moved to `api-docs/` are
/// measured there), alone.
fn corpus(c: &mut Criterion, config: &vault_codegen::Config) {
    let all = common::load("vault-codegen/tests/fixtures/corpus");
    let files: Vec<&SourceFile> = all.iter().map(|(_, f)| f).collect();
    let mut group = c.benchmark_group("corpus page");
    for page in files {
        let mut sources = Sources::new();
        sources.add(page.clone());
        if vault_codegen::generate(&sources, config).is_err() {
            continue; // the page whose type the vendor describes nowhere
        }
        let name = page.display.rsplit('/').next().unwrap_or(&page.display).trim_end_matches(".md").to_owned();
        let lines = page.text.lines().count();
        group.bench_function(format!("{name} ({lines} lines)"), |b| {
            b.iter(|| vault_codegen::generate(black_box(&sources), config))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
