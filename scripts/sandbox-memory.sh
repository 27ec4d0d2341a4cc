#!/usr/bin/env bash
# The sandbox's resident memory as calls accumulate (issue 15 §6), for one store: starts the
# release binary, makes calls from 32 clients (a pay and an inquiryPayment in turn, so half the
# calls store a payment) and prints the process's resident memory after 1 000, 10 000 and
# 100 000 calls (or the totals given).
#   scripts/sandbox-memory.sh memory
#   scripts/sandbox-memory.sh target/figures-memory.sqlite
#   scripts/with-postgres.sh bash -c 'scripts/sandbox-memory.sh "$VAULT_TEST_POSTGRES_URL"'
# The 100 000 calls take a few minutes on two cores. For PostgreSQL the figure is the sandbox
# process's own memory; the database server's is not counted.
set -euo pipefail
cd "$(dirname "$0")/.."
store="${1:?usage: sandbox-memory.sh STORE [TOTAL...]}"
shift
totals=("${@:-1000 10000 100000}")
read -r -a totals <<<"${totals[*]}"
. scripts/sandbox-start.sh
echo "{\"store\":\"${store%%\?*}\",\"calls\":0,\"rss_kb\":$(rss)}"
done_calls=0
for total in "${totals[@]}"; do
    target/release/examples/load "$url" 0 32 "$((total - done_calls))" >/dev/null
    done_calls="$total"
    echo "{\"store\":\"${store%%\?*}\",\"calls\":$total,\"rss_kb\":$(rss)}"
done
