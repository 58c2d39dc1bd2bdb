//! Writes the corpus every door's parity test replays: every case of `tests/cases/` and
//! generated requests (every check, valid and invalid, numbers of every class, dates,
//! locales en/sv/fr, arbitrary JSON), each with the native library's answer. A case is
//! answered under its own policy; every third generated request under `cisco-2026`.
//!
//! Run: `cargo run --release --example parity_corpus -- OUT.jsonl [COUNT]` (COUNT defaults
//! to 100000). Each line is `{"request": <request>, "answer": "<native answer JSON text>"}`,
//! with `"policy": <name or policy object>` when the request is not judged under
//! `seed-2024`: a door passes that value as its policy argument.
//! The generator is seeded, so the corpus is the same on every run.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a development tool: any failure ends it with its message"
)]

#[path = "../tests/support/cases.rs"]
mod cases;
#[path = "../tests/support/requests.rs"]
mod requests;

use std::io::{BufWriter, Write};

use callplan::{evaluate_json, Policy};
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use serde_json::{json, Value};

/// Most single numbers a generated order holds (keeps the corpus a few hundred MB at most).
const MAX_NUMBERS: usize = 8;

/// The request as a JavaScript caller can hold it: JS numbers do not tell `5.0` from `5`
/// or `-0` from `0`, so an integral float becomes an integer, as `JSON.parse` then
/// `JSON.stringify` would make it.
fn as_javascript_sees_it(value: Value) -> Value {
    match value {
        Value::Number(number) => match number.as_f64() {
            Some(float)
                if number.is_f64()
                    && float.fract() == 0.0
                    && float.abs() < 9_007_199_254_740_992.0 =>
            {
                json!(float as i64)
            }
            _ => Value::Number(number),
        },
        Value::Array(items) => Value::Array(items.into_iter().map(as_javascript_sees_it).collect()),
        Value::Object(fields) => Value::Object(
            fields
                .into_iter()
                .map(|(key, item)| (key, as_javascript_sees_it(item)))
                .collect(),
        ),
        other => other,
    }
}

/// Requests at and over each of the library's limits (`input.too_large`), and malformed
/// ones of every kind the reader names: the WASM package must refuse them exactly as the
/// native library does, with the same code, message and path.
fn limit_and_malformed_requests() -> Vec<Value> {
    use callplan::limits::{
        MAX_DEPTH, MAX_LIST_ITEMS, MAX_NUMBERS, MAX_REQUEST_BYTES, MAX_TEXT_CHARS,
    };
    let order = |numbers: Vec<Value>| {
        json!({"check": "new_number_order", "org": {"trial": false},
               "location": {"calling_plan_enabled": true}, "numbers": numbers})
    };
    let padded = |width: usize| Value::String(format!("+1 415 555 0100{}", " ".repeat(width)));
    let over_bytes = order(vec![padded(40); MAX_REQUEST_BYTES / 50]);
    let under_bytes = order(vec![padded(40); MAX_REQUEST_BYTES / 60]);
    let nested = |depth: usize| (0..depth).fold(json!("x"), |inner, _| json!([inner]));
    let topic = |chars: usize| json!({"check": "support_route", "region": "na", "topic": "é".repeat(chars)});
    let quantity = |count: u64| {
        json!({"check": "new_number_order", "org": {"trial": false},
               "location": {"calling_plan_enabled": true},
               "auto_select": {"country": "US", "state": "CA", "area_code": "415", "quantity": count}})
    };
    vec![
        over_bytes,
        under_bytes,
        order(vec![json!("1"); MAX_LIST_ITEMS + 1]),
        order(vec![json!("1"); MAX_LIST_ITEMS]),
        topic(MAX_TEXT_CHARS + 1),
        topic(MAX_TEXT_CHARS),
        json!({"check": "support_route", "region": "na", "topic": nested(MAX_DEPTH)}),
        json!({"check": "support_route", "region": "na", "topic": nested(MAX_DEPTH - 2)}),
        quantity(MAX_NUMBERS + 1),
        quantity(MAX_NUMBERS),
        json!([1, 2, 3]),
        json!("new_number_order"),
        json!(null),
        json!({}),
        json!({"check": "no_such_check"}),
        json!({"check": 7}),
        json!({"check": "support_route", "region": "na", "topic": "outage", "extra": true}),
        json!({"check": "support_route", "region": "mars", "topic": "outage"}),
        json!({"check": "support_route", "region": "na", "topic": "outage", "locale": "de"}),
        json!({"check": "support_route", "region": "na", "topic": "outage", "locale": "fr-CA"}),
        json!({"check": "port_reschedule", "today": "2024-02-30", "current_port_date": "2024-03-01", "requested_port_date": "2024-03-05"}),
        json!({"check": "billing_start", "items": [{"kind": "usage", "call_date": "2024/03/15"}]}),
        json!({"check": "new_number_order", "blocks": [{"first": "+1 415 555 0100", "size": "ten"}]}),
        json!({"check": "new_number_order", "numbers": "+1 415 555 0100"}),
    ]
}

/// The policy a door is given for a corpus line: `None` for `seed-2024`.
type LinePolicy = Option<Value>;

/// How often a generated request is judged under `cisco-2026` (one in this many).
const CISCO_2026_EVERY: usize = 3;

fn main() {
    let mut args = std::env::args().skip(1);
    let out = args.next().expect("usage: parity_corpus OUT.jsonl [COUNT]");
    let count: usize = args
        .next()
        .map_or(100_000, |n| n.parse().expect("COUNT is a number"));

    let mut lines: Vec<(Value, LinePolicy)> = cases::corpus()
        .into_iter()
        .map(|(_, case)| (case.request, case.policy))
        .collect();
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::deterministic_rng(RngAlgorithm::ChaCha),
    );
    let checks = requests::any_request(MAX_NUMBERS);
    let anything = requests::any_json();
    for index in 0..count {
        let strategy_value = if index % 20 == 19 {
            anything.new_tree(&mut runner).unwrap().current()
        } else {
            checks.new_tree(&mut runner).unwrap().current()
        };
        let policy = (index % CISCO_2026_EVERY == 1).then(|| json!("cisco-2026"));
        lines.push((as_javascript_sees_it(strategy_value), policy));
    }
    lines.extend(
        limit_and_malformed_requests()
            .into_iter()
            .map(|request| (request, None)),
    );

    let mut writer = BufWriter::new(std::fs::File::create(&out).unwrap());
    for (request, policy) in &lines {
        let answer = evaluate_json(&request.to_string(), &policy_of(policy.as_ref()));
        let line = match policy {
            Some(policy) => json!({ "request": request, "answer": answer, "policy": policy }),
            None => json!({ "request": request, "answer": answer }),
        };
        writeln!(writer, "{line}").unwrap();
    }
    writer.flush().unwrap();
    eprintln!("{} requests written to {out}", lines.len());
}

/// The policy a line names, read as every door reads its policy argument: a built-in
/// policy's name, or a policy object whose fields left out keep its `base`'s values.
fn policy_of(policy: Option<&Value>) -> Policy {
    match policy {
        None => Policy::default(),
        Some(Value::String(name)) => Policy::parse(name).expect("a built-in policy"),
        Some(object) => Policy::from_json(&object.to_string()).expect("a case's policy is valid"),
    }
}
