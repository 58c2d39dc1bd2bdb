//! `callplan check` as people and programs meet it: a readable report in a terminal (a
//! pseudo-terminal made by `script`), the unchanged JSON in a pipe, messages in Swedish on
//! request, and one answer per line with `--jsonl`.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use callplan::{evaluate_json, Policy};
use serde_json::Value;

const REPOSITORY: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
const ORDER: &str = "examples/new-number-order.json";

fn binary() -> &'static str {
    env!("CARGO_BIN_EXE_callplan")
}

/// Runs `callplan ARGS` in a pseudo-terminal, as a person at a terminal would.
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test helper: a binary or file that cannot be used fails the test"
)]
fn in_terminal(args: &str, no_color: bool) -> (Option<i32>, String) {
    let mut command = Command::new("script");
    command
        .args(["-qec", &format!("{} check {args}", binary()), "/dev/null"])
        .current_dir(REPOSITORY)
        .env_remove("NO_COLOR");
    if no_color {
        command.env("NO_COLOR", "1");
    }
    let output = command
        .output()
        .expect("`script` (util-linux) makes a pseudo-terminal");
    let text = String::from_utf8(output.stdout)
        .unwrap()
        .replace("\r\n", "\n");
    (output.status.code(), text)
}

#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test helper: a binary or file that cannot be used fails the test"
)]
fn piped(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(binary())
        .args(args)
        .current_dir(REPOSITORY)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let stdin = stdin.to_owned();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(stdin.as_bytes());
    });
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap();
    output
}

#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test helper: a binary or file that cannot be used fails the test"
)]
fn order_text() -> String {
    std::fs::read_to_string(format!("{REPOSITORY}/{ORDER}")).unwrap()
}

#[test]
fn a_terminal_gets_the_verdict_then_each_finding() {
    let (status, report) = in_terminal(ORDER, true);
    assert_eq!(status, Some(1), "the exit status is the contract's");
    let answer: Value =
        serde_json::from_str(&evaluate_json(&order_text(), &Policy::default())).unwrap();
    let lines: Vec<&str> = report.lines().collect();
    // The example asks for Swedish; the report follows the request's locale.
    assert_eq!(lines[0], "✗ Inte godkänd", "{report}");
    let findings = answer["findings"].as_array().unwrap();
    assert_eq!(lines.len(), 1 + 2 * findings.len(), "{report}");
    for (finding, pair) in findings.iter().zip(lines[1..].chunks(2)) {
        let path = finding["path"].as_str().unwrap();
        let path = if path.is_empty() { "(begäran)" } else { path };
        assert!(
            pair[0].contains(path) && pair[0].contains(finding["rule"].as_str().unwrap()),
            "{pair:?}"
        );
        assert_eq!(pair[1].trim(), finding["message"].as_str().unwrap());
    }
    assert!(
        lines[1].trim_start().starts_with("fel "),
        "severity first: {report}"
    );
    assert!(!report.contains('\x1b'), "NO_COLOR is honoured: {report:?}");
}

#[test]
fn a_terminal_gets_colour_unless_no_color_is_set() {
    let (_, report) = in_terminal(&format!("{ORDER} --locale en"), false);
    assert!(report.contains("\x1b[31m"), "errors in red: {report:?}");
    assert!(report.contains("Not accepted"), "{report}");
    let (_, plain) = in_terminal(&format!("{ORDER} --locale en"), true);
    let stripped = report
        .replace("\x1b[0m", "")
        .replace("\x1b[1m", "")
        .replace("\x1b[31m", "")
        .replace("\x1b[36m", "")
        .replace("\x1b[33m", "");
    assert_eq!(stripped, plain);
}

#[test]
fn a_terminal_asking_for_json_gets_json() {
    let (status, text) = in_terminal(&format!("{ORDER} --format json"), true);
    assert_eq!(status, Some(1));
    assert_eq!(
        text,
        evaluate_json(&order_text(), &Policy::default()) + "\n"
    );
}

