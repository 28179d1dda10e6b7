#!/usr/bin/env bash
# Runs Annals on the bundled samples: the chronology on the terminal, results under Output/.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/ensure-graphviz.sh
ensure_graphviz
swift build -c release --product annals >&2
bin=.build/release/annals
mkdir -p Output
"$bin" timeline Samples
"$bin" timeline Samples -o Output/timeline.json
"$bin" timeline Samples --format markdown -o Output/timeline.md
"$bin" timeline Samples --format csv -o Output/timeline.csv
"$bin" timeline Samples -o Output/timeline.svg
"$bin" graph Samples -o Output/graph.svg
"$bin" graph Samples -o Output/graph.dot
"$bin" extract Samples -o Output/analysis.json
"$bin" report Samples -o Output/report.html
echo "Wrote: $(cd Output && ls -1 | grep -v '^\.' | tr '\n' ' ')" >&2
