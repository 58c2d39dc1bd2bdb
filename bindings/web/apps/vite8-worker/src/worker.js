import init, * as callplan from "callplan";
import wasmUrl from "callplan/callplan_bg.wasm?url";
init({ module_or_path: wasmUrl }).then(() => {
  const answer = callplan.checkNewNumberOrder({
    org: { trial: false }, location: { calling_plan_enabled: true }, numbers: ["+1 800 555 0100"],
  });
  postMessage(answer.findings.map((finding) => finding.rule).join(" "));
});
