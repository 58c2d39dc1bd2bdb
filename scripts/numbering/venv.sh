#!/usr/bin/env bash
# Prints the Python of a virtual environment in target/ holding the numbering data's source
# exactly as scripts/numbering/requirements.lock pins it (installed when missing or stale).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
venv="$root/target/numbering-venv"
lock="$root/scripts/numbering/requirements.lock"
stamp="$venv/requirements.lock"
if ! cmp -s "$lock" "$stamp" 2>/dev/null; then
  rm -rf "$venv"
  python3 -m venv "$venv" >&2
  "$venv/bin/pip" install --quiet --disable-pip-version-check --require-hashes -r "$lock" >&2
  cp "$lock" "$stamp"
fi
echo "$venv/bin/python"
