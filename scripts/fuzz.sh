#!/usr/bin/env bash
# Fuzzes one target with libFuzzer (plus AddressSanitizer) for a given time.
#
# Usage: scripts/fuzz.sh TARGET SECONDS [extra libFuzzer flags...]
#        scripts/fuzz.sh all SECONDS     (each target in turn, SECONDS each)
#        scripts/fuzz.sh build           (build only)
# Targets: text, html, timeml, jsonl, pipeline (see Fuzz/Entries/FuzzTargets.swift).
#
# The seed corpus Fuzz/corpus/TARGET is read and never written: new inputs go to
# .build-fuzz/corpus/TARGET. Crashes are minimized into Fuzz/crashes/TARGET/; copy a
# fixed one into Fuzz/regressions/TARGET/ so `swift test` replays it for ever.
# Environment: FUZZ_CONFIG=release|debug (default release), FUZZ_SCRATCH (default .build-fuzz),
# FUZZ_BIN=path to run an already built fuzzer without building.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: scripts/fuzz.sh TARGET SECONDS}
seconds=${2:-60}
shift $(( $# >= 2 ? 2 : $# ))
config=${FUZZ_CONFIG:-release}
scratch=${FUZZ_SCRATCH:-.build-fuzz}
targets="text html timeml jsonl pipeline"

if [ -n "${FUZZ_BIN:-}" ]; then
  bin=$FUZZ_BIN  # an already built fuzzer (a long campaign runs a copy while the tree changes)
else
  . scripts/ensure-graphviz.sh
  ensure_graphviz >&2
  # ANNALS_FUZZ=1 adds the libFuzzer executable to the package (see Package.swift).
  ANNALS_FUZZ=1 swift build -c "$config" --scratch-path "$scratch" --product annals-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library >&2
  bin=$(ANNALS_FUZZ=1 swift build -c "$config" --scratch-path "$scratch" --show-bin-path)/annals-fuzz
fi
[ "$target" = build ] && { echo "$bin"; exit 0; }

run_one() {
  local t=$1
  shift
  case " $targets " in *" $t "*) ;; *) echo "unknown target '$t'; use one of: $targets" >&2; exit 2;; esac
  local work=$scratch/corpus/$t crashes=Fuzz/crashes/$t
  mkdir -p "$work" "$crashes"
  echo "== fuzzing $t for ${seconds}s" >&2
  local status=0
  ANNALS_FUZZ_TARGET=$t ASAN_OPTIONS=detect_leaks=0 "$bin" "$work" "Fuzz/corpus/$t" \
    -dict=Fuzz/annals.dict -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 -max_len=4096 \
    -artifact_prefix="$crashes/" -print_final_stats=1 "$@" || status=$?
  if [ $status -ne 0 ]; then
    for c in "$crashes"/crash-* "$crashes"/timeout-* "$crashes"/oom-*; do
      [ -f "$c" ] || continue
      case "$c" in *.min) continue;; esac
      [ -f "$c.min" ] && continue
      ANNALS_FUZZ_TARGET=$t ASAN_OPTIONS=detect_leaks=0 "$bin" -minimize_crash=1 -max_total_time=60 \
        -exact_artifact_path="$c.min" "$c" >/dev/null 2>&1 || true
      echo "crash input: $c (minimized: $c.min)" >&2
    done
  fi
  return $status
}

if [ "$target" = all ]; then
  failed=0
  for t in $targets; do run_one "$t" "$@" || failed=1; done
  exit $failed
fi
run_one "$target" "$@"
