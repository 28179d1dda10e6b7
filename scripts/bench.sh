#!/usr/bin/env bash
# Benchmarks on a release build and a real corpus: several runs, median and spread.
#   scripts/bench.sh tag|extract [CORPUS.jsonl] [RUNS]   documents/s, MB/s, peak RSS
#   scripts/bench.sh scale [CORPUS.jsonl]                extract --jsonl --jobs 1 on 1x, 4x, 16x the corpus
#   scripts/bench.sh memory [CORPUS.jsonl]               peak RSS of extract --jsonl at --jobs 1 and 2 on 1x, 4x, 16x
#   scripts/bench.sh jobs [CORPUS.jsonl]                 extract --jsonl with --jobs 1 and 2, output compared
#   scripts/bench.sh graph                               layout + SVG of random graphs of 50, 500, 2000 nodes
#   BASE=/path/to/old/annals scripts/bench.sh compare [CORPUS] [RUNS]
#                                                        tag and extract, old and new binary in turn: user CPU
#                                                        seconds (steadier than wall time on a shared VM)
# The corpus defaults to ../shared/data/te3-silver.jsonl. JOBS=N passes --jobs N to tag/extract.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-extract}
corpus=${2:-../shared/data/te3-silver.jsonl}
runs=${3:-3}
if [ "$mode" = graph ]; then
  swift build -c release --product annals-bench >&2
  exec .build/release/annals-bench 50 500 2000 --runs "$runs"
fi
[ -f "$corpus" ] || { echo "error: corpus $corpus not found" >&2; exit 1; }
swift build -c release --product annals >&2
bin=$PWD/.build/release/annals

# The corpus K times over, into FILE (scale and memory runs).
multiply() { # K FILE
  : > "$2"
  for _ in $(seq "$1"); do cat "$corpus" >> "$2"; done
}

# One timed run in a fresh Python process, so peak RSS is that run's own.
measure() { # CMD CORPUS JOBS RUNS
  python3 - "$bin" "$1" "$2" "$3" "$4" <<'PY'
import os, resource, statistics, subprocess, sys, time
binary, cmd, corpus, jobs, runs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
docs = sum(1 for _ in open(corpus, "rb"))
size = os.path.getsize(corpus)
times = []
for _ in range(runs):
    with open(corpus, "rb") as f:
        t0 = time.perf_counter()
        p = subprocess.run([binary, cmd, "--jsonl", "--jobs", jobs], stdin=f, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - t0)
    if p.returncode not in (0, 1):
        sys.exit(f"annals exited {p.returncode}: {p.stderr.decode()[-500:]}")
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
med = statistics.median(times)
print(f"annals {cmd} --jsonl --jobs {jobs}: {docs} documents, {size/1e6:.2f} MB, {runs} runs: "
      f"median {med:.3f} s (min {min(times):.3f}, max {max(times):.3f}); "
      f"{docs/med:.0f} documents/s, {size/1e6/med:.2f} MB/s; peak RSS {rss:.1f} MB")
PY
}

case "$mode" in
  tag|extract) measure "$mode" "$corpus" "${JOBS:-1}" "$runs" ;;
  scale)
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    for k in 1 4 16; do
      multiply "$k" "$tmp/x$k.jsonl"
      measure extract "$tmp/x$k.jsonl" 1 1
    done
    ;;
  memory)
    # Batch modes stream: peak RSS must not grow with the input, at any --jobs.
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    for k in 1 4 16; do
      multiply "$k" "$tmp/x$k.jsonl"
      for j in 1 2; do
        echo -n "${k}x --jobs $j: "
        /usr/bin/time -f "%e s, peak RSS %M KB" "$bin" extract --jsonl --jobs "$j" < "$tmp/x$k.jsonl" 2>&1 >/dev/null | tail -n 1
      done
    done
    ;;
  jobs)
    measure extract "$corpus" 1 "$runs"
    measure extract "$corpus" 2 "$runs"
    a=$("$bin" extract --jsonl --jobs 1 < "$corpus" | sha256sum)
    b=$("$bin" extract --jsonl --jobs 2 < "$corpus" | sha256sum)
    [ "$a" = "$b" ] && echo "output identical for --jobs 1 and 2 (${a%% *})" || { echo "OUTPUT DIFFERS between --jobs 1 and 2"; exit 1; }
    ;;
  compare)
    [ -x "${BASE:-}" ] || { echo "error: set BASE to the old annals binary" >&2; exit 2; }
    for cmd in tag extract; do
      python3 - "$BASE" "$bin" "$cmd" "$corpus" "$runs" <<'PY'
import os, statistics, sys
base, new, cmd, corpus, runs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
# Interleaved runs: a slow spell of the machine hits both binaries alike.
cpu = {base: [], new: []}
for _ in range(runs):
    for b in (base, new):
        pid = os.fork()
        if pid == 0:
            os.dup2(os.open(corpus, os.O_RDONLY), 0)
            os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
            os.dup2(os.open(os.devnull, os.O_WRONLY), 2)
            os.execv(b, [b, cmd, "--jsonl", "--jobs", "1"])
        _, status, ru = os.wait4(pid, 0)
        if os.waitstatus_to_exitcode(status) not in (0, 1):
            sys.exit(f"{b} {cmd} failed")
        cpu[b].append(ru.ru_utime + ru.ru_stime)
mb, mn = statistics.median(cpu[base]), statistics.median(cpu[new])
print(f"{cmd} --jsonl --jobs 1, {runs} runs each, user+sys CPU median (min): old {mb:.3f} s ({min(cpu[base]):.3f}), "
      f"new {mn:.3f} s ({min(cpu[new]):.3f}): {100 * (mn / mb - 1):+.1f}%")
PY
    done
    ;;
  *) echo "usage: scripts/bench.sh tag|extract|scale|memory|jobs|graph|compare [CORPUS] [RUNS]" >&2; exit 2 ;;
esac
