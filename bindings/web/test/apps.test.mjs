// The npm package where apps use it: `npm pack` of pkg/, and the tarball (not the folder)
// installed into each app of bindings/web/apps/ — small real apps a reader can copy, each
// set up as its tool's documentation says plus only what the package's README tells users
// to add: Vite 5, 7 and 8 (dev server and build), a Vite module worker, webpack 5, esbuild,
// Rollup 4, Parcel 2 (build and dev server), Next.js 15 (a client and a server component;
// webpack and Turbopack builds, and next dev), Nuxt 4 (a page in the browser and a server
// API route; build and dev server, whose output must hold no error), SvelteKit 3 (a page and
// a server load; adapter-node), Astro 7 (a client script and a page rendered on the
// server), React Router 8 in framework mode (a component and a form's server action), Bun
// (bun build for the browser, Bun.serve on the server), Deno (Deno.serve, the package from
// node_modules) and Express on Node.js. Each app is built with its own
// `npm run` scripts, served, and loaded in headless Chromium, and every page must show the
// verdict on a toll-free number with no error on the page or in its console. The tools
// come from each app's lock file.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { repositoryRoot, serve } from "../serve.mjs";
import { launchChromium } from "./chromium.mjs";

const work = path.join(repositoryRoot, "target/apps");
const appsDir = path.join(repositoryRoot, "bindings/web/apps");
let tarball;

const host = (port) => ["--port", String(port), "--host", "127.0.0.1"];
const viteDev = (port) => ["dev", ...host(port), "--strictPort"];
const nextServer = (script) => (port) => [script, "--port", String(port), "--hostname", "127.0.0.1"];

// Each app: its folder, the `npm run` script that builds it, how it is served (the folder
// of its static output, or a script that serves it on a port), its pages.
const apps = [
  { name: "vite5", build: "build", serve: "dist", dev: viteDev },
  { name: "vite7", build: "build", serve: "dist", dev: viteDev },
  { name: "vite8", build: "build", serve: "dist", dev: viteDev },
  { name: "vite8-worker", build: "build", serve: "dist", dev: viteDev },
  { name: "webpack", build: "build", serve: "public" },
  { name: "esbuild", build: "build", serve: "public" },
  { name: "rollup", build: "build", serve: "public" },
  { name: "parcel", build: "build", serve: "dist", dev: (port) => ["dev", ...host(port)] },
  { name: "next", build: "build", start: nextServer("start"), dev: nextServer("dev"), pages: ["/", "/server"] },
  { name: "next", label: "next-turbopack", build: "build:turbopack", start: nextServer("start"), pages: ["/", "/server"] },
  { name: "nuxt", build: "build", start: () => ["start"], port: "env", dev: (port) => ["dev", ...host(port)], apis: ["/api/verdict"], quietDev: true },
  { name: "sveltekit", build: "build", start: () => ["start"], port: "env", dev: viteDev, pages: ["/", "/server"] },
  { name: "astro", build: "build", serve: "dist", dev: (port) => ["dev", ...host(port)], pages: ["/", "/server/"] },
  {
    name: "react-router", build: "build", start: () => ["start"], port: "env", dev: (port) => ["dev", ...host(port)],
    pages: ["/", { path: "/order", submit: "button[type=submit]" }],
  },
  { name: "bun", build: "build", start: () => ["start"], port: "env", pages: ["/", "/server"] },
  { name: "deno", start: () => ["start"], port: "env" },
  { name: "express", start: () => ["start"], port: "env" },
];

const ENV = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PARCEL_WORKERS: "1" };

