#!/usr/bin/env bash
# Builds the npm package in pkg/dist from a clean checkout:
#   dist/web   ES module for browsers and bundlers (call the default export `init()` once)
#   dist/node  CommonJS module for Node.js (ready on import)
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
for target in web nodejs; do
  out="pkg/dist/${target/nodejs/node}"
  wasm-bindgen --target "$target" --out-dir "$out" "$wasm"
  pkg/node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals "$out/callplan_wasm_bg.wasm" -o "$out/callplan_wasm_bg.wasm"
done
# The Node.js build is CommonJS inside a "type": "module" package.
echo '{"type": "commonjs"}' > pkg/dist/node/package.json

raw=$(wc -c < pkg/dist/web/callplan_wasm_bg.wasm)
gz=$(gzip -9c pkg/dist/web/callplan_wasm_bg.wasm | wc -c)
echo "callplan_wasm_bg.wasm: $raw bytes raw, $gz bytes gzip -9"
