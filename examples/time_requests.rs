//! The native side of the WASM speed comparison (`npm --prefix pkg run bench`): times
//! `evaluate_json` on each request line of standard input the way the Node.js bench times
//! the WASM `evaluate` of the same request (10,000 warm-up calls, then rounds of 2,000
//! calls, median of 7), and prints one line of microseconds per request:
//! `median min max`.
//!
//! Run: `cargo run --release --example time_requests < requests.jsonl`.

#![allow(
    clippy::unwrap_used,
    clippy::print_stdout,
    clippy::indexing_slicing,
    reason = "a development tool: any failure ends it with its message"
)]

use std::hint::black_box;
use std::io::BufRead;
use std::time::Instant;

use callplan::{evaluate_json, Policy};

const WARM_UP: usize = 10_000;
const CALLS: usize = 2_000;
const ROUNDS: usize = 7;

fn main() {
    let policy = Policy::default();
    for line in std::io::stdin().lock().lines() {
        let request = line.unwrap();
        for _ in 0..WARM_UP {
            black_box(evaluate_json(black_box(&request), &policy));
        }
        let mut rounds: Vec<f64> = (0..ROUNDS)
            .map(|_| {
                let start = Instant::now();
                for _ in 0..CALLS {
                    black_box(evaluate_json(black_box(&request), &policy));
                }
                start.elapsed().as_secs_f64() * 1e6 / CALLS as f64
            })
            .collect();
        rounds.sort_by(f64::total_cmp);
        println!(
            "{} {} {}",
            rounds[ROUNDS / 2],
            rounds[0],
            rounds[ROUNDS - 1]
        );
    }
}
