import init, * as callplan from "callplan";
import wasmUrl from "callplan/callplan_bg.wasm?url";
import { show } from "./show.js";
init({ module_or_path: wasmUrl }).then(() => show(callplan));
