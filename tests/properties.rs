//! Properties that hold for every request (proptest).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use callplan::{evaluate, evaluate_json, Policy, Request};
use proptest::prelude::*;
use serde_json::{json, Value};

/// Numbers of every class, in several writings.
fn any_number() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => (0u32..10_000).prop_map(|line| format!("+1212555{line:04}")),
        2 => (0u32..10_000).prop_map(|line| format!("(415) 555-{line:04}")),
        1 => (0u32..10_000).prop_map(|line| format!("+1 416 555 {line:04}")),
        1 => (0u32..10_000).prop_map(|line| format!("1-800-555-{line:04}")),
        1 => (0u32..10_000).prop_map(|line| format!("+1 900 555 {line:04}")),
        1 => (0u32..10_000).prop_map(|line| format!("+1 876 927 {line:04}")),
        1 => "[0-9 ()+.-]{0,16}",
    ]
}

fn any_date() -> impl Strategy<Value = String> {
    (2023i32..=2026, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
}

fn any_locale() -> impl Strategy<Value = Value> {
    prop_oneof![Just(Value::Null), Just(json!("en")), Just(json!("sv"))]
}

fn any_block() -> impl Strategy<Value = Value> {
    prop_oneof![
        (0u32..10_000, prop::sample::select(vec![10u32, 20, 50, 100, 7])).prop_map(|(line, size)| json!({"first": format!("+1212556{line:04}"), "size": size})),
        (0u32..9_990, 8usize..12).prop_map(|(start, len)| {
            let numbers: Vec<String> = (0..len).map(|i| format!("+1212557{:04}", start as usize + i)).rev().collect();
            json!({ "numbers": numbers })
        }),
    ]
}

fn any_auto_select() -> impl Strategy<Value = Value> {
    (prop::sample::select(vec!["US", "CA"]), prop::sample::select(vec!["NY", "CA", "PR", "XX"]),
     prop::sample::select(vec!["212", "415", "800", "416", "911", "12"]), prop::option::of(prop::sample::select(vec!["555", "911", "123"])), -2i64..150)
        .prop_map(|(country, state, area_code, prefix, quantity)| {
            let mut search = json!({"country": country, "state": state, "area_code": area_code, "quantity": quantity});
            if let Some(prefix) = prefix {
                search["prefix"] = json!(prefix);
            }
            search
        })
}

fn any_order_body() -> impl Strategy<Value = Value> {
    (any::<bool>(), 0u32..12, any::<bool>(), prop::collection::vec(any_number(), 0..120), prop::collection::vec(any_block(), 0..3), prop::option::of(any_auto_select()))
        .prop_map(|(trial, used, enabled, numbers, blocks, auto_select)| {
            let mut body = json!({"org": {"trial": trial, "trial_numbers_used": used}, "location": {"calling_plan_enabled": enabled}, "numbers": numbers, "blocks": blocks});
            if let Some(search) = auto_select {
                body["auto_select"] = search;
            }
            body
        })
}

fn any_port_body() -> impl Strategy<Value = Value> {
    let number = (any_number(), prop::option::of(any::<bool>()), prop::option::of(prop::sample::select(vec!["voice", "dsl", "alarm", "security", "line_system", "fax", "unknown"])))
        .prop_map(|(number, portable, line_type)| json!({"number": number, "portable": portable, "line_type": line_type}));
    (any_date(), any_date(), any::<bool>(), prop::collection::vec(number, 0..6), prop::sample::select(vec!["a.pdf", "b.png", "c.jpg", ""]),
     prop::sample::select(vec!["application/pdf", "image/png", "image/jpeg"]), prop::option::of(prop::sample::select(vec!["JVBERi0=", "iVBORw0KGgo=", "!!"])),
     prop::sample::select(vec!["account_owner", "authorized_signer", "other"]), prop::option::of(any_date()))
        .prop_map(|(today, issued, trial, numbers, file_name, media_type, magic, role, port_date)| json!({
            "today": today, "org": {"trial": trial}, "location": {"calling_plan_enabled": true},
            "account": {"provider": "Acme", "account_number": "1", "account_name": ""}, "numbers": numbers,
            "invoice": {"file_name": file_name, "media_type": media_type, "issued": issued, "magic": magic},
            "loa": {"first_name": "A", "last_name": "", "signer_role": role}, "requested_port_date": port_date}))
}

fn any_address() -> impl Strategy<Value = Value> {
    (prop::sample::select(vec!["1 Main St", "PO Box 9", ""]), prop::sample::select(vec!["CA", "PR", "ny", ""]), prop::sample::select(vec!["94105", "94105-1234", "941", ""]), prop::sample::select(vec!["US", "CA", ""]))
        .prop_map(|(line1, state, zip, country)| json!({"line1": line1, "city": "Town", "state": state, "zip": zip, "country": country}))
}

fn any_billing_item() -> impl Strategy<Value = Value> {
    (0usize..5, prop::option::of(any_date())).prop_map(|(kind, date)| match kind {
        0 => json!({"kind": "outbound_calling_plan", "source": "ccw", "requested_service_date": date}),
        1 => json!({"kind": "calling_plan", "source": "control_hub", "provisioned": date}),
        2 => json!({"kind": "number", "origin": "new", "provisioned": date}),
        3 => json!({"kind": "number", "origin": "ported", "port_completed": date}),
        _ => json!({"kind": "usage", "call_date": date}),
    })
}

/// A request to any of the ten checks, valid and invalid.
fn any_request() -> impl Strategy<Value = Value> {
    let tagged = |check: &'static str| move |mut body: Value| {
        body["check"] = json!(check);
        body
    };
    let request = prop_oneof![
        (any::<bool>(), any::<bool>(), any::<bool>(), 0u32..3, prop::collection::vec((prop::sample::select(vec!["US", "CA"]), any::<bool>(), prop::sample::select(vec!["cisco_calling_plan", "cloud_connected_pstn", "premises_based_pstn"]), any::<bool>()), 0..4))
            .prop_map(|(var, enrolled, trial, ocp, locations)| {
                let locations: Vec<Value> = locations.into_iter().enumerate().map(|(i, (country, existing, pstn, lgw))| json!({"id": format!("L{i}"), "country": country, "existing_webex_calling": existing, "pstn": pstn, "local_gateway_enabled": lgw})).collect();
                json!({"partner": {"var_authorized": var, "pstn_program_enrolled": enrolled}, "org": {"trial": trial, "outbound_calling_plans": ocp}, "locations": locations})
            }).prop_map(tagged("location_eligibility")),
        (any_address(), prop::sample::select(vec!["a@example.com", "bad@", ""]), any_number())
            .prop_map(|(address, email, phone)| json!({"contact": {"first_name": "A", "last_name": "B", "email": email, "phone": phone}, "emergency_address": address}))
            .prop_map(tagged("location_setup")),
        any_order_body().prop_map(tagged("new_number_order")),
        any_order_body().prop_map(tagged("order_plan")),
        any_port_body().prop_map(tagged("port_order")),
        (any_date(), any_date(), any_date(), any::<bool>()).prop_map(|(today, current, new, foc)| json!({"today": today, "current_date": current, "new_date": new, "foc_received": foc})).prop_map(tagged("port_reschedule")),
        (prop::collection::vec(any_number(), 0..4), prop::collection::vec(any_number(), 0..12))
            .prop_map(|(singles, remove)| json!({"inventory": {"singles": singles, "blocks": [{"id": "B", "first": "+12125550100", "size": 10}]}, "remove": remove}))
            .prop_map(tagged("number_removal")),
        prop::collection::vec(any_billing_item(), 0..6).prop_map(|items| json!({"items": items})).prop_map(tagged("billing_start")),
        (prop::sample::select(vec!["documentation", "outage", "billing_dispute", "expedite_port", "weather"]), prop::sample::select(vec!["na", "emea", "apac"]))
            .prop_map(|(topic, region)| json!({"topic": topic, "region": region})).prop_map(tagged("support_route")),
        (any_address(), prop::option::of(any_address())).prop_map(|(location, user)| {
            let mut body = json!({"location_address": location});
            if let Some(user) = user { body["user_address"] = user; }
            body
        }).prop_map(tagged("emergency_address")),
    ];
    (request, any_locale()).prop_map(|(mut request, locale)| {
        if !locale.is_null() {
            request["locale"] = locale;
        }
        request
    })
}

