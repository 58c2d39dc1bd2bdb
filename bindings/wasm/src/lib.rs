//! WebAssembly bindings of `callplan`: plain JS objects in and out, nothing but conversion.
//!
//! Requests cross the boundary as JSON text (`JSON.stringify` in, `JSON.parse` out), the
//! same text the native JSON entry point reads and writes, so a browser and a backend give
//! byte-identical answers. Nothing here throws: malformed input, including a value that is
//! not an object or cannot be written as JSON, comes back as the `input.malformed` value.

use callplan::numbers::{classify, NumberClass};
use callplan::{Malformed, Policy, Request, Rule};
use serde::Serialize;
use serde_json::Value;
use wasm_bindgen::prelude::*;

/// Evaluates a request under the seed-2024 policy.
#[wasm_bindgen(js_name = evaluate, unchecked_return_type = "Response | Malformed")]
pub fn evaluate(#[wasm_bindgen(unchecked_param_type = "Request")] request: JsValue) -> JsValue {
    answer(
        read(&request).and_then(Request::from_value),
        &Policy::default(),
    )
}

/// Evaluates a request under a policy given as a JS object (fields left out keep the
/// seed-2024 values). A malformed policy comes back as `input.malformed` with a path
/// inside the policy, prefixed `/policy`.
#[wasm_bindgen(js_name = evaluateWithPolicy, unchecked_return_type = "Response | Malformed")]
pub fn evaluate_with_policy(
    #[wasm_bindgen(unchecked_param_type = "Request")] request: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Partial<Policy>")] policy: JsValue,
) -> JsValue {
    match read_policy(&policy) {
        Ok(policy) => answer(read(&request).and_then(Request::from_value), &policy),
        Err(malformed) => to_js(&malformed),
    }
}

/// Every rule: code, severity, seed section and English description.
#[wasm_bindgen(js_name = rules, unchecked_return_type = "RuleInfo[]")]
pub fn rules() -> JsValue {
    let rules: Vec<RuleInfo> = Rule::ALL.iter().map(|rule| RuleInfo::from(*rule)).collect();
    to_js(&rules)
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
        // Setting a property of a fresh plain object cannot fail.
        let _ = js_sys::Reflect::set(&info, &strings.e164, &e164);
        let _ = js_sys::Reflect::set(&info, &strings.class, class.unwrap_or(&JsValue::NULL));
    });
    info.into()
}

/// The fixed strings of a `NumberInfo`, made into JS strings once (a keystroke's
/// classification then creates only the E.164 text).
struct NumberInfoStrings {
    e164: JsValue,
    class: JsValue,
    class_names: Vec<JsValue>,
}

thread_local! {
    static NUMBER_INFO_STRINGS: NumberInfoStrings = NumberInfoStrings {
        e164: JsValue::from_str("e164"),
        class: JsValue::from_str("class"),
        class_names: NumberClass::ALL.iter().map(|class| JsValue::from_str(class.as_str())).collect(),
    };
}

macro_rules! check_functions {
    ($( $js:literal, $rust:ident, $check:literal, $input:literal; )*) => {$(
        #[doc = concat!("Runs the `", $check, "` check on its input (the request without `check`).")]
        #[wasm_bindgen(js_name = $js, unchecked_return_type = "Response | Malformed")]
        pub fn $rust(#[wasm_bindgen(unchecked_param_type = $input)] input: JsValue) -> JsValue {
            answer(tagged(&input, $check).and_then(Request::from_value), &Policy::default())
        }
    )*};
}

check_functions! {
    "checkLocationEligibility", check_location_eligibility, "location_eligibility", "LocationEligibility & { locale?: Locale }";
    "checkLocationSetup", check_location_setup, "location_setup", "LocationSetup & { locale?: Locale }";
    "checkNewNumberOrder", check_new_number_order, "new_number_order", "NewNumberOrder & { locale?: Locale }";
    "checkPortOrder", check_port_order, "port_order", "PortOrder & { locale?: Locale }";
    "checkPortReschedule", check_port_reschedule, "port_reschedule", "PortReschedule & { locale?: Locale }";
    "checkNumberRemoval", check_number_removal, "number_removal", "NumberRemoval & { locale?: Locale }";
    "checkBillingStart", check_billing_start, "billing_start", "BillingStart & { locale?: Locale }";
    "checkSupportRoute", check_support_route, "support_route", "SupportRoute & { locale?: Locale }";
    "checkOrderPlan", check_order_plan, "order_plan", "NewNumberOrder & { locale?: Locale }";
    "checkEmergencyAddress", check_emergency_address, "emergency_address", "EmergencyAddressRequest & { locale?: Locale }";
}

/// A rule as `rules()` lists it.
#[derive(Serialize)]
struct RuleInfo {
    code: &'static str,
    severity: &'static str,
    seed_section: &'static str,
    description: &'static str,
}

impl From<Rule> for RuleInfo {
    fn from(rule: Rule) -> Self {
        RuleInfo {
            code: rule.code(),
            severity: rule.severity().as_str(),
            seed_section: rule.seed_section(),
            description: rule.description(),
        }
    }
}

#[wasm_bindgen(typescript_custom_section)]
const EXTRA_TYPES: &'static str = r#"
/** A rule as `rules()` lists it. */
export interface RuleInfo { code: RuleCode; severity: Severity; seed_section: string; description: string }
/** A phone number's E.164 writing (null when invalid) and class. */
export interface NumberInfo { e164: string | null; class: NumberClass }
"#;

/// The JS value as a JSON value, through `JSON.stringify` like any JSON client, read by the
/// core's JSON reader (so the request-size limit applies as natively).
fn read(value: &JsValue) -> Result<Value, Malformed> {
    let text = js_sys::JSON::stringify(value)
        .ok()
        .and_then(|text| text.as_string())
        .ok_or_else(|| Malformed::new("", "the request cannot be written as JSON"))?;
    callplan::malformed::json_value(&text)
}

/// The input of a per-check function, with its `check` added.
fn tagged(input: &JsValue, check: &str) -> Result<Value, Malformed> {
    match read(input)? {
        Value::Object(mut fields) => {
            fields.insert("check".to_owned(), Value::String(check.to_owned()));
            Ok(Value::Object(fields))
        }
        _ => Err(Malformed::new("", "a request must be a JSON object")),
    }
}

fn read_policy(policy: &JsValue) -> Result<Policy, Malformed> {
    let value = read(policy)?;
    Policy::from_json(&value.to_string())
        .map_err(|error| Malformed::new(format!("/policy{}", error.path), error.message))
}

fn answer(request: Result<Request, Malformed>, policy: &Policy) -> JsValue {
    match request {
        Ok(request) => parse(&callplan::evaluate(&request, policy).to_json()),
        Err(malformed) => to_js(&malformed),
    }
}

fn to_js<T: Serialize>(value: &T) -> JsValue {
    parse(&serde_json::to_string(value).unwrap_or_else(|_| String::from("null")))
}

/// `JSON.parse` of text serde_json wrote (always valid JSON).
fn parse(text: &str) -> JsValue {
    js_sys::JSON::parse(text).unwrap_or(JsValue::NULL)
}
