//! How long the checks take natively: the per-keystroke number classifier, a full
//! 100-number order, a port order, the JSON entry point and the order planner.
//! Run: `cargo bench --bench evaluate`; results are recorded in BENCHMARKS.md.

#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::hint::black_box;

use callplan::numbers::classify;
use callplan::{evaluate, evaluate_json, Policy, Request};
use criterion::{criterion_group, criterion_main, Criterion};
use serde_json::json;

fn order(check: &str, singles: usize, quantity: u32) -> serde_json::Value {
    let numbers: Vec<String> = (0..singles)
        .map(|line| format!("(212) 555-{line:04}"))
        .collect();
    json!({
        "check": check, "org": {"trial": false}, "location": {"calling_plan_enabled": true},
        "numbers": numbers, "blocks": [{"first": "+1 212 556 0000", "size": 100}],
        "auto_select": {"country": "US", "state": "NY", "area_code": "212", "quantity": quantity},
    })
}

fn benches(c: &mut Criterion) {
    let policy = Policy::default();
    c.bench_function("classify one number", |b| {
        b.iter(|| classify(black_box("(415) 555-2671")))
    });

    let hundred = Request::from_value(order("new_number_order", 100, 0)).unwrap();
    c.bench_function("new_number_order, 100 numbers + a 100-block (typed)", |b| {
        b.iter(|| evaluate(black_box(&hundred), &policy))
    });

    let port_text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/port-order.json"
    ))
    .unwrap();
    c.bench_function("port_order (JSON text in and out)", |b| {
        b.iter(|| evaluate_json(black_box(&port_text), &policy))
    });

    let plan = Request::from_value(order("order_plan", 150, 120)).unwrap();
    c.bench_function("order_plan, 370 numbers into 4 orders (typed)", |b| {
        b.iter(|| evaluate(black_box(&plan), &policy))
    });
}

criterion_group!(evaluate_benches, benches);
criterion_main!(evaluate_benches);
