// The package's verbs from Node.js: ESM import by package name, per-check functions,
// rules, number classification, policies, and malformed input returned (not thrown).
import { test } from "node:test";
import assert from "node:assert/strict";
import * as callplan from "callplan";

const order = {
  org: { trial: false, trial_numbers_used: 0 },
  location: { calling_plan_enabled: true },
  numbers: ["(415) 555-2671", "+1 800 555 0100"],
};

test("imports by package name from ESM", () => {
  for (const verb of ["evaluate", "evaluateWithPolicy", "rules", "classifyNumber", "numberingDataVersion", "checkNewNumberOrder", "checkPortOrder", "checkOrderPlan"]) {
    assert.equal(typeof callplan[verb], "function", verb);
  }
});

test("a per-check function equals evaluate with the check named", () => {
  const direct = callplan.checkNewNumberOrder(order);
  const tagged = callplan.evaluate({ check: "new_number_order", ...order });
  assert.deepEqual(direct, tagged);
  assert.equal(direct.ok, false);
  assert.deepEqual(direct.findings.map((f) => [f.rule, f.path]), [["number.toll_free", "/numbers/1"], ["notice.terms_of_service", ""]]);
  assert.equal(direct.result, null);
});

test("messages follow the locale", () => {
  const sv = callplan.checkNewNumberOrder({ ...order, locale: "sv" });
  assert.match(sv.findings[0].message, /avgiftsfritt nummer/);
});

test("malformed input is returned as a value, never thrown", () => {
  for (const [input, path] of [[42, ""], [null, ""], [{ check: "teleport" }, "/check"], [{ check: "port_order", today: "2024-02-30" }, "/today"], [{ check: "support_route", topic: "x", region: "mars" }, "/region"]]) {
    const answer = callplan.evaluate(input);
    assert.equal(answer.code, "input.malformed", JSON.stringify(input));
    assert.equal(answer.path, path);
  }
  const big = callplan.evaluate({ check: "billing_start", items: [], n: 10n });
  assert.equal(big.code, "input.malformed");
});

test("rules lists the whole catalogue", () => {
  const rules = callplan.rules();
  assert.ok(rules.length >= 56);
  assert.deepEqual(rules.find((r) => r.code === "port.dsl_lead_number")?.severity, "warning");
});

test("each rule names the article section it encodes, also under its former name", () => {
  const tollFree = callplan.rules().find((r) => r.code === "number.toll_free");
  assert.equal(tollFree.article_section, "Limitations");
  assert.equal(tollFree.seed_section, tollFree.article_section);
  assert.ok(callplan.rules().every((r) => r.article_section.length > 0));
});

test("classifyNumber normalises as a person types", () => {
  assert.deepEqual(callplan.classifyNumber("(415) 555-2671"), { e164: "+14155552671", class: "us_geographic", region: "US" });
  assert.deepEqual(callplan.classifyNumber("+1 416 555 0123"), { e164: "+14165550123", class: "not_us", region: "CA" });
  assert.deepEqual(callplan.classifyNumber("415-55"), { e164: null, class: "invalid", region: null });
});

test("the numbering data's release is exported, and new area codes are valid with it", () => {
  assert.match(callplan.numberingDataVersion(), /^\d+\.\d+\.\d+$/);
  assert.deepEqual(callplan.classifyNumber("(274) 555-0100"), { e164: "+12745550100", class: "us_geographic", region: "US" });
  assert.deepEqual(callplan.classifyNumber("tel:+1-800-FLOWERS"), { e164: "+18003569377", class: "toll_free", region: "US" });
});

test("a policy given as data changes the verdict", () => {
  const request = { check: "new_number_order", ...order, numbers: ["+1 833 555 0100"] };
  assert.equal(callplan.evaluate(request).ok, false);
  const allowed = callplan.evaluateWithPolicy(request, { toll_free: { single_numbers: true, blocks: false, porting: false } });
  assert.equal(allowed.ok, true);
  const bad = callplan.evaluateWithPolicy(request, { max_numbers: 5 });
  assert.deepEqual([bad.code, bad.path], ["input.malformed", "/policy/max_numbers"]);
});

test("a built-in policy is taken by its name, in French too", () => {
  const toronto = { check: "new_number_order", ...order, numbers: ["+1 416 555 0123"], locale: "fr" };
  const refused = callplan.evaluate(toronto);
  assert.deepEqual(refused.findings[0].params, { countries: ["US"], number: "+14165550123", region: "CA" });
  assert.match(refused.findings[0].message, /n'est offert que dans ces pays\u00a0: États-Unis\./);
  assert.equal(callplan.evaluateWithPolicy(toronto, "cisco-2026").ok, true);
  assert.equal(callplan.evaluateWithPolicy(toronto, { base: "cisco-2026" }).ok, true);
  const unknown = callplan.evaluateWithPolicy(toronto, "cisco-2027");
  assert.deepEqual([unknown.code, unknown.path], ["input.malformed", "/policy"]);
  const country = callplan.evaluateWithPolicy(toronto, { countries: ["US", "MX"] });
  assert.deepEqual([country.code, country.path], ["input.malformed", "/policy/countries/1"]);
});

test("over-limit and control-character input come back as values, as natively", () => {
  const huge = callplan.evaluate({ check: "support_route", topic: "x".repeat(2 * 1024 * 1024), region: "na" });
  assert.deepEqual([huge.code, huge.path], ["input.too_large", ""]);
  const many = callplan.checkNewNumberOrder({ ...order, numbers: Array(100_001).fill("(415) 555-2671") });
  assert.deepEqual([many.code, many.path], ["input.too_large", "/numbers"]);
  const nul = callplan.checkNewNumberOrder({ ...order, numbers: ["(415) 555\u00002671"] });
  assert.deepEqual([nul.code, nul.path], ["input.malformed", "/numbers/0"]);
  const fullwidth = callplan.classifyNumber("＋１ ４１５ ５５５ ２６７１");
  assert.deepEqual(fullwidth, { e164: "+14155552671", class: "us_geographic", region: "US" });
});
