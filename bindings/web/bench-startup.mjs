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

/** Milliseconds from navigation start until `page` (under the demo's folder) sets its mark. */
async function markAfterNavigation(page, name) {
  await page.goto(new URL(name, url).href);
  await page.waitForFunction(() => document.documentElement.dataset.firstVerdictMs !== undefined);
  return Number(await page.evaluate(() => document.documentElement.dataset.firstVerdictMs));
}

/** The browser's floor: navigation start to the first module script of an empty page. */
async function floorMs() {
  const page = await browser.context.newPage();
  const ms = await markAfterNavigation(page, "floor.html");
  await page.close();
  return ms;
}

/** The demo's start-up, whole and in parts. */
async function demoStartUp() {
  const page = await browser.context.newPage();
  const shown = await markAfterNavigation(page, "./");
  const times = await page.evaluate((shown) => {
    const resource = (name) => performance.getEntriesByType("resource").find((entry) => entry.name.endsWith(name));
    const measured = (name) => performance.getEntriesByName(name)[0].duration;
    const wasm = resource("callplan_wasm_bg.wasm");
    const init = performance.getEntriesByName("callplan: instantiate")[0];
    return {
      fromNavigation: shown,
      fromModuleFetch: shown - resource("callplan_wasm.js").startTime,
      fetch: wasm.responseEnd - wasm.startTime,
      instantiate: measured("callplan: instantiate"),
      // init() waits for the module's bytes when they are still on their way: its time
      // after the last byte arrived is the compile and instantiate alone.
      afterBytes: init.startTime + init.duration - Math.max(init.startTime, wasm.responseEnd),
      firstVerdict: measured("callplan: first verdict"),
      firstEvaluate: measured("callplan: first evaluate"),
    };
  }, shown);
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
  await demoStartUp();
  await floorMs();
  const loads = [];
  const floors = [];
  for (let load = 0; load < LOADS; load += 1) {
    loads.push(await demoStartUp());
    floors.push(await floorMs());
  }
  console.log(`first verdict shown, ${LOADS} loads of ${url}`);
  console.log(summary("  from navigation start", loads.map((load) => load.fromNavigation)));
  console.log(summary("  floor: an empty page's first module script", floors));
  console.log(summary("  from the package's module fetch", loads.map((load) => load.fromModuleFetch)));
  console.log(summary("  .wasm fetch (started by the page's first script)", loads.map((load) => load.fetch)));
  console.log(summary("  compile + instantiate (init)", loads.map((load) => load.instantiate)));
  console.log(summary("  first evaluate + render", loads.map((load) => load.firstVerdict)));
  console.log(summary("    of which the first evaluate (compiling what it reaches)", loads.map((load) => load.firstEvaluate)));
  console.log(summary("  instantiate + first verdict", loads.map((load) => load.instantiate + load.firstVerdict)));
  console.log(summary("    the same once the bytes are in (without waiting on the fetch)", loads.map((load) => load.afterBytes + load.firstVerdict)));
} finally {
  await browser.close();
  server.close();
}
