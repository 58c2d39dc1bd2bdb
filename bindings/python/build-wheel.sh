#!/usr/bin/env bash
# Builds the wheel as users install it (maturin, abi3 for every CPython >= 3.10) into
# target/python/dist, with maturin pinned by requirements-build.txt in a virtual environment
# under target/. Prints the wheel's path last.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
here=bindings/python

build_venv=target/python/build-venv
"$here/venv.sh" "$build_venv" "$here/requirements-build.txt" >&2
rm -rf target/python/dist
"$build_venv/bin/maturin" build --release --locked --manifest-path "$here/Cargo.toml" --out target/python/dist >&2
wheel="$(ls "$root"/target/python/dist/callplan-*.whl)"
echo "built $(basename "$wheel"): $(wc -c < "$wheel") B" >&2
echo "$wheel"
