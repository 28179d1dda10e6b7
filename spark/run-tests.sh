#!/usr/bin/env bash
# Tests of the Spark path: the partition runner, then the job in local mode (samples
# equivalence, faults, idempotent retries; meantime-dev too when ../shared is there).
# Installs what it needs: Java 17 when missing (as root, from Debian), pyspark into
# .venv-spark (pip's cache kept between runs). ANNALS_BIN picks the binary (default: debug build).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${ANNALS_BIN:-}" ]; then swift build --product annals >&2; fi  # a no-op after ./test.sh
bin=${ANNALS_BIN:-$PWD/.build/debug/annals}
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")

if ! java -version 2>&1 | grep -Eq 'version "(1[7-9]|2[0-9])'; then
  if [ "$(id -u)" = "0" ]; then
    apt-get install -y openjdk-17-jre-headless >/dev/null 2>&1 \
      || { apt-get update >/dev/null && apt-get install -y openjdk-17-jre-headless >/dev/null; }
  else
    echo "spark/run-tests.sh: Java 17 or later is needed (apt-get install openjdk-17-jre-headless)" >&2
    exit 1
  fi
fi
venv=.venv-spark
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -c 'import pyspark' 2>/dev/null || "$venv/bin/pip" install -q -r spark/requirements.txt

export ANNALS_BIN=$bin SPARK_LOCAL_IP=127.0.0.1 PYTHONWARNINGS=ignore
python3 spark/tests/test_pipe.py
"$venv/bin/python" spark/tests/test_spark_local.py 2>&1 | grep -v -e ' WARN ' -e '^Setting default log level' -e 'setLogLevel' -e 'log4j2-defaults'
