// TanStack Form with the package's Standard Schema as the form's validator: each error
// appears under the field its path names.
import { createElement as h, useState } from "react";
import { createRoot } from "react-dom/client";
import { useForm } from "@tanstack/react-form";
import { schemas } from "callplan";
import { emptyOrder, LocaleField, NumberField, ready } from "./order.js";

function messageOf(field) {
  const [issue] = field.state.meta.errors;
  return field.state.meta.isTouched && issue ? issue.message : null;
}

function OrderForm() {
  const [submitted, setSubmitted] = useState(null);
  const form = useForm({
    defaultValues: emptyOrder,
    validators: { onChange: schemas.newNumberOrder },
    onSubmit: ({ value }) => setSubmitted(value.numbers.join(", ")),
  });
  return h("form", { onSubmit: (event) => { event.preventDefault(); form.handleSubmit(); } },
    h("h1", null, "Order numbers"),
    h(form.Field, { name: "locale" }, (field) => h(LocaleField, {
      value: field.state.value,
      onChange: (locale) => { field.handleChange(locale); },
    })),
    [0, 1].map((index) => h(form.Field, { key: index, name: `numbers[${index}]` }, (field) => h(NumberField, {
      index, value: field.state.value, error: messageOf(field),
      onChange: field.handleChange, onBlur: field.handleBlur,
    }))),
    h("button", { type: "submit" }, "Order"),
    h("output", { role: "status" }, submitted === null ? "" : `Ordered ${submitted}`));
}

ready.then(() => createRoot(document.getElementById("app")).render(h(OrderForm)));
