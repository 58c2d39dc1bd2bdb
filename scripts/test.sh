#!/usr/bin/env bash
# Runs the tests of the project on a fresh machine, in tiers a developer can run alone:
#
#   scripts/test.sh [TIER ...]      no tier: every tier, in this order (what CI runs)
#
#   quick      the generated files up to date (scripts/codegen.sh --check), formatting,
#              clippy, unit/property/case/architecture/command-line tests, the crate docs,
#              the crate's file list, every case through the command line and the
#              dependency rule that keeps `phonenumber` out of the library (a few minutes)
#   numbering  the numbering data proven against the libphonenumber release it was made from
#              (every NPA-NXX, and the writings people paste)
#   fuzz       a minute of fuzzing per fuzz target
#   web        the WASM package: its build and size budgets, parity with the native library
#              in Node.js and in headless Chromium, its TypeScript declarations and Standard
#              Schemas, the demo page driven end to end and audited, and apps of the bundlers,
#              frameworks and form libraries people use, built from the packed tarball
#   python     the wheel tested from a fresh virtual environment, its types, and
#              callplan.pydantic / callplan.django in FastAPI, Django and DRF
#   data       the batch verbs in pyarrow, Polars and Spark over 1,000,000 requests
#
# Each tier builds what it needs (the parity corpus, the wheel, the command line) and installs
# what is missing: cargo-fuzz, the wasm32 target, the pinned wasm-bindgen-cli, Node.js 24 LTS
# and 22 from npm (scripts/node/package-lock.json), npm packages from the committed lock files,
# Debian's chromium and Java 17, and the PyPI packages pinned in virtual environments under
# target/.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }
sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

tier_quick() {
  step "generated files: each is what scripts/codegen.sh writes (the JSON Schema, docs/rules.md, the Python shapes)"
  scripts/codegen.sh --check

  step "formatting (cargo fmt --check)"
  cargo fmt --all --check

  step "clippy (the core denies unwrap, expect, panic and indexing)"
  cargo clippy --workspace --all-targets --locked -- -D warnings

  step "unit, property, case, architecture and command-line tests"
  cargo test --workspace --locked

  step "the crate docs build without warnings (the README's Rust examples are doctests)"
  # Two runs: the library and the command line's binary are both called `callplan`, and
  # documenting both at once writes target/doc/callplan/ from two jobs at the same time.
  RUSTDOCFLAGS="-D warnings" cargo doc --locked --no-deps --workspace --exclude callplan-cli
  RUSTDOCFLAGS="-D warnings" cargo doc --locked --no-deps -p callplan-cli

  step "the crate as crates.io would ship it: library, tests, docs, README, LICENSE only"
  cargo package --locked --allow-dirty --no-verify -p callplan --list > target/package.list
  if grep -vE '^(src/|tests/|docs/|README.md$|LICENSE$|clippy.toml$|Cargo\.(toml|lock)(\.orig)?$|\.cargo_vcs_info\.json$)' target/package.list; then
    echo "the files above would ship in the crate" >&2
    exit 1
  fi
  echo "ok: $(wc -l < target/package.list) files"

  step "regression corpus through the command line: every case passes and every rule is produced"
  cargo run --release --locked --bin callplan -- test tests/cases --min-coverage 100

  step "phonenumber stays out of the library's normal dependencies"
  if cargo tree --locked -e normal -p callplan | grep -q phonenumber; then
    echo "phonenumber is a normal dependency of callplan" >&2
    exit 1
  fi
  echo "ok: cargo tree -e normal -p callplan has no phonenumber"
}

tier_numbering() {
  step "numbering data: the table is what libphonenumber $(sed -n 's/^phonenumbers==\([^ ]*\).*/\1/p' scripts/numbering/requirements.lock) makes; table and reader agree with it on every NPA-NXX and on pasted writings"
  local python
  python="$(scripts/numbering/venv.sh)"
  cargo build --release --locked --example classify_lines
  "$python" scripts/numbering/nanp.py check src/numbers/nanp_table.rs target/release/examples/classify_lines
  "$python" scripts/numbering/nanp.py fixture | diff -u tests/fixtures/writings.jsonl - \
    || { echo "tests/fixtures/writings.jsonl is not what this release makes: scripts/numbering/nanp.py fixture > tests/fixtures/writings.jsonl" >&2; exit 1; }
  echo "ok: tests/fixtures/writings.jsonl is the release's reading of the reader's edge cases"
}

tier_fuzz() {
  step "fuzzing: every target for 60 s from its seeds (cargo fuzz, libFuzzer, AddressSanitizer)"
  if ! cargo fuzz --version >/dev/null 2>&1; then
    cargo install cargo-fuzz --version 0.13.2
  fi
  local target seeds
  for target in json_entry classifier structured; do
    mkdir -p "fuzz/corpus/$target"
    seeds=()
    [ -d "fuzz/seeds/$target" ] && seeds=("seeds/$target")
    # cargo fuzz needs nightly flags; RUSTC_BOOTSTRAP=1 lets this stable toolchain take them.
    (cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run "$target" "corpus/$target" "${seeds[@]}" -- \
      -max_total_time=60 -max_len=65536)
  done
}

