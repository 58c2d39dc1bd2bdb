// Deno.serve: a verdict rendered on the server. Deno reads the package from node_modules
// (installed by npm) like any npm package; it is ready on import, no init().
import { checkNewNumberOrder } from "callplan";

const port = Number(Deno.env.get("PORT") ?? 3000);
Deno.serve({ hostname: "127.0.0.1", port }, () => {
  const answer = checkNewNumberOrder({ org: { trial: false }, location: { calling_plan_enabled: true }, numbers: ["+1 800 555 0100"] });
  const rules = answer.findings.map((finding) => finding.rule).join(" ");
  return new Response(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>callplan with Deno</title></head><body><p data-verdict="${rules}">${rules}</p></body></html>`,
    { headers: { "content-type": "text/html; charset=utf-8" } });
});
