//! Policies as data [POLICY §4]: a limit changed in JSON changes the verdict, shows in the
//! finding, and a policy round-trips through JSON.

use callplan::{evaluate, ParamValue, Policy, Request, Rule};

#[allow(
    clippy::unwrap_used,
    reason = "a test helper: the request is well-formed"
)]
fn order_of(count: usize) -> Request {
    let numbers: Vec<String> = (0..count)
        .map(|line| format!("+1212555{line:04}"))
        .collect();
    let request = serde_json::json!({
        "check": "new_number_order",
        "org": {"trial": false},
        "location": {"calling_plan_enabled": true},
        "numbers": numbers,
    });
    Request::from_value(request).unwrap()
}

#[test]
fn a_limit_changed_in_data_changes_the_verdict() {
    let request = order_of(150);
    assert!(evaluate(&request, &Policy::seed_2024()).has(Rule::OrderTooManyNumbers));
    let larger =
        Policy::from_json(r#"{"name": "larger-orders", "max_numbers_per_order": 200}"#).unwrap();
    assert!(!evaluate(&request, &larger).has(Rule::OrderTooManyNumbers));
    assert!(evaluate(&request, &larger).ok);
}

#[test]
fn the_limit_appears_in_params_and_message() {
    let smaller = Policy::from_json(r#"{"max_numbers_per_order": 20}"#).unwrap();
    let response = evaluate(&order_of(21), &smaller);
    let finding = &response.findings[0];
    assert_eq!(finding.params.get("limit"), Some(ParamValue::Count(20)));
    assert!(finding.message.contains("at most 20 new numbers"));
}

#[test]
fn policy_json_round_trips_and_refuses_unknown_fields() {
    let seed = Policy::seed_2024();
    let text = serde_json::to_string(&seed).unwrap();
    assert_eq!(Policy::from_json(&text).unwrap(), seed);
    let error = Policy::from_json(r#"{"max_numbers": 5}"#).unwrap_err();
    assert_eq!(error.path, "/max_numbers");
}
