#!/usr/bin/env bash
# Makes the virtual environment VENV with the PyPI packages REQUIREMENTS pins, once: it is
# kept while the requirements file is unchanged, and made again when it changes.
# Usage: bindings/python/venv.sh VENV REQUIREMENTS
set -euo pipefail
venv="$1" requirements="$2"
if ! cmp -s "$requirements" "$venv/requirements.txt" 2>/dev/null; then
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$requirements"
  cp "$requirements" "$venv/requirements.txt"
fi
