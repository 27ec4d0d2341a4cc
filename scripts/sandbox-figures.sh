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
. scripts/sandbox-start.sh
target/release/examples/load "$url" "$stored" 1 "$calls"
target/release/examples/load "$url" 0 32 "$calls"
echo "{\"store\":\"${store%%\?*}\",\"rss_kb\":$(rss)}"
