#!/usr/bin/env bash
# The batch verbs where the data lives: callplan.arrow, callplan.polars and callplan.spark
# over 1,000,000 requests (the parity corpus repeated), each answer byte for byte what
# `callplan check --jsonl` writes for the same line, and columns with nulls, empty strings
# and text that is not JSON; the README's Python examples (it has those of the batch verbs).
# Uses the parity corpus the test command wrote. Installs what it needs
# when missing: Java 17 (Debian's openjdk-17-jre-headless) and the engines as
# requirements-data.txt pins them, in a virtual environment under target/.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
here=bindings/python

if ! command -v java >/dev/null 2>&1; then
  sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
  sudo_if_needed apt-get update -qq
  DEBIAN_FRONTEND=noninteractive sudo_if_needed apt-get install -y -qq --no-install-recommends openjdk-17-jre-headless
fi

# The wheel of this checkout (maturin builds only what changed since the last build) and the
# command line the answers are compared with.
wheel="$("$here/build-wheel.sh")"
cargo build --release --locked --bin callplan

data_venv=target/python/data-venv
"$here/venv.sh" "$data_venv" "$here/requirements-data.txt"
"$data_venv/bin/pip" install --quiet --disable-pip-version-check --no-index --force-reinstall --no-deps "$wheel"

# The README's session (`SparkSession.builder.getOrCreate()`) is the tests' one.
. "$here/spark-env.sh" "$root/$data_venv/bin/python"
(cd target && "$root/$data_venv/bin/python" -m pytest -p no:cacheprovider -q \
  --doctest-modules --doctest-glob=README.md --pyargs callplan.arrow callplan.polars \
  "$root/README.md" "$root/$here/tests-data")

# The batch modules type-check against the engines' own types (pyarrow ships none).
(cd target && "$root/$data_venv/bin/python" -m mypy --strict --no-incremental \
  --disable-error-code import-untyped -m callplan -m callplan.arrow -m callplan.polars -m callplan.spark)
