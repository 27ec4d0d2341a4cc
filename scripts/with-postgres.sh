#!/usr/bin/env bash
# Runs CMD with a throwaway PostgreSQL cluster on loopback, and stops it afterwards:
#   scripts/with-postgres.sh cargo test -p vault-sandbox --test store_postgres
# CMD sees VAULT_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:PORT/postgres (trust auth,
# loopback only, fsync off: a cluster for tests, never for data). Needs PostgreSQL's server
# programs (Debian: apt-get install postgresql); .ci/run wraps the test command with it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

# initdb on PATH, else Debian's layout (the newest version installed).
bin="$(dirname "$(command -v initdb 2>/dev/null || true)")"
if [ ! -x "$bin/initdb" ]; then
    bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
fi
if [ ! -x "$bin/initdb" ] || [ ! -x "$bin/pg_ctl" ]; then
    echo "with-postgres: PostgreSQL's initdb and pg_ctl were not found (Debian: apt-get install postgresql)" >&2
    exit 2
fi

# PostgreSQL refuses to run as root: then the cluster belongs to the postgres user, in a
# directory that user can reach; otherwise it lives under target/.
if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    dir="$(mktemp -d)"
    chown postgres "$dir"
    as_owner() { runuser -u postgres -- "$@"; }
else
    mkdir -p "$root/target"
    dir="$(mktemp -d "$root/target/postgres.XXXXXX")"
    as_owner() { "$@"; }
fi

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
stop() {
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap stop EXIT

as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --no-sync >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 2; }
options="-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200"
as_owner "$bin/pg_ctl" -D "$dir/data" -o "$options" -l "$dir/server.log" -w start >/dev/null ||
    { cat "$dir/server.log" >&2; exit 2; }

export VAULT_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$port/postgres"
echo "with-postgres: PostgreSQL on 127.0.0.1:$port for: $*" >&2
"$@"
