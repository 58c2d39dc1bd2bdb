//! Request generators shared by the property tests and the WASM parity corpus
//! (`examples/parity_corpus.rs`): every check, valid and invalid, numbers of every class,
//! dates, locales, and arbitrary JSON.

#![allow(
    dead_code,
    reason = "each test file uses some of the shared generators"
)]

use proptest::prelude::*;
use serde_json::{json, Value};

/// Numbers of every class, in several writings.
pub fn any_number() -> impl Strategy<Value = String> {
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

pub fn any_date() -> impl Strategy<Value = String> {
    (2023i32..=2026, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
}

pub fn any_locale() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        Just(json!("en")),
        Just(json!("sv")),
        Just(json!("fr"))
    ]
}

pub fn any_block() -> impl Strategy<Value = Value> {
    prop_oneof![
        (
            0u32..10_000,
            prop::sample::select(vec![10u32, 20, 50, 100, 7])
        )
            .prop_map(|(line, size)| json!({"first": format!("+1212556{line:04}"), "size": size})),
        (0u32..9_990, 8usize..12).prop_map(|(start, len)| {
            let numbers: Vec<String> = (0..len)
                .map(|i| format!("+1212557{:04}", start as usize + i))
                .rev()
                .collect();
            json!({ "numbers": numbers })
        }),
    ]
}

pub fn any_auto_select() -> impl Strategy<Value = Value> {
    (prop::sample::select(vec!["US", "CA"]), prop::sample::select(vec!["NY", "CA", "PR", "XX"]),
     prop::sample::select(vec!["212", "415", "800", "416", "911", "12"]), prop::option::of(prop::sample::select(vec!["555", "911", "123"])), -2i64..150)
        .prop_map(|(country, state, area_code, prefix, quantity)| {
            let search = json!({"country": country, "state": state, "area_code": area_code, "quantity": quantity});
            match prefix {
                Some(prefix) => with(search, "prefix", json!(prefix)),
                None => search,
            }
        })
}

pub fn any_order_body(max_numbers: usize) -> impl Strategy<Value = Value> {
    (any::<bool>(), 0u32..12, any::<bool>(), prop::collection::vec(any_number(), 0..max_numbers), prop::collection::vec(any_block(), 0..3), prop::option::of(any_auto_select()))
        .prop_map(|(trial, used, enabled, numbers, blocks, auto_select)| {
            let body = json!({"org": {"trial": trial, "trial_numbers_used": used}, "location": {"calling_plan_enabled": enabled}, "numbers": numbers, "blocks": blocks});
            match auto_select {
                Some(search) => with(body, "auto_select", search),
                None => body,
            }
        })
}

