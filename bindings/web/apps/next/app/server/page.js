import { checkNewNumberOrder } from "callplan";
export const dynamic = "force-dynamic";
export default function Page() {
  const answer = checkNewNumberOrder({ org: { trial: false }, location: { calling_plan_enabled: true }, numbers: ["+1 800 555 0100"] });
  const rules = answer.findings.map((finding) => finding.rule).join(" ");
  return <main><p data-verdict={rules}>{rules}</p></main>;
}
