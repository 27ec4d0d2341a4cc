#!/usr/bin/env bash
# How lean the generated SDK is: the size of the pretty-printed expansion of api-docs/, and how
# long `cargo build` of vault-generated takes after a page is touched (dev and release; its
# dependencies already built). Run from the workspace root: scripts/generated-size.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}

EXPECTORATE=overwrite cargo test -q -p vault-codegen --test snapshot >/dev/null 2>&1 || true
snapshot=vault-codegen/tests/snapshots/generated.rs
git diff --quiet -- "$snapshot" || echo "note: the snapshot changed; review it with git diff" >&2
echo "expansion: $(wc -l < "$snapshot") lines, $(grep -c '^\s*pub \(struct\|enum\) ' "$snapshot") types, $(wc -c < "$snapshot") bytes"

measure() {
  local profile_flag=$1 label=$2 total=0
  cargo build -q -p vault-generated $profile_flag
  for _ in $(seq "$runs"); do
    touch api-docs/vaulting/vault_payment_method.md
    local start end
    start=$(date +%s%N)
    cargo build -q -p vault-generated $profile_flag
    end=$(date +%s%N)
    total=$((total + (end - start) / 1000000))
  done
  echo "cargo build -p vault-generated $label after touching a page: $((total / runs)) ms (mean of $runs)"
}
measure "" "(dev)"
measure "--release" "(release)"
