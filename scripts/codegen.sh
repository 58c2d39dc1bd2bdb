#!/usr/bin/env bash
# Writes every file the repository keeps that is made from the code, from the Rust types and
# the rule catalogue, so none is edited by hand:
#   schema/callplan.schema.json                            callplan schema (the JSON Schema,
#                                                          which the Python and npm packages ship)
#   docs/rules.md                                          callplan rules --format markdown
#   bindings/python/python/callplan/types.py, _checks.py,  bindings/python/generate_types.py,
#   pydantic.py                                            from that schema
# (The TypeScript declarations are made at each WASM build from the same types.)
# With --check, writes nothing and fails naming each file that is not what it would write.
set -euo pipefail
cd "$(dirname "$0")/.."
check=false
[ "${1:-}" = "--check" ] && check=true

made="$(mktemp -d)"
trap 'rm -rf "$made"' EXIT
schema=schema/callplan.schema.json
cargo build --locked --quiet --bin callplan
target/debug/callplan schema > "$made/callplan.schema.json"
target/debug/callplan rules --format markdown --cases tests/cases > "$made/rules.md"

stale=()
compare() { # made_file repository_file
  cmp -s "$1" "$2" || stale+=("$2")
}
compare "$made/callplan.schema.json" "$schema"
compare "$made/rules.md" docs/rules.md
if $check; then
  # The Python shapes are made from the schema as it is written now.
  python3 bindings/python/generate_types.py --check || stale+=("bindings/python/python/callplan (generate_types.py)")
  if [ ${#stale[@]} -gt 0 ]; then
    printf 'not what scripts/codegen.sh writes: %s\n' "${stale[@]}" >&2
    echo "regenerate with scripts/codegen.sh" >&2
    exit 1
  fi
  echo "ok: every generated file is up to date"
else
  cp "$made/callplan.schema.json" "$schema"
  cp "$made/rules.md" docs/rules.md
  python3 bindings/python/generate_types.py
  echo "written: $schema, docs/rules.md and the Python shapes"
fi
