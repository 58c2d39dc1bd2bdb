//! `callplan test` and `callplan diff` as a policy team meets them: every report format on
//! a corpus with failures, `--update` round-tripping while keeping a case's layout, and the
//! verdict diff between two policies.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use callplan::Policy;
use callplan_testing::{item_with, read_cases};
use regex::Regex;
use serde_json::Value;

const REPOSITORY: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
const TOLL_FREE_POLICY: &str = "examples/policies/toll-free-singles.json";

#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test helper: a binary or file that cannot be used fails the test"
)]
fn callplan(args: &[&str], envs: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_callplan"));
    command.args(args).current_dir(REPOSITORY).env_remove("CI");
    for (name, value) in envs {
        command.env(name, value);
    }
    command.output().unwrap()
}

#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test helper: a binary or file that cannot be used fails the test"
)]
fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

/// A copy of the repository's cases (all pass under seed-2024; two fail under the
/// toll-free policy), plus a case that fails under any policy, written by hand, and a
/// file that is not a case.
struct Corpus {
    dir: tempfile::TempDir,
}

const HAND_WRITTEN: &str = r#"{
  "description": "Outage in North America goes to the partner's desk, says the author.",
  "request": {"check": "support_route", "topic": "outage", "region": "na"},
  "expected": {
    "ok": true,
    "result": {"desk": "partner_help_desk"},
    "findings": []
  }
}
"#;

impl Corpus {
    #[allow(
        clippy::unwrap_used,
        clippy::expect_used,
        reason = "a test helper: a binary or file that cannot be used fails the test"
    )]
    fn new() -> Corpus {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&Path::new(REPOSITORY).join("tests/cases"), dir.path());
        let extra = dir.path().join("zz_extra");
        std::fs::create_dir_all(&extra).unwrap();
        std::fs::write(extra.join("hand_written.json"), HAND_WRITTEN).unwrap();
        Corpus { dir }
    }

    #[allow(
        clippy::unwrap_used,
        clippy::expect_used,
        reason = "a test helper: a binary or file that cannot be used fails the test"
    )]
    fn with_broken_file(self) -> Corpus {
        std::fs::write(
            self.dir.path().join("zz_extra/broken.json"),
            "{\"request\": ",
        )
        .unwrap();
        self
    }

    #[allow(
        clippy::unwrap_used,
        clippy::expect_used,
        reason = "a test helper: a binary or file that cannot be used fails the test"
    )]
    fn path(&self) -> &str {
        self.dir.path().to_str().unwrap()
    }

    fn file(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test helper: a binary or file that cannot be used fails the test"
)]
fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

const FAILING: [&str; 3] = [
    "new_number_order/toll_free_numbers.json",
    "order_plan/invalid_order_has_no_plan.json",
    "zz_extra/hand_written.json",
];

fn run_failing(corpus: &Corpus, format: &str) -> Output {
    let args = [
        "test",
        corpus.path(),
        "--policy",
        TOLL_FREE_POLICY,
        "--format",
        format,
    ];
    callplan(&args, &[])
}

