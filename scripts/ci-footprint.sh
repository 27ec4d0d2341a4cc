#!/usr/bin/env bash
# What CI costs: clones the committed HEAD into a fresh directory (no build cache), runs .ci/run
# there, and reports the elapsed time, the test counts and the peak size of target/ (sampled
# every 5 s with du). CI machines have a finite disk: the run once failed with "No space left
# on device", so the peak is tracked as closely as the time.
# Run from the workspace root: scripts/ci-footprint.sh [directory to clone into]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-$(mktemp -d)/clone}
git clone -q . "$dir"
samples="$dir.du"
: > "$samples"
( while [ ! -e "$dir.done" ]; do du -sm "$dir/target" 2>/dev/null | cut -f1 >> "$samples"; sleep 5; done ) &
start=$(date +%s)
status=0
(cd "$dir" && .ci/run) > "$dir.log" 2>&1 || status=$?
elapsed=$(( $(date +%s) - start ))
touch "$dir.done"
wait
du -sm "$dir/target" | cut -f1 >> "$samples"
echo ".ci/run exit status: $status (log: $dir.log)"
echo "elapsed: $((elapsed / 60)) min $((elapsed % 60)) s"
grep -h "test result: " "$dir.log" | awk '{p += $4; f += $6} END {print "tests: " p " passed, " f " failed"}'
echo "peak size of target/: $(sort -n "$samples" | tail -1) MB"
echo "remove the clone with: rm -rf $(dirname "$dir")"
exit "$status"
