export function show(callplan) {
  const answer = callplan.checkNewNumberOrder({
    org: { trial: false }, location: { calling_plan_enabled: true }, numbers: ["+1 800 555 0100"],
  });
  const rules = answer.findings.map((finding) => finding.rule).join(" ");
  document.body.textContent = (answer.ok ? "ok: " : "not ok: ") + rules;
  document.body.dataset.verdict = rules;
}
