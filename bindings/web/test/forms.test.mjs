// The package's Standard Schema in the form libraries people use: the apps of
// bindings/web/forms (TanStack Form, and React Hook Form with standardSchemaResolver), built
// with Vite from the packed tarball and driven in headless Chromium as a person fills the
// order: a toll-free number in the second field shows its message under that field, in
// English, then in Swedish and in Canadian French, fixing it clears it, and the order is
// submitted only once the verdict has no error. Screenshots of the error state go to test/screenshots/.
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { repositoryRoot, serve } from "../serve.mjs";
import { launchChromium } from "./chromium.mjs";

const work = path.join(repositoryRoot, "target/forms");
const source = path.join(repositoryRoot, "bindings/web/forms");
const screenshots = path.join(path.dirname(fileURLToPath(import.meta.url)), "screenshots");

function run(command, args, cwd) {
  return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

before(() => {
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  fs.mkdirSync(screenshots, { recursive: true });
  for (const entry of ["package.json", "package-lock.json", "vite.config.js", "tanstack.html", "hook-form.html", "src"]) {
    fs.cpSync(path.join(source, entry), path.join(work, entry), { recursive: true });
  }
  const packed = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", work], path.join(repositoryRoot, "pkg")));
  run("npm", ["ci", "--no-audit", "--no-fund"], work);
  run("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--offline", path.join(work, packed[0].filename)], work);
  run("node_modules/.bin/vite", ["build"], work);
});

/** The message shown under number field `index`, or null when there is none. */
async function messageUnder(page, index) {
  const input = page.locator(`#number-${index}`);
  const described = await input.getAttribute("aria-describedby");
  if (described === null) return null;
  assert.equal(await input.getAttribute("aria-invalid"), "true");
  return page.locator(`#${described}`).textContent();
}

for (const [library, file] of [["TanStack Form", "tanstack"], ["React Hook Form", "hook-form"]]) {
  test(`${library}: the policy's message shows under the field it is about, in the form's language`, { timeout: 300_000 }, async () => {
    const site = await serve(path.join(work, "dist"));
    const browser = await launchChromium();
    try {
      const page = await browser.context.newPage();
      const problems = [];
      page.on("pageerror", (error) => problems.push(error.message));
      page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
      await page.goto(`http://127.0.0.1:${site.address().port}/${file}.html`);
      await page.getByLabel("Number 1").fill("(415) 555-2671");
      await page.getByLabel("Number 1").blur();
      await page.getByLabel("Number 2").fill("+1 800 555 0100");
      await page.getByLabel("Number 2").blur();
      await page.waitForSelector("#number-1-message");
      assert.equal(await messageUnder(page, 0), null);
      assert.equal(await messageUnder(page, 1), "+18005550100 is a toll-free number; toll-free numbers are not available with Cisco Calling Plan.");
      await page.screenshot({ path: path.join(screenshots, `form-${file}-error-en.png`) });

      await page.getByRole("button", { name: "Order" }).click();
      assert.equal(await page.getByRole("status").textContent(), "", "not submitted while there is an error");

      await page.getByLabel("Language").selectOption("sv");
      await page.waitForFunction(() => document.querySelector("#number-1-message")?.textContent.includes("avgiftsfritt"));
      assert.equal(await messageUnder(page, 1), "+18005550100 är ett avgiftsfritt nummer; avgiftsfria nummer är inte tillgängliga med Ciscos samtalsplan.");
      await page.screenshot({ path: path.join(screenshots, `form-${file}-error-sv.png`) });

      await page.getByLabel("Language").selectOption("fr");
      await page.waitForFunction(() => document.querySelector("#number-1-message")?.textContent.includes("sans frais"));
      assert.equal(await messageUnder(page, 1), "+18005550100 est un numéro sans frais; les numéros sans frais ne sont pas offerts avec le forfait d'appels Cisco.");
      await page.screenshot({ path: path.join(screenshots, `form-${file}-error-fr.png`) });

      await page.getByLabel("Number 2").fill("(415) 555-2672");
      await page.waitForSelector("#number-1-message", { state: "detached" });
      assert.equal(await messageUnder(page, 1), null);
      await page.getByRole("button", { name: "Order" }).click();
      await page.waitForFunction(() => document.querySelector("[role=status]").textContent !== "");
      assert.equal(await page.getByRole("status").textContent(), "Ordered (415) 555-2671, (415) 555-2672");
      assert.deepEqual(problems, []);
    } finally {
      await browser.close();
      site.close();
    }
  });
}
