//! Requests the benchmarks share: orders, ports and removals of a given size, made of
//! distinct valid US geographic numbers so every benchmark measures the accepted path
//! (the one a real order takes), plus one request of every other check.

#![allow(dead_code, reason = "each benchmark uses some of the shared requests")]

use serde_json::{json, Value};

/// The `index`-th distinct valid US geographic number, written `+1 NPA NXX XXXX`.
/// Exchanges 212-555 upwards: 10,000 lines each, 2,000,000 numbers before the codes run out.
pub fn us_number(index: usize) -> String {
    let exchange = 555 + index / 10_000 % 400;
    let area = [212, 415, 312, 617, 206][index / 4_000_000 % 5];
    format!("+1 {area} {exchange} {:04}", index % 10_000)
}

/// A `new_number_order` of `count` single numbers.
pub fn new_number_order(count: usize) -> Value {
    json!({
        "check": "new_number_order",
        "org": {"trial": false}, "location": {"calling_plan_enabled": true},
        "numbers": (0..count).map(us_number).collect::<Vec<_>>(),
    })
}

/// A `new_number_order` of one block of `size` numbers.
pub fn block_order(size: u32) -> Value {
    json!({
        "check": "new_number_order",
        "org": {"trial": false}, "location": {"calling_plan_enabled": true},
        "blocks": [{"first": "+1 212 556 0000", "size": size}],
    })
}

/// A complete, valid `port_order` of `count` numbers.
pub fn port_order(count: usize) -> Value {
    let numbers: Vec<Value> = (0..count)
        .map(|index| json!({"number": us_number(index), "portable": true, "line_type": "voice"}))
        .collect();
    json!({
        "check": "port_order", "today": "2024-03-31",
        "org": {"trial": false}, "location": {"calling_plan_enabled": true},
        "account": {"provider": "Acme Telecom", "account_number": "12345-678", "account_name": "Example Corp"},
        "numbers": numbers,
        "invoice": {"file_name": "invoice.pdf", "media_type": "application/pdf", "issued": "2024-03-15", "magic": "JVBERi0xLjcK"},
        "loa": {"first_name": "Ada", "last_name": "Lovelace", "signer_role": "account_owner"},
        "requested_port_date": "2024-04-15",
    })
}

/// A `number_removal` against `blocks` held blocks of `size` numbers (numbered from the
/// start of [`us_number`]), removing `removed_blocks` of them whole and one number of the
/// next.
pub fn number_removal(blocks: usize, size: usize, removed_blocks: usize) -> Value {
    let held: Vec<Value> = (0..blocks)
        .map(|block| json!({"id": format!("B{block}"), "first": us_number(block * size), "size": size}))
        .collect();
    let mut remove: Vec<String> = (0..removed_blocks * size).map(us_number).collect();
    remove.push(us_number(removed_blocks * size));
    json!({"check": "number_removal", "inventory": {"singles": [], "blocks": held}, "remove": remove})
}

/// One ordinary request of each check not benchmarked by size, by name.
pub fn other_checks() -> Vec<(&'static str, Value)> {
    vec![
        (
            "location_eligibility",
            json!({"check": "location_eligibility",
            "partner": {"var_authorized": true, "pstn_program_enrolled": true},
            "org": {"trial": false, "outbound_calling_plans": 5},
            "locations": [{"id": "hq", "country": "US", "existing_webex_calling": false, "pstn": "cisco_calling_plan"},
                          {"id": "lab", "country": "US", "existing_webex_calling": true, "pstn": "premises_based_pstn", "local_gateway_enabled": true}]}),
        ),
        (
            "location_setup",
            json!({"check": "location_setup",
            "contact": {"first_name": "Ada", "last_name": "Lovelace", "email": "ada@example.com", "phone": "(415) 555-2671"},
            "emergency_address": {"line1": "1 Market St", "city": "San Francisco", "state": "CA", "zip": "94105", "country": "US"}}),
        ),
        (
            "port_reschedule",
            json!({"check": "port_reschedule", "today": "2024-03-01",
            "current_date": "2024-03-20", "new_date": "2024-03-27", "foc_received": false}),
        ),
        (
            "billing_start",
            json!({"check": "billing_start", "items": [
            {"kind": "outbound_calling_plan", "source": "ccw", "requested_service_date": "2024-03-01"},
            {"kind": "calling_plan", "source": "control_hub", "provisioned": "2024-03-02"},
            {"kind": "number", "origin": "new", "provisioned": "2024-03-03"},
            {"kind": "number", "origin": "ported", "port_completed": "2024-03-04"},
            {"kind": "usage", "call_date": "2024-03-05"}]}),
        ),
        (
            "support_route",
            json!({"check": "support_route", "topic": "expedite_port", "region": "emea"}),
        ),
        (
            "order_plan",
            json!({"check": "order_plan",
            "org": {"trial": false}, "location": {"calling_plan_enabled": true},
            "numbers": (0..150).map(us_number).collect::<Vec<_>>(),
            "blocks": [{"first": "+1 212 556 0000", "size": 100}],
            "auto_select": {"country": "US", "state": "NY", "area_code": "212", "quantity": 120}}),
        ),
        (
            "emergency_address",
            json!({"check": "emergency_address",
            "location_address": {"line1": "1 Market St", "city": "San Francisco", "state": "CA", "zip": "94105", "country": "US"},
            "user_address": {"line1": "12 Home Rd", "city": "Oakland", "state": "CA", "zip": "94601", "country": "US"}}),
        ),
    ]
}

/// The writings POLICY §2 lists: the six US forms of the same number, and what people paste
/// (a `tel:` URI, an extension, keypad letters).
pub const WRITINGS: [(&str, &str); 9] = [
    ("e164", "+14155552671"),
    ("plus-dashes", "+1 415-555-2671"),
    ("parentheses", "(415) 555-2671"),
    ("dots", "415.555.2671"),
    ("one-dashes", "1-415-555-2671"),
    ("ten-digits", "4155552671"),
    ("tel-uri-ext", "tel:+1-415-555-2671;ext=123"),
    ("extension", "(415) 555-2671 ext. 123"),
    ("keypad-letters", "1-800-FLOWERS"),
];
