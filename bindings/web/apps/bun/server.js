// Bun.serve: the built page from dist/, and a verdict rendered on the server (`/server`),
// where the package is ready on import.
import { checkNewNumberOrder } from "callplan";

const port = Number(process.env.PORT ?? 3000);
Bun.serve({
  hostname: "127.0.0.1",
  port,
  async fetch(request) {
    const { pathname } = new URL(request.url);
    if (pathname === "/server") {
      const answer = checkNewNumberOrder({ org: { trial: false }, location: { calling_plan_enabled: true }, numbers: ["+1 800 555 0100"] });
      const rules = answer.findings.map((finding) => finding.rule).join(" ");
      return new Response(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>callplan with Bun</title></head><body><p data-verdict="${rules}">${rules}</p></body></html>`,
        { headers: { "content-type": "text/html; charset=utf-8" } });
    }
    const file = Bun.file(`dist${pathname === "/" ? "/index.html" : pathname}`);
    return (await file.exists()) ? new Response(file) : new Response("not found", { status: 404 });
  },
});
console.log(`http://127.0.0.1:${port}`);
