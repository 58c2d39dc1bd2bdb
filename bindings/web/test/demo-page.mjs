// The demo page served and opened in Chromium, for the tests that drive it: one server and
// one browser per test file, a fresh page per test.
import { after, before } from "node:test";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../serve.mjs";
import { launchChromium } from "./chromium.mjs";

/** Where the tests save screenshots for a person to look at (git-ignored). */
export const screenshots = path.join(path.dirname(fileURLToPath(import.meta.url)), "screenshots");

/** The date the demo's port form takes as today in the tests. */
export const TODAY = "2026-11-26";

/**
 * Registers the file's server and browser; returns `openForm(tab)`, a fresh page on one of
 * the demo's forms once its first verdict is shown, with `page.errors` collecting what it throws.
 */
export function demoPages() {
  let server;
  let browser;
  before(async () => {
    fs.mkdirSync(screenshots, { recursive: true });
    server = await serve();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });
  return async function openForm(tab) {
    const page = await browser.context.newPage();
    const errors = [];
    page.on("pageerror", (error) => errors.push(error));
    await page.goto(`http://127.0.0.1:${server.address().port}/bindings/web/?today=${TODAY}#${tab}`);
    await page.waitForFunction(() => document.documentElement.dataset.firstVerdictMs !== undefined);
    page.errors = errors;
    return page;
  };
}
