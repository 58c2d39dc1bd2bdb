// The demo page as a person uses it, in headless Chromium: type, paste, pick files, switch
// language, and see each finding beside the field its path names. Each test saves a
// screenshot in test/screenshots/ (git-ignored). Needs the package built (bindings/wasm/build.sh)
// and Chromium (/usr/bin/chromium, or CHROMIUM_PATH).
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { demoPages, screenshots } from "./demo-page.mjs";

const JPEG_HEAD = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);
const PDF_HEAD = Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "latin1");

const openForm = demoPages();

/** Saves the page for a person to look at, and checks it threw nothing. */
async function finish(page, name) {
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
  assert.deepEqual(page.errors, [], "the page threw");
  await page.close();
}

/** Pastes text into a field the way a clipboard paste arrives. */
async function paste(field, text) {
  await field.focus();
  await field.evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData("text/plain", pasted);
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** `count` distinct valid US geographic numbers, one per line. */
function usNumbers(count) {
  return Array.from({ length: count }, (_, index) => `(212) 555-${String(1000 + index)}`).join("\n");
}

const form = (page, id) => page.locator(`#${id}`);
const submit = (page, id) => form(page, id).locator("button[type=submit]");
const findingIn = (scope, rule) => scope.locator(`ul.findings > li[data-rule="${rule}"]`);

test("a toll-free number shows number.toll_free next to that number", async () => {
  const page = await openForm("new-numbers");
  const rows = form(page, "new-numbers").locator("[data-list='/numbers'] > [data-row]");
  await rows.nth(0).locator("input").fill("(415) 555-2671");
  await form(page, "new-numbers").locator("button[data-add='/numbers']").click();
  await rows.nth(1).locator("input").pressSequentially("1-800-555-0199");
  const tollFree = findingIn(rows.nth(1), "number.toll_free");
  await tollFree.waitFor();
  assert.match(await tollFree.textContent(), /\+18005550199 is a toll-free number/);
  assert.ok(await tollFree.evaluate((item) => item.classList.contains("error")));
  assert.equal(await rows.nth(0).locator("ul.findings").count(), 0, "the valid first number has no finding");
  assert.ok(await submit(page, "new-numbers").isDisabled());
  await finish(page, "toll-free-number");
});

test("100 numbers can be ordered, 101 disable submit with order.too_many_numbers", async () => {
  const page = await openForm("new-numbers");
  const numbers = form(page, "new-numbers").locator("[data-list='/numbers']");
  await paste(numbers.locator("input").first(), usNumbers(100));
  assert.equal(await numbers.locator("> [data-row]").count(), 100);
  assert.ok(await submit(page, "new-numbers").isEnabled(), "100 numbers are within the limit");
  await form(page, "new-numbers").locator("button[data-add='/numbers']").click();
  await numbers.locator("> [data-row] input").last().fill("(212) 555-2000");
  const tooMany = findingIn(numbers, "order.too_many_numbers");
  await tooMany.waitFor();
  assert.match(await tooMany.textContent(), /at most 100 new numbers; this one holds 101/);
  assert.ok(await submit(page, "new-numbers").isDisabled());
  await finish(page, "too-many-numbers");
});

test("an invoice dated 31 days ago is too old, 30 days is accepted", async () => {
  const page = await openForm("port-numbers");
  const issued = form(page, "port-numbers").locator("[data-path='/invoice/issued']");
  const field = issued.locator("xpath=ancestor::label[1]");
  await issued.fill("2026-10-27");
  await page.waitForFunction(() => document.querySelector("[data-path='/invoice/issued']").closest(".field").classList.contains("touched"));
  assert.equal(await findingIn(field, "port.invoice_too_old").count(), 0, "30 days old is fine");
  await issued.fill("2026-10-26");
  const tooOld = findingIn(field, "port.invoice_too_old");
  await tooOld.waitFor();
  assert.match(await tooOld.textContent(), /31 days/);
  await finish(page, "invoice-too-old");
});

test("a JPEG renamed to .pdf is caught from its first bytes, a real PDF is not", async () => {
  const page = await openForm("port-numbers");
  const picker = form(page, "port-numbers").locator("input[type=file]");
  const field = picker.locator("xpath=ancestor::label[1]");
  await form(page, "port-numbers").locator("[data-path='/invoice/issued']").fill("2026-11-20");
  await picker.setInputFiles({ name: "invoice.pdf", mimeType: "application/pdf", buffer: PDF_HEAD });
  await page.waitForFunction(() => document.querySelector("[data-path='/invoice/magic']").value !== "");
  assert.equal(await findingIn(field, "port.invoice_content_mismatch").count(), 0);
  await picker.setInputFiles({ name: "invoice.pdf", mimeType: "application/pdf", buffer: JPEG_HEAD });
  const mismatch = findingIn(field, "port.invoice_content_mismatch");
  await mismatch.waitFor();
  assert.match(await mismatch.textContent(), /PDF/);
  await finish(page, "renamed-jpeg");
});

test("switching to Swedish or French changes the messages beside the fields", async () => {
  const page = await openForm("location-setup");
  const zip = form(page, "location-setup").locator("[data-path='/emergency_address/zip']");
  await zip.fill("9410");
  const invalidZip = findingIn(zip.locator("xpath=ancestor::label[1]"), "address.invalid_zip");
  await invalidZip.waitFor();
  const english = await invalidZip.textContent();
  await page.locator("#locale").selectOption("sv");
  await page.waitForFunction((before) => document.querySelector("li[data-rule='address.invalid_zip']").textContent !== before, english);
  const swedish = await invalidZip.textContent();
  assert.notEqual(swedish, english);
  assert.match(swedish, /9410/, "the Swedish message carries the value typed");
  assert.match(swedish, /ZIP-nummer/);
  await page.locator("#locale").selectOption("fr");
  await page.waitForFunction((before) => document.querySelector("li[data-rule='address.invalid_zip']").textContent !== before, swedish);
  // Quebec typography: no-break spaces inside « » and before the colon.
  assert.equal(await invalidZip.textContent(), "«\u00a09410\u00a0» n'est pas un code ZIP\u00a0: écrivez 5 chiffres, ou 5 chiffres, un trait d'union et 4 chiffres.");
  assert.equal(await invalidZip.getAttribute("lang"), "fr");
  await finish(page, "swedish-messages");
});

test("a valid order enables submit, and notices go to the side panel", async () => {
  const page = await openForm("new-numbers");
  assert.ok(await submit(page, "new-numbers").isDisabled(), "an empty order cannot be submitted");
  await form(page, "new-numbers").locator("[data-list='/numbers'] input").first().fill("+1 415-555-2671");
  await page.waitForFunction(() => document.querySelector("#new-numbers").dataset.verdict === "ok");
  assert.ok(await submit(page, "new-numbers").isEnabled());
  assert.equal(await form(page, "new-numbers").locator("li.finding").count(), 0);
  const notices = await page.locator("#notices > li").evaluateAll((items) => items.map((item) => item.dataset.rule));
  assert.deepEqual(notices.sort(), ["notice.availability_not_guaranteed", "notice.terms_of_service"]);
  await submit(page, "new-numbers").click();
  assert.match(await form(page, "new-numbers").locator(".status").textContent(), /Accepted/);
  await finish(page, "valid-order");
});

test("warnings are styled apart from errors, each beside its own field", async () => {
  const page = await openForm("port-numbers");
  const row = form(page, "port-numbers").locator("[data-list='/numbers'] > [data-row]").first();
  await row.locator("input").fill("415 555 2671");
  await row.locator("select").selectOption("dsl");
  const dsl = findingIn(row, "port.dsl_lead_number");
  await dsl.waitFor();
  assert.ok(await dsl.evaluate((item) => item.classList.contains("warning")));
  const provider = form(page, "port-numbers").locator("[data-path='/account/provider']");
  await provider.fill(" ");
  const missing = findingIn(provider.locator("xpath=ancestor::label[1]"), "port.account_missing_field");
  await missing.waitFor();
  assert.ok(await missing.evaluate((item) => item.classList.contains("error")));
  await finish(page, "warning-and-error");
});

test("markup typed into a field comes back as inert text", async () => {
  const page = await openForm("location-setup");
  const email = form(page, "location-setup").locator("[data-path='/contact/email']");
  const attack = `<img src=x onerror="window.injected=1"><script>window.injected=2</script>`;
  await email.fill(attack);
  const invalid = findingIn(email.locator("xpath=ancestor::label[1]"), "contact.invalid_email");
  await invalid.waitFor();
  assert.ok((await invalid.textContent()).includes(attack), "the message shows the text as typed");
  assert.equal(await invalid.locator("img, script").count(), 0);
  assert.equal(await page.evaluate(() => window.injected), undefined);
  await finish(page, "markup-inert");
});
