// Every check as a Standard Schema v1 (`schemas.*`, `schema(check, options)`): what a form
// library calls, from Node.js (ES module and CommonJS) and from the browser entry before
// and after `init`.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { createRequire } from "node:module";
import * as callplan from "callplan";

const order = { org: { trial: false }, location: { calling_plan_enabled: true }, numbers: ["(415) 555-2671", "+1 800 555 0100"] };
const validate = (schema, value) => schema["~standard"].validate(value);

test("every check is a Standard Schema v1 named like its function", () => {
  const camel = (name) => name.replace(/_([a-z])/g, (_, letter) => letter.toUpperCase());
  const names = callplan.checkNames();
  assert.equal(names.length, 10);
  assert.deepEqual(Object.keys(callplan.schemas), names.map(camel));
  for (const name of names) {
    const key = camel(name);
    assert.equal(typeof callplan[`check${key[0].toUpperCase()}${key.slice(1)}`], "function", name);
    const schema = callplan.schemas[key];
    assert.equal(schema["~standard"].version, 1);
    assert.equal(schema["~standard"].vendor, "callplan");
  }
});

test("an error is an issue at the finding's path, as keys and array indices", () => {
  const result = validate(callplan.schemas.newNumberOrder, order);
  assert.deepEqual(result.issues.map((issue) => [issue.rule, issue.path]), [["number.toll_free", ["numbers", 1]]]);
  assert.equal(result.issues[0].message, callplan.checkNewNumberOrder(order).findings[0].message);
  assert.equal("value" in result, false);
});

test("an accepted value comes back as it is, with its notices and warnings as findings", () => {
  const accepted = { ...order, numbers: ["(415) 555-2671"] };
  const result = validate(callplan.schemas.newNumberOrder, accepted);
  assert.equal(result.issues, undefined);
  assert.equal(result.value, accepted);
  assert.deepEqual(result.findings.map((finding) => finding.severity), ["info", "info"]);
  const setup = {
    contact: { first_name: "Ada", last_name: "L", email: "ada@example.com", phone: "(415) 555-2671" },
    emergency_address: { line1: "PO Box 12", city: "San Francisco", state: "CA", zip: "94105", country: "US" },
  };
  const warned = validate(callplan.schemas.locationSetup, setup);
  assert.equal(warned.value, setup, "a warning does not fail validation");
  assert.ok(warned.findings.some((finding) => finding.rule === "address.po_box" && finding.severity === "warning"));
});

test("schema() takes the check's name, a policy and the form's locale", () => {
  const swedish = validate(callplan.schema("new_number_order", { locale: "sv" }), order);
  assert.match(swedish.issues[0].message, /avgiftsfritt nummer/);
  const tollFree = callplan.schema("new_number_order", { policy: { toll_free: { single_numbers: true, blocks: false, porting: false } } });
  assert.equal(validate(tollFree, order).issues, undefined);
});

test("schema() takes a built-in policy by name: a Toronto address in French under cisco-2026", () => {
  const setup = {
    contact: { first_name: "Ada", last_name: "Tremblay", email: "ada@example.ca", phone: "+1 416 555 0123" },
    emergency_address: { line1: "1 Front St W", city: "Toronto", state: "ON", zip: "M5E 1W7", country: "CA" },
  };
  assert.equal(validate(callplan.schema("location_setup", { policy: "cisco-2026" }), setup).issues, undefined);
  const wrongPostalCode = { ...setup, emergency_address: { ...setup.emergency_address, zip: "D5E 1W7" } };
  const french = validate(callplan.schema("location_setup", { policy: "cisco-2026", locale: "fr" }), wrongPostalCode);
  assert.deepEqual(french.issues.map((issue) => [issue.rule, issue.path]), [["address.invalid_zip", ["emergency_address", "zip"]]]);
  assert.match(french.issues[0].message, /code postal/);
  const seed = validate(callplan.schema("location_setup"), setup);
  assert.deepEqual(seed.issues.map((issue) => issue.rule), ["address.country_unsupported"]);
});

test("malformed input is an issue at its path, with escaped keys unescaped", () => {
  const unknown = validate(callplan.schemas.supportRoute, { topic: "outage", region: "na", "a/b~c": 1 });
  assert.deepEqual(unknown.issues.map((issue) => [issue.code, issue.path]), [["input.malformed", ["a/b~c"]]]);
  const notAnObject = validate(callplan.schemas.portOrder, 5);
  assert.deepEqual(notAnObject.issues.map((issue) => [issue.code, issue.path]), [["input.malformed", undefined]]);
});

test("CommonJS has the same schemas", () => {
  const required = createRequire(import.meta.url)("callplan");
  assert.deepEqual(validate(required.schemas.newNumberOrder, order), validate(callplan.schemas.newNumberOrder, order));
});

test("the browser entry answers with a promise before init() and at once after", async () => {
  // A fresh instance of the entry (the Node.js entry above has readied its own).
  const browserEntry = await import(new URL("../dist/index.js?before-init", import.meta.url));
  const pending = validate(browserEntry.schemas.newNumberOrder, order);
  assert.ok(pending instanceof Promise);
  browserEntry.initSync({ module: fs.readFileSync(new URL("../dist/callplan_wasm_bg.wasm", import.meta.url)) });
  assert.deepEqual((await pending).issues.map((issue) => issue.rule), ["number.toll_free"]);
  assert.deepEqual(validate(browserEntry.schemas.newNumberOrder, order).issues.map((issue) => issue.rule), ["number.toll_free"]);
});
