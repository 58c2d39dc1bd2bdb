// Parity: every request of the corpus (tests/cases and 100,000 generated requests, written
// with the native answers by `cargo run --release --example parity_corpus`; a line's
// `policy`, when present, is the policy it is judged under) must get a byte-identical
// answer (canonical JSON) from the WASM package.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import readline from "node:readline";
import { createRequire } from "node:module";
import { canonical } from "./canonical.js";

const require = createRequire(import.meta.url);
const callplan = require("../dist/node.cjs");
const corpus = process.env.CALLPLAN_PARITY_CORPUS ?? new URL("../../target/parity/corpus.jsonl", import.meta.url);
const minimum = Number(process.env.CALLPLAN_PARITY_MINIMUM ?? 100_000);

test("the WASM package answers every corpus request exactly as the native library", async () => {
  const lines = readline.createInterface({ input: fs.createReadStream(corpus), crlfDelay: Infinity });
  let count = 0;
  let underOtherPolicies = 0;
  for await (const line of lines) {
    const { request, answer, policy } = JSON.parse(line);
    const wasm = canonical(policy === undefined ? callplan.evaluate(request) : callplan.evaluateWithPolicy(request, policy));
    const native = canonical(JSON.parse(answer));
    if (wasm !== native) {
      assert.fail(`difference on request ${JSON.stringify(request)}\n  wasm:   ${wasm}\n  native: ${native}`);
    }
    count += 1;
    if (policy !== undefined) underOtherPolicies += 1;
  }
  assert.ok(count >= minimum, `only ${count} requests in the corpus`);
  assert.ok(underOtherPolicies >= count / 4, `only ${underOtherPolicies} requests under another policy`);
  console.log(`# ${count} requests (${underOtherPolicies} under a policy other than seed-2024), 0 differences`);
});
