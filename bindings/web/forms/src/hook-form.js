// React Hook Form with `standardSchemaResolver` over the package's Standard Schema: each
// error appears under the field its path names.
import { createElement as h, useState } from "react";
import { createRoot } from "react-dom/client";
import { Controller, useForm } from "react-hook-form";
import { standardSchemaResolver } from "@hookform/resolvers/standard-schema";
import { schemas } from "callplan";
import { emptyOrder, LocaleField, NumberField, ready } from "./order.js";

function OrderForm() {
  const [submitted, setSubmitted] = useState(null);
  const { control, handleSubmit, trigger, formState: { errors, touchedFields } } = useForm({
    defaultValues: emptyOrder,
    mode: "onChange",
    resolver: standardSchemaResolver(schemas.newNumberOrder),
  });
  return h("form", { onSubmit: handleSubmit((value) => setSubmitted(value.numbers.join(", "))) },
    h("h1", null, "Order numbers"),
    h(Controller, { name: "locale", control, render: ({ field }) => h(LocaleField, {
      value: field.value,
      // Messages are written in the request's locale: check again in the new language.
      onChange: (locale) => { field.onChange(locale); trigger(); },
    }) }),
    [0, 1].map((index) => h(Controller, { key: index, name: `numbers.${index}`, control, render: ({ field }) => h(NumberField, {
      index, value: field.value, onChange: field.onChange, onBlur: field.onBlur,
      error: touchedFields.numbers?.[index] || errors.numbers?.[index] ? errors.numbers?.[index]?.message ?? null : null,
    }) })),
    h("button", { type: "submit" }, "Order"),
    h("output", { role: "status" }, submitted === null ? "" : `Ordered ${submitted}`));
}

ready.then(() => createRoot(document.getElementById("app")).render(h(OrderForm)));
