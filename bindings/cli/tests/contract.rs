//! The command line keeps its contract on every input: a closed pipe ends it quietly, every
//! kind of malformed input answers with its JSON on standard output and exit status 2, and
//! no bytes at all make it panic.

use std::io::{Read, Write};
use std::process::{Child, Command, Output, Stdio};

use proptest::prelude::*;
use serde_json::Value;

/// Starts `callplan` with piped standard input, output and error.
#[allow(
    clippy::expect_used,
    reason = "a test helper: a binary that cannot run fails the test"
)]
fn spawn(args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_callplan"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs")
}

/// Runs `callplan` with `stdin` written from another thread (so that large input and output
/// cannot block each other).
#[allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test helper: a binary that cannot run or answers otherwise fails the test"
)]
fn callplan(args: &[&str], stdin: Vec<u8>) -> Output {
    let mut child = spawn(args);
    let mut input = child.stdin.take().expect("stdin is piped");
    let writer = std::thread::spawn(move || {
        // The binary may stop reading early (it never does today); that is not a failure.
        let _ = input.write_all(&stdin);
    });
    let output = child.wait_with_output().expect("the binary ends");
    writer.join().expect("the writer ends");
    output
}

/// The one JSON document on standard output, and the one line on standard error.
#[allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test helper: a binary that cannot run or answers otherwise fails the test"
)]
fn one_answer(output: &Output) -> (Value, String) {
    let stdout = String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8");
    assert_eq!(stdout.lines().count(), 1, "one line of JSON: {stdout:?}");
    let answer = serde_json::from_str(&stdout).expect("stdout is JSON");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    (answer, stderr)
}

#[allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test helper: a binary that cannot run or answers otherwise fails the test"
)]
fn assert_malformed(output: &Output, code: &str, message_part: &str) {
    assert_eq!(output.status.code(), Some(2));
    let (answer, stderr) = one_answer(output);
    assert_eq!(answer["code"], code, "{answer}");
    assert_eq!(answer["path"], "");
    let message = answer["message"].as_str().unwrap_or_default();
    assert!(message.contains(message_part), "{message}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.starts_with("callplan: "), "{stderr}");
}

#[test]
fn bytes_that_are_not_utf8_are_malformed_json_on_stdout() {
    let output = callplan(&["check", "-"], b"\xff".to_vec());
    assert_malformed(
        &output,
        "input.malformed",
        "not UTF-8 text: invalid byte at offset 0",
    );
}

#[test]
fn empty_input_is_malformed_json_on_stdout() {
    let output = callplan(&["check", "-"], Vec::new());
    assert_malformed(&output, "input.malformed", "not valid JSON");
}

#[test]
fn text_that_is_not_json_is_malformed_json_on_stdout() {
    let output = callplan(&["check", "-"], b"check: port_order".to_vec());
    assert_malformed(&output, "input.malformed", "not valid JSON");
}

#[test]
fn input_over_the_size_limit_is_too_large_json_on_stdout() {
    let size = callplan::limits::MAX_REQUEST_BYTES + 10;
    let output = callplan(&["check", "-"], vec![b' '; size]);
    let expected = format!("the request is {size} bytes");
    assert_malformed(&output, "input.too_large", &expected);
}

#[test]
fn a_file_that_cannot_be_read_is_malformed_json_on_stdout() {
    let missing = std::env::temp_dir().join("callplan-no-such-request.json");
    let output = callplan(&["check", missing.to_str().unwrap_or_default()], Vec::new());
    assert_malformed(&output, "input.malformed", "cannot read");
    let folder = std::env::temp_dir();
    let output = callplan(&["check", folder.to_str().unwrap_or_default()], Vec::new());
    assert_malformed(&output, "input.malformed", "cannot read");
}

#[test]
fn a_policy_that_is_not_a_policy_is_malformed_json_at_policy() {
    let file = std::env::temp_dir().join(format!("callplan-policy-{}.json", std::process::id()));
    std::fs::write(&file, r#"{"max_numbers_per_order": "many"}"#).expect("temp file");
    let request = br#"{"check": "support_route", "topic": "outage", "region": "na"}"#.to_vec();
    let output = callplan(
        &["check", "-", "--policy", file.to_str().unwrap_or_default()],
        request,
    );
    assert_eq!(output.status.code(), Some(2));
    let (answer, _) = one_answer(&output);
    assert_eq!(answer["path"], "/policy/max_numbers_per_order");
}

#[test]
fn a_closed_pipe_ends_the_command_quietly() {
    // An order of 20,000 invalid numbers: several megabytes of findings, far more than a
    // pipe holds, so the binary is still writing when the reader goes away.
    let numbers: Vec<String> = (0..20_000).map(|n| format!("555-{n:04}")).collect();
    let request = serde_json::json!({"check": "new_number_order", "org": {"trial": false},
        "location": {"calling_plan_enabled": true}, "numbers": numbers});
    let mut child = spawn(&["check", "-"]);
    let mut input = child.stdin.take().expect("stdin is piped");
    input
        .write_all(request.to_string().as_bytes())
        .expect("request written");
    drop(input);
    let mut first = [0u8; 1];
    let mut stdout = child.stdout.take().expect("stdout is piped");
    stdout.read_exact(&mut first).expect("a first byte");
    drop(stdout); // like `| head -c 1`
    let output = child.wait_with_output().expect("the binary ends");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.is_empty(), "nothing on stderr: {stderr}");
    assert_eq!(output.status.code(), Some(141), "the status of SIGPIPE");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Whatever bytes arrive, on standard input or in a file: exit 0, 1 or 2, one JSON
    /// document on standard output, and no panic.
    #[test]
    fn any_bytes_get_one_json_answer_and_no_panic(
        bytes in prop_oneof![
            prop::collection::vec(any::<u8>(), 0..256),
            "\\PC{0,200}".prop_map(String::into_bytes),
            Just(br#"{"check": "support_route", "topic": "outage", "region": "na"}"#.to_vec()),
        ],
        through_file in any::<bool>(),
    ) {
        let output = if through_file {
            let file = std::env::temp_dir()
                .join(format!("callplan-bytes-{}.json", std::process::id()));
            std::fs::write(&file, &bytes).expect("temp file");
            callplan(&["check", file.to_str().unwrap_or_default()], Vec::new())
        } else {
            callplan(&["check", "-"], bytes)
        };
        let status = output.status.code();
        prop_assert!(matches!(status, Some(0..=2)), "{status:?}");
        let (answer, stderr) = one_answer(&output);
        prop_assert!(answer.get("ok").is_some() || answer.get("code").is_some());
        prop_assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

#[test]
#[allow(
    clippy::indexing_slicing,
    reason = "a JSON value indexed by key is Null when absent"
)]
fn the_schema_of_a_locale_reads_every_language_the_reader_reads() {
    let output = callplan(&["schema"], Vec::new());
    let schema: Value = serde_json::from_slice(&output.stdout).unwrap_or_default();
    let locale = &schema["$defs"]["Locale"];
    assert_eq!(locale["type"], "string");
    let pattern = locale["pattern"].as_str().unwrap_or_default();
    for language in ["[eE][nN]", "[sS][vV]", "[fF][rR]"] {
        assert!(pattern.contains(language), "{pattern}");
    }
}
