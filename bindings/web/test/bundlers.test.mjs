// The npm package where frontends build it: `npm pack` of pkg/, and the tarball (not the
// folder) installed into scratch apps made with Vite 5, 7 and 8 (dev server and build), a
// Vite module worker, webpack 5, esbuild, Rollup 4, Parcel 2 (build and dev server) and
// Next.js 15 (a client and a server component; next build + next start with webpack and
// with Turbopack, and next dev), each
// set up as its documentation says plus only what the package's README tells users to add.
// Each app is loaded in headless Chromium and must show the verdict on a toll-free number,
// with no error on the page or its console. The tools come from the lock files in
// bindings/web/bundlers/.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { repositoryRoot, serve } from "../serve.mjs";
import { launchChromium } from "./chromium.mjs";

const work = path.join(repositoryRoot, "target/bundlers");
const templates = path.join(repositoryRoot, "bindings/web/bundlers");
let tarball;

const SHOW = `export function show(callplan) {
  const answer = callplan.checkNewNumberOrder({
    org: { trial: false }, location: { calling_plan_enabled: true }, numbers: ["+1 800 555 0100"],
  });
  const rules = answer.findings.map((finding) => finding.rule).join(" ");
  document.body.textContent = (answer.ok ? "ok: " : "not ok: ") + rules;
  document.body.dataset.verdict = rules;
}
`;

// What the package's README tells users of each bundler to write.
const VITE_MAIN = `import init, * as callplan from "callplan";
import wasmUrl from "callplan/callplan_bg.wasm?url";
import { show } from "./show.js";
init({ module_or_path: wasmUrl }).then(() => show(callplan));
`;
const WEBPACK_MAIN = `import init, * as callplan from "callplan";
import { show } from "./show.js";
init().then(() => show(callplan));
`;
const ESBUILD_MAIN = `import init, * as callplan from "callplan";
import wasmUrl from "callplan/callplan_bg.wasm";
import { show } from "./show.js";
init({ module_or_path: wasmUrl }).then(() => show(callplan));
`;

const ROLLUP_CONFIG = `import { nodeResolve } from "@rollup/plugin-node-resolve";
import url from "@rollup/plugin-url";
export default {
  input: "src/main.js",
  output: { dir: "dist", format: "es" },
  plugins: [nodeResolve({ browser: true }), url({ include: ["**/*.wasm"], limit: 0 })],
};
`;
// A module worker answers; the page shows what it posts (Vite's default worker format is
// an IIFE, where top-level await is refused: the README's \`.then\` form works there).
const WORKER_MAIN = `const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
worker.onmessage = (event) => {
  document.body.textContent = event.data;
  document.body.dataset.verdict = event.data;
};
`;
const WORKER = `import init, * as callplan from "callplan";
import wasmUrl from "callplan/callplan_bg.wasm?url";
init({ module_or_path: wasmUrl }).then(() => {
  const answer = callplan.checkNewNumberOrder({
    org: { trial: false }, location: { calling_plan_enabled: true }, numbers: ["+1 800 555 0100"],
  });
  postMessage(answer.findings.map((finding) => finding.rule).join(" "));
});
`;
// Next.js (app router): a client component, which Next.js also renders on the server, and
// a server component answering on the server alone.
const NEXT_LAYOUT = `export const metadata = { title: "app" };
export default function RootLayout({ children }) {
  return <html lang="en"><body>{children}</body></html>;
}
`;
const NEXT_CLIENT = `"use client";
import { useEffect, useState } from "react";
import init, { checkNewNumberOrder } from "callplan";

export default function Verdict() {
  const [rules, setRules] = useState(null);
  useEffect(() => {
    init().then(() => {
      const answer = checkNewNumberOrder({ org: { trial: false }, location: { calling_plan_enabled: true }, numbers: ["+1 800 555 0100"] });
      setRules(answer.findings.map((finding) => finding.rule).join(" "));
    });
  }, []);
  return rules === null ? <p>checking…</p> : <p data-verdict={rules}>{rules}</p>;
}
`;
const NEXT_PAGE = `import Verdict from "./verdict";
export default function Page() { return <main><Verdict /></main>; }
`;
const NEXT_SERVER_PAGE = `import { checkNewNumberOrder } from "callplan";
export const dynamic = "force-dynamic";
export default function Page() {
  const answer = checkNewNumberOrder({ org: { trial: false }, location: { calling_plan_enabled: true }, numbers: ["+1 800 555 0100"] });
  const rules = answer.findings.map((finding) => finding.rule).join(" ");
  return <main><p data-verdict={rules}>{rules}</p></main>;
}
`;

