import { nodeResolve } from "@rollup/plugin-node-resolve";
import url from "@rollup/plugin-url";
export default {
  input: "src/main.js",
  output: { dir: "public", format: "es" },
  plugins: [nodeResolve({ browser: true }), url({ include: ["**/*.wasm"], limit: 0 })],
};
