// Type-checked with `tsc --noEmit` (pkg/tsconfig.json): the declarations generated from
// the Rust types describe requests and responses as a form would use them.
import init, { evaluate, checkPortOrder, classifyNumber, rules } from "callplan";
import type { CallplanRequest, CallplanResponse, Malformed, Finding, RuleCode, NewNumberOrder, PortOrder, NumberClass } from "callplan";

await init();

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
