//! The `callplan` command line: outputs and exit statuses of POLICY §5.

use std::io::Write;
use std::process::{Command, Output, Stdio};

#[allow(
    clippy::unwrap_used,
    reason = "a test helper: failing to run the binary fails the test"
)]
fn callplan(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_callplan"))
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[allow(
    clippy::unwrap_used,
    reason = "a test helper: output that is not JSON fails the test"
)]
fn json_out(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn check_ok_exits_0() {
    let output = callplan(
        &["check", "-"],
        r#"{"check": "support_route", "topic": "documentation", "region": "apac"}"#,
    );
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(json_out(&output)["result"]["phone"], "+61 3 7017 7272");
}

#[test]
fn check_with_errors_exits_1() {
    let output = callplan(
        &["check", "-"],
        r#"{"check": "support_route", "topic": "weather", "region": "na"}"#,
    );
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        json_out(&output)["findings"][0]["rule"],
        "support.unknown_topic"
    );
}

#[test]
fn malformed_input_exits_2_with_the_error_value_and_a_reason() {
    for (input, path) in [
        ("{not json", ""),
        (
            r#"{"check": "port_order", "today": "2024-13-01"}"#,
            "/today",
        ),
        (r#"{"check": "teleport"}"#, "/check"),
    ] {
        let output = callplan(&["check", "-"], input);
        assert_eq!(output.status.code(), Some(2), "{input}");
        let error = json_out(&output);
        assert_eq!(error["code"], "input.malformed");
        assert_eq!(error["path"], path);
        let reason = String::from_utf8(output.stderr).unwrap();
        assert_eq!(reason.lines().count(), 1, "{reason}");
    }
}

#[test]
fn check_reads_a_file_and_a_policy() {
    let output = callplan(&["check", "examples/port-order.json"], "");
    assert_eq!(output.status.code(), Some(0));
    let policy_dir = std::env::temp_dir().join(format!("callplan-cli-{}", std::process::id()));
    std::fs::create_dir_all(&policy_dir).unwrap();
    let policy = policy_dir.join("policy.json");
    std::fs::write(
        &policy,
        r#"{"name": "strict-invoices", "invoice_max_age_days": 5}"#,
    )
    .unwrap();
    let output = callplan(
        &[
            "check",
            "examples/port-order.json",
            "--policy",
            policy.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        json_out(&output)["findings"][0]["rule"],
        "port.invoice_too_old"
    );
}

#[test]
fn rules_lists_every_rule() {
    let output = callplan(&["rules"], "");
    assert_eq!(output.status.code(), Some(0));
    let listing = String::from_utf8(output.stdout).unwrap();
    for rule in callplan::Rule::ALL {
        let line = listing
            .lines()
            .find(|line| line.starts_with(&format!("{} ", rule.code())))
            .unwrap_or_else(|| panic!("{} missing", rule.code()));
        assert!(line.contains(rule.severity().as_str()));
    }
    assert_eq!(listing.lines().count(), callplan::Rule::ALL.len());
}

#[test]
fn the_rules_as_json_name_the_article_section_each_encodes_also_under_its_former_name() {
    let output = callplan(&["rules", "--format", "json"], "");
    let rules: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let toll_free = rules
        .as_array()
        .and_then(|rules| rules.iter().find(|rule| rule["code"] == "number.toll_free"))
        .cloned()
        .unwrap();
    assert_eq!(toll_free["article_section"], "Limitations");
    assert_eq!(toll_free["seed_section"], toll_free["article_section"]);
}

#[test]
fn test_runs_the_corpus_and_reports_a_failing_case() {
    let output = callplan(&["test", "tests/cases"], "");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
    let dir = std::env::temp_dir().join(format!("callplan-cases-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("wrong.json"), r#"{"description": "expects the wrong desk", "request": {"check": "support_route", "topic": "outage", "region": "na"}, "expected": {"result": {"desk": "partner_help_desk"}}}"#).unwrap();
    let output = callplan(&["test", dir.to_str().unwrap()], "");
    assert_eq!(output.status.code(), Some(1));
    let report = String::from_utf8(output.stdout).unwrap();
    assert!(
        report.contains("FAIL") && report.contains("wrong.json") && report.contains("/result/desk"),
        "{report}"
    );
}

#[test]
fn version_names_the_numbering_data_release() {
    let output = callplan(&["--version"], "");
    assert_eq!(output.status.code(), Some(0));
    let version = String::from_utf8_lossy(&output.stdout).into_owned();
    let expected = format!(
        "callplan {} (numbering data: libphonenumber {})",
        env!("CARGO_PKG_VERSION"),
        callplan::NUMBERING_DATA_VERSION
    );
    assert_eq!(version.trim(), expected);
}
