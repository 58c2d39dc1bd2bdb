// A static file server for the demo and the browser tests: serves the repository's files
// on 127.0.0.1 (the demo page imports the package from /pkg/dist/). Run directly, it
// serves on port 8080 (or PORT) and prints the demo's address.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root folder. */
export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const mediaTypes = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
};

/** The file a request's URL names under `root`, or null when it is outside or missing. */
function fileFor(root, url) {
  const pathname = decodeURIComponent(new URL(url, "http://127.0.0.1").pathname);
  const wanted = path.join(root, path.normalize(pathname));
  const file = pathname.endsWith("/") ? path.join(wanted, "index.html") : wanted;
  const inside = file === root || file.startsWith(root + path.sep);
  return inside && fs.existsSync(file) && fs.statSync(file).isFile() ? file : null;
}

/** Serves `root` on 127.0.0.1 at `port` (0: any free port); resolves to the listening server. */
export function serve(root = repositoryRoot, port = 0) {
  const server = http.createServer((request, response) => {
    const file = fileFor(root, request.url);
    if (file === null) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const type = mediaTypes[path.extname(file)] ?? "application/octet-stream";
    response.writeHead(200, { "content-type": type, "cache-control": "no-store" });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await serve(repositoryRoot, Number(process.env.PORT ?? 8080));
  console.log(`callplan demo: http://127.0.0.1:${server.address().port}/bindings/web/`);
}
