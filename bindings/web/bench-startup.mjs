// Start-up of the demo in headless Chromium: the time from navigation start to the first
// verdict shown on the page, as the page records it in `data-first-verdict-ms`, and the part
// of it from the start of the package's module fetch (fetch, compile and instantiate, first
// evaluate and its rendering). One warm-up load, then LOADS measured loads, each in a new page
// (the server sends `cache-control: no-store`); prints median and range.
import { serve } from "./serve.mjs";
import { launchChromium } from "./test/chromium.mjs";

const LOADS = Number(process.env.LOADS ?? 10);

const server = await serve();
const browser = await launchChromium();
const url = `http://127.0.0.1:${server.address().port}/bindings/web/`;

async function firstVerdictMs() {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.firstVerdictMs !== undefined);
  const times = await page.evaluate(() => {
    const shown = Number(document.documentElement.dataset.firstVerdictMs);
    const glue = performance.getEntriesByType("resource").find((entry) => entry.name.endsWith("callplan_wasm.js"));
    return { fromNavigation: shown, fromModuleFetch: shown - glue.startTime };
  });
  await page.close();
  return times;
}

/** Median, min and max of a list of milliseconds, as one line. */
function summary(label, times) {
  const sorted = [...times].sort((a, b) => a - b);
  const median = (sorted[(sorted.length - 1) >> 1] + sorted[sorted.length >> 1]) / 2;
  return `${label}: median ${median.toFixed(1)} ms (min ${sorted[0].toFixed(1)}, max ${sorted.at(-1).toFixed(1)})`;
}

try {
  await firstVerdictMs();
  const loads = [];
  for (let load = 0; load < LOADS; load += 1) loads.push(await firstVerdictMs());
  console.log(`first verdict shown, ${LOADS} loads of ${url}`);
  console.log(summary("  from navigation start", loads.map((load) => load.fromNavigation)));
  console.log(summary("  from the package's module fetch (fetch + instantiate + first evaluate + render)", loads.map((load) => load.fromModuleFetch)));
} finally {
  await browser.close();
  server.close();
}
