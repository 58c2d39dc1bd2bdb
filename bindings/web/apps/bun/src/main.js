// The verdict in the browser, bundled by `bun build`: the .wasm is imported so that Bun
// copies it beside the bundle and gives its URL.
import init, { checkNewNumberOrder } from "callplan";
import wasmUrl from "callplan/callplan_bg.wasm";

await init({ module_or_path: wasmUrl });
const answer = checkNewNumberOrder({ org: { trial: false }, location: { calling_plan_enabled: true }, numbers: ["+1 800 555 0100"] });
const rules = answer.findings.map((finding) => finding.rule).join(" ");
const verdict = document.querySelector("#verdict");
verdict.textContent = rules;
verdict.dataset.verdict = rules;
