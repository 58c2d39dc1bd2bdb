// The verdict in the browser: the module loads once the component is mounted.
import { useEffect, useState } from "react";
import init, { checkNewNumberOrder } from "callplan";
import wasmUrl from "callplan/callplan_bg.wasm?url";

export default function Home() {
  const [rules, setRules] = useState(null);
  useEffect(() => {
    init({ module_or_path: wasmUrl }).then(() => {
      const answer = checkNewNumberOrder({ org: { trial: false }, location: { calling_plan_enabled: true }, numbers: ["+1 800 555 0100"] });
      setRules(answer.findings.map((finding) => finding.rule).join(" "));
    });
  }, []);
  return rules === null ? <p>checking…</p> : <p data-verdict={rules}>{rules}</p>;
}
