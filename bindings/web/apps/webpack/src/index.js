import init, * as callplan from "callplan";
import { show } from "./show.js";
init().then(() => show(callplan));
