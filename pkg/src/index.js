// The package's entry for browsers and bundlers: the WebAssembly verbs, `init()` that
// remembers when the module is ready, and the Standard Schema of every check.
import wasmInit, { initSync as wasmInitSync, evaluate, evaluateWithPolicy } from "./callplan_wasm.js";
import checkNames from "./check-names.js";
import { standardSchemas } from "./schema.js";

export * from "./callplan_wasm.js";

let ready = false;
let markReady;
const whenReady = new Promise((resolve) => { markReady = resolve; });

function readied(output) {
  ready = true;
  markReady();
  return output;
}

/** Loads the module (once; later calls return at once). */
export default async function init(options) {
  try {
    return readied(await wasmInit(options));
  } catch (cause) {
    // Most often a bundler that left the .wasm out of its output (bun build does).
    throw new Error("callplan could not load callplan_wasm_bg.wasm. If your bundler leaves it out, import its URL: "
      + "`import wasmUrl from \"callplan/callplan_bg.wasm\"`, then `init({ module_or_path: wasmUrl })` (README).", { cause });
  }
}

/** Compiles the module from its bytes, synchronously. */
export function initSync(options) {
  return readied(wasmInitSync(options));
}

export const { schema, schemas } = standardSchemas(
  { evaluate, evaluateWithPolicy },
  checkNames,
  () => (ready ? null : whenReady),
);
