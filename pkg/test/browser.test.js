// The ES module build in a real browser: a page imports it with <script type="module">,
// and the answers to the regression cases and the first generated requests of the parity
// corpus are byte-identical (canonical JSON) to the native ones. Needs Chromium
// (/usr/bin/chromium, or CHROMIUM_PATH); scripts/test.sh installs Debian's package.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { canonical } from "./canonical.js";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const corpus = process.env.CALLPLAN_PARITY_CORPUS ?? path.join(packageDir, "../target/parity/corpus.jsonl");
const SAMPLE = 3000;
const types = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm" };

function serve(root) {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, "http://localhost");
    const file = path.join(root, url.pathname === "/" ? "test/browser/index.html" : path.normalize(url.pathname));
    if (!file.startsWith(root) || !fs.existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

test("the browser build gives the native answers", async () => {
  const lines = fs.readFileSync(corpus, "utf8").split("\n", SAMPLE).filter(Boolean).map((line) => JSON.parse(line));
  const server = await serve(packageDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
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
