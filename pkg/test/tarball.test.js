// The package as a user installs it: `npm pack`, then the tarball (not the folder)
// installed into a scratch project, used from Node.js ESM and CommonJS, from the browser
// entry with `initSync`, and type-checked under TypeScript's `bundler` and `node16`
// resolution.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
let scratch;
let tarball;

function run(command, args, cwd) {
  return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

function write(name, text) {
  fs.writeFileSync(path.join(scratch, name), text);
}

before(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), "callplan-tarball-"));
  const packed = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", scratch], packageDir));
  tarball = path.join(scratch, packed[0].filename);
  write("package.json", JSON.stringify({ name: "scratch", private: true, type: "module" }));
  run("npm", ["install", "--no-audit", "--no-fund", "--offline", tarball], scratch);
});

after(() => fs.rmSync(scratch, { recursive: true, force: true }));

test("the tarball holds one .wasm, the LICENSE and the entries", () => {
  const files = run("tar", ["-tzf", tarball], scratch).split("\n").filter(Boolean);
  assert.deepEqual(files.filter((file) => file.endsWith(".wasm")), ["package/dist/callplan_wasm_bg.wasm"]);
  for (const file of ["LICENSE", "README.md", "package.json", "dist/node.mjs", "dist/node.cjs", "dist/callplan_wasm_base64.cjs", "dist/callplan_wasm.js", "dist/callplan_wasm.d.ts"]) {
    assert.ok(files.includes(`package/${file}`), file);
  }
  const license = fs.readFileSync(path.join(scratch, "node_modules/callplan/LICENSE"), "utf8");
  assert.match(license, /Apache License\s+Version 2\.0/);
});

const request = `{ check: "support_route", topic: "weather", region: "na" }`;

test("Node.js ESM: the browser's `await init()` code runs, twice, and answers", () => {
  write("esm.mjs", `
    import init, { initSync, evaluate, numberingDataVersion, rules } from "callplan";
    await init();
    await init();
    initSync();
    const answer = evaluate(${request});
    console.log(JSON.stringify([answer.ok, answer.findings[0].rule, typeof numberingDataVersion(), rules().length > 50]));
  `);
  assert.equal(run("node", ["esm.mjs"], scratch).trim(), `[false,"support.unknown_topic","string",true]`);
});

test("Node.js CommonJS: require answers at once, and init() is there for shared code", () => {
  write("cjs.cjs", `
    const callplan = require("callplan");
    const answer = callplan.evaluate(${request});
    callplan.default().then(() => console.log(JSON.stringify([answer.ok, answer.findings[0].rule])));
  `);
  assert.equal(run("node", ["cjs.cjs"], scratch).trim(), `[false,"support.unknown_topic"]`);
});

test("the .wasm is exported for ?url imports, and initSync takes its bytes", () => {
  write("wasm-url.mjs", `
    import { readFileSync } from "node:fs";
    import { fileURLToPath } from "node:url";
    const wasmPath = fileURLToPath(import.meta.resolve("callplan/callplan_bg.wasm"));
    const bytes = readFileSync(wasmPath);
    // The browser entry, as a worker or a test would load it: bytes in, no fetch.
    const browserEntry = new URL("./node_modules/callplan/dist/callplan_wasm.js", import.meta.url);
    const { initSync, classifyNumber } = await import(browserEntry);
    initSync({ module: bytes });
    console.log(JSON.stringify([bytes.subarray(0, 4).toString("hex"), classifyNumber("+1 800 555 0100").class]));
  `);
  assert.equal(run("node", ["wasm-url.mjs"], scratch).trim(), `["0061736d","toll_free"]`);
});

test("the .wasm instantiates as an ES module from the module its imports name, as Vite 8 loads it", () => {
  write("wasm-module.mjs", `
    import { readFileSync } from "node:fs";
    const dist = new URL("./node_modules/callplan/dist/", import.meta.url);
    const module = new WebAssembly.Module(readFileSync(new URL("callplan_wasm_bg.wasm", dist)));
    const named = [...new Set(WebAssembly.Module.imports(module).map((entry) => entry.module))];
    const imports = {};
    for (const name of named) imports[name] = await import(new URL(name, dist));
    const instance = new WebAssembly.Instance(module, imports);
    const glue = imports["./callplan_wasm_bg.js"];
    glue.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start?.();
    console.log(JSON.stringify([named, glue.classifyNumber("+1 800 555 0100").class]));
  `);
  assert.equal(run("node", ["wasm-module.mjs"], scratch).trim(), `[["./callplan_wasm_bg.js"],"toll_free"]`);
});

test("a module init() cannot load is an error that says how to hand it over", () => {
  write("missing-wasm.mjs", `
    // The browser entry where its .wasm is not beside it, as a bundler that leaves it out
    // serves it: init() fetches a URL that answers nothing.
    const browserEntry = new URL("./node_modules/callplan/dist/index.js", import.meta.url);
    const { default: init } = await import(browserEntry);
    await init({ module_or_path: "http://127.0.0.1:9/callplan_wasm_bg.wasm" }).then(
      () => console.log("loaded"),
      (error) => console.log(JSON.stringify([error.message, error.cause instanceof Error])));
  `);
  const [message, hasCause] = JSON.parse(run("node", ["missing-wasm.mjs"], scratch));
  assert.match(message, /^callplan could not load callplan_wasm_bg\.wasm\. /);
  assert.match(message, /import wasmUrl from "callplan\/callplan_bg\.wasm"/);
  assert.equal(hasCause, true);
});

test("the types resolve under moduleResolution bundler and node16", () => {
  write("usage.mts", `
    import init, { evaluate, classifyNumber } from "callplan";
    import type { CallplanRequest, CallplanResponse, Malformed } from "callplan";
    await init();
    const request: CallplanRequest = { check: "support_route", topic: "outage", region: "na" };
    const answer: CallplanResponse | Malformed = evaluate(request);
    const kind: string = classifyNumber("415 555 2671").class;
    // The DOM's own Request and Response stay usable beside the package's types.
    const http: Response = new Response(JSON.stringify(answer));
    const fetched: Request = new Request("https://example.com/");
    export { answer, kind, http, fetched };
  `);
  const tsc = path.join(packageDir, "node_modules/typescript/bin/tsc");
  for (const [module, moduleResolution] of [["node16", "node16"], ["esnext", "bundler"]]) {
    const compilerOptions = { module, moduleResolution, target: "es2022", lib: ["es2022", "dom"], strict: true, noEmit: true, types: [] };
    write("tsconfig.json", JSON.stringify({ compilerOptions, files: ["usage.mts"] }));
    assert.doesNotThrow(() => run("node", [tsc, "-p", "tsconfig.json"], scratch), moduleResolution);
  }
});

test("npm pack refuses to pack without the built files", () => {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), "callplan-unbuilt-"));
  try {
    for (const file of ["package.json", "README.md"]) fs.copyFileSync(path.join(packageDir, file), path.join(copy, file));
    fs.cpSync(path.join(packageDir, "scripts"), path.join(copy, "scripts"), { recursive: true });
    assert.throws(() => run("npm", ["pack", "--dry-run"], copy), /run bindings\/wasm\/build\.sh first/);
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
});
