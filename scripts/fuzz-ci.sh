#!/usr/bin/env bash
# CI's short fuzz run: builds the libFuzzer targets and runs each for FUZZ_CI_SECONDS
# (default 10; five targets make about a minute), failing on any crash.
# Run it from a fresh clone with: scripts/fuzz-ci.sh   (the long run: scripts/fuzz.sh TARGET SECONDS)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_CI_SECONDS:-10}
FUZZ_BIN=$(scripts/fuzz.sh build | tail -n 1)
export FUZZ_BIN
status=0
for t in text html timeml jsonl pipeline; do
  log=$(mktemp)
  if scripts/fuzz.sh "$t" "$seconds" -seed=1 >"$log" 2>&1; then
    echo "fuzz $t: $(grep -o 'number_of_executed_units: [0-9]*' "$log" | grep -o '[0-9]*$') executions, no crash"
  else
    echo "fuzz $t: CRASH" >&2
    grep -A40 "ERROR\|Fatal error\|==ERROR" "$log" | head -60 >&2 || tail -40 "$log" >&2
    status=1
  fi
  rm -f "$log"
done
exit $status
