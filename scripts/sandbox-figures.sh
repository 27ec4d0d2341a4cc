#!/usr/bin/env bash
# The sandbox's figures (issue 15 §6) for one store: calls per second and latency with STORED
# payments at 1 and 32 clients, and the sandbox's resident memory after the run.
#   scripts/sandbox-figures.sh memory 1000
#   scripts/sandbox-figures.sh target/figures.sqlite 1000
#   scripts/with-postgres.sh bash -c 'scripts/sandbox-figures.sh "$VAULT_TEST_POSTGRES_URL" 1000'
set -euo pipefail
cd "$(dirname "$0")/.."
store="${1:?usage: sandbox-figures.sh STORE STORED [CALLS]}"
stored="${2:?usage: sandbox-figures.sh STORE STORED [CALLS]}"
calls="${3:-2000}"
cargo build -q --release -p vault-sandbox --bin vault-sandbox --example load
# A file store starts empty, so that STORED is what it holds.
case "$store" in memory | postgres://* | postgresql://*) ;; *) rm -f "$store" "$store-wal" "$store-shm" ;; esac
out="$(mktemp)"
target/release/vault-sandbox --listen 127.0.0.1:0 --store "$store" >"$out" 2>/dev/null &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -f "$out"' EXIT
for _ in $(seq 100); do grep -q listening "$out" && break; sleep 0.05; done
url="$(sed -n 's/^listening on //p' "$out")"
target/release/examples/load "$url" "$stored" 1 "$calls"
target/release/examples/load "$url" 0 32 "$calls"
echo "{\"store\":\"${store%%\?*}\",\"rss_kb\":$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")}"
