#!/usr/bin/env bash
# Mutation testing of the core (cargo-mutants, pinned): every mutant of src/ that the
# library's tests must notice. About 18 s per mutant on two cores; ~670 mutants, so hours:
# not part of the test command. Pass arguments through, e.g.
#   scripts/mutants.sh -f 'src/checks/*.rs'        # some modules
#   scripts/mutants.sh --in-diff change.diff       # what a change touched
# Results land in mutants.out/ (outcomes.json, missed.txt, caught.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
version=27.1.0
if [ "$(cargo mutants --version 2>/dev/null | awk '{print $2}')" != "$version" ]; then
  cargo install cargo-mutants --locked --version "$version"
fi
exec cargo mutants --test-tool cargo "$@"
