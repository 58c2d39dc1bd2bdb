// WASM timings in Node.js: module load (first call included) and per-call latency of the
// same requests as benches/evaluate.rs. Run after bindings/wasm/build.sh: `node bench.mjs`.
import { performance } from "node:perf_hooks";
import { createRequire } from "node:module";
import fs from "node:fs";

const loadStart = performance.now();
const require = createRequire(import.meta.url);
const callplan = require("./dist/node/callplan_wasm.js");
callplan.classifyNumber("(415) 555-2671");
const loadMs = performance.now() - loadStart;

function order(check, singles, quantity) {
  const numbers = Array.from({ length: singles }, (_, line) => `(212) 555-${String(line).padStart(4, "0")}`);
  return { check, org: { trial: false }, location: { calling_plan_enabled: true }, numbers,
    blocks: [{ first: "+1 212 556 0000", size: 100 }], auto_select: { country: "US", state: "NY", area_code: "212", quantity } };
}

function time(label, fn) {
  for (let i = 0; i < 200; i++) fn();
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < 1000) { fn(); runs++; }
  const micros = ((performance.now() - start) * 1000) / runs;
  console.log(`${label.padEnd(55)} ${micros.toFixed(1)} µs`);
}

console.log(`${"load module + first call".padEnd(55)} ${loadMs.toFixed(1)} ms`);
const port = JSON.parse(fs.readFileSync(new URL("../examples/port-order.json", import.meta.url)));
time("classifyNumber", () => callplan.classifyNumber("(415) 555-2671"));
time("new_number_order, 100 numbers + a 100-block", () => callplan.evaluate(order("new_number_order", 100, 0)));
time("port_order", () => callplan.evaluate(port));
time("order_plan, 370 numbers into 4 orders", () => callplan.evaluate(order("order_plan", 150, 120)));
