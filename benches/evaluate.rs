//! How long the checks take natively (issue: benchmarks against the libraries users would
//! otherwise reach for). Run: `cargo bench --bench evaluate`; results are in BENCHMARKS.md.
//!
//! - `classify/*`: one number in each common writing: `class_of` (the class alone),
//!   `classify` (the class and the E.164 text), and in the same run `phonenumber`
//!   (`parse` + `is_valid`), so the ratio is measured side by side.
//! - `new_number_order/*`: 1, 10 and 100 single numbers and one block of 100, typed
//!   (`evaluate`) and as JSON text in and out (`evaluate_json`, what the bindings run).
//! - `port_order/100`, `number_removal/10k-held`, and every other check once.

#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "a benchmark: a request that cannot be built or answered ends the run"
)]

mod support;

use std::hint::black_box;

use callplan::{class_of, classify};
use callplan::{evaluate, evaluate_json, Policy, Request};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use serde_json::Value;

/// The request, parsed, after checking that the policy accepts it.
fn accepted(request: &Value) -> Request {
    let typed = Request::from_value(request.clone()).unwrap();
    let response = evaluate(&typed, &Policy::default());
    assert!(
        response.ok,
        "benchmark request refused: {}",
        response.to_json()
    );
    typed
}

fn classify_numbers(c: &mut Criterion) {
    let mut group = c.benchmark_group("classify");
    for (name, written) in support::WRITINGS {
        group.bench_with_input(BenchmarkId::new("class_of", name), written, |b, written| {
            b.iter(|| class_of(black_box(written)))
        });
        group.bench_with_input(BenchmarkId::new("classify", name), written, |b, written| {
            b.iter(|| classify(black_box(written)))
        });
        group.bench_with_input(
            BenchmarkId::new("phonenumber", name),
            written,
            |b, written| {
                b.iter(|| {
                    phonenumber::parse(Some(phonenumber::country::Id::US), black_box(written))
                        .is_ok_and(|number| number.is_valid())
                })
            },
        );
    }
    group.finish();
}

fn new_number_orders(c: &mut Criterion) {
    let policy = Policy::default();
    let mut group = c.benchmark_group("new_number_order");
    let sizes = [
        ("1", support::new_number_order(1)),
        ("10", support::new_number_order(10)),
        ("100", support::new_number_order(100)),
        ("block-100", support::block_order(100)),
    ];
    for (name, request) in &sizes {
        let typed = accepted(request);
        let text = request.to_string();
        group.bench_with_input(BenchmarkId::new("typed", name), &typed, |b, typed| {
            b.iter(|| evaluate(black_box(typed), &policy))
        });
        group.bench_with_input(BenchmarkId::new("json", name), &text, |b, text| {
            b.iter(|| evaluate_json(black_box(text), &policy))
        });
    }
    group.finish();
}

fn ports_and_removals(c: &mut Criterion) {
    let policy = Policy::default();
    let port = support::port_order(100);
    let port_typed = accepted(&port);
    let port_text = port.to_string();
    c.bench_function("port_order/typed/100", |b| {
        b.iter(|| evaluate(black_box(&port_typed), &policy))
    });
    c.bench_function("port_order/json/100", |b| {
        b.iter(|| evaluate_json(black_box(&port_text), &policy))
    });
    let removal = Request::from_value(support::number_removal(1_000, 10, 10)).unwrap();
    c.bench_function("number_removal/typed/10k-held-in-1k-blocks", |b| {
        b.iter(|| evaluate(black_box(&removal), &policy))
    });
}

fn other_checks(c: &mut Criterion) {
    let policy = Policy::default();
    let mut group = c.benchmark_group("check");
    for (name, request) in support::other_checks() {
        let typed = accepted(&request);
        group.bench_function(name, |b| b.iter(|| evaluate(black_box(&typed), &policy)));
    }
    group.finish();
}

criterion_group!(
    evaluate_benches,
    classify_numbers,
    new_number_orders,
    ports_and_removals,
    other_checks
);
criterion_main!(evaluate_benches);
