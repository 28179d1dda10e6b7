#!/usr/bin/env bash
# Throughput benchmark: a release build over a real corpus, several runs, median and spread.
# Usage: scripts/bench.sh [tag|extract] [CORPUS.jsonl] [RUNS]
# Reads ../shared/data/te3-silver.jsonl by default. Prints documents/s, MB/s and peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
cmd=${1:-extract}
corpus=${2:-../shared/data/te3-silver.jsonl}
runs=${3:-3}
[ -f "$corpus" ] || { echo "error: corpus $corpus not found" >&2; exit 1; }
swift build -c release --product annals >&2
bin=.build/release/annals
docs=$(wc -l < "$corpus")
bytes=$(wc -c < "$corpus")
python3 - "$bin" "$cmd" "$corpus" "$runs" "$docs" "$bytes" <<'PY'
import resource, statistics, subprocess, sys, time
binary, cmd, corpus, runs, docs, size = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
times, peaks = [], []
for _ in range(runs):
    with open(corpus, "rb") as f:
        t0 = time.perf_counter()
        p = subprocess.run([binary, cmd, "--jsonl"], stdin=f, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        dt = time.perf_counter() - t0
    if p.returncode not in (0, 1):
        sys.exit(f"annals exited {p.returncode}: {p.stderr.decode()[-500:]}")
    times.append(dt)
    peaks.append(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
med = statistics.median(times)
print(f"annals {cmd} --jsonl on {corpus}: {docs} documents, {size/1e6:.2f} MB, {runs} runs")
print(f"  wall seconds: median {med:.3f}, min {min(times):.3f}, max {max(times):.3f}")
print(f"  {docs/med:.0f} documents/s, {size/1e6/med:.2f} MB/s (median)")
print(f"  peak RSS: {max(peaks):.1f} MB")
PY