#[test]
fn text_shows_each_failure_with_its_file_description_and_a_diff() {
    let corpus = Corpus::new();
    let output = run_failing(&corpus, "text");
    assert_eq!(output.status.code(), Some(1));
    let report = stdout(&output);
    let cases = read_cases(corpus.dir.path()).unwrap().len();
    assert!(
        report.ends_with(&format!("{cases} cases, {} passed, 3 failed\n", cases - 3)),
        "{report}"
    );
    for name in FAILING {
        assert!(
            report.contains(&format!("FAIL {}", corpus.file(name).display())),
            "{report}"
        );
    }
    assert!(
        report.contains("     Outage in North America goes to the partner's desk"),
        "{report}"
    );
    assert!(
        report.contains(r#"     /result/desk: expected "partner_help_desk", got "tac""#),
        "{report}"
    );
    // Every difference of a case, not only the first, and the diff of expected against
    // actual, line by line.
    assert!(
        report.contains("     /ok: expected false, got true"),
        "{report}"
    );
    assert!(
        report.contains(r#"     -      "path": "/numbers/0","#),
        "{report}"
    );
    assert!(
        report.contains(r#"     -    "desk": "partner_help_desk""#),
        "{report}"
    );
    assert!(report.contains(r#"     +    "desk": "tac""#), "{report}");
    assert!(!report.contains('\x1b'), "no colour in a pipe: {report}");
}

#[test]
fn json_lists_every_case_with_its_status_and_differences() {
    let corpus = Corpus::new().with_broken_file();
    let output = run_failing(&corpus, "json");
    assert_eq!(output.status.code(), Some(1));
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    let cases = report["cases"].as_array().unwrap();
    let status_of =
        |name: &str| item_with(&report["cases"], "case", name).map(|case| case["status"].clone());
    for name in FAILING {
        assert_eq!(status_of(name), Some(Value::from("failed")), "{name}");
    }
    assert_eq!(
        status_of("zz_extra/broken.json"),
        Some(Value::from("broken"))
    );
    assert_eq!(
        status_of("support_route/outage_apac.json"),
        Some(Value::from("passed"))
    );
    assert_eq!(report["summary"]["failed"], 4);
    assert_eq!(report["summary"]["cases"], cases.len());
    let hand_written = cases
        .iter()
        .find(|case| case["case"] == FAILING[2])
        .unwrap();
    assert_eq!(
        hand_written["differences"],
        serde_json::json!([{"path": "/result/desk", "expected": "partner_help_desk", "actual": "tac"}])
    );
    // The line of the file where the difference sits.
    assert_eq!(hand_written["line"], 6);
}

#[test]
fn junit_is_read_by_a_junit_consumer() {
    let corpus = Corpus::new().with_broken_file();
    let output = run_failing(&corpus, "junit");
    assert_eq!(output.status.code(), Some(1));
    let suites = junit_parser::from_reader(std::io::Cursor::new(output.stdout)).unwrap();
    let cases = read_cases(corpus.dir.path()).unwrap().len();
    assert_eq!(suites.tests as usize, cases);
    assert_eq!(suites.failures, 4);
    let suite = &suites.suites[0];
    let failed: BTreeSet<&str> = suite
        .cases
        .iter()
        .filter(|case| case.status.is_failure())
        .map(|case| case.original_name.as_str())
        .collect();
    let mut expected: BTreeSet<&str> = FAILING.into_iter().collect();
    expected.insert("zz_extra/broken.json");
    assert_eq!(failed, expected);
    let hand_written = suite
        .cases
        .iter()
        .find(|case| case.original_name == FAILING[2])
        .unwrap();
    assert_eq!(hand_written.classname.as_deref(), Some("zz_extra"));
    assert_eq!(
        hand_written.file.as_deref(),
        corpus.file(FAILING[2]).to_str()
    );
    assert_eq!(hand_written.line, Some(6));
    let failure = hand_written.status.failure_as_ref();
    assert!(
        failure.message.contains("/result/desk"),
        "{}",
        failure.message
    );
}

#[test]
fn tap_follows_the_tap_13_grammar() {
    let corpus = Corpus::new();
    let output = run_failing(&corpus, "tap");
    assert_eq!(output.status.code(), Some(1));
    let report = stdout(&output);
    let mut lines = report.lines();
    assert_eq!(lines.next(), Some("TAP version 13"));
    let plan = Regex::new(r"^1\.\.(\d+)$").unwrap();
    let planned: usize = plan.captures(lines.next().unwrap()).unwrap()[1]
        .parse()
        .unwrap();
    let test_line = Regex::new(r"^(not )?ok (\d+) - (\S.*)$").unwrap();
    let (mut seen, mut failed, mut in_yaml) = (0, Vec::new(), false);
    for line in lines {
        if in_yaml {
            // YAML lines are indented by two spaces; `...` ends the block.
            assert!(line.starts_with("  "), "{line:?}");
            in_yaml = line != "  ...";
            continue;
        }
        if line == "  ---" {
            assert!(!failed.is_empty(), "a YAML block follows a failing test");
            in_yaml = true;
            continue;
        }
        let captures = test_line
            .captures(line)
            .unwrap_or_else(|| panic!("not TAP: {line:?}"));
        seen += 1;
        assert_eq!(
            captures[2].parse::<usize>().unwrap(),
            seen,
            "tests numbered in order"
        );
        if captures.get(1).is_some() {
            failed.push(captures[3].to_owned());
        }
    }
    assert!(!in_yaml, "every YAML block is closed");
    assert_eq!(seen, planned);
    assert_eq!(failed, FAILING);
    assert!(
        report.contains(
            "    - \"/result/desk: expected \\\"partner_help_desk\\\", got \\\"tac\\\"\""
        ),
        "{report}"
    );
}

#[test]
fn github_annotates_the_line_of_each_failure() {
    let corpus = Corpus::new();
    let output = run_failing(&corpus, "github");
    assert_eq!(output.status.code(), Some(1));
    let report = stdout(&output);
    // https://docs.github.com/actions/reference/workflow-commands-for-github-actions#setting-an-error-message
    let shape = Regex::new(r"^::error file=([^,:]+),line=(\d+),title=([^:,]*)::(.+)$").unwrap();
    let annotations: Vec<_> = report
        .lines()
        .filter(|line| line.starts_with("::"))
        .collect();
    assert_eq!(annotations.len(), 3, "{report}");
    for annotation in &annotations {
        let captures = shape
            .captures(annotation)
            .unwrap_or_else(|| panic!("{annotation}"));
        let text = std::fs::read_to_string(&captures[1]).unwrap();
        let line: usize = captures[2].parse().unwrap();
        assert!(line >= 1 && line <= text.lines().count(), "{annotation}");
        assert!(!captures[4].contains('\n'));
    }
    let hand_written = annotations
        .iter()
        .find(|a| a.contains("hand_written"))
        .unwrap();
    let text = std::fs::read_to_string(corpus.file(FAILING[2])).unwrap();
    let line: usize = shape.captures(hand_written).unwrap()[2].parse().unwrap();
    assert!(text
        .lines()
        .nth(line - 1)
        .unwrap()
        .contains("partner_help_desk"));
    assert!(hand_written
        .contains("title=Outage in North America goes to the partner's desk%2C says the author."));
    assert!(
        report.ends_with(" failed\n"),
        "the summary line closes the report"
    );
}

#[test]
fn filter_runs_only_the_cases_whose_path_matches() {
    let corpus = Corpus::new();
    let output = callplan(
        &[
            "test",
            corpus.path(),
            "--filter",
            "^zz_extra/",
            "--format",
            "json",
        ],
        &[],
    );
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    let names: Vec<&str> = report["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["case"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["zz_extra/hand_written.json"]);
    let output = callplan(&["test", corpus.path(), "--filter", "^support_route/"], &[]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
}

#[test]
fn update_rewrites_what_differs_and_keeps_the_rest_of_the_file() {
    let corpus = Corpus::new();
    let toll_free = corpus.file(FAILING[0]);
    let before = std::fs::read_to_string(&toll_free).unwrap();
    let updated = callplan(
        &[
            "test",
            corpus.path(),
            "--policy",
            TOLL_FREE_POLICY,
            "--update",
        ],
        &[],
    );
    assert_eq!(updated.status.code(), Some(0), "{}", stdout(&updated));
    let report = stdout(&updated);
    assert!(report.contains("3 cases updated"), "{report}");
    assert!(
        report.contains(&format!("UPDATED {}", toll_free.display())),
        "{report}"
    );
    // Round trip: the corpus now passes under the policy it was updated to.
    let rerun = callplan(&["test", corpus.path(), "--policy", TOLL_FREE_POLICY], &[]);
    assert_eq!(rerun.status.code(), Some(0), "{}", stdout(&rerun));

    // The hand-written case: its one-line request, its key order (not alphabetical) and
    // its layout stay; only the wrong value changed.
    let hand_written = std::fs::read_to_string(corpus.file(FAILING[2])).unwrap();
    assert_eq!(
        hand_written,
        HAND_WRITTEN.replace(r#"{"desk": "partner_help_desk"}"#, r#"{"desk": "tac"}"#)
    );

    // The toll-free case: the seven findings the new policy no longer gives are removed,
    // and every other line (the keys this case chose, `rule` before `path`, no `message`)
    // is as it was.
    let after = std::fs::read_to_string(&toll_free).unwrap();
    let mut expected = before.clone();
    for index in 0..7 {
        let finding = format!(
            "      {{\n        \"rule\": \"number.toll_free\",\n        \"path\": \"/numbers/{index}\"\n      }},\n"
        );
        assert!(expected.contains(&finding), "{finding}");
        expected = expected.replacen(&finding, "", 1);
    }
    assert_eq!(after, expected);
}

#[test]
fn a_folder_without_cases_fails_with_and_without_update() {
    let empty = tempfile::tempdir().unwrap();
    let folder = empty.path().to_str().unwrap();
    for args in [&["test", folder][..], &["test", folder, "--update"][..]] {
        let output = callplan(args, &[]);
        assert_eq!(
            output.status.code(),
            Some(1),
            "{args:?}: {}",
            stdout(&output)
        );
        assert!(
            stdout(&output).contains("0 cases"),
            "{args:?}: {}",
            stdout(&output)
        );
    }
}

#[test]
fn update_is_refused_under_ci() {
    let corpus = Corpus::new();
    let file = corpus.file(FAILING[2]);
    let output = callplan(&["test", corpus.path(), "--update"], &[("CI", "true")]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("CI"));
    assert_eq!(std::fs::read_to_string(file).unwrap(), HAND_WRITTEN);
}

#[test]
fn coverage_names_the_rules_produced_per_check_and_those_never_produced() {
    let output = callplan(
        &[
            "test",
            "tests/cases",
            "--coverage",
            "--format",
            "json",
            "--min-coverage",
            "100",
        ],
        &[],
    );
    assert_eq!(output.status.code(), Some(0));
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    let coverage = &report["coverage"];
    assert_eq!(coverage["rules"], callplan::Rule::ALL.len());
    assert_eq!(coverage["produced"], coverage["rules"]);
    let support = coverage["checks"]["support_route"].as_array().unwrap();
    assert_eq!(support[0]["rule"], "support.unknown_topic");
    assert_eq!(support[0]["severity"], "error");

    let output = callplan(
        &[
            "test",
            "tests/cases",
            "--filter",
            "^support_route/",
            "--coverage",
            "--format",
            "json",
            "--min-coverage",
            "50",
        ],
        &[],
    );
    assert_eq!(
        output.status.code(),
        Some(1),
        "one check's cases produce few rules"
    );
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    let never = report["coverage"]["never_produced"].as_array().unwrap();
    assert!(never.contains(&Value::from("port.date_in_past")));
    assert!(!never.contains(&Value::from("support.unknown_topic")));
    assert!(String::from_utf8_lossy(&output.stderr).contains("under the minimum of 50%"));
}

/// The cases whose answers differ between two policies, found by answering every case
/// with the library itself.
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test helper: a binary or file that cannot be used fails the test"
)]
fn cases_that_change(from: &Policy, to: &Policy) -> BTreeSet<String> {
    let root = Path::new(REPOSITORY).join("tests/cases");
    read_cases(&root)
        .unwrap()
        .into_iter()
        .filter(|file| {
            let case = file.case.as_ref().unwrap();
            case.answer(from).unwrap() != case.answer(to).unwrap()
        })
        .map(|file| {
            file.path
                .strip_prefix(&root)
                .unwrap()
                .to_str()
                .unwrap()
                .to_owned()
        })
        .collect()
}

/// `callplan diff` of the corpus from seed-2024 to the toll-free policy.
fn diff_to_toll_free(extra: &[&str]) -> Output {
    let mut args = vec![
        "diff",
        "--from",
        "seed-2024",
        "--to",
        TOLL_FREE_POLICY,
        "tests/cases",
    ];
    args.extend_from_slice(extra);
    callplan(&args, &[])
}

#[test]
fn diff_lists_exactly_the_cases_whose_answer_changes() {
    let output = diff_to_toll_free(&["--format", "json"]);
    assert_eq!(output.status.code(), Some(1), "something changed");
    let diff: Value = serde_json::from_slice(&output.stdout).unwrap();
    let listed: BTreeSet<String> = diff["changed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|change| change["case"].as_str().unwrap().to_owned())
        .collect();
    let text = std::fs::read_to_string(Path::new(REPOSITORY).join(TOLL_FREE_POLICY)).unwrap();
    let toll_free = Policy::from_json(&text).unwrap();
    assert_eq!(listed, cases_that_change(&Policy::default(), &toll_free));
    assert!(!listed.is_empty());
    assert_eq!(
        (diff["from"].as_str(), diff["to"].as_str()),
        (Some("seed-2024"), Some("toll-free-singles"))
    );
    assert_eq!(
        diff["rules"]["number.toll_free"],
        serde_json::json!({"added": 0, "removed": 2})
    );
    let plan = item_with(
        &diff["changed"],
        "case",
        "order_plan/invalid_order_has_no_plan.json",
    )
    .unwrap();
    assert_eq!(plan["ok"], serde_json::json!([false, true]));
    assert_eq!(plan["result_changed"], true);
    assert_eq!(
        plan["removed"],
        serde_json::json!([{"rule": "number.toll_free", "path": "/numbers/0"}])
    );
}

#[test]
fn diff_of_a_policy_with_itself_changes_nothing() {
    let output = callplan(
        &[
            "diff",
            "--from",
            "seed-2024",
            "--to",
            "seed-2024",
            "tests/cases",
        ],
        &[],
    );
    assert_eq!(output.status.code(), Some(0));
    assert!(
        stdout(&output).starts_with("seed-2024 → seed-2024: 0 of "),
        "{}",
        stdout(&output)
    );
}

#[test]
fn the_regression_testing_guide_shows_the_diff_the_command_prints() {
    let guide = Path::new(REPOSITORY).join("docs/regression-testing.md");
    let readme = std::fs::read_to_string(guide).unwrap();
    let command = format!("$ callplan diff --from seed-2024 --to {TOLL_FREE_POLICY} tests/cases\n");
    let start = readme
        .find(&command)
        .expect("docs/regression-testing.md shows the diff")
        + command.len();
    let shown = &readme[start..start + readme[start..].find("$ echo $?").unwrap()];
    let output = diff_to_toll_free(&[]);
    assert_eq!(shown, stdout(&output));
}
