// The demo's only logic: turn each form into a callplan request, evaluate it, and show every
// finding beside the field its JSON Pointer `path` names. The policy lives in the package.
//
// A form field names its place in the request with `data-path` (a JSON Pointer); rows of a
// list name theirs with `data-key` below the list's `data-list` path. The same pointers map a
// finding back to its field, so the request and the rendering cannot disagree.
import init, { evaluate } from "callplan";

const locale = document.getElementById("locale");
const forms = [...document.querySelectorAll("form[data-check]")];

/** Today's date as the library expects it: `?today=YYYY-MM-DD` when given, else the local date. */
function todayOnThisPage() {
  const given = new URLSearchParams(location.search).get("today");
  if (given) return given;
  const now = new Date();
  const pad = (value) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Sets `value` at a JSON Pointer inside `target`, creating objects and arrays on the way. */
function setAt(target, pointer, value) {
  const keys = pointer.split("/").slice(1).map((key) => key.replaceAll("~1", "/").replaceAll("~0", "~"));
  let node = target;
  keys.forEach((key, index) => {
    if (index === keys.length - 1) {
      node[key] = value;
    } else {
      node[key] ??= /^\d+$/.test(keys[index + 1]) ? [] : {};
      node = node[key];
    }
  });
}

/** A field's value in the request's type, or undefined when it is left out. */
function valueOf(field) {
  if (field.dataset.type === "bool") return field.checked;
  const text = field.value;
  if (text === "" && "optional" in field.dataset) return undefined;
  if (field.dataset.type === "int") return text === "" ? undefined : Number(text);
  return text;
}

/** Gives the filled rows of every list their pointers (`/numbers/0`, …); empty rows get none.
 * Every row's unlabelled controls are named with its place (`Number 2`, `Remove number 2`). */
function numberRows(form) {
  for (const list of form.querySelectorAll("[data-list]")) {
    let index = 0;
    for (const [position, row] of [...list.querySelectorAll(":scope > [data-row]")].entries()) {
      for (const control of row.querySelectorAll("[aria-label]")) {
        control.dataset.label ??= control.getAttribute("aria-label");
        control.setAttribute("aria-label", `${control.dataset.label} ${position + 1}`);
      }
      const fields = [...row.querySelectorAll("[data-key]")];
      const filled = fields.some((field) => field.tagName !== "SELECT" && field.value.trim() !== "");
      for (const field of fields) {
        if (filled) field.dataset.path = `${list.dataset.list}/${index}${field.dataset.key}`;
        else delete field.dataset.path;
      }
      if (filled) index += 1;
    }
  }
}

/** The request a form stands for. */
function requestOf(form) {
  numberRows(form);
  const request = { check: form.dataset.check, locale: locale.value };
  const emptyGroups = [...form.querySelectorAll("[data-optional-group]")].filter((group) =>
    [...group.querySelectorAll("[data-path]")].every((field) => field.value === ""));
  for (const field of form.querySelectorAll("[data-path]")) {
    if (field.matches(":disabled") || emptyGroups.some((group) => group.contains(field))) continue;
    const value = valueOf(field);
    if (value !== undefined) setAt(request, field.dataset.path, value);
  }
  return request;
}

/** The element a finding belongs beside: the field at its path, else at the nearest parent path. */
function anchorFor(form, path) {
  for (let pointer = path; pointer !== ""; pointer = pointer.slice(0, pointer.lastIndexOf("/"))) {
    const quoted = CSS.escape(pointer);
    const found = form.querySelector(`[data-path="${quoted}"], [data-anchor="${quoted}"]`);
    if (found) return found.closest(".field") ?? found;
  }
  return form.querySelector(".form-level");
}

/** Whether the person has been at this field yet (findings of untouched fields wait). */
function isTouched(form, anchor) {
  return form.classList.contains("show-all") || anchor.classList.contains("form-level")
    || anchor.matches(".touched") || anchor.querySelector(".touched") !== null;
}

let findingIds = 0;

/** The controls a message beside `anchor` is about: the field's own inputs, not a list's rows. */
function controlsOf(anchor) {
  if (anchor.matches("[data-list], .form-level")) return [];
  return anchor.querySelectorAll(":scope > input:not([type=hidden]), :scope > select, :scope > label > input, :scope > label > select");
}

/** Ties a message to its field for assistive technology; an error marks the field invalid. */
function describe(anchor, item, severity) {
  for (const control of controlsOf(anchor)) {
    control.setAttribute("aria-describedby", `${control.getAttribute("aria-describedby") ?? ""} ${item.id}`.trim());
    if (severity === "error") control.setAttribute("aria-invalid", "true");
  }
}

/** Adds one finding's message beside its anchor; the message is text, never markup. */
function showBeside(anchor, severity, rule, message) {
  let list = anchor.querySelector(":scope > ul.findings");
  if (!list) {
    list = document.createElement("ul");
    list.className = "findings";
    anchor.append(list);
  }
  const item = document.createElement("li");
  item.className = `finding ${severity}`;
  item.id = `finding-${(findingIds += 1)}`;
  item.lang = locale.value;
  item.dataset.rule = rule;
  item.textContent = message;
  list.append(item);
  describe(anchor, item, severity);
}

/** Shows one notice in the side panel. */
function showNotice(rule, message) {
  const item = document.createElement("li");
  item.className = "finding info";
  item.lang = locale.value;
  item.dataset.rule = rule;
  item.textContent = message;
  document.getElementById("notices").append(item);
}

/** The findings of a response; a malformed request is shown as one error at its path. */
function findingsOf(response) {
  if (Array.isArray(response.findings)) return response.findings;
  return [{ rule: response.code, severity: "error", path: response.path, message: response.message }];
}

/** Evaluates a form and renders its verdict: findings, notices, submit button and status. */
function check(form) {
  const request = requestOf(form);
  const evaluating = performance.now();
  const response = evaluate(request);
  // The first call's own time, for bench-startup.mjs (it includes compiling what it reaches).
  if (performance.getEntriesByName("callplan: first evaluate").length === 0) {
    performance.measure("callplan: first evaluate", { start: evaluating });
  }
  form.querySelectorAll("ul.findings").forEach((list) => list.remove());
  for (const control of form.querySelectorAll("[aria-describedby], [aria-invalid]")) {
    control.removeAttribute("aria-describedby");
    control.removeAttribute("aria-invalid");
  }
  if (!form.hidden) document.getElementById("notices").replaceChildren();
  let errors = 0;
  let waiting = 0;
  for (const { rule, severity, path, message } of findingsOf(response)) {
    if (severity === "info") {
      if (!form.hidden) showNotice(rule, message);
      continue;
    }
    if (severity === "error") errors += 1;
    const anchor = anchorFor(form, path);
    if (isTouched(form, anchor)) showBeside(anchor, severity, rule, message);
    else if (severity === "error") waiting += 1;
  }
  form.querySelector("button[type=submit]").disabled = response.ok !== true;
  form.querySelector(".status").replaceChildren(statusText(form, errors, waiting));
  form.dataset.verdict = response.ok === true ? "ok" : "errors";
  return response;
}

/** The line beside the submit button: what is left to fix, with a way to see it all. */
function statusText(form, errors, waiting) {
  if (errors === 0) return "Ready to submit.";
  const text = document.createTextNode(`${errors} ${errors === 1 ? "problem" : "problems"} to fix. `);
  if (waiting === 0) return text;
  const showAll = document.createElement("button");
  showAll.type = "button";
  showAll.className = "link";
  showAll.textContent = `Show ${waiting} in fields not filled yet`;
  showAll.addEventListener("click", () => {
    form.classList.add("show-all");
    check(form);
  });
  const status = document.createDocumentFragment();
  status.append(text, showAll);
  return status;
}

/** Adds an empty row to a list, focused when the person asked for it. */
function addRow(list, value = "") {
  const row = list.querySelector(":scope > template").content.firstElementChild.cloneNode(true);
  row.querySelector("[data-key]").value = value;
  list.append(row);
  return row;
}

/** Splits a pasted list of numbers over rows, starting at the row pasted into. */
function pasteRows(event) {
  const field = event.target;
  const lines = event.clipboardData.getData("text/plain").split(/[\r\n,;]+/).map((line) => line.trim()).filter(Boolean);
  if (!field.matches("[data-key]") || lines.length < 2) return;
  event.preventDefault();
  const row = field.closest("[data-row]");
  field.value = lines[0];
  row.classList.add("touched");
  let last = row;
  for (const line of lines.slice(1)) {
    const added = addRow(row.parentElement);
    added.querySelector("[data-key]").value = line;
    added.classList.add("touched");
    last.after(added);
    last = added;
  }
}

/** Reads a chosen invoice's name, media type and first bytes (base64) into the form. */
async function readInvoice(input) {
  const group = input.closest(".field");
  const set = (key, value) => { group.querySelector(`[data-path="${input.dataset.file}/${key}"]`).value = value; };
  const file = input.files[0];
  if (!file) {
    ["file_name", "media_type", "magic"].forEach((key) => set(key, ""));
    return;
  }
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  set("file_name", file.name);
  set("media_type", file.type);
  set("magic", btoa(String.fromCharCode(...head)));
}

/** Makes a form live: every change re-evaluates it. */
function wire(form) {
  for (const list of form.querySelectorAll("[data-list]")) {
    if (!("startEmpty" in list.dataset)) addRow(list);
  }
  form.querySelector("[data-today]")?.setAttribute("value", todayOnThisPage());
  form.addEventListener("input", (event) => {
    event.target.closest(".field")?.classList.add("touched");
    check(form);
  });
  form.addEventListener("change", async (event) => {
    if (event.target.matches("[data-file]")) await readInvoice(event.target);
    if (event.target.matches("[data-enables]")) {
      document.getElementById(event.target.dataset.enables).disabled = !event.target.checked;
    }
    event.target.closest(".field")?.classList.add("touched");
    check(form);
  });
  form.addEventListener("paste", (event) => {
    pasteRows(event);
    check(form);
  });
  form.addEventListener("click", (event) => {
    const add = event.target.closest("[data-add]");
    const remove = event.target.closest(".remove");
    if (add) addRow(form.querySelector(`[data-list="${CSS.escape(add.dataset.add)}"]`)).querySelector("[data-key]").focus();
    if (remove) remove.closest("[data-row]").remove();
    if (add || remove) check(form);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (check(form).ok) form.querySelector(".status").textContent = "Accepted by the policy check (this demo sends nothing).";
  });
}

/** Shows one form, as its tab is chosen. */
function showTab(id) {
  for (const tab of document.querySelectorAll("[data-tab]")) tab.setAttribute("aria-selected", String(tab.dataset.tab === id));
  for (const form of forms) form.hidden = form.id !== id;
  check(document.getElementById(id));
}

// Start-up, measured by bench-startup.mjs: instantiating the package, then the first verdict.
const instantiating = performance.now();
await init({ module_or_path: window.callplanModule });
const instantiated = performance.now();
performance.measure("callplan: instantiate", { start: instantiating, end: instantiated });
document.getElementById("today").textContent = todayOnThisPage();
// The visible form first: its verdict is what the person sees; the other forms are made
// live right after.
const shown = forms.find((form) => form.id === location.hash.slice(1)) ?? forms.find((form) => form.id === "location-setup");
wire(shown);
showTab(shown.id);
performance.measure("callplan: first verdict", { start: instantiated });
document.documentElement.dataset.firstVerdictMs = performance.now().toFixed(1);
forms.filter((form) => form !== shown).forEach(wire);
locale.addEventListener("change", () => forms.forEach(check));
for (const tab of document.querySelectorAll("[data-tab]")) tab.addEventListener("click", () => showTab(tab.dataset.tab));
