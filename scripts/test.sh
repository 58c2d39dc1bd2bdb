#!/usr/bin/env bash
# Runs every test of the project on a fresh machine: lints, unit, property and case tests,
# the exhaustive NANP agreement with libphonenumber, the command line, and the dependency
# rule that keeps `phonenumber` out of the library's own build.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "clippy (the core denies unwrap, expect, panic and indexing)"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "unit, property, case and command-line tests"
cargo test --workspace --locked

step "exhaustive NANP agreement with libphonenumber (release)"
cargo test --release --locked --test nanp_agreement -- --ignored

step "regression corpus through the command line"
cargo run --release --locked --bin callplan -- test tests/cases

step "phonenumber stays out of the library's normal dependencies"
if cargo tree --locked -e normal -p callplan | grep -q phonenumber; then
  echo "phonenumber is a normal dependency of callplan" >&2
  exit 1
fi
echo "ok: cargo tree -e normal -p callplan has no phonenumber"
