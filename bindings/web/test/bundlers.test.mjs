// The npm package where frontends build it: `npm pack` of pkg/, and the tarball (not the
// folder) installed into scratch apps made with Vite 5, 7 and 8 (dev server and build),
// webpack 5 and esbuild, each set up as its documentation says plus only what the
// package's README tells users to add. Each app is loaded in headless Chromium and must
// show the verdict on a toll-free number. The bundlers come from the lock files in
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

const MODULE_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>app</title></head>
<body><script type="module" src="/src/main.js"></script></body></html>
`;
const SCRIPT_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>app</title></head>
<body><script src="main.js"></script></body></html>
`;

const vite = (name) => ({
  name,
  files: { "index.html": MODULE_PAGE, "src/main.js": VITE_MAIN, "src/show.js": SHOW },
  build: ["node_modules/.bin/vite", ["build"]],
  dev: true,
});
const apps = [
  vite("vite5"),
  vite("vite7"),
  vite("vite8"),
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
];

function run(command, args, cwd) {
  return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
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
  for (const file of ["package.json", "package-lock.json"]) fs.copyFileSync(path.join(templates, app.name, file), path.join(dir, file));
  for (const [file, text] of Object.entries(app.files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  run("npm", ["ci", "--no-audit", "--no-fund"], dir);
  run("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--offline", tarball], dir);
  return dir;
}

/** The verdict the page at `url` shows once the package has answered. */
async function verdictAt(url) {
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    const problems = [];
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
    await page.goto(url);
    await page.waitForFunction(() => document.body?.dataset.verdict !== undefined, null, { timeout: 30_000 })
      .catch(() => assert.fail(`no verdict at ${url}: ${problems.join("; ")}`));
    return await page.evaluate(() => document.body.dataset.verdict);
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

/** Runs the Vite dev server of `dir` until `use(url)` is done. */
async function withDevServer(dir, use) {
  const port = await freePort();
  const server = spawn("node_modules/.bin/vite", ["--port", String(port), "--strictPort", "--host", "127.0.0.1"], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
  try {
    await new Promise((resolve, reject) => {
      let output = "";
      const timer = setTimeout(() => reject(new Error(`vite did not start: ${output}`)), 60_000);
      const listen = (chunk) => {
        output += chunk;
        if (output.includes(String(port))) { clearTimeout(timer); resolve(); }
      };
      server.stdout.on("data", listen);
      server.stderr.on("data", listen);
      server.on("exit", (code) => reject(new Error(`vite exited with ${code}: ${output}`)));
    });
    return await use(`http://127.0.0.1:${port}/`);
  } finally {
    server.kill();
  }
}

for (const app of apps) {
  test(`${app.name}: an app built from the packed tarball shows the verdict`, { timeout: 300_000 }, async () => {
    const dir = setUp(app);
    const [command, args] = app.build;
    run(command, args, dir);
    const site = await serve(path.join(dir, "dist"));
    try {
      const verdict = await verdictAt(`http://127.0.0.1:${site.address().port}/`);
      assert.equal(verdict, "number.toll_free notice.terms_of_service");
    } finally {
      site.close();
    }
    if (app.dev) {
      const verdict = await withDevServer(dir, verdictAt);
      assert.equal(verdict, "number.toll_free notice.terms_of_service", "dev server");
    }
  });
}
