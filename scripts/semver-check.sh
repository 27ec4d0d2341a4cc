#!/usr/bin/env bash
# Second, independent judge of a doc change: cargo-semver-checks compares the crate generated
# from OLD pages with the crate generated from NEW pages and says which release the change needs.
#
#   scripts/semver-check.sh OLD_DIR NEW_DIR
#   scripts/semver-check.sh --rev REV NEW_DIR      # OLD_DIR is NEW_DIR at git revision REV
#
# Needs cargo-semver-checks (not in CI: installing it takes minutes):
#   cargo install --locked cargo-semver-checks
# It misses type changes inside generic arguments (`Text<64>` -> `Text<32>`); the differ's
# compile proofs (tests/semver_proofs.rs) cover those. Exit status: cargo-semver-checks' own
# (0 when a minor release is enough, 1 when the change needs a major one).
set -euo pipefail
workspace=$(cd "$(dirname "$0")/.." && pwd)
command -v cargo-semver-checks >/dev/null || {
    echo "cargo-semver-checks is not installed: cargo install --locked cargo-semver-checks" >&2
    exit 2
}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

if [ "${1:-}" = "--rev" ]; then
    [ $# -eq 3 ] || { echo "usage: $0 --rev REV NEW_DIR" >&2; exit 2; }
    rev=$2 new=$(cd "$3" && pwd)
    mkdir -p "$scratch/old-pages"
    (cd "$3" && git ls-tree --name-only "$rev" -- . | grep '\.md$' | while read -r page; do
        git show "$rev:./$page" > "$scratch/old-pages/$(basename "$page")"
    done)
    old="$scratch/old-pages"
else
    [ $# -eq 2 ] || { echo "usage: $0 OLD_DIR NEW_DIR | --rev REV NEW_DIR" >&2; exit 2; }
    old=$(cd "$1" && pwd) new=$(cd "$2" && pwd)
fi

# One scratch crate per side: the pages expanded by the same macro vault-generated uses.
crate() {
    local dir=$scratch/$1 pages=$2
    mkdir -p "$dir/src"
    cat > "$dir/Cargo.toml" <<TOML
[package]
name = "generated-pages"
version = "1.0.0"
edition = "2024"
publish = false

[dependencies]
vault-macros = { path = "$workspace/vault-macros" }
vault-runtime = { path = "$workspace/vault-runtime" }

[workspace]
TOML
    cat > "$dir/src/lib.rs" <<RUST
//! The crate generated from $pages.
#![allow(missing_docs)]
vault_macros::generate!(pages = "$pages");
RUST
}
crate old "$old"
crate new "$new"
export CARGO_TARGET_DIR="$workspace/target/semver-check"
cargo semver-checks --manifest-path "$scratch/new/Cargo.toml" --baseline-root "$scratch/old" --release-type minor
