/* @ts-self-types="./callplan_wasm.d.ts" */

/**
 * @param {BillingStart & { locale?: Locale }} input
 * @returns {Response | Malformed}
 */
function checkBillingStart(input) {
    const ret = wasm.checkBillingStart(input);
    return ret;
}
exports.checkBillingStart = checkBillingStart;

/**
 * @param {EmergencyAddressRequest & { locale?: Locale }} input
 * @returns {Response | Malformed}
 */
function checkEmergencyAddress(input) {
    const ret = wasm.checkEmergencyAddress(input);
    return ret;
}
exports.checkEmergencyAddress = checkEmergencyAddress;

/**
 * @param {LocationEligibility & { locale?: Locale }} input
 * @returns {Response | Malformed}
 */
function checkLocationEligibility(input) {
    const ret = wasm.checkLocationEligibility(input);
    return ret;
}
exports.checkLocationEligibility = checkLocationEligibility;

/**
 * @param {LocationSetup & { locale?: Locale }} input
 * @returns {Response | Malformed}
 */
function checkLocationSetup(input) {
    const ret = wasm.checkLocationSetup(input);
    return ret;
}
exports.checkLocationSetup = checkLocationSetup;

/**
 * @param {NewNumberOrder & { locale?: Locale }} input
 * @returns {Response | Malformed}
 */
function checkNewNumberOrder(input) {
    const ret = wasm.checkNewNumberOrder(input);
    return ret;
}
exports.checkNewNumberOrder = checkNewNumberOrder;

/**
 * @param {NumberRemoval & { locale?: Locale }} input
 * @returns {Response | Malformed}
 */
function checkNumberRemoval(input) {
    const ret = wasm.checkNumberRemoval(input);
    return ret;
}
exports.checkNumberRemoval = checkNumberRemoval;

/**
 * @param {NewNumberOrder & { locale?: Locale }} input
 * @returns {Response | Malformed}
 */
function checkOrderPlan(input) {
    const ret = wasm.checkOrderPlan(input);
    return ret;
}
exports.checkOrderPlan = checkOrderPlan;

/**
 * @param {PortOrder & { locale?: Locale }} input
 * @returns {Response | Malformed}
 */
function checkPortOrder(input) {
    const ret = wasm.checkPortOrder(input);
    return ret;
}
exports.checkPortOrder = checkPortOrder;

/**
 * @param {PortReschedule & { locale?: Locale }} input
 * @returns {Response | Malformed}
 */
function checkPortReschedule(input) {
    const ret = wasm.checkPortReschedule(input);
    return ret;
}
exports.checkPortReschedule = checkPortReschedule;

/**
 * @param {SupportRoute & { locale?: Locale }} input
 * @returns {Response | Malformed}
 */
function checkSupportRoute(input) {
    const ret = wasm.checkSupportRoute(input);
    return ret;
}
exports.checkSupportRoute = checkSupportRoute;

/**
 * Normalises and classifies one phone number, e.g. as a person types it.
 * @param {string} number
 * @returns {NumberInfo}
 */
function classifyNumber(number) {
    const ptr0 = passStringToWasm0(number, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.classifyNumber(ptr0, len0);
    return ret;
}
exports.classifyNumber = classifyNumber;

/**
 * Evaluates a request under the seed-2024 policy.
 * @param {Request} request
 * @returns {Response | Malformed}
 */
function evaluate(request) {
    const ret = wasm.evaluate(request);
    return ret;
}
exports.evaluate = evaluate;

/**
 * Evaluates a request under a policy given as a JS object (fields left out keep the
 * seed-2024 values). A malformed policy comes back as `input.malformed` with a path
 * inside the policy, prefixed `/policy`.
 * @param {Request} request
 * @param {Partial<Policy>} policy
 * @returns {Response | Malformed}
 */
function evaluateWithPolicy(request, policy) {
    const ret = wasm.evaluateWithPolicy(request, policy);
    return ret;
}
exports.evaluateWithPolicy = evaluateWithPolicy;

/**
 * Every rule: code, severity, seed section and English description.
 * @returns {RuleInfo[]}
 */
function rules() {
    const ret = wasm.rules();
    return ret;
}
exports.rules = rules;
function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        __wbg___wbindgen_string_get_7ce8eee7fd327545: function(arg0, arg1) {
            const obj = arg1;
            const ret = typeof(obj) === 'string' ? obj : undefined;
            var ptr1 = isLikeNone(ret) ? 0 : passStringToWasm0(ret, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            var len1 = WASM_VECTOR_LEN;
            getDataViewMemory0().setInt32((arg0 >>> 0) + 4 * 1, len1, true);
            getDataViewMemory0().setInt32((arg0 >>> 0) + 4 * 0, ptr1, true);
        },
        __wbg___wbindgen_throw_4c88d8bf264fd984: function(arg0, arg1) {
            throw new Error(getStringFromWasm0(arg0, arg1));
        },
        __wbg_parse_c3f72b5a24f83c01: function() { return handleError(function (arg0, arg1) {
            const ret = JSON.parse(getStringFromWasm0(arg0, arg1));
            return ret;
        }, arguments); },
        __wbg_stringify_0a0fbf2ef722380a: function() { return handleError(function (arg0) {
            const ret = JSON.stringify(arg0);
            return ret;
        }, arguments); },
        __wbindgen_init_externref_table: function() {
            const table = wasm.__wbindgen_externrefs;
            table.set(0, undefined);
            table.set(1024, undefined);
            table.set(1025, null);
            table.set(1026, true);
            table.set(1027, false);
        },
    };
    return {
        __proto__: null,
        "./callplan_wasm_bg.js": import0,
    };
}

