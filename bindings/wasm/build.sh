#!/usr/bin/env bash
# Builds the npm package in pkg/dist from a clean checkout, around one .wasm file:
#   dist/callplan_wasm.js       ES module for browsers and bundlers (`await init()` once)
#   dist/callplan_wasm_bg.wasm  the module, also exported as `callplan/callplan_bg.wasm`
#   dist/node.mjs, node.cjs     Node.js (import and require): the same .wasm, ready on load
# and copies the repository's LICENSE into the package.
# Installs what it needs when missing: the wasm32 target, wasm-bindgen-cli at exactly the
# version of the pinned wasm-bindgen crate, and the npm devDependencies (binaryen's wasm-opt).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

rustup target add wasm32-unknown-unknown >/dev/null

version="$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"$/\1/p')"
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$version" ]; then
  echo "installing wasm-bindgen-cli $version (takes several minutes)"
  cargo install wasm-bindgen-cli --version "$version"
fi

if [ ! -x pkg/node_modules/.bin/wasm-opt ]; then
  (cd pkg && npm ci --no-audit --no-fund)
fi

cargo build --locked -p callplan-wasm --target wasm32-unknown-unknown --profile wasm-release
wasm="target/wasm32-unknown-unknown/wasm-release/callplan_wasm.wasm"

rm -rf pkg/dist
wasm-bindgen --target web --out-dir pkg/dist "$wasm"
# `--converge` repeats -Oz while it still shrinks the module; the producers and
# target-features sections are metadata no runtime reads.
pkg/node_modules/.bin/wasm-opt -Oz --converge --strip-producers --strip-target-features \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
  pkg/dist/callplan_wasm_bg.wasm -o pkg/dist/callplan_wasm_bg.wasm
# Node.js's CommonJS glue reads `callplan_wasm_bg.wasm` beside itself: the same module
# (wasm-bindgen writes the same .wasm for both targets), so the package ships it once.
node_glue="target/wasm-bindgen-nodejs"
rm -rf "$node_glue"
wasm-bindgen --target nodejs --out-dir "$node_glue" "$wasm"
cp "$node_glue/callplan_wasm.js" pkg/dist/node.cjs
cat pkg/src/node-cjs-tail.js >> pkg/dist/node.cjs
cp pkg/src/node.mjs pkg/dist/node.mjs
cp LICENSE pkg/LICENSE

raw=$(wc -c < pkg/dist/callplan_wasm_bg.wasm)
gz=$(gzip -9c pkg/dist/callplan_wasm_bg.wasm | wc -c)
echo "callplan_wasm_bg.wasm: $raw bytes raw, $gz bytes gzip -9"
