// The ES module build in a real browser: a page imports it with <script type="module">,
// and its answers to the whole parity corpus (the regression cases, 100,000 generated
// requests, malformed and over-limit ones, each under the policy its line names) are byte-identical (canonical JSON) to the
// native ones. Needs the parity corpus
// (examples/parity_corpus.rs) and Chromium (/usr/bin/chromium, or CHROMIUM_PATH).
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { canonical } from "../../../pkg/test/canonical.js";
import { repositoryRoot, serve } from "../serve.mjs";
import { launchChromium } from "./chromium.mjs";

// Served from the repository, so it must lie inside it.
const corpus = path.resolve(process.env.CALLPLAN_PARITY_CORPUS ?? path.join(repositoryRoot, "target/parity/corpus.jsonl"));
const minimum = Number(process.env.CALLPLAN_PARITY_MINIMUM ?? 100_000);

test("the browser build gives the native answers to the whole corpus", async () => {
  const site = await serve();
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.goto(`http://127.0.0.1:${site.address().port}/bindings/web/test/parity.html`);
    await page.waitForFunction(() => document.title === "ready");
    // The page fetches the corpus and compares in the browser, so only the differences
    // (none, when all is well) cross back.
    const corpusUrl = `/${path.relative(repositoryRoot, corpus).split(path.sep).join("/")}`;
    const outcome = await page.evaluate(async (url) => {
      const { canonical } = await import("/pkg/test/canonical.js");
      const text = await (await fetch(url)).text();
      let count = 0;
      let underOtherPolicies = 0;
      const differences = [];
      for (const line of text.split("\n")) {
        if (!line) continue;
        const { request, answer, policy } = JSON.parse(line);
        const { evaluate, evaluateWithPolicy } = window.callplan;
        const wasm = canonical(policy === undefined ? evaluate(request) : evaluateWithPolicy(request, policy));
        const native = canonical(JSON.parse(answer));
        if (wasm !== native && differences.length < 5) {
          differences.push(`request ${JSON.stringify(request).slice(0, 300)}\n  wasm:   ${wasm.slice(0, 300)}\n  native: ${native.slice(0, 300)}`);
        }
        count += 1;
        if (policy !== undefined) underOtherPolicies += 1;
      }
      return { count, underOtherPolicies, differences, rules: window.callplan.rules().length };
    }, corpusUrl);
    assert.deepEqual(outcome.differences, []);
    assert.ok(outcome.count >= minimum, `only ${outcome.count} requests in the corpus`);
    assert.ok(outcome.underOtherPolicies >= outcome.count / 4, `only ${outcome.underOtherPolicies} requests under another policy`);
    assert.ok(outcome.rules >= 60);
    console.log(`# ${outcome.count} requests (${outcome.underOtherPolicies} under a policy other than seed-2024) answered in Chromium, 0 differences`);
  } finally {
    await browser.close();
    site.close();
  }
});