# The parity corpus every door replays (examples/parity_corpus.rs), written once per run.
parity_corpus_written=false
parity_corpus() {
  $parity_corpus_written && return
  step "parity corpus: tests/cases and 100,000 generated requests (en, sv, fr; a third under cisco-2026) with their native answers"
  mkdir -p target/parity
  cargo run --release --locked --example parity_corpus -- target/parity/corpus.jsonl 100000
  parity_corpus_written=true
}

# Node.js 24 LTS and 22, pinned by scripts/node/package-lock.json; 24 goes first on the PATH
# of the web tier. The machine's own node (20 here), if any, is kept for the package's tests.
machine_node="$(command -v node || true)"
use_node_24() {
  if [ ! -x scripts/node/node_modules/node24/bin/node ] || [ ! -x scripts/node/node_modules/node22/bin/node ]; then
    (cd scripts/node && npm ci --no-audit --no-fund --loglevel=error)
  fi
  PATH="$PWD/scripts/node/node_modules/node24/bin:$PATH"
  export PATH
  echo "node $(node --version)"
}

tier_web() {
  use_node_24

  step "WASM package (bindings/wasm/build.sh)"
  ./bindings/wasm/build.sh

  step "WASM size budget: the optimised module is at most 100,000 B after gzip -9"
  local wasm_gzip js_gzip
  wasm_gzip=$(gzip -9c pkg/dist/callplan_wasm_bg.wasm | wc -c)
  echo "pkg/dist/callplan_wasm_bg.wasm: $wasm_gzip B gzip -9 (budget 100,000 B; BENCHMARKS.md)"
  if [ "$wasm_gzip" -gt 100000 ]; then
    echo "the WebAssembly module is over its size budget" >&2
    exit 1
  fi

  step "the package's JavaScript layer (entry, Standard Schemas, check names) is at most 2,048 B after gzip -9"
  js_gzip=$(cat pkg/dist/index.js pkg/dist/schema.js pkg/dist/check-names.js | gzip -9c | wc -c)
  echo "pkg/dist/index.js + schema.js + check-names.js: $js_gzip B gzip -9 (budget 2,048 B; BENCHMARKS.md)"
  if [ "$js_gzip" -gt 2048 ]; then
    echo "the package's JavaScript layer is over its size budget" >&2
    exit 1
  fi

  parity_corpus

  step "Node.js: parity, package verbs, on Node 24"
  (cd pkg && node --test test/*.test.js)

  # pkg/package.json's engines: Node 20 and later.
  local other
  for other in "$PWD/scripts/node/node_modules/node22/bin/node" "$machine_node"; do
    [ -n "$other" ] || continue
    step "Node.js: the package's tests on Node $("$other" --version)"
    (cd pkg && "$other" --test test/*.test.js)
  done

  step "TypeScript declarations against test/usage.ts (tsc --noEmit)"
  (cd pkg && npx --no-install tsc -p tsconfig.json)

  if ! command -v chromium >/dev/null 2>&1; then
    step "installing Debian's chromium for the browser tests"
    sudo_if_needed apt-get update -qq
    DEBIAN_FRONTEND=noninteractive sudo_if_needed apt-get install -y -qq --no-install-recommends chromium
  fi

  step "Chromium: parity of the ES module over the whole corpus, the demo page end to end and its accessibility audit (axe-core), the form apps (TanStack Form, React Hook Form), and the apps of bindings/web/apps (Vite 5/7/8, a module worker, webpack, esbuild, Rollup, Parcel, Next.js, Nuxt, SvelteKit, Astro, React Router, Bun, Deno, Express) with the packed tarball"
  (cd bindings/web && npm ci --no-audit --no-fund && CHROMIUM_PATH="$(command -v chromium)" node --test test/*.test.mjs)
}

tier_python() {
  parity_corpus
  step "Python: the wheel built by maturin, installed into a fresh virtual environment, its tests and types, and the backends (bindings/python/test.sh)"
  ./bindings/python/test.sh
}

tier_data() {
  parity_corpus
  step "Python batches: callplan.arrow, .polars and .spark (local-cluster) over 1,000,000 requests, byte for byte as check --jsonl (bindings/python/test-data.sh)"
  ./bindings/python/test-data.sh
}

tiers=("$@")
[ ${#tiers[@]} -eq 0 ] && tiers=(all)
for tier in "${tiers[@]}"; do
  case "$tier" in
    all) tier_quick; tier_numbering; tier_fuzz; tier_web; tier_python; tier_data ;;
    quick | numbering | fuzz | web | python | data) "tier_$tier" ;;
    *) echo "unknown tier \`$tier\`: quick, numbering, fuzz, web, python, data or all" >&2; exit 2 ;;
  esac
done
