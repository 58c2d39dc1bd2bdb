#!/usr/bin/env bash
# Builds the Python wheel as users install it (maturin, abi3 for every CPython >= 3.10) and
# tests it from a fresh virtual environment under target/: pytest over the installed
# package (never the source folder) with its doctests, answers compared with the native
# ones (the parity corpus, written by the test command before, and every case through the
# command line), the JSON Schema against the library's reader, and the types: the generated
# TypedDicts up to date, mypy --strict on a usage file, stubtest on the package; last,
# `pip install ./bindings/python` as the README says it. Installs what it needs when missing: maturin, pytest, jsonschema and mypy as requirements-build.txt
# and requirements-test.txt pin them.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
here=bindings/python

build_venv=target/python/build-venv
"$here/venv.sh" "$build_venv" "$here/requirements-build.txt"

python3 "$here/generate_types.py" --check

rm -rf target/python/dist
"$build_venv/bin/maturin" build --release --locked --manifest-path "$here/Cargo.toml" --out target/python/dist
wheel="$(ls target/python/dist/callplan-*.whl)"
echo "built $(basename "$wheel"): $(wc -c < "$wheel") B"

test_venv=target/python/test-venv
rm -rf "$test_venv"
python3 -m venv "$test_venv"
"$test_venv/bin/pip" install --quiet --disable-pip-version-check -r "$here/requirements-test.txt"
"$test_venv/bin/pip" install --quiet --disable-pip-version-check --no-index "$wheel"

cargo build --release --locked --bin callplan
# From target/ so that `import callplan` can only find the installed wheel.
(cd target && "$root/$test_venv/bin/python" -m pytest -p no:cacheprovider -q \
  --doctest-modules --doctest-glob=README.md --pyargs callplan "$root/$here/README.md" "$root/$here/tests" \
  --ignore-glob='*/callplan/arrow.py' --ignore-glob='*/callplan/polars.py' --ignore-glob='*/callplan/spark.py')
# The batch verbs (callplan.arrow, .polars, .spark) need their engines, and so do the main
# README's examples: test-data.sh.

# Types: a usage file passes mypy --strict against the installed package, a misspelt field
# fails it, and the native module's stub (_callplan.pyi) matches the module (stubtest).
(cd target && "$root/$test_venv/bin/python" -m mypy --strict --no-incremental "$root/$here/tests/typing/usage.py")
if misspelt=$(cd target && "$root/$test_venv/bin/python" -m mypy --strict --no-incremental "$root/$here/tests/typing/misspelt.py"); then
  echo "mypy accepted a misspelt field" >&2
  exit 1
fi
grep -q 'Extra key "numbrs" for TypedDict "NewNumberOrderInput"' <<<"$misspelt" \
  || { echo "mypy did not name the misspelt field: $misspelt" >&2; exit 1; }
echo "ok: mypy --strict refuses the misspelt field: $(grep -o 'Extra key.*' <<<"$misspelt")"
(cd target && "$root/$test_venv/bin/python" -m mypy.stubtest --mypy-config-file /dev/null callplan._callplan)

# As the README installs it: `pip install ./bindings/python` into a fresh environment (pip
# fetches maturin into an isolated build environment and builds from the checkout), then the
# README's examples against that install.
pip_venv=target/python/pip-venv
rm -rf "$pip_venv"
python3 -m venv "$pip_venv"
"$pip_venv/bin/pip" install --quiet --disable-pip-version-check ./bindings/python
(cd target && "$root/$pip_venv/bin/python" -m doctest "$root/$here/README.md")
echo "ok: pip install ./bindings/python, and the package README's examples against it"
