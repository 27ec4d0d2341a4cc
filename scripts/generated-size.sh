#!/usr/bin/env bash
# How lean the generated SDK is: the size of the pretty-printed expansion of api-docs/ (whole,
# per family, per API), and how long `cargo build -p vault-generated` takes after a page is
# touched, for the default features, each family alone and every family (dev and release;
# dependencies built first, outside the timing).
# Run from the workspace root: scripts/generated-size.sh [runs] (default 3; each run timed as a
# whole process by GNU time, /usr/bin/time; medians with min-max). SIZE_ONLY=1 prints the line
# counts only.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
families="vaulting payments checkout authorizations subscriptions disputes marketplace customs risk aba"

cargo build -q --release -p antom-pages
pages=target/release/antom-pages
snapshot=$(mktemp)
trap 'rm -f "$snapshot"' EXIT
$pages expand api-docs >"$snapshot"
echo "expansion of api-docs/: $(wc -l <"$snapshot") lines, $(wc -c <"$snapshot") bytes"

# Per family: the lines of its `pub mod` block; per API: what `expand --api family/name` prints
# (request, Required, draft, response, error enum and Operation, or the notification).
python3 - "$snapshot" "$pages" <<'EOF'
import re, subprocess, sys
lines = open(sys.argv[1]).read().splitlines()
family, start, blocks, apis = None, 0, {}, []
for n, line in enumerate(lines):
    m = re.match(r"pub mod (\w+) \{", line)
    if m:
        family, start = m.group(1), n
    elif line == "}" and family:
        blocks[family] = n - start + 1
        family = None
    if family:
        op = re.match(r"\s*impl ::vault_runtime::Operation for (\w+)Request \{", line)
        note = re.match(r'\s*const NAME: &\'static str = "(notify\w+)";', line)
        if op:
            apis.append((family, op.group(1)[0].lower() + op.group(1)[1:]))
        elif note:
            apis.append((family, note.group(1)))
for fam in sorted(blocks, key=lambda f: -blocks[f]):
    mine = [a for f, a in apis if f == fam]
    if fam.startswith("__") or not mine:
        print(f"{fam}: {blocks[fam]} lines")
        continue
    sizes = []
    for api in mine:
        out = subprocess.run([sys.argv[2], "expand", "--api", f"{fam}/{api}", "api-docs"], capture_output=True, text=True)
        sizes.append((len(out.stdout.splitlines()), api))
    sizes.sort(reverse=True)
    each = ", ".join(f"{api} {size}" for size, api in sizes)
    mean = sum(s for s, _ in sizes) / len(sizes)
    print(f"{fam}: {blocks[fam]} lines, {len(mine)} APIs, {mean:.0f} lines per API: {each}")
EOF
[ "${SIZE_ONLY:-}" = 1 ] && exit 0

measure() {
  local label=$1 profile=$2
  shift 2
  # shellcheck disable=SC2086
  cargo build -q -p vault-generated $profile "$@"
  local command="touch api-docs/vaulting/vault_payment_method.md && exec cargo build -q -p vault-generated $profile $*"
  local times=""
  for _ in $(seq "$runs"); do
    times+="$(/usr/bin/time -f '%e %U %S %M' sh -c "$command" 2>&1 >/dev/null | tail -n 1)"$'\n'
  done
  echo "$times" | python3 -c '
import statistics, sys
label = sys.argv[1]
rows = [[float(x) for x in line.split()] for line in sys.stdin if line.strip()]
wall = [r[0] for r in rows]
cpu = [r[1] + r[2] for r in rows]
peak = [r[3] / 1024 for r in rows]
med = statistics.median
print(f"{label}: wall {med(wall):.2f} s ({min(wall):.2f}-{max(wall):.2f}), cpu {med(cpu):.2f} s, peak {med(peak):.0f} MiB (median of {len(rows)})")
' "$label ${profile:---dev}"
}
for profile in "" "--release"; do
  measure "default features" "$profile"
  for family in $families; do
    measure "$family alone" "$profile" --no-default-features --features "$family"
  done
  measure "every family" "$profile" --features full
done
