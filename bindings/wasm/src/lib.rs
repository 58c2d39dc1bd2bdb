//! WebAssembly bindings of `callplan`: plain JS objects in and out, nothing but conversion.
//!
//! Requests cross the boundary as JSON text (`JSON.stringify` in, `JSON.parse` out), the
//! same text the native JSON entry point reads and writes, so a browser and a backend give
//! byte-identical answers. Nothing here throws: malformed input, including a value that is
//! not an object or cannot be written as JSON, comes back as the core's `input.malformed`
//! value. The per-check exports are made from the core's table of checks.

use callplan::{classify, Answer, Check, Malformed, NumberClass, Policy, Request, Rule};
use wasm_bindgen::prelude::*;

/// Evaluates a request under the seed-2024 policy.
#[wasm_bindgen(js_name = evaluate, unchecked_return_type = "CallplanResponse | Malformed")]
pub fn evaluate(
    #[wasm_bindgen(unchecked_param_type = "CallplanRequest")] request: JsValue,
) -> JsValue {
    evaluate_under(&request, &Policy::default())
}

/// Evaluates a request under a policy given by a built-in policy's name (`"cisco-2026"`) or
/// as a JS object (fields left out keep the values of its `base`, seed-2024 unless it says
/// otherwise). A malformed policy comes back as `input.malformed` with a path inside the
/// policy, prefixed `/policy`.
#[wasm_bindgen(js_name = evaluateWithPolicy, unchecked_return_type = "CallplanResponse | Malformed")]
pub fn evaluate_with_policy(
    #[wasm_bindgen(unchecked_param_type = "CallplanRequest")] request: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Partial<Policy> | BuiltInPolicy")] policy: JsValue,
) -> JsValue {
    let text = policy.as_string().map_or_else(|| json_text(&policy), Ok);
    let policy = text
        .and_then(|text| Policy::parse(&text))
        .map_err(|error| error.within("/policy"));
    match policy {
        Ok(policy) => evaluate_under(&request, &policy),
        Err(malformed) => parse(&malformed.to_json()),
    }
}

fn evaluate_under(request: &JsValue, policy: &Policy) -> JsValue {
    answer(
        json_text(request).and_then(|text| Request::from_json(&text)),
        policy,
    )
}

/// Every rule: code, severity, the article section it encodes and English description
/// (`seed_section`, its former name, too, until 0.3).
#[wasm_bindgen(js_name = rules, unchecked_return_type = "RuleInfo[]")]
pub fn rules() -> JsValue {
    let list = js_sys::Array::new();
    for rule in Rule::ALL {
        let info = js_sys::Object::new();
        let fields = [
            ("code", rule.code()),
            ("severity", rule.severity().as_str()),
            ("article_section", rule.article_section()),
            ("seed_section", rule.article_section()),
            ("description", rule.description()),
        ];
        for (name, value) in fields {
            // Setting a property of a fresh plain object cannot fail.
            let _ = js_sys::Reflect::set(&info, &name.into(), &value.into());
        }
        list.push(&info);
    }
    list.into()
}

/// The name of every check, as written in `"check"`, in POLICY order.
#[wasm_bindgen(js_name = checkNames, unchecked_return_type = "(keyof CheckInputs)[]")]
pub fn check_names() -> JsValue {
    Check::NAMES
        .iter()
        .map(|name| JsValue::from_str(name))
        .collect::<js_sys::Array>()
        .into()
}

/// The libphonenumber release the numbering data was made from, e.g. `"9.0.43"`.
#[wasm_bindgen(js_name = numberingDataVersion)]
pub fn numbering_data_version() -> String {
    callplan::NUMBERING_DATA_VERSION.to_owned()
}

/// Normalises and classifies one phone number, e.g. as a person types it.
#[wasm_bindgen(js_name = classifyNumber, unchecked_return_type = "NumberInfo")]
pub fn classify_number(number: &str) -> JsValue {
    let classified = classify(number);
    let info = js_sys::Object::new();
    let e164 = classified
        .e164
        .as_deref()
        .map_or(JsValue::NULL, JsValue::from_str);
    NUMBER_INFO_STRINGS.with(|strings| {
        let index = NumberClass::ALL
            .iter()
            .position(|&class| class == classified.class);
        let class = index.and_then(|index| strings.class_names.get(index));
        let region = classified.region.map_or(JsValue::NULL, JsValue::from_str);
        // Setting a property of a fresh plain object cannot fail.
        let _ = js_sys::Reflect::set(&info, &strings.e164, &e164);
        let _ = js_sys::Reflect::set(&info, &strings.class, class.unwrap_or(&JsValue::NULL));
        let _ = js_sys::Reflect::set(&info, &strings.region, &region);
    });
    info.into()
}

