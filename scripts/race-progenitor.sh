#!/usr/bin/env bash
# The build race against progenitor (crates.io) on the same APIs: our `generate!` over N
# synthetic pages and progenitor's `generate_api!` over the OpenAPI document `antom-pages
# openapi` exports from those very pages, so both sides are the same API by construction.
#
# For each size N the pages are the 13 pages of api-docs/ taken in turn (vaulting and payments
# interleaved), each copy renamed (`pay3`, `POST /v1/payments/pay3`), with both families'
# objects pages and the common codes. Both leaf crates live in a scratch workspace under
# target/race (progenitor is a dependency of that workspace only). Measured: the whole
# `cargo build -p <leaf>` (debug, dependencies built, incremental as Cargo's default) after
# touching its input, A and B alternating; wall seconds and peak resident memory of the largest
# process (GNU time's %e and %M), medians of the runs and the ratio of the medians.
#
# Run from the workspace root: scripts/race-progenitor.sh [runs]   (SIZES="10 100 300" by default)
# Needs python3 and GNU time (/usr/bin/time); the first run downloads and builds progenitor.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
sizes=${SIZES:-10 100 300}
race=target/race
ws=$race/ws
mkdir -p "$ws"

pages_tool() { cargo run -q --release -p antom-pages -- "$@"; }
# The scratch workspace's own target directory (RACE_TARGET_DIR to share one between checkouts).
race_target=${RACE_TARGET_DIR:-$PWD/$ws/target}

# The pages in the order they are copied: the two families interleaved, so that any prefix
# has both shapes.
order=(vaulting/create_vaulting_session payments/pay vaulting/vault_payment_method payments/capture
  vaulting/inquire_vaulting payments/refund vaulting/notify_vaulting payments/inquiry_payment payments/cancel
  payments/notify_payment payments/inquiry_refund payments/notify_capture payments/notify_refund)

# N renamed pages, the objects pages of the families they use and the common codes.
make_pages() {
  local n=$1 out=$2
  rm -rf "$out"
  mkdir -p "$out/vaulting" "$out/payments"
  cp api-docs/common_codes.md "$out/"
  for ((k = 0; k < n; k++)); do
    local page=${order[k % ${#order[@]}]} round=$((k / ${#order[@]} + 1))
    sed -e "1s/^# \([A-Za-z]*\)/# \1$round/" \
      -e "s|^\`POST \(/v1/[a-z]*/[A-Za-z]*\)\`|\`POST \1$round\`|" \
      "api-docs/$page.md" >"$out/${page}_$round.md"
  done
  for family in vaulting payments; do
    if compgen -G "$out/$family/*.md" >/dev/null; then
      cp "api-docs/$family/shared_objects.md" "$out/$family/"
    else
      rmdir "$out/$family"
    fi
  done
}

# progenitor reads OpenAPI 3.0: the export is 3.1 only by its version and its webhooks (the
# notifications, whose schemas stay among the components).
openapi_30() {
  python3 -c 'import json, sys
d = json.load(sys.stdin)
d["openapi"] = "3.0.3"
d.pop("webhooks", None)
json.dump(d, sys.stdout, indent=1)'
}

members=()
for n in $sizes; do
  make_pages "$n" "$race/pages-$n"
  pages_tool openapi "$race/pages-$n" | openapi_30 >"$race/openapi-$n.json.new"
  # Rewrite only on change, so that an unchanged document does not look touched.
  cmp -s "$race/openapi-$n.json.new" "$race/openapi-$n.json" 2>/dev/null || mv "$race/openapi-$n.json.new" "$race/openapi-$n.json"
  rm -f "$race/openapi-$n.json.new"
  mkdir -p "$ws/ours-$n/src" "$ws/progenitor-$n/src"
  cat >"$ws/ours-$n/Cargo.toml" <<EOF
[package]
name = "ours-$n"
version = "0.1.0"
edition = "2024"
publish = false

[features]
simulator = []

[dependencies]
vault-macros = { path = "../../../../vault-macros" }
vault-runtime = { path = "../../../../vault-runtime" }
EOF
  # As vault-generated is configured: request types deserialise only for a simulator.
  echo "vault_macros::generate! { pages = \"../../../pages-$n\", deserialize_requests = \"simulator\" }" \
    >"$ws/ours-$n/src/lib.rs"
  cat >"$ws/progenitor-$n/Cargo.toml" <<EOF
[package]
name = "progenitor-$n"
version = "0.1.0"
edition = "2024"
publish = false

# What progenitor's documentation asks of a crate that uses generate_api!, and what the
# generated code of these schemas names (chrono for date-times, regress for patterns).
[dependencies]
progenitor = "=0.14.0"
reqwest = { version = "0.13", default-features = false, features = ["json", "rustls"] }
serde = { version = "1", features = ["derive"] }
serde_json = "1"
futures = "0.3"
chrono = { version = "0.4", features = ["serde"] }
regress = "0.10"
EOF
  echo "progenitor::generate_api!(\"../../openapi-$n.json\");" >"$ws/progenitor-$n/src/lib.rs"
  members+=("\"ours-$n\"" "\"progenitor-$n\"")
done
{
  echo "[workspace]"
  echo "members = [$(IFS=,; echo "${members[*]}")]"
  echo 'resolver = "3"'
} >"$ws/Cargo.toml"
# Start from the workspace's lock file, so that both sides use its versions of shared crates.
[ -f "$ws/Cargo.lock" ] || cp Cargo.lock "$ws/Cargo.lock"

build() { (cd "$ws" && cargo build -q --target-dir "$race_target" -p "$1"); }
# One timed touch-rebuild: "wall_seconds peak_kib".
timed() {
  local crate=$1 input=$2 out
  touch "$input"
  out=$(cd "$ws" && /usr/bin/time -f '%e %M' cargo build -q --target-dir "$race_target" -p "$crate" 2>&1 >/dev/null | tail -n 1)
  echo "$out"
}

[ "$runs" -gt 0 ] || exit 0 # RUNS=0: prepare the workspace only
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for n in $sizes; do
  build "ours-$n"
  build "progenitor-$n"
  page=$(find "$race/pages-$n" -name '*_1.md' | sort | head -n 1)
  results=$(for _ in $(seq "$runs"); do
    echo "A $(timed "ours-$n" "$page")"
    echo "B $(timed "progenitor-$n" "$race/openapi-$n.json")"
  done)
  echo "$results" | python3 -c '
import statistics, sys
n = sys.argv[1]
rows = [line.split() for line in sys.stdin if line.strip()]
ours = [(float(r[1]), int(r[2])) for r in rows if r[0] == "A"]
theirs = [(float(r[1]), int(r[2])) for r in rows if r[0] == "B"]
med = lambda xs: statistics.median(xs)
ow, tw = med([w for w, _ in ours]), med([w for w, _ in theirs])
om, tm = med([m for _, m in ours]), med([m for _, m in theirs])
print(f"{n:>4} APIs: ours {ow:.2f} s {om / 1024:.0f} MiB, progenitor {tw:.2f} s {tm / 1024:.0f} MiB;"
      f" ratio wall {ow / tw:.2f}, memory {om / tm:.2f} (medians of {len(ours)} alternating runs;"
      f" ours {min(w for w, _ in ours):.2f}-{max(w for w, _ in ours):.2f} s,"
      f" progenitor {min(w for w, _ in theirs):.2f}-{max(w for w, _ in theirs):.2f} s)")
' "$n"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
