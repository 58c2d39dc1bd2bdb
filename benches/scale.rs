//! How time grows with the size of a request: one `new_number_order` of 1 to 100,000
//! numbers, and one `number_removal` against 1,000 to 1,000,000 held numbers (blocks of
//! 100, removing one whole block and one number of the next). Both go through the JSON entry point, parsing included. Time per number must stay
//! flat: the checks are linear. Run: `cargo bench --bench scale`; the curve is in
//! BENCHMARKS.md.

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
use std::time::Duration;

use callplan::{evaluate_json, Policy};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

fn order_size(c: &mut Criterion) {
    let policy = Policy::default();
    let mut group = c.benchmark_group("scale/new_number_order");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500));
    for count in [1usize, 10, 100, 1_000, 10_000, 100_000] {
        let text = support::new_number_order(count).to_string();
        group.throughput(Throughput::Elements(count as u64));
        group.bench_with_input(BenchmarkId::from_parameter(count), &text, |b, text| {
            b.iter(|| evaluate_json(black_box(text), &policy))
        });
    }
    group.finish();
}

fn held_numbers(c: &mut Criterion) {
    let policy = Policy::default();
    let mut group = c.benchmark_group("scale/number_removal");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500));
    for held in [1_000usize, 10_000, 100_000, 1_000_000] {
        let text = support::number_removal(held / 100, 100, 1).to_string();
        assert!(
            text.len() <= callplan::limits::MAX_REQUEST_BYTES,
            "within the limits"
        );
        group.throughput(Throughput::Elements(held as u64));
        group.bench_with_input(BenchmarkId::from_parameter(held), &text, |b, text| {
            b.iter(|| evaluate_json(black_box(text), &policy))
        });
    }
    group.finish();
}

criterion_group!(scale_benches, order_size, held_numbers);
criterion_main!(scale_benches);
