// Headless Debian Chromium driven by playwright-core, with the flags this kind of machine
// needs (no sandbox as root, no background networking on a closed network) and a fresh
// profile each time.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";

const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** A browser context on a fresh user-data-dir; close it to end the browser. */
export async function launchChromium() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "callplan-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 900 },
  });
  const close = async () => {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { context, close };
}
