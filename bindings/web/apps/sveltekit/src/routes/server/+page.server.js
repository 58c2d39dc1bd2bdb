// On the server the package is ready on import: no init().
import { checkNewNumberOrder } from "callplan";

export function load() {
  const answer = checkNewNumberOrder({ org: { trial: false }, location: { calling_plan_enabled: true }, numbers: ["+1 800 555 0100"] });
  return { rules: answer.findings.map((finding) => finding.rule).join(" ") };
}
