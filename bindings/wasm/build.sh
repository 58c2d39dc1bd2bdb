#!/usr/bin/env bash
# Builds the npm package in pkg/dist from a clean checkout, around one .wasm file:
#   dist/index.js, index.d.ts   the entry for browsers and bundlers (`await init()` once): the
#                               verbs of dist/callplan_wasm.js and the Standard Schemas
#                               (schema.js; schema.cjs for `require`)
#   dist/callplan_wasm_bg.wasm  the module, also exported as `callplan/callplan_bg.wasm`
#   dist/node.mjs, node.cjs     Node.js (import and require): the same module, ready on load,
#                               its bytes inline in dist/callplan_wasm_base64.cjs
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
# `--converge` repeats -Oz while it still shrinks the module; `-ocimfs=0` keeps a function
# with one caller a function of its own (binaryen inlines those whatever their size, which
# here makes the module 3.6 KB larger after gzip); the producers and target-features
# sections are metadata no runtime reads.
pkg/node_modules/.bin/wasm-opt -Oz --converge -ocimfs=0 --strip-producers --strip-target-features \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
  pkg/dist/callplan_wasm_bg.wasm -o pkg/dist/callplan_wasm_bg.wasm
# The functions the module imports, as the ES module its import section names
# (`./callplan_wasm_bg.js`): the package's own glue hands them over itself, but a tool that
# loads the `.wasm` as an ES module (Vite 8's dev server does, under Nuxt) resolves that
# name beside it. wasm-bindgen's bundler target writes exactly that module.
bundler_glue="target/wasm-bindgen-bundler"
rm -rf "$bundler_glue"
wasm-bindgen --target bundler --out-dir "$bundler_glue" "$wasm"
cp "$bundler_glue/callplan_wasm_bg.js" pkg/dist/callplan_wasm_bg.js
# wasm-bindgen writes the same .wasm for every target; the Node.js glue is pointed at the
# inline copy below.
node_glue="target/wasm-bindgen-nodejs"
rm -rf "$node_glue"
wasm-bindgen --target nodejs --out-dir "$node_glue" "$wasm"
# Node.js takes the module's bytes from a CommonJS module of their base64 text, not from a
# file beside the glue: a bundle made for a server then carries them (a bundler rewrites
# neither `__dirname` nor an asset URL into a path that exists where the bundle runs).
node -e 'const fs = require("fs"); fs.writeFileSync(process.argv[2], "module.exports = " + JSON.stringify(fs.readFileSync(process.argv[1]).toString("base64")) + ";\n")' \
  pkg/dist/callplan_wasm_bg.wasm pkg/dist/callplan_wasm_base64.cjs
reads_file="const wasmBytes = require('fs').readFileSync(wasmPath);"
grep -qxF "$reads_file" "$node_glue/callplan_wasm.js" \
  || { echo "wasm-bindgen's Node.js glue no longer reads the module as build.sh expects" >&2; exit 1; }
sed -e '\|^const wasmPath = |d' \
  -e "s|^const wasmBytes = require('fs').readFileSync(wasmPath);\$|const wasmBytes = Buffer.from(require('./callplan_wasm_base64.cjs'), 'base64');|" \
  "$node_glue/callplan_wasm.js" > pkg/dist/node.cjs
grep -q "callplan_wasm_base64.cjs" pkg/dist/node.cjs \
  || { echo "the Node.js glue was not pointed at the inline module" >&2; exit 1; }
cat pkg/src/node-cjs-tail.js >> pkg/dist/node.cjs
cp pkg/src/node.mjs pkg/src/index.js pkg/src/index.d.ts pkg/src/schema.js pkg/src/wasm-url.d.ts pkg/dist/
# The names of the checks, asked of the module itself, for the schemas made on import
# (before `init()` there is no module to ask).
node --input-type=module -e '
  import { readFileSync } from "node:fs";
  import { initSync, checkNames } from "./pkg/dist/callplan_wasm.js";
  initSync({ module: readFileSync("pkg/dist/callplan_wasm_bg.wasm") });
  console.log(`export default ${JSON.stringify(checkNames())};`);' > pkg/dist/check-names.js
# The Standard Schema layer for `require`: the same source as a CommonJS module.
{ sed 's/^export function /function /' pkg/src/schema.js; echo 'module.exports = { standardSchemas };'; } \
  > pkg/dist/schema.cjs
cp schema/callplan.schema.json pkg/dist/callplan.schema.json
cp LICENSE pkg/LICENSE

raw=$(wc -c < pkg/dist/callplan_wasm_bg.wasm)
gz=$(gzip -9c pkg/dist/callplan_wasm_bg.wasm | wc -c)
echo "callplan_wasm_bg.wasm: $raw bytes raw, $gz bytes gzip -9"
