#!/usr/bin/env bash
# Scores a release build with the shared scorers (they live in ../shared, outside the repo).
#   scripts/score.sh timex   # TIMEX3 on TimeBank+AQUAINT: annals eval and te3score.py side by side
#   scripts/score.sh graph   # entities, events, participants, coreference on MEANTIME dev
set -euo pipefail
cd "$(dirname "$0")/.."
S=${SHARED:-../shared}
swift build -c release --product annals >&2
bin=$PWD/.build/release/annals
case "${1:-timex}" in
  timex)
    tmp=$(mktemp -d)
    python3 "$S/eval/extract_te3.py" "$S/data/tbaq" -o "$tmp/tbaq.jsonl" >&2
    "$bin" tag --jsonl < "$tmp/tbaq.jsonl" > "$tmp/out.jsonl"
    echo "== te3score.py"
    python3 "$S/eval/te3score.py" "$S/data/tbaq" "$tmp/out.jsonl" --errors "${ERRORS:-$tmp/errors.tsv}"
    echo "== annals eval"
    "$bin" eval "$S/data/tbaq"
    ;;
  graph)
    python3 "$S/eval/score_graph.py" "$S/data/meantime-dev.jsonl" ${ERRORS:+--errors "$ERRORS"} -- "$bin" extract --jsonl
    ;;
  *) echo "usage: scripts/score.sh timex|graph" >&2; exit 2 ;;
esac
