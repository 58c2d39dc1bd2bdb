//! A 1 MB request of numbers is answered in linear time and bounded memory: counted, not
//! timed. dhat counts every allocation of `evaluate_json`; doubling the request must at most
//! double the allocations (work done per number) and the peak of live memory, and the peak
//! stays a small multiple of the request's size.

use callplan::{evaluate_json, Policy};
use serde_json::json;

#[global_allocator]
static ALLOCATOR: dhat::Alloc = dhat::Alloc;

/// A `new_number_order` of `count` distinct US numbers, as JSON text.
fn order_text(count: usize) -> String {
    let numbers: Vec<String> = (0..count)
        .map(|index| {
            format!(
                "+1 {} {} {:04}",
                212 + index / 1_000_000,
                555 + index / 10_000 % 400,
                index % 10_000
            )
        })
        .collect();
    json!({"check": "new_number_order", "org": {"trial": false},
           "location": {"calling_plan_enabled": true}, "numbers": numbers})
    .to_string()
}

/// Allocations made and the peak of live bytes while answering `text`.
fn cost(text: &str) -> (u64, usize, String) {
    let before = dhat::HeapStats::get();
    let answer = evaluate_json(text, &Policy::default());
    let after = dhat::HeapStats::get();
    (
        after.total_blocks - before.total_blocks,
        after.max_bytes,
        answer,
    )
}

#[test]
fn a_megabyte_of_numbers_costs_linear_work_and_bounded_memory() {
    let _profiler = dhat::Profiler::builder().testing().build();
    let half = order_text(30_000);
    let full = order_text(60_000);
    assert!(
        full.len() >= 1_000_000,
        "the request is {} bytes",
        full.len()
    );

    let (half_allocations, _, _) = cost(&half);
    let (full_allocations, full_peak, answer) = cost(&full);
    assert!(
        answer.contains("\"rule\":\"order.too_many_numbers\""),
        "a verdict, not an error"
    );

    let growth = full_allocations as f64 / half_allocations as f64;
    assert!(
        (1.9..=2.1).contains(&growth),
        "allocations grew {growth:.2}× for 2× the numbers"
    );
    let peak_per_request_byte = full_peak as f64 / full.len() as f64;
    eprintln!("allocations ×{growth:.3} for ×2 numbers; peak {full_peak} B = {peak_per_request_byte:.1} B per request byte");
    assert!(
        peak_per_request_byte < 40.0,
        "peak {full_peak} B for a {} B request",
        full.len()
    );
}