/// The fixed strings of a `NumberInfo`, made into JS strings once (a keystroke's
/// classification then creates only the E.164 text).
struct NumberInfoStrings {
    e164: JsValue,
    class: JsValue,
    region: JsValue,
    class_names: Vec<JsValue>,
}

thread_local! {
    static NUMBER_INFO_STRINGS: NumberInfoStrings = NumberInfoStrings {
        e164: JsValue::from_str("e164"),
        class: JsValue::from_str("class"),
        region: JsValue::from_str("region"),
        class_names: NumberClass::ALL.iter().map(|class| JsValue::from_str(class.as_str())).collect(),
    };
}

/// Makes one export per check, and its TypeScript declaration, from the core's table.
macro_rules! check_functions {
    ($(
        $variant:ident {
            name: $name:literal,
            module: $module:ident,
            check: $check:ident,
            input: $input:ident,
            rust: $rust:ident,
            js: $js:literal,
            section: $section:literal,
            doc: $doc:literal,
        }
    )*) => {
        $(
            #[doc = concat!("Runs `", $name, "` on its input (the request without `check`).")]
            #[wasm_bindgen(js_name = $js, skip_typescript)]
            pub fn $rust(input: JsValue) -> JsValue {
                answer(
                    json_text(&input).and_then(|text| Request::from_input_json($name, &text)),
                    &Policy::default(),
                )
            }
        )*

        #[wasm_bindgen(typescript_custom_section)]
        const CHECK_FUNCTIONS_TS: &'static str = concat!(
            $(
                "\n/** `", $name, "`: ", $doc, " Takes the request without `check`. */\n",
                "export function ", $js, "(input: ", stringify!($input),
                " & { locale?: Locale }): CallplanResponse | Malformed;\n",
            )*
            "\n/** Each check's input (the request without `check`), by the check's name. */\n",
            "export interface CheckInputs {\n",
            $( "  ", $name, ": ", stringify!($input), ";\n", )*
            "}\n",
            "\n/** Each check's input, by the name of the function that runs it. */\n",
            "export interface CheckFunctionInputs {\n",
            $( "  ", $js, ": ", stringify!($input), ";\n", )*
            "}\n",
        );
    };
}

callplan::for_each_check!(check_functions);

#[wasm_bindgen(typescript_custom_section)]
const EXTRA_TYPES: &'static str = r#"
/** A rule as `rules()` lists it. */
export interface RuleInfo {
  code: RuleCode;
  severity: Severity;
  /** The section of Cisco's help article the rule encodes. */
  article_section: string;
  /** @deprecated Renamed `article_section` (`seed` names the default policy, `seed-2024`). */
  seed_section: string;
  description: string;
}
/** A phone number's E.164 writing (null when invalid), class, and region as libphonenumber
 * names it (`"US"`, `"CA"`, `"PR"`, …; null when invalid). */
export interface NumberInfo { e164: string | null; class: NumberClass; region: string | null }
/** One location of the customer, as `location_eligibility` reads it (`CustomerLocation`). */
export type Location = CustomerLocation;
/** @deprecated Shadows the DOM's `Request` where imported; use `CallplanRequest`. */
export type Request = CallplanRequest;
/** @deprecated Shadows the DOM's `Response` where imported; use `CallplanResponse`. */
export type Response = CallplanResponse;
"#;

/// The JS value as JSON text, through `JSON.stringify` like any JSON client.
fn json_text(value: &JsValue) -> Result<String, Malformed> {
    js_sys::JSON::stringify(value)
        .ok()
        .and_then(|text| text.as_string())
        .ok_or_else(|| Malformed::new("", "the request cannot be written as JSON"))
}

/// The core's answer to a request as read, as a plain JS value.
fn answer(request: Result<Request, Malformed>, policy: &Policy) -> JsValue {
    parse(&Answer::new(request, policy).to_json())
}

/// `JSON.parse` of the core's JSON text, which is always valid JSON (the core writes an
/// `input.malformed` value when it cannot write an answer).
fn parse(text: &str) -> JsValue {
    js_sys::JSON::parse(text).unwrap_or_else(|_| JsValue::from_str(text))
}

/// Talc instead of Rust's default dlmalloc: 2.4 KB less gzip for the same speed here.
#[cfg(target_family = "wasm")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