function addToExternrefTable0(obj) {
    const idx = wasm.__externref_table_alloc();
    wasm.__wbindgen_externrefs.set(idx, obj);
    return idx;
}

let cachedDataViewMemory0 = null;
function getDataViewMemory0() {
    if (cachedDataViewMemory0 === null || cachedDataViewMemory0.buffer.detached === true || (cachedDataViewMemory0.buffer.detached === undefined && cachedDataViewMemory0.buffer !== wasm.memory.buffer)) {
        cachedDataViewMemory0 = new DataView(wasm.memory.buffer);
    }
    return cachedDataViewMemory0;
}

function getStringFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    return decodeText(getUint8ArrayMemory0().subarray(ptr, ptr + len));
}

let cachedUint8ArrayMemory0 = null;
function getUint8ArrayMemory0() {
    if (cachedUint8ArrayMemory0 === null || cachedUint8ArrayMemory0.byteLength === 0) {
        cachedUint8ArrayMemory0 = new Uint8Array(wasm.memory.buffer);
    }
    return cachedUint8ArrayMemory0;
}

function handleError(f, args) {
    try {
        return f.apply(this, args);
    } catch (e) {
        const idx = addToExternrefTable0(e);
        wasm.__wbindgen_exn_store(idx);
    }
}

function isLikeNone(x) {
    return x === undefined || x === null;
}

function passStringToWasm0(arg, malloc, realloc) {
    if (realloc === undefined) {
        const buf = cachedTextEncoder.encode(arg);
        const ptr = malloc(buf.length, 1) >>> 0;
        getUint8ArrayMemory0().subarray(ptr, ptr + buf.length).set(buf);
        WASM_VECTOR_LEN = buf.length;
        return ptr;
    }

    let len = arg.length;
    let ptr = malloc(len, 1) >>> 0;

    const mem = getUint8ArrayMemory0();

    let offset = 0;

    for (; offset < len; offset++) {
        const code = arg.charCodeAt(offset);
        if (code > 0x7F) break;
        mem[ptr + offset] = code;
    }
    if (offset !== len) {
        if (offset !== 0) {
            arg = arg.slice(offset);
        }
        ptr = realloc(ptr, len, len = offset + arg.length * 3, 1) >>> 0;
        const view = getUint8ArrayMemory0().subarray(ptr + offset, ptr + len);
        const ret = cachedTextEncoder.encodeInto(arg, view);

        offset += ret.written;
        ptr = realloc(ptr, len, offset, 1) >>> 0;
    }

    WASM_VECTOR_LEN = offset;
    return ptr;
}

let cachedTextDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
cachedTextDecoder.decode();
function decodeText(bytes) {
    return cachedTextDecoder.decode(bytes);
}

const cachedTextEncoder = new TextEncoder();

if (!('encodeInto' in cachedTextEncoder)) {
    cachedTextEncoder.encodeInto = function (arg, view) {
        const buf = cachedTextEncoder.encode(arg);
        view.set(buf);
        return {
            read: arg.length,
            written: buf.length
        };
    };
}

let WASM_VECTOR_LEN = 0;

const wasmPath = `${__dirname}/callplan_wasm_bg.wasm`;
const wasmBytes = require('fs').readFileSync(wasmPath);
const wasmModule = new WebAssembly.Module(wasmBytes);
let wasmInstance = new WebAssembly.Instance(wasmModule, __wbg_get_imports());
let wasm = wasmInstance.exports;
wasm.__wbindgen_start();
