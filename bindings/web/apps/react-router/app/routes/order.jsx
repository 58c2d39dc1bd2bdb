// A form whose server action checks the order: the package is ready on import on the
// server, no init(). The test submits the form; the action's verdict is shown.
import { Form, useActionData } from "react-router";
import { checkNewNumberOrder } from "callplan";

export async function action({ request }) {
  const form = await request.formData();
  const answer = checkNewNumberOrder({ org: { trial: false }, location: { calling_plan_enabled: true }, numbers: [String(form.get("number"))] });
  return { ok: answer.ok, rules: answer.findings.map((finding) => finding.rule).join(" ") };
}

export default function Order() {
  const verdict = useActionData();
  return (
    <Form method="post">
      <label>Number <input name="number" defaultValue="+1 800 555 0100" /></label>
      <button type="submit">Check</button>
      {verdict && <p data-verdict={verdict.rules}>{verdict.rules}</p>}
    </Form>
  );
}
