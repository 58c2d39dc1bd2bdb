// The demo audited as assistive technology meets it: axe-core (WCAG 2.1 A and AA, and its
// best practices) on each form empty, with errors shown and accepted; each invalid field
// marked `aria-invalid` and described by its message; the verdict announced in a live
// region; every number row labelled; and the whole order filled and submitted by keyboard.
// Screenshots of the error state in each language go to test/screenshots/.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { demoPages, screenshots } from "./demo-page.mjs";

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

const openForm = demoPages();

/** Every axe violation on the page, as `rule: target` lines. */
async function violations(page) {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags } }), TAGS);
  return results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(" ")}`));
}

const numbersOf = (page) => page.locator("#new-numbers [data-list='/numbers'] > [data-row]");

test("no axe violation on any form: empty, with errors shown, accepted", async () => {
  for (const tab of ["location-setup", "new-numbers", "port-numbers"]) {
    const page = await openForm(tab);
    assert.deepEqual(await violations(page), [], `${tab}, empty`);
    const showAll = page.locator(`#${tab} .status button`);
    if (await showAll.count()) await showAll.click();
    await page.locator(`#${tab} li.finding.error`).first().waitFor();
    assert.deepEqual(await violations(page), [], `${tab}, errors shown`);
    await page.close();
  }
  const page = await openForm("new-numbers");
  await numbersOf(page).first().locator("input").fill("+1 415-555-2671");
  await page.waitForFunction(() => document.querySelector("#new-numbers").dataset.verdict === "ok");
  assert.deepEqual(await violations(page), [], "new-numbers, accepted");
  await page.close();
});

test("an invalid field is aria-invalid, described by its message, and the verdict is announced", async () => {
  const page = await openForm("new-numbers");
  const input = numbersOf(page).first().locator("input");
  await input.fill("+1 800 555 0199");
  await page.locator("#new-numbers li[data-rule='number.toll_free']").waitFor();
  assert.equal(await input.getAttribute("aria-invalid"), "true");
  const described = await input.getAttribute("aria-describedby");
  assert.ok(described, "the field names its message");
  const message = await page.locator(`[id="${described.split(" ")[0]}"]`).textContent();
  assert.match(message, /\+18005550199 is a toll-free number/);
  const live = page.locator("#new-numbers [aria-live]");
  assert.equal(await live.count(), 1, "one live region per form");
  assert.match(await live.textContent(), /1 problem to fix/);
  assert.deepEqual(await violations(page), []);
  await page.screenshot({ path: path.join(screenshots, "accessible-error-en.png"), fullPage: true });
  await page.locator("#locale").selectOption("sv");
  await page.waitForFunction(() => document.querySelector("#new-numbers li[data-rule='number.toll_free']").textContent.includes("avgiftsfritt"));
  assert.deepEqual(await violations(page), []);
  await page.screenshot({ path: path.join(screenshots, "accessible-error-sv.png"), fullPage: true });
  await page.locator("#locale").selectOption("fr");
  const french = page.locator("#new-numbers li[data-rule='number.toll_free']");
  await page.waitForFunction(() => document.querySelector("#new-numbers li[data-rule='number.toll_free']").textContent.includes("sans frais"));
  assert.equal(await french.getAttribute("lang"), "fr", "French text is marked as French");
  assert.deepEqual(await page.locator("#notices > li").evaluateAll((items) => items.map((item) => item.lang)).then((langs) => [...new Set(langs)]), ["fr"]);
  assert.deepEqual(await violations(page), []);
  await page.screenshot({ path: path.join(screenshots, "accessible-error-fr.png"), fullPage: true });
  await input.fill("+1 415-555-2671");
  await page.waitForFunction(() => document.querySelector("#new-numbers").dataset.verdict === "ok");
  assert.equal(await input.getAttribute("aria-invalid"), null);
  assert.equal(await input.getAttribute("aria-describedby"), null);
  await page.close();
});

test("every number row has its own label", async () => {
  const page = await openForm("new-numbers");
  await page.locator("#new-numbers button[data-add='/numbers']").click();
  const names = await numbersOf(page).locator("input").evaluateAll((inputs) => inputs.map((input) => input.labels?.[0]?.textContent.trim() || input.getAttribute("aria-label")));
  assert.equal(names.length, 2);
  assert.ok(names.every(Boolean), `unlabelled: ${JSON.stringify(names)}`);
  assert.notEqual(names[0], names[1]);
  await page.close();
});

test("the whole order is filled and submitted by keyboard", async () => {
  const page = await openForm("new-numbers");
  await page.locator("#new-numbers").locator("input, select, button").first().focus();
  const first = numbersOf(page).first().locator("input");
  for (let step = 0; step < 30 && !(await first.evaluate((input) => input === document.activeElement)); step += 1) {
    await page.keyboard.press("Tab");
  }
  assert.ok(await first.evaluate((input) => input === document.activeElement), "Tab reaches the first number");
  await page.keyboard.type("+1 415-555-2671");
  await page.waitForFunction(() => document.querySelector("#new-numbers").dataset.verdict === "ok");
  const submit = page.locator("#new-numbers button[type=submit]");
  for (let step = 0; step < 30 && !(await submit.evaluate((button) => button === document.activeElement)); step += 1) {
    await page.keyboard.press("Tab");
  }
  assert.ok(await submit.evaluate((button) => button === document.activeElement), "Tab reaches submit");
  await page.keyboard.press("Enter");
  assert.match(await page.locator("#new-numbers .status").textContent(), /Accepted/);
  await page.close();
});