#[test]
fn a_pipe_gets_the_same_bytes_as_the_library() {
    let output = piped(&["check", "-"], &order_text());
    assert_eq!(output.status.code(), Some(1));
    let expected = evaluate_json(&order_text(), &Policy::default()) + "\n";
    assert_eq!(String::from_utf8(output.stdout).unwrap(), expected);
}

#[test]
fn locale_sets_the_language_of_the_messages() {
    let request = r#"{"check": "support_route", "topic": "weather", "region": "na"}"#;
    let swedish =
        r#"{"check": "support_route", "topic": "weather", "region": "na", "locale": "sv"}"#;
    let output = piped(&["check", "-", "--locale", "sv"], request);
    assert_eq!(output.status.code(), Some(1));
    let expected = evaluate_json(swedish, &Policy::default()) + "\n";
    assert_eq!(String::from_utf8(output.stdout).unwrap(), expected);
    let english = piped(&["check", "-", "--locale", "en"], swedish);
    assert_eq!(
        String::from_utf8(english.stdout).unwrap(),
        evaluate_json(request, &Policy::default()) + "\n"
    );
}

#[test]
fn malformed_input_in_a_terminal_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.json");
    std::fs::write(
        &file,
        r#"{"check": "support_route", "topic": 7, "region": "na"}"#,
    )
    .unwrap();
    let (status, report) = in_terminal(file.to_str().unwrap(), true);
    assert_eq!(status, Some(2));
    assert!(
        report.starts_with("✗ Not a request\n  input.malformed at /topic\n"),
        "{report}"
    );
}

#[test]
fn jsonl_answers_every_line_in_order_and_goes_on_after_a_bad_one() {
    let policy = Policy::default();
    let too_large = format!(
        r#"{{"check": "support_route", "topic": "{}"}}"#,
        "x".repeat(callplan::limits::MAX_REQUEST_BYTES)
    );
    let mut lines: Vec<String> = (0..5000)
        .map(|index| match index % 4 {
            0 => r#"{"check": "support_route", "topic": "outage", "region": "na"}"#.to_owned(),
            1 => format!(r#"{{"check": "new_number_order", "org": {{"trial": false}}, "location": {{"calling_plan_enabled": true}}, "numbers": ["+1 415 555 {:04}"]}}"#, index % 10000),
            2 => r#"{"check": "support_route", "topic": "weather", "region": "na"}"#.to_owned(),
            _ => format!(r#"{{"check": "billing_start", "items": [{{"kind": "usage", "used_on": "2024-0{}-15"}}]}}"#, index % 9 + 1),
        })
        .collect();
    lines.insert(17, "not json".to_owned());
    lines.insert(4100, too_large);
    lines.insert(4200, String::new());
    let input = lines.join("\n") + "\n";
    let output = piped(&["check", "--jsonl", "-"], &input);
    assert_eq!(
        output.status.code(),
        Some(2),
        "a malformed line sets the status"
    );
    let answers: Vec<&str> = std::str::from_utf8(&output.stdout)
        .unwrap()
        .lines()
        .collect();
    assert_eq!(answers.len(), lines.len());
    for (line, answer) in lines.iter().zip(&answers) {
        assert_eq!(*answer, evaluate_json(line, &policy), "{line:.80}");
    }
    assert!(answers[4100].contains("input.too_large"));
    assert!(answers[17].contains("input.malformed"));
}

#[test]
fn jsonl_of_good_requests_exits_as_its_worst_answer() {
    let ok = r#"{"check": "support_route", "topic": "outage", "region": "na"}"#;
    let output = piped(&["check", "--jsonl", "-"], &format!("{ok}\r\n{ok}"));
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8(output.stdout).unwrap().lines().count(), 2);
    let errors = r#"{"check": "support_route", "topic": "weather", "region": "na"}"#;
    let output = piped(&["check", "--jsonl", "-"], &format!("{ok}\n{errors}\n"));
    assert_eq!(output.status.code(), Some(1));
}
