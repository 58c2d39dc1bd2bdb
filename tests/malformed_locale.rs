//! Malformed input is said in the request's own `locale` [POLICY §1], wherever in the
//! request the problem is and whatever order its members come in; English when the
//! request's locale cannot be read (text that is not JSON, a locale the library does not
//! speak).

use callplan::{evaluate_json, MalformedCode, Policy, Request};
use serde_json::{json, Value};

/// The code, path and message of the answer to `request`, which must be malformed.
fn refusal(request: Value) -> (String, String, String) {
    let answer: Value =
        serde_json::from_str(&evaluate_json(&request.to_string(), &Policy::default()))
            .unwrap_or_default();
    let text = |key: &str| {
        let value = answer.get(key).and_then(Value::as_str);
        value.unwrap_or_default().to_owned()
    };
    (text("code"), text("path"), text("message"))
}

#[test]
fn a_wrong_type_deep_in_the_request_is_said_in_swedish_when_the_request_asks_for_swedish() {
    let request = json!({
        "check": "port_order", "today": "2024-03-01", "locale": "sv",
        "numbers": [{"number": "+14155552671"}, {"number": 4155552672_u64}]
    });
    let (code, path, message) = refusal(request);
    assert_eq!(
        (code.as_str(), path.as_str()),
        ("input.malformed", "/numbers/1/number")
    );
    assert_eq!(
        message,
        "fel typ: heltalet `4155552672` i stället för en sträng"
    );
}

#[test]
fn the_locale_counts_even_when_it_is_written_after_the_problem_and_with_a_region() {
    let request = json!({"today": "2024-02-30", "check": "port_reschedule", "locale": "fr-CA"});
    let (_, path, message) = refusal(request);
    assert_eq!(path, "/today");
    assert_eq!(
        message,
        "`2024-02-30` n'est pas une date au format AAAA-MM-JJ"
    );
}

#[test]
fn an_unknown_check_and_an_unknown_member_are_named_in_the_requests_locale() {
    let (_, path, message) = refusal(json!({"check": "porting", "locale": "sv"}));
    assert_eq!(path, "/check");
    assert!(
        message.starts_with("okänd kontroll `porting`, förväntade `"),
        "{message}"
    );
    assert!(
        message.ends_with("`order_plan` eller `emergency_address`"),
        "{message}"
    );
    let request = json!({"check": "support_route", "locale": "fr", "topic": "outage", "region": "na", "urgent": true});
    let (_, path, message) = refusal(request);
    assert_eq!(path, "/urgent");
    assert_eq!(
        message,
        "champ inconnu `urgent`, attendu\u{a0}: `topic` ou `region`"
    );
}

#[test]
fn a_request_over_a_limit_is_too_large_in_its_locale() {
    let request = json!({"check": "support_route", "locale": "sv", "topic": "x".repeat(1025), "region": "na"});
    let (code, path, message) = refusal(request);
    assert_eq!(
        (code.as_str(), path.as_str()),
        ("input.too_large", "/topic")
    );
    assert_eq!(message, "texten har 1025 tecken; högst 1024 godtas");
}

#[test]
fn without_a_locale_the_library_speaks_the_answer_is_in_english() {
    let (_, path, message) = refusal(json!({"check": "support_route", "locale": "de", "topic": 1}));
    assert_eq!(path, "/locale");
    assert_eq!(
        message,
        "unknown value `de`, expected one of `en`, `sv`, `fr`"
    );
    let (_, path, message) = refusal(json!({"check": "support_route", "locale": 7, "topic": 1}));
    assert_eq!(path, "/locale");
    assert!(
        message.starts_with("invalid type: integer `7`, expected one of `en`"),
        "{message}"
    );
    let (_, _, message) =
        refusal(json!({"check": "support_route", "topic": "outage", "region": "mars"}));
    assert_eq!(
        message,
        "unknown value `mars`, expected one of `na`, `emea`, `apac`"
    );
    let error = Request::from_json(r#"{"locale": "sv", "check": "#).unwrap_err();
    assert_eq!(error.code, MalformedCode::Malformed);
    assert!(
        error.message.starts_with("not valid JSON: "),
        "{}",
        error.message
    );
}

#[test]
fn a_policy_is_read_in_english_whatever_any_request_asks_for() {
    let error = Policy::from_json(r#"{"min_outbound_calling_plans": "two"}"#).unwrap_err();
    assert_eq!(error.path, "/min_outbound_calling_plans");
    assert!(
        error.message.starts_with("invalid type: string \"two\""),
        "{}",
        error.message
    );
}
