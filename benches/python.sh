#!/usr/bin/env bash
# The Python package's speed and weight beside PyPI phonenumbers and rphonenumbers, in one
# run (benches/python_bench.py). Uses the wheel bindings/python/test.sh built (target/python/dist).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
wheel="$(ls target/python/dist/callplan-*.whl)"
venv=target/python/bench-venv
rm -rf "$venv"
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check -r benches/python-requirements.txt
"$venv/bin/pip" install --quiet --disable-pip-version-check --no-index "$wheel"
(cd target && "$root/$venv/bin/python" "$root/benches/python_bench.py" "$root" "$root/$wheel")
