//! `callplan check --jsonl` keeps its memory within the bound the README states, whatever
//! the lines hold: a file of requests near the limits whose answers are far larger than the
//! requests (100,000 numbers that are not numbers, each answered with its own finding) is
//! answered in order, byte for byte as `evaluate_json` answers each line, while the
//! process's peak resident memory, read from `/proc`, stays under the bound.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

use callplan::{evaluate_json, Policy};

/// The bound the README documents for `check --jsonl`, in MiB.
const DOCUMENTED_BOUND_MIB: u64 = 512;

/// The process's peak resident memory so far (`VmHWM`), in KiB; `None` once it has ended.
fn peak_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// An order of 100,000 numbers that are single digits: 0.4 MB in, 14 MB out.
fn order_of_non_numbers() -> String {
    let numbers: Vec<String> = (0..100_000)
        .map(|index| format!("\"{}\"", index % 10))
        .collect();
    format!(
        r#"{{"check":"new_number_order","org":{{"trial":false}},"location":{{"calling_plan_enabled":true}},"numbers":[{}]}}"#,
        numbers.join(",")
    )
}

#[test]
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test: a binary that cannot be run or read fails it"
)]
fn answers_of_near_limit_lines_come_in_order_within_the_memory_bound() {
    let line = order_of_non_numbers();
    let lines = 48;
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("requests.jsonl");
    let mut file = std::fs::File::create(&input).unwrap();
    for _ in 0..lines {
        writeln!(file, "{line}").unwrap();
    }
    drop(file);
    let output = dir.path().join("answers.jsonl");
    let mut child = Command::new(env!("CARGO_BIN_EXE_callplan"))
        .args(["check", "--jsonl"])
        .arg(&input)
        .stdout(Stdio::from(std::fs::File::create(&output).unwrap()))
        .spawn()
        .unwrap();
    let mut peak = 0;
    while child.try_wait().unwrap().is_none() {
        peak = peak_kib(child.id()).unwrap_or(peak).max(peak);
        std::thread::sleep(Duration::from_millis(2));
    }
    let peak_mib = peak / 1024;
    assert!(peak_mib > 0, "the peak was read");
    assert!(
        peak_mib < DOCUMENTED_BOUND_MIB,
        "peak {peak_mib} MiB is over the documented {DOCUMENTED_BOUND_MIB} MiB"
    );
    let expected = evaluate_json(&line, &Policy::default());
    let answers = std::fs::read_to_string(&output).unwrap();
    assert_eq!(answers.lines().count(), lines);
    assert!(answers.lines().all(|answer| answer == expected));
    assert!(
        expected.len() > 10_000_000,
        "each answer is large: {} B",
        expected.len()
    );
}
