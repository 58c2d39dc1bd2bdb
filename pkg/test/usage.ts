// Type-checked with `tsc --noEmit` (pkg/tsconfig.json): the declarations generated from
// the Rust types describe requests and responses as a form would use them.
import init, { evaluate, checkPortOrder, classifyNumber, rules, schema, schemas } from "callplan";
import type { CallplanRequest, CallplanResponse, Malformed, Finding, RuleCode, NewNumberOrder, PortOrder, LocationSetup, NumberClass, StandardSchemaV1 } from "callplan";
import wasmUrl from "callplan/callplan_bg.wasm";

await init({ module_or_path: wasmUrl });

const order: NewNumberOrder = {
  org: { trial: true, trial_numbers_used: 2 },
  location: { calling_plan_enabled: true },
  numbers: ["(415) 555-2671"],
  blocks: [{ first: "+1 415 555 0100", size: 10 }, { numbers: ["+14155550200"] }],
  auto_select: { country: "US", state: "CA", area_code: "415", quantity: 5 },
};
const request: CallplanRequest = { check: "new_number_order", locale: "sv", ...order };
const answer: CallplanResponse | Malformed = evaluate(request);

function fieldsToHighlight(answer: CallplanResponse | Malformed): string[] {
  if ("code" in answer) return [answer.path];
  return answer.findings.filter((f: Finding) => f.severity === "error").map((f) => f.path);
}
const codes: RuleCode[] = rules().map((rule) => rule.code);
const port: PortOrder = {
  today: "2024-03-31",
  org: { trial: false },
  location: { calling_plan_enabled: true },
  account: { provider: "Acme", account_number: "1", account_name: "Example" },
  numbers: [{ number: "+14155552671", line_type: "voice", portable: true }],
  invoice: { file_name: "a.pdf", media_type: "application/pdf", issued: "2024-03-15" },
  loa: { first_name: "Ada", last_name: "Lovelace", signer_role: "account_owner" },
};
const portAnswer = checkPortOrder(port);
const kind: NumberClass = classifyNumber("415-555-2671").class;
console.log(fieldsToHighlight(answer), codes.length, portAnswer, kind);

// Every check is a Standard Schema of its input; a misspelt check name is an error.
const orderSchema: StandardSchemaV1<NewNumberOrder, NewNumberOrder> = schemas.newNumberOrder;
const portSchema: StandardSchemaV1<PortOrder> = schema("port_order", { locale: "sv", policy: { short_notice_days: 5 } });
const canadianSchema: StandardSchemaV1<LocationSetup> = schema("location_setup", { locale: "fr", policy: "cisco-2026" });
// @ts-expect-error: no built-in policy is called cisco-2027
schema("location_setup", { policy: "cisco-2027" });
// @ts-expect-error: no check is called port_ordre
schema("port_ordre");
const checked = orderSchema["~standard"].validate(order);
if (!(checked instanceof Promise) && checked.issues) {
  const paths: (readonly (PropertyKey | StandardSchemaV1.PathSegment)[] | undefined)[] = checked.issues.map((issue) => issue.path);
  console.log(paths, canadianSchema);
}
console.log(portSchema["~standard"].vendor);