function run(command, args, cwd) {
  return execFileSync(command, args, { cwd, env: ENV, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

before(() => {
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  const packed = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", work], path.join(repositoryRoot, "pkg")));
  tarball = path.join(work, packed[0].filename);
});

/** A copy of the app's folder with its tools from its lock file and the package from the
 * tarball. */
function setUp(app) {
  const dir = path.join(work, app.label ?? app.name);
  fs.cpSync(path.join(appsDir, app.name), dir, {
    recursive: true,
    filter: (source) => !source.split(path.sep).includes("node_modules"),
  });
  run("npm", ["ci", "--no-audit", "--no-fund"], dir);
  run("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--offline", tarball], dir);
  return dir;
}

/** The verdict the page at `url` shows once the package has answered (after a click on
 * `submit`, for a form whose server action answers); the page may log no error and throw
 * none. */
async function verdictAt(url, submit) {
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    const problems = [];
    page.on("pageerror", (error) => problems.push(error.message));
    // The scratch apps have no favicon; the browser's request for one is not the package's.
    const isFavicon = (message) => new URL(message.location().url || "http://x/").pathname === "/favicon.ico";
    page.on("console", (message) => message.type() === "error" && !isFavicon(message) && problems.push(`${message.text()} (${message.location().url})`));
    const response = await page.goto(url);
    assert.equal(response.status(), 200, `${url} answered ${response.status()}`);
    if (submit) {
      await page.waitForLoadState("networkidle");
      await page.click(submit);
    }
    await page.waitForSelector("[data-verdict]", { state: "attached", timeout: 60_000 })
      .catch(() => assert.fail(`no verdict at ${url}: ${problems.join("; ")}`));
    const verdict = await page.$eval("[data-verdict]", (element) => element.dataset.verdict);
    assert.deepEqual(problems, [], `errors at ${url}`);
    return verdict;
  } finally {
    await browser.close();
  }
}

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs `npm run` with the script and arguments `server(port)` gives, in `dir`, until
 * `use(url, output)` is done (`output()` is what the server has printed); the server is
 * ready when it answers HTTP other than with a server error (a dev server answers 503
 * while it starts). The port is an argument, or the `PORT` variable when
 * `byEnv`; the server and its children are stopped as a process group. */
async function withServer(dir, server, byEnv, use) {
  const port = await freePort();
  const [script, ...args] = server(port);
  const env = byEnv ? { ...ENV, PORT: String(port), HOST: "127.0.0.1", NITRO_HOST: "127.0.0.1" } : ENV;
  const child = spawn("npm", ["run", script, "--", ...args], { cwd: dir, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  child.stdout.on("data", (chunk) => { output += chunk; });
  child.stderr.on("data", (chunk) => { output += chunk; });
  const url = `http://127.0.0.1:${port}`;
  try {
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (child.exitCode !== null) assert.fail(`npm run ${script} exited with ${child.exitCode}: ${output}`);
      if (await fetch(url).then((response) => response.status < 500, () => false)) break;
      if (Date.now() > deadline) assert.fail(`npm run ${script} did not answer on ${url}: ${output}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return await use(url, () => output);
  } finally {
    try { process.kill(-child.pid); } catch { /* already gone */ }
  }
}

/** The verdict of every page of the app served at `url`, then the `rules` every API route
 * of the app answers with. */
async function verdictsAt(app, url) {
  const verdicts = [];
  for (const page of app.pages ?? ["/"]) {
    const { path: pagePath, submit } = typeof page === "string" ? { path: page } : page;
    verdicts.push(await verdictAt(url + pagePath, submit));
  }
  for (const api of app.apis ?? []) verdicts.push((await (await fetch(url + api)).json()).rules);
  return verdicts;
}

/** Serves the app's static output folder until `use(url)` is done. */
const serveFolder = (folder) => async (use) => {
  const site = await serve(folder);
  try {
    return await use(`http://127.0.0.1:${site.address().port}`);
  } finally {
    site.close();
  }
};

const VERDICT = "number.toll_free notice.terms_of_service";

for (const app of apps) {
  test(`${app.label ?? app.name}: the app shows the verdict with the packed tarball`, { timeout: 600_000 }, async () => {
    const dir = setUp(app);
    const byEnv = app.port === "env";
    const expected = [...(app.pages ?? ["/"]), ...(app.apis ?? [])].map(() => VERDICT);
    // The dev server first, as a developer meets it: nothing built or cached yet.
    if (app.dev) {
      const [verdicts, output] = await withServer(dir, app.dev, byEnv, async (url, output) => [await verdictsAt(app, url), output()]);
      assert.deepEqual(verdicts, expected, "dev server");
      if (app.quietDev) assert.doesNotMatch(output, /Failed to resolve|✖|\[error\]/i, "the dev server's output");
    }
    if (app.build) run("npm", ["run", app.build], dir);
    const served = app.start
      ? (use) => withServer(dir, app.start, byEnv, use)
      : serveFolder(path.join(dir, app.serve));
    assert.deepEqual(await served((url) => verdictsAt(app, url)), expected);
  });
}
