#!/usr/bin/env bash
# The batch verbs' speed and memory beside their anchors, in one run (benches/batches_bench.py):
# Spark mapInArrow vs a per-row UDF vs check --jsonl, Polars classify vs phonenumbers and
# rphonenumbers, and the Arrow verbs' peak memory. Uses the wheel bindings/python/test.sh
# built (target/python/dist) and the 1,000,000 request lines bindings/python/test-data.sh
# wrote (target/python/batches/requests.jsonl).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
venv=target/python/batch-bench-venv
rm -rf "$venv"
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check -r bindings/python/requirements-data.txt -r benches/python-requirements.txt
"$venv/bin/pip" install --quiet --disable-pip-version-check --no-index target/python/dist/callplan-*.whl
cargo build --release --locked --quiet --bin callplan
. bindings/python/spark-env.sh "$root/$venv/bin/python"
(cd target && "$root/$venv/bin/python" "$root/benches/batches_bench.py" \
  "$root/target/python/batches/requests.jsonl" "$root/target/release/callplan")