/// Any JSON value, nested a few levels.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|n| json!(n)),
        ".{0,12}".prop_map(Value::String),
        prop::sample::select(vec!["check", "new_number_order", "port_order", "2024-01-01", "+14155552671", "numbers"]).prop_map(|s| json!(s)),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(prop::sample::select(vec!["check", "numbers", "blocks", "org", "today", "items", "locale", "x"]).prop_map(String::from), inner, 0..6)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

fn respond(request: &Value) -> Value {
    serde_json::from_str(&evaluate_json(&request.to_string(), &Policy::default())).unwrap()
}

/// A finding without its paths: what permuting an order's numbers must leave unchanged.
fn without_paths(finding: &Value) -> Value {
    let mut finding = finding.clone();
    let object = finding.as_object_mut().unwrap();
    object.remove("path");
    object.remove("message");
    if let Some(params) = object.get_mut("params").and_then(Value::as_object_mut) {
        params.remove("first_path");
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
    fn ok_iff_no_error_finding(request in any_request()) {
        let response = respond(&request);
        let has_error = response["findings"].as_array().unwrap().iter().any(|f| f["severity"] == "error");
        prop_assert_eq!(response["ok"].as_bool(), Some(!has_error), "{}", request);
    }

    #[test]
    fn same_request_same_bytes(request in any_request()) {
        let text = request.to_string();
        prop_assert_eq!(evaluate_json(&text, &Policy::default()), evaluate_json(&text, &Policy::default()));
    }

    #[test]
    fn typed_and_json_entry_points_agree(request in any_request()) {
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
    fn a_field_replaced_by_anything_never_panics(request in any_request(), key in "[a-z_]{1,12}", value in any_json()) {
        let mut request = request;
        let field = request.as_object().unwrap().keys().nth(key.len() % request.as_object().unwrap().len()).cloned().unwrap();
        request[field] = value;
        let answer = respond(&request);
        prop_assert!(answer.get("ok").is_some() || answer["code"] == "input.malformed");
    }

    #[test]
    fn permuting_numbers_permutes_only_paths(body in any_order_body(), seed in any::<u64>()) {
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
        singles in prop::collection::btree_set(0u32..10_000, 0..260),
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
