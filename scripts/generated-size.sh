#!/usr/bin/env bash
# How lean the generated SDK is: the size of the pretty-printed expansion of api-docs/ (whole,
# per family, per API), and how long `cargo build -p vault-generated` takes after a page is
# touched, for the default features, each family alone and every family (dev and release;
# dependencies built first, outside the timing).
# Run from the workspace root: scripts/generated-size.sh [runs] (default 3; medians by farm-bench
# when it is on the PATH, else means). SIZE_ONLY=1 prints the line counts only.
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
  if command -v farm-bench >/dev/null 2>&1; then
    echo "== $label ${profile:---dev}"
    farm-bench -n "$runs" --warmup 0 --timeout 3000 -- sh -c "$command" | grep -E 'wall|cpu|peak' || true
  else
    local total=0 start end
    for _ in $(seq "$runs"); do
      start=$(date +%s%N)
      sh -c "$command"
      end=$(date +%s%N)
      total=$((total + (end - start) / 1000000))
    done
    echo "$label ${profile:---dev}: $((total / runs)) ms wall (mean of $runs)"
  fi
}
for profile in "" "--release"; do
  measure "default features" "$profile"
  for family in $families; do
    measure "$family alone" "$profile" --no-default-features --features "$family"
  done
  measure "every family" "$profile" --features full
done
