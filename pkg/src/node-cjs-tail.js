
// Appended by bindings/wasm/build.sh: the module above is ready on `require`; `init()` and
// `initSync()` are there as in browsers, doing nothing, so shared code can call them; the
// Standard Schemas are made as in the ES module.
exports.initSync = function initSync() {};
exports.default = async function init() {};
Object.assign(exports, require("./schema.cjs").standardSchemas(exports, exports.checkNames(), () => null));
