// What both form apps share: the package ready, the order's starting values and how a
// field shows its message. The verdict is the package's Standard Schema, nothing else.
import init from "callplan";
import wasmUrl from "callplan/callplan_bg.wasm?url";
import { createElement as h } from "react";

/** Resolves once the package can answer (validation waits for it before). */
export const ready = init({ module_or_path: wasmUrl });

/** A new-number order as the form starts: two numbers to fill, messages in English. */
export const emptyOrder = {
  locale: "en",
  org: { trial: false },
  location: { calling_plan_enabled: true },
  numbers: ["", ""],
};

/** A labelled input with its message below, tied to it for assistive technology. */
export function NumberField({ index, value, error, onChange, onBlur }) {
  const id = `number-${index}`;
  return h("p", null,
    h("label", { htmlFor: id }, `Number ${index + 1}`),
    h("input", {
      id, name: `numbers.${index}`, value, onChange: (event) => onChange(event.target.value), onBlur,
      "aria-invalid": error ? "true" : "false", "aria-describedby": error ? `${id}-message` : undefined,
    }),
    error ? h("span", { id: `${id}-message`, role: "alert", style: { display: "block", color: "#b00020" } }, error) : null);
}

/** The language picker: the request's own `locale`, so messages follow it. */
export function LocaleField({ value, onChange }) {
  return h("p", null,
    h("label", { htmlFor: "locale" }, "Language"),
    h("select", { id: "locale", value, onChange: (event) => onChange(event.target.value) },
      h("option", { value: "en" }, "English"), h("option", { value: "sv", lang: "sv" }, "Svenska"),
      h("option", { value: "fr", lang: "fr" }, "Français (Canada)")));
}
