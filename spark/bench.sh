#!/usr/bin/env bash
# Spark local mode against a direct run, on 1x and 10x a corpus (default te3-silver):
# wall time, peak RSS (direct: the process; Spark: its whole process tree), and whether the output lines are the same
# (sha256 of the sorted lines). Needs a release build and spark/run-tests.sh's venv.
#   spark/bench.sh [CORPUS.jsonl] [MASTER]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/data/te3-silver.jsonl}
master=${2:-local[2]}
swift build -c release --product annals >&2
bin=$PWD/.build/release/annals
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export SPARK_LOCAL_IP=127.0.0.1 PYTHONWARNINGS=ignore
for k in 1 10; do
  for _ in $(seq "$k"); do cat "$corpus"; done > "$tmp/x$k.jsonl"
  /usr/bin/time -f "%e %M" -o "$tmp/t" "$bin" extract --jsonl --jobs 2 < "$tmp/x$k.jsonl" > "$tmp/direct.jsonl"
  read -r dsec dkb < "$tmp/t"
  python3 spark/treepeak.py "$tmp/t" -- .venv-spark/bin/python spark/annals_spark.py --master "$master" \
    --annals "$bin" "$tmp/x$k.jsonl" --out "$tmp/out" >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; exit 1; }
  read -r ssec skb < "$tmp/t"
  a=$(sort "$tmp/direct.jsonl" | sha256sum | cut -c1-16)
  b=$(cat "$tmp"/out/lines/part-* | sort | sha256sum | cut -c1-16)
  same=$([ "$a" = "$b" ] && echo "same lines ($a)" || echo "LINES DIFFER ($a vs $b)")
  echo "${k}x: direct --jobs 2 ${dsec} s, ${dkb} KB; spark $master ${ssec} s, ${skb} KB (whole process tree); $same"
done
