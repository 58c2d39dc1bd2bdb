// The ES module build in a real browser: a page imports it with <script type="module">,
// and the answers to the regression cases and the first generated requests of the parity
// corpus are byte-identical (canonical JSON) to the native ones. Needs the parity corpus
// (examples/parity_corpus.rs) and Chromium (/usr/bin/chromium, or CHROMIUM_PATH).
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { canonical } from "../../../pkg/test/canonical.js";
import { repositoryRoot, serve } from "../serve.mjs";
import { launchChromium } from "./chromium.mjs";

const corpus = process.env.CALLPLAN_PARITY_CORPUS ?? path.join(repositoryRoot, "target/parity/corpus.jsonl");
const SAMPLE = 3000;

test("the browser build gives the native answers", async () => {
  const lines = fs.readFileSync(corpus, "utf8").split("\n", SAMPLE).filter(Boolean).map((line) => JSON.parse(line));
  const server = await serve();
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/bindings/web/test/parity.html`);
    await page.waitForFunction(() => document.title === "ready");
    const answers = await page.evaluate((requests) => requests.map((request) => window.callplan.evaluate(request)), lines.map((line) => line.request));
    answers.forEach((answer, index) => {
      assert.equal(canonical(answer), canonical(JSON.parse(lines[index].answer)), `request ${JSON.stringify(lines[index].request)}`);
    });
    const ruleCount = await page.evaluate(() => window.callplan.rules().length);
    assert.ok(ruleCount >= 56);
    console.log(`# ${answers.length} requests answered in Chromium, 0 differences`);
  } finally {
    await browser.close();
    server.close();
  }
});