const MODULE_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>app</title></head>
<body><script type="module" src="/src/main.js"></script></body></html>
`;
const SCRIPT_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>app</title></head>
<body><script src="main.js"></script></body></html>
`;
const ES_MODULE_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>app</title></head>
<body><script type="module" src="main.js"></script></body></html>
`;

const viteDev = (port) => ["node_modules/.bin/vite", ["--port", String(port), "--strictPort", "--host", "127.0.0.1"]];
const vite = (name) => ({
  name,
  files: { "index.html": MODULE_PAGE, "src/main.js": VITE_MAIN, "src/show.js": SHOW },
  build: ["node_modules/.bin/vite", ["build"]],
  dev: viteDev,
});
const apps = [
  vite("vite5"),
  vite("vite7"),
  vite("vite8"),
  {
    name: "vite8-module-worker",
    template: "vite8",
    files: { "index.html": MODULE_PAGE, "src/main.js": WORKER_MAIN, "src/worker.js": WORKER },
    build: ["node_modules/.bin/vite", ["build"]],
    dev: viteDev,
  },
  {
    name: "webpack",
    files: { "src/index.js": WEBPACK_MAIN, "src/show.js": SHOW, "dist/index.html": SCRIPT_PAGE },
    build: ["node_modules/.bin/webpack", ["--mode", "production"]],
  },
  {
    name: "esbuild",
    files: { "src/main.js": ESBUILD_MAIN, "src/show.js": SHOW, "dist/index.html": SCRIPT_PAGE },
    build: ["node_modules/.bin/esbuild", ["src/main.js", "--bundle", "--loader:.wasm=file", "--outdir=dist"]],
  },
  {
    name: "rollup",
    files: { "rollup.config.mjs": ROLLUP_CONFIG, "src/main.js": ESBUILD_MAIN, "src/show.js": SHOW, "dist/index.html": ES_MODULE_PAGE },
    build: ["node_modules/.bin/rollup", ["-c"]],
  },
  {
    name: "parcel",
    files: { "src/index.html": ES_MODULE_PAGE, "src/main.js": WEBPACK_MAIN, "src/show.js": SHOW },
    build: ["node_modules/.bin/parcel", ["build", "src/index.html", "--dist-dir", "dist", "--no-cache"]],
    dev: (port) => ["node_modules/.bin/parcel", ["serve", "src/index.html", "--port", String(port), "--host", "127.0.0.1", "--no-cache", "--dist-dir", "dev"]],
  },
  {
    name: "next",
    files: { "app/layout.js": NEXT_LAYOUT, "app/verdict.js": NEXT_CLIENT, "app/page.js": NEXT_PAGE, "app/server/page.js": NEXT_SERVER_PAGE },
    build: ["node_modules/.bin/next", ["build"]],
    start: (port) => ["node_modules/.bin/next", ["start", "--port", String(port), "--hostname", "127.0.0.1"]],
    dev: (port) => ["node_modules/.bin/next", ["dev", "--port", String(port), "--hostname", "127.0.0.1"]],
    pages: ["/", "/server"],
  },
  {
    name: "next-turbopack",
    template: "next",
    files: { "app/layout.js": NEXT_LAYOUT, "app/verdict.js": NEXT_CLIENT, "app/page.js": NEXT_PAGE, "app/server/page.js": NEXT_SERVER_PAGE },
    build: ["node_modules/.bin/next", ["build", "--turbopack"]],
    start: (port) => ["node_modules/.bin/next", ["start", "--port", String(port), "--hostname", "127.0.0.1"]],
    pages: ["/", "/server"],
  },
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

/** The app's folder: its bundler from the lock file, the package from the tarball. */
function setUp(app) {
  const dir = path.join(work, app.name);
  fs.mkdirSync(dir, { recursive: true });
  for (const file of ["package.json", "package-lock.json"]) fs.copyFileSync(path.join(templates, app.template ?? app.name, file), path.join(dir, file));
  for (const [file, text] of Object.entries(app.files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  run("npm", ["ci", "--no-audit", "--no-fund"], dir);
  run("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--offline", tarball], dir);
  return dir;
}

/** The verdict the page at `url` shows once the package has answered; the page may log no
 * error and throw none. */
async function verdictAt(url) {
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

/** Runs `server(port)` in `dir` until `use(url)` is done; the server is ready when it
 * answers HTTP. */
async function withServer(dir, server, use) {
  const port = await freePort();
  const [command, args] = server(port);
  const child = spawn(command, args, { cwd: dir, env: ENV, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => { output += chunk; });
  child.stderr.on("data", (chunk) => { output += chunk; });
  const url = `http://127.0.0.1:${port}`;
  try {
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (child.exitCode !== null) assert.fail(`${command} exited with ${child.exitCode}: ${output}`);
      if (await fetch(url).then(() => true, () => false)) break;
      if (Date.now() > deadline) assert.fail(`${command} did not answer on ${url}: ${output}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return await use(url);
  } finally {
    child.kill();
  }
}

/** The verdict of every page of the app served at `url`. */
async function verdictsAt(app, url) {
  const verdicts = [];
  for (const page of app.pages ?? ["/"]) verdicts.push(await verdictAt(url + page));
  return verdicts;
}

const serveDist = (dir) => async (use) => {
  const site = await serve(path.join(dir, "dist"));
  try {
    return await use(`http://127.0.0.1:${site.address().port}`);
  } finally {
    site.close();
  }
};

const VERDICT = "number.toll_free notice.terms_of_service";

for (const app of apps) {
  test(`${app.name}: an app built from the packed tarball shows the verdict`, { timeout: 600_000 }, async () => {
    const dir = setUp(app);
    const [command, args] = app.build;
    run(command, args, dir);
    const served = app.start ? (use) => withServer(dir, app.start, use) : serveDist(dir);
    const expected = (app.pages ?? ["/"]).map(() => VERDICT);
    assert.deepEqual(await served((url) => verdictsAt(app, url)), expected);
    if (app.dev) {
      assert.deepEqual(await withServer(dir, app.dev, (url) => verdictsAt(app, url)), expected, "dev server");
    }
  });
}
