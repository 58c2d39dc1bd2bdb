//! Arbitrary bytes into the JSON entry point: the answer is always JSON, either a response
//! whose `ok` says whether it holds an error, or an `input.malformed` / `input.too_large`
//! error; and the same text always gets the same bytes back.
#![no_main]

use callplan::{evaluate_json, Policy};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let policy = Policy::default();
    let answer = evaluate_json(text, &policy);
    let value: Value = serde_json::from_str(&answer).expect("the answer is JSON");
    match value.get("code").and_then(Value::as_str) {
        Some(code) => assert!(code == "input.malformed" || code == "input.too_large", "{answer}"),
        None => {
            let findings = value["findings"].as_array().expect("findings");
            let has_error = findings.iter().any(|finding| finding["severity"] == "error");
            assert_eq!(value["ok"].as_bool(), Some(!has_error), "{answer}");
        }
    }
    assert_eq!(answer, evaluate_json(text, &policy), "same text, same answer");
});
