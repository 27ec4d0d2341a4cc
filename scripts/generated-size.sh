#!/usr/bin/env bash
# How lean the generated SDK is: the size of the pretty-printed expansion of api-docs/ (whole,
# per family, per API), and how long `cargo build` of vault-generated takes after a page is
# touched, for each feature set (dev and release; dependencies already built).
# Run from the workspace root: scripts/generated-size.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}

cargo build -q --release -p antom-pages
pages=target/release/antom-pages
EXPECTORATE=overwrite cargo test -q -p vault-codegen --test snapshot >/dev/null 2>&1 || true
snapshot=vault-codegen/tests/snapshots/generated.rs
git diff --quiet -- "$snapshot" || echo "note: the snapshot changed; review it with git diff" >&2
echo "expansion of api-docs/: $(wc -l < "$snapshot") lines, $(grep -c '^\s*pub \(struct\|enum\) ' "$snapshot") types, $(wc -c < "$snapshot") bytes"
echo "expansion of the vaulting pages with the common codes: $($pages expand api-docs/vaulting api-docs/common_codes.md | wc -l) lines"
echo "expansion of the payment pages with the common codes: $($pages expand api-docs/payments api-docs/common_codes.md | wc -l) lines"
echo "lines per API (its request, Required, Draft, response, error and Operation, or its notification):"
for api in createVaultingSession vaultPaymentMethod inquireVaulting notifyVaulting \
  pay capture payments/cancel refund inquiryPayment inquiryRefund notifyPayment notifyCapture notifyRefund; do
  printf '  %-22s %6s\n' "$api" "$($pages expand --api "$api" api-docs | wc -l)"
done

measure() {
  local features=$1 profile_flag=$2 label=$3 total=0
  # shellcheck disable=SC2086
  cargo build -q -p vault-generated $features $profile_flag
  for _ in $(seq "$runs"); do
    touch api-docs/vaulting/vault_payment_method.md
    local start end
    start=$(date +%s%N)
    # shellcheck disable=SC2086
    cargo build -q -p vault-generated $features $profile_flag
    end=$(date +%s%N)
    total=$((total + (end - start) / 1000000))
  done
  echo "cargo build -p vault-generated $label after touching a page: $((total / runs)) ms (mean of $runs)"
}
for profile in "" "--release"; do
  name=${profile:+release}
  measure "" "$profile" "(${name:-dev}, both families)"
  measure "--no-default-features --features vaulting" "$profile" "(${name:-dev}, vaulting only)"
  measure "--no-default-features --features payments" "$profile" "(${name:-dev}, payments only)"
done
