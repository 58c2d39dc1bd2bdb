// Express on Node.js: an API that answers an order with its verdict (400 with the findings
// when it has errors), and a page rendered on the server. On Node.js the package is ready
// on import: no init().
import express from "express";
import { checkNewNumberOrder } from "callplan";

const app = express();
app.use(express.json());

app.post("/orders", (request, response) => {
  const answer = checkNewNumberOrder(request.body);
  response.status(answer.ok ? 200 : 400).json(answer);
});

app.get("/", (request, response) => {
  const answer = checkNewNumberOrder({ org: { trial: false }, location: { calling_plan_enabled: true }, numbers: ["+1 800 555 0100"] });
  const rules = answer.findings.map((finding) => finding.rule).join(" ");
  response.send(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>callplan with Express</title></head><body><p data-verdict="${rules}">${rules}</p></body></html>`);
});

const port = Number(process.env.PORT ?? 3000);
app.listen(port, "127.0.0.1", () => console.log(`http://127.0.0.1:${port}`));
