"use client";
import { useEffect, useState } from "react";
import init, { checkNewNumberOrder } from "callplan";

export default function Verdict() {
  const [rules, setRules] = useState(null);
  useEffect(() => {
    init().then(() => {
      const answer = checkNewNumberOrder({ org: { trial: false }, location: { calling_plan_enabled: true }, numbers: ["+1 800 555 0100"] });
      setRules(answer.findings.map((finding) => finding.rule).join(" "));
    });
  }, []);
  return rules === null ? <p>checking…</p> : <p data-verdict={rules}>{rules}</p>;
}
