//! The in-process side of the `check --jsonl` benchmark (`benches/jsonl.sh`): answers every
//! line of a file with `evaluate_json` on one thread and reports requests per second, so
//! the command line's figure can be read against the library's own.
//!
//! Run: `cargo run --release --example evaluate_lines -- REQUESTS.jsonl [ANSWERS.jsonl]`;
//! with a second path it then writes the answers there, one per line, for comparing with
//! the command line's.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::print_stdout,
    reason = "a development tool: any failure ends it with its message"
)]

use std::io::{BufRead, BufWriter, Write};
use std::time::Instant;

use callplan::{evaluate_json, Policy};

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: evaluate_lines REQUESTS.jsonl");
    let lines: Vec<String> = std::io::BufReader::new(std::fs::File::open(path).unwrap())
        .lines()
        .collect::<Result<_, _>>()
        .unwrap();
    let policy = Policy::default();
    let start = Instant::now();
    let written: usize = lines
        .iter()
        .map(|line| evaluate_json(line, &policy).len())
        .sum();
    let seconds = start.elapsed().as_secs_f64();
    let count = lines.len();
    println!(
        "evaluate_json in one process: {count} requests in {seconds:.2} s on one thread: {:.0} requests/s ({written} bytes answered)",
        count as f64 / seconds
    );
    if let Some(answers) = std::env::args().nth(2) {
        let mut out = BufWriter::new(std::fs::File::create(answers).unwrap());
        for line in &lines {
            writeln!(out, "{}", evaluate_json(line, &policy)).unwrap();
        }
        out.flush().unwrap();
    }
}
