// `npm pack` / `npm publish` guard: the package is its built files, so refuse to pack
// without them (run `bindings/wasm/build.sh` from the repository root first).
import { existsSync } from "node:fs";

const required = [
  "dist/index.js",
  "dist/index.d.ts",
  "dist/schema.js",
  "dist/check-names.js",
  "dist/schema.cjs",
  "dist/callplan_wasm.js",
  "dist/callplan_wasm.d.ts",
  "dist/callplan_wasm_bg.wasm",
  "dist/node.mjs",
  "dist/node.cjs",
  "dist/callplan_wasm_base64.cjs",
  "LICENSE",
];
const missing = required.filter((file) => !existsSync(new URL(`../${file}`, import.meta.url)));
if (missing.length > 0) {
  console.error(`callplan: cannot pack without ${missing.join(", ")}; run bindings/wasm/build.sh first`);
  process.exit(1);
}
