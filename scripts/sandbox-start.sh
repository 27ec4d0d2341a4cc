# Sourced by sandbox-figures.sh and sandbox-memory.sh: builds the release binary and the load
# example, starts the sandbox on $store (a file store starts empty, so that it holds what the
# script puts in it) and sets $pid and $url; the sandbox is stopped when the script exits.
cargo build -q --release -p vault-sandbox --bin vault-sandbox --example load
case "$store" in memory | postgres://* | postgresql://*) ;; *) rm -f "$store" "$store-wal" "$store-shm" ;; esac
out="$(mktemp)"
target/release/vault-sandbox --listen 127.0.0.1:0 --store "$store" >"$out" 2>/dev/null &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -f "$out"' EXIT
for _ in $(seq 100); do grep -q listening "$out" && break; sleep 0.05; done
url="$(sed -n 's/^listening on //p' "$out")"
rss() { awk '/VmRSS/ {print $2}' "/proc/$pid/status"; }
