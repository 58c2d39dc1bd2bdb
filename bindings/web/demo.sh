#!/usr/bin/env bash
# Opens the demo: builds the npm package when it is not built yet, then serves the
# repository on http://127.0.0.1:8080/bindings/web/ (PORT to change the port).
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f pkg/dist/callplan_wasm_bg.wasm ] || ./bindings/wasm/build.sh
exec node bindings/web/serve.mjs
