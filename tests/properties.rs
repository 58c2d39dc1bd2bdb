//! Properties that hold for every request (proptest).

mod support {
    pub mod requests;
}

use callplan::{evaluate, evaluate_json, Policy, Request};
use proptest::prelude::*;
use serde_json::{json, Value};
use support::requests::{any_billing_item, any_json, any_order_body, any_request};

/// Most single numbers a generated order holds: enough to cross the 100-number limit.
const MAX_NUMBERS: usize = 120;

fn respond(request: &Value) -> Value {
    let text = evaluate_json(&request.to_string(), &Policy::default());
    serde_json::from_str(&text).unwrap_or_else(|error| Value::String(format!("{error}: {text}")))
}

/// A finding without its paths: what permuting an order's numbers must leave unchanged.
fn without_paths(finding: &Value) -> Value {
    let mut finding = finding.clone();
    if let Some(object) = finding.as_object_mut() {
        object.remove("path");
        object.remove("message");
        if let Some(params) = object.get_mut("params").and_then(Value::as_object_mut) {
            params.remove("first_path");
        }
    }
    finding
}

fn sorted(mut values: Vec<Value>) -> Vec<Value> {
    values.sort_by_key(Value::to_string);
    values
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    #[test]
    fn ok_iff_no_error_finding(request in any_request(MAX_NUMBERS)) {
        let response = respond(&request);
        let has_error = response["findings"].as_array().unwrap().iter().any(|f| f["severity"] == "error");
        prop_assert_eq!(response["ok"].as_bool(), Some(!has_error), "{}", request);
    }

    #[test]
    fn same_request_same_bytes(request in any_request(MAX_NUMBERS)) {
        let text = request.to_string();
        prop_assert_eq!(evaluate_json(&text, &Policy::default()), evaluate_json(&text, &Policy::default()));
    }

    #[test]
    fn typed_and_json_entry_points_agree(request in any_request(MAX_NUMBERS)) {
        let typed = Request::from_value(request.clone()).map(|r| evaluate(&r, &Policy::default()).to_json());
        let via_json = evaluate_json(&request.to_string(), &Policy::default());
        prop_assert_eq!(typed.unwrap_or_else(|malformed| malformed.to_json()), via_json);
    }

    #[test]
    fn arbitrary_json_never_panics(value in any_json()) {
        let answer: Value = serde_json::from_str(&evaluate_json(&value.to_string(), &Policy::default())).unwrap();
        prop_assert!(answer.get("ok").is_some() || answer["code"] == "input.malformed");
    }

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,64}") {
        let answer: Value = serde_json::from_str(&evaluate_json(&text, &Policy::default())).unwrap();
        prop_assert!(answer.get("ok").is_some() || answer["code"] == "input.malformed");
    }

    #[test]
    fn a_field_replaced_by_anything_never_panics(request in any_request(MAX_NUMBERS), key in "[a-z_]{1,12}", value in any_json()) {
        let mut request = request;
        let field = request.as_object().unwrap().keys().nth(key.len() % request.as_object().unwrap().len()).cloned().unwrap();
        request[field] = value;
        let answer = respond(&request);
        prop_assert!(answer.get("ok").is_some() || answer["code"] == "input.malformed");
    }

    #[test]
    fn permuting_numbers_permutes_only_paths(body in any_order_body(MAX_NUMBERS), seed in any::<u64>()) {
        let mut request = body;
        request["check"] = json!("new_number_order");
        let original = respond(&request);
        let numbers = request["numbers"].as_array_mut().unwrap();
        let len = numbers.len();
        if len > 1 {
            let shift = (seed as usize) % len;
            numbers.rotate_left(shift);
            if seed % 2 == 0 { numbers.reverse(); }
        }
        let permuted = respond(&request);
        let strip = |response: &Value| sorted(response["findings"].as_array().unwrap().iter().map(without_paths).collect());
        prop_assert_eq!(strip(&original), strip(&permuted));
        prop_assert_eq!(&original["ok"], &permuted["ok"]);
    }

    #[test]
    fn removing_whole_blocks_never_gives_partial_block(sizes in prop::collection::vec(prop::sample::select(vec![10u32, 50, 100]), 1..4), take in prop::collection::vec(any::<bool>(), 4)) {
        let blocks: Vec<Value> = sizes.iter().enumerate().map(|(i, size)| json!({"id": format!("B{i}"), "first": format!("+1212555{:04}", i * 1000), "size": size})).collect();
        let mut remove = Vec::new();
        for (i, size) in sizes.iter().enumerate() {
            if take[i] {
                remove.extend((0..*size as usize).map(|n| format!("(212) 555-{:04}", i * 1000 + n)));
            }
        }
        remove.reverse();
        let response = respond(&json!({"check": "number_removal", "inventory": {"singles": [], "blocks": blocks}, "remove": remove}));
        prop_assert_eq!(response["ok"].as_bool(), Some(true), "{}", response);
        prop_assert_eq!(response["result"]["removable"].as_array().unwrap().len(), remove.len());
    }

    #[test]
    fn billing_never_starts_before_provisioning(items in prop::collection::vec(any_billing_item(), 0..8)) {
        let response = respond(&json!({"check": "billing_start", "items": items}));
        let outcomes = response["result"]["items"].as_array().unwrap();
        for (item, outcome) in items.iter().zip(outcomes) {
            let given = ["requested_service_date", "provisioned", "port_completed"].iter().find_map(|field| item.get(*field).and_then(Value::as_str));
            if let (Some(given), Some(starts)) = (given, outcome.get("starts").and_then(Value::as_str)) {
                prop_assert!(starts >= given, "{} starts {}", item, starts);
            }
            if let (Some(call), Some(billed_in)) = (item.get("call_date").and_then(Value::as_str), outcome.get("billed_in").and_then(Value::as_str)) {
                prop_assert!(billed_in > &call[..7], "{} billed in {}", call, billed_in);
            }
        }
        prop_assert_eq!(response["result"]["porting_fee"].as_u64(), Some(0));
    }

    #[test]
    fn planned_orders_each_pass_and_hold_exactly_what_was_asked(
        singles in prop::collection::btree_set(0u32..10_000, 1..260),
        block_starts in prop::collection::btree_set(0u32..99, 0..4),
        block_size in prop::sample::select(vec![10u32, 50, 100]),
        quantity in prop::option::of(1i64..300),
    ) {
        let numbers: Vec<String> = singles.iter().map(|line| format!("+1212555{line:04}")).collect();
        let blocks: Vec<Value> = block_starts.iter().map(|start| json!({"first": format!("+1212556{:04}", start * 100), "size": block_size})).collect();
        let mut request = json!({"check": "order_plan", "org": {"trial": false, "trial_numbers_used": 0}, "location": {"calling_plan_enabled": true}, "numbers": numbers, "blocks": blocks});
        if let Some(quantity) = quantity {
            request["auto_select"] = json!({"country": "US", "state": "NY", "area_code": "212", "quantity": quantity});
        }
        let response = respond(&request);
        prop_assert_eq!(response["ok"].as_bool(), Some(true), "{}", response);
        let orders = response["result"]["orders"].as_array().unwrap();
        let (mut got_numbers, mut got_blocks, mut got_quantity) = (Vec::new(), Vec::new(), 0i64);
        for order in orders {
            let mut check = order.clone();
            check["check"] = json!("new_number_order");
            let verdict = respond(&check);
            prop_assert_eq!(verdict["ok"].as_bool(), Some(true), "{}", verdict);
            got_numbers.extend(order["numbers"].as_array().unwrap().iter().cloned());
            got_blocks.extend(order["blocks"].as_array().unwrap().iter().cloned());
            got_quantity += order.get("auto_select").map_or(0, |s| s["quantity"].as_i64().unwrap());
        }
        prop_assert_eq!(sorted(got_numbers), sorted(request["numbers"].as_array().unwrap().clone()));
        prop_assert_eq!(sorted(got_blocks), sorted(request["blocks"].as_array().unwrap().clone()));
        prop_assert_eq!(got_quantity, quantity.unwrap_or(0));
        let total = singles.len() as i64 + block_starts.len() as i64 * block_size as i64 + quantity.unwrap_or(0);
        prop_assert_eq!(orders.len() as i64, (total + 99) / 100, "fewest orders");
    }
}
