// WASM in Node.js against the JS library users would otherwise reach for, same process,
// same run (`node bench.mjs`, after bindings/wasm/build.sh; BENCHMARKS.md records it):
//
// - start-up: loading the module and its first call;
// - per-number classification of the same 100,000 numbers (six writings, every class):
//   `classifyNumber` through WASM against libphonenumber-js with its `max` metadata
//   (`parsePhoneNumber` + `isValid` + `getType`);
// - `evaluate` of new-number orders through WASM beside `evaluate_json` of the same
//   requests natively (the `time_requests` example, run from here), for the ratio.
import { performance } from "node:perf_hooks";
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";

const loadStart = performance.now();
const require = createRequire(import.meta.url);
const callplan = require("./dist/node.cjs");
callplan.classifyNumber("(415) 555-2671");
const loadMs = performance.now() - loadStart;
const { parsePhoneNumber } = require("libphonenumber-js/max");

const NUMBERS = 100_000;
const ROUNDS = 7;

/** A deterministic pseudo-random sequence (numbers in [0, 1)). */
function sequence(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** `count` phone numbers as people write them: mostly US lines, and every other class. */
function writtenNumbers(count) {
  const next = sequence(2024);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const digits = (length) => Array.from({ length }, () => Math.floor(next() * 10)).join("");
  const writings = [
    (a, x, l) => `+1${a}${x}${l}`, (a, x, l) => `+1 ${a}-${x}-${l}`, (a, x, l) => `(${a}) ${x}-${l}`,
    (a, x, l) => `${a}.${x}.${l}`, (a, x, l) => `1-${a}-${x}-${l}`, (a, x, l) => `${a}${x}${l}`,
  ];
  return Array.from({ length: count }, () => {
    const kind = next();
    if (kind < 0.05) return `+44 20 ${digits(4)} ${digits(4)}`;
    if (kind < 0.08) return digits(1 + Math.floor(next() * 9));
    const area = kind < 0.8 ? pick(["212", "415", "312", "617", "206", "305", "512"]) : pick(["800", "888", "416", "604", "900", "876", "787"]);
    return pick(writings)(area, String(200 + Math.floor(next() * 800)), digits(4));
  });
}

/** Median over rounds of the time per item (µs) of `work` over `items`. */
function perItem(items, work) {
  for (const item of items.slice(0, 10_000)) work(item);
  const rounds = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const start = performance.now();
    for (const item of items) work(item);
    rounds.push(((performance.now() - start) * 1000) / items.length);
  }
  rounds.sort((a, b) => a - b);
  return { median: rounds[ROUNDS >> 1], min: rounds[0], max: rounds[ROUNDS - 1] };
}

/** libphonenumber-js's answer, shaped like classifyNumber's. */
function libphonenumberClass(written) {
  try {
    const number = parsePhoneNumber(written, "US");
    return { e164: number.number, valid: number.isValid(), type: number.getType() };
  } catch {
    return { e164: null, valid: false, type: undefined };
  }
}

function order(count) {
  const numbers = Array.from({ length: count }, (_, index) => `+1 212 555 ${String(index).padStart(4, "0")}`);
  return { check: "new_number_order", org: { trial: false }, location: { calling_plan_enabled: true }, numbers };
}

const row = (label, { median, min, max }) =>
  console.log(`${label.padEnd(62)} ${median.toFixed(3).padStart(9)} µs  (min ${min.toFixed(3)}, max ${max.toFixed(3)})`);

const numbers = writtenNumbers(NUMBERS);
console.log(`node ${process.version}, ${NUMBERS.toLocaleString("en")} numbers, median of ${ROUNDS} rounds`);
console.log(`${"load module + first call".padEnd(62)} ${loadMs.toFixed(1).padStart(9)} ms`);
const wasm = perItem(numbers, (written) => callplan.classifyNumber(written));
const js = perItem(numbers, libphonenumberClass);
row("classifyNumber (WASM), per number", wasm);
row("libphonenumber-js/max parse + isValid + getType, per number", js);
console.log(`${"ratio libphonenumber-js / WASM".padEnd(62)} ${(js.median / wasm.median).toFixed(1).padStart(9)} ×`);
const agree = numbers.filter((written) => (callplan.classifyNumber(written).class !== "invalid") === libphonenumberClass(written).valid).length;
console.log(`${"valid/invalid agreement on these numbers".padEnd(62)} ${(100 * agree / NUMBERS).toFixed(2).padStart(9)} %`);
// The native side, in the same run: the same requests as JSON text through `evaluate_json`,
// timed the same way by the crate's `time_requests` example (a release build).
const counts = [1, 10, 100];
const native = execFileSync("cargo", ["run", "--quiet", "--release", "--example", "time_requests"], {
  cwd: new URL("..", import.meta.url),
  input: counts.map((count) => JSON.stringify(order(count))).join("\n") + "\n",
  encoding: "utf8",
}).trim().split("\n").map((line) => {
  const [median, min, max] = line.split(" ").map(Number);
  return { median, min, max };
});
counts.forEach((count, index) => {
  const inWasm = perItem(Array(2_000).fill(order(count)), (request) => callplan.evaluate(request));
  row(`evaluate new_number_order, ${count} numbers (WASM)`, inWasm);
  row(`evaluate_json, the same request (native)`, native[index]);
  console.log(`${"ratio WASM / native".padEnd(62)} ${(inWasm.median / native[index].median).toFixed(1).padStart(9)} ×`);
});
