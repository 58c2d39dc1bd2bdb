// Node.js, `import`: the package's module, compiled synchronously on import from the bytes
// carried inline (`callplan_wasm_base64.cjs`), so that a bundle made for a server (Next.js
// server components and SSR, any bundler targeting Node.js) needs no file beside it and no
// asset URL. `init()` and `initSync()` are there as in browsers (both idempotent), so the
// same code runs on either side.
import { initSync } from "./index.js";
import wasmBase64 from "./callplan_wasm_base64.cjs";

initSync({ module: Buffer.from(wasmBase64, "base64") });

export * from "./index.js";
export { default } from "./index.js";
