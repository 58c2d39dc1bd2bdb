#!/usr/bin/env bash
# Moves the numbering data to another libphonenumber release, e.g.
#   scripts/refresh-numbering.sh 9.0.44
# Pins that release of the PyPI package `phonenumbers` (with its hash) in
# scripts/numbering/requirements.lock, regenerates src/numbers/nanp_table.rs (whose
# DATA_VERSION is the release) and tests/fixtures/writings.jsonl (the release's reading of the
# reader's edge cases), and proves the table and the number reader against it.
# Run it when libphonenumber releases (about every two weeks); review and commit the diff.
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:?usage: scripts/refresh-numbering.sh VERSION (a release of the PyPI package phonenumbers)}"

download="$(mktemp -d)"
trap 'rm -rf "$download"' EXIT
python3 -m pip download --quiet --disable-pip-version-check --no-deps --only-binary=:all: \
  --dest "$download" "phonenumbers==$version"
wheel="$(ls "$download"/phonenumbers-*.whl)"
hash="$(python3 -m pip hash "$wheel" | sed -n 's/^--hash=//p')"
{
  echo "# The source of the numbering data: Google's libphonenumber metadata as the PyPI package"
  echo "# \`phonenumbers\` ships it. A development tool only, never a dependency of the library."
  echo "# scripts/refresh-numbering.sh rewrites this file for another release."
  echo "phonenumbers==$version --hash=$hash"
} > scripts/numbering/requirements.lock

python="$(scripts/numbering/venv.sh)"
echo "generating src/numbers/nanp_table.rs from libphonenumber $version"
"$python" scripts/numbering/nanp.py generate > target/nanp_table.rs
mv target/nanp_table.rs src/numbers/nanp_table.rs
"$python" scripts/numbering/nanp.py fixture > tests/fixtures/writings.jsonl
cargo build --release --locked --example classify_lines
"$python" scripts/numbering/nanp.py check src/numbers/nanp_table.rs target/release/examples/classify_lines
git diff --stat -- src/numbers/nanp_table.rs scripts/numbering/requirements.lock