pub fn any_port_body() -> impl Strategy<Value = Value> {
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

pub fn any_address() -> impl Strategy<Value = Value> {
    (prop::sample::select(vec!["1 Main St", "PO Box 9", ""]), prop::sample::select(vec!["CA", "PR", "ny", "ON", "QC", "NU", ""]), prop::sample::select(vec!["94105", "94105-1234", "941", "M5E 1W7", "h2x1y4", "D0A 1A1", ""]), prop::sample::select(vec!["US", "CA", ""]))
        .prop_map(|(line1, state, zip, country)| json!({"line1": line1, "city": "Town", "state": state, "zip": zip, "country": country}))
}

pub fn any_billing_item() -> impl Strategy<Value = Value> {
    (0usize..5, prop::option::of(any_date())).prop_map(|(kind, date)| match kind {
        0 => json!({"kind": "outbound_calling_plan", "source": "ccw", "requested_service_date": date}),
        1 => json!({"kind": "calling_plan", "source": "control_hub", "provisioned": date}),
        2 => json!({"kind": "number", "origin": "new", "provisioned": date}),
        3 => json!({"kind": "number", "origin": "ported", "port_completed": date}),
        _ => json!({"kind": "usage", "call_date": date}),
    })
}

/// `object` with `key` set to `item`.
fn with(mut object: Value, key: &str, item: Value) -> Value {
    if let Some(fields) = object.as_object_mut() {
        fields.insert(key.to_owned(), item);
    }
    object
}

/// A request to any of the ten checks, valid and invalid.
pub fn any_request(max_numbers: usize) -> impl Strategy<Value = Value> {
    let tagged = |check: &'static str| move |body: Value| with(body, "check", json!(check));
    let request = prop_oneof![
        (any::<bool>(), any::<bool>(), any::<bool>(), 0u32..3, prop::collection::vec((prop::sample::select(vec!["US", "CA"]), any::<bool>(), prop::sample::select(vec!["cisco_calling_plan", "cloud_connected_pstn", "premises_based_pstn"]), any::<bool>()), 0..4))
            .prop_map(|(var, enrolled, trial, ocp, locations)| {
                let locations: Vec<Value> = locations.into_iter().enumerate().map(|(i, (country, existing, pstn, lgw))| json!({"id": format!("L{i}"), "country": country, "existing_webex_calling": existing, "pstn": pstn, "local_gateway_enabled": lgw})).collect();
                json!({"partner": {"var_authorized": var, "pstn_program_enrolled": enrolled}, "org": {"trial": trial, "outbound_calling_plans": ocp}, "locations": locations})
            }).prop_map(tagged("location_eligibility")),
        (any_address(), prop::sample::select(vec!["a@example.com", "bad@", ""]), any_number())
            .prop_map(|(address, email, phone)| json!({"contact": {"first_name": "A", "last_name": "B", "email": email, "phone": phone}, "emergency_address": address}))
            .prop_map(tagged("location_setup")),
        any_order_body(max_numbers).prop_map(tagged("new_number_order")),
        any_order_body(max_numbers).prop_map(tagged("order_plan")),
        any_port_body().prop_map(tagged("port_order")),
        (any_date(), any_date(), any_date(), any::<bool>()).prop_map(|(today, current, new, foc)| json!({"today": today, "current_date": current, "new_date": new, "foc_received": foc})).prop_map(tagged("port_reschedule")),
        (prop::collection::vec(any_number(), 0..4), prop::collection::vec(any_number(), 0..12))
            .prop_map(|(singles, remove)| json!({"inventory": {"singles": singles, "blocks": [{"id": "B", "first": "+12125550100", "size": 10}]}, "remove": remove}))
            .prop_map(tagged("number_removal")),
        prop::collection::vec(any_billing_item(), 0..6).prop_map(|items| json!({"items": items})).prop_map(tagged("billing_start")),
        (prop::sample::select(vec!["documentation", "outage", "billing_dispute", "expedite_port", "weather"]), prop::sample::select(vec!["na", "emea", "apac"]))
            .prop_map(|(topic, region)| json!({"topic": topic, "region": region})).prop_map(tagged("support_route")),
        (any_address(), prop::option::of(any_address())).prop_map(|(location, user)| {
            let body = json!({"location_address": location});
            match user {
                Some(user) => with(body, "user_address", user),
                None => body,
            }
        }).prop_map(tagged("emergency_address")),
    ];
    (request, any_locale()).prop_map(|(request, locale)| {
        if locale.is_null() {
            request
        } else {
            with(request, "locale", locale)
        }
    })
}

/// Any JSON value, nested a few levels.
pub fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        (-(1i64 << 53)..(1i64 << 53)).prop_map(|n| json!(n)),
        any::<f64>().prop_map(|n| json!(n)),
        ".{0,12}".prop_map(Value::String),
        prop::sample::select(vec![
            "check",
            "new_number_order",
            "port_order",
            "2024-01-01",
            "+14155552671",
            "numbers"
        ])
        .prop_map(|s| json!(s)),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop::sample::select(vec![
                    "check", "numbers", "blocks", "org", "today", "items", "locale", "x"
                ])
                .prop_map(String::from),
                inner,
                0..6
            )
            .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}
