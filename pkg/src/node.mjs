// Node.js, `import`: the package's one .wasm, compiled synchronously on import. `init()`
// and `initSync()` are there as in browsers (both idempotent), so the same code runs on
// either side.
import { readFileSync } from "node:fs";
import { initSync } from "./callplan_wasm.js";

initSync({ module: readFileSync(new URL("./callplan_wasm_bg.wasm", import.meta.url)) });

export * from "./callplan_wasm.js";
export { default } from "./callplan_wasm.js";
