//! How `callplan test` reports: text for people, JSON for tools, JUnit XML, TAP 13 and
//! GitHub Actions annotations for CI systems.

use std::io::Write;

use clap::ValueEnum;
use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};
use serde::Serialize;
use serde_json::Value;
use similar::TextDiff;

use crate::coverage::Coverage;
use crate::style::Style;
use callplan_testing::Difference;

use crate::suite::{self, CaseReport, Verdict};

/// The formats of `callplan test`.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TestFormat {
    /// Each failure with its differences and a diff of `expected`, then a summary line.
    Text,
    /// One JSON object: every case with its status and differences, and the counts.
    Json,
    /// JUnit XML, one test case per case file.
    Junit,
    /// TAP version 13, the differences in each failure's YAML block.
    Tap,
    /// GitHub Actions `::error` annotations on the case files, then the summary line.
    Github,
}

/// The counts the summary line gives.
#[derive(Serialize)]
pub struct Counts {
    /// Cases run.
    pub cases: usize,
    /// Cases that passed.
    pub passed: usize,
    /// Cases that failed or are broken.
    pub failed: usize,
}

impl Counts {
    /// The counts of `reports`.
    pub fn of(reports: &[CaseReport]) -> Counts {
        let passed = reports.iter().filter(|report| report.passed()).count();
        Counts {
            cases: reports.len(),
            passed,
            failed: reports.len().saturating_sub(passed),
        }
    }

    /// `N cases, N passed, N failed`.
    pub fn line(&self) -> String {
        let Counts {
            cases,
            passed,
            failed,
        } = self;
        format!("{}, {passed} passed, {failed} failed", suite::cases(*cases))
    }
}

/// Writes `reports` in `format`, with the `coverage` when asked for: after the text, in
/// the JSON, and on standard error beside the formats that have no place for it.
pub fn write(
    format: TestFormat,
    reports: &[CaseReport],
    coverage: Option<&Coverage>,
    style: Style,
    out: &mut impl Write,
) -> std::io::Result<()> {
    match format {
        TestFormat::Text => text(reports, style, out)?,
        TestFormat::Json => return json(reports, coverage, out),
        TestFormat::Junit => junit(reports, out)?,
        TestFormat::Tap => tap(reports, out)?,
        TestFormat::Github => github(reports, out)?,
    }
    match (format, coverage) {
        (_, None) => Ok(()),
        (TestFormat::Text, Some(coverage)) => coverage.write_text(out),
        (_, Some(coverage)) => coverage.write_text(&mut std::io::stderr()),
    }
}

fn text(reports: &[CaseReport], style: Style, out: &mut impl Write) -> std::io::Result<()> {
    for report in reports {
        match &report.verdict {
            Verdict::Passed => {}
            Verdict::Failed {
                differences,
                expected,
                proposed,
                ..
            } => {
                writeln!(out, "{} {}", style.error("FAIL"), report.path.display())?;
                if !report.description.is_empty() {
                    writeln!(out, "     {}", report.description)?;
                }
                for difference in differences {
                    writeln!(out, "     {}", in_brief(difference))?;
                }
                write!(out, "{}", readable_diff(expected, proposed, style))?;
            }
            Verdict::Broken(error) => {
                writeln!(out, "{} {}", style.error("FAIL"), report.path.display())?;
                writeln!(out, "     {error}")?;
            }
        }
    }
    writeln!(out, "{}", Counts::of(reports).line())
}

/// A difference on one line, long values cut short (the diff below shows them whole).
fn in_brief(difference: &Difference) -> String {
    let expected = cut_short(&difference.expected);
    match &difference.actual {
        Some(actual) => format!(
            "{}: expected {expected}, got {}",
            difference.path,
            cut_short(actual)
        ),
        None => format!("{}: expected {expected}, missing", difference.path),
    }
}

/// A value as compact JSON, cut to about 60 characters.
fn cut_short(value: &Value) -> String {
    const MOST: usize = 60;
    let text = value.to_string();
    match text.char_indices().nth(MOST) {
        Some((end, _)) => format!("{}…", text.get(..end).unwrap_or_default()),
        None => text,
    }
}

/// `expected` against what it would be if it matched, as a unified diff of the two written
/// out, indented under the failure.
pub fn readable_diff(expected: &Value, proposed: &Value, style: Style) -> String {
    let (before, after) = (pretty(expected) + "\n", pretty(proposed) + "\n");
    let diff = TextDiff::from_lines(&before, &after);
    let unified = diff
        .unified_diff()
        .context_radius(2)
        .header("expected", "actual")
        .to_string();
    unified
        .lines()
        .map(|line| format!("     {}\n", style.diff_line(line)))
        .collect()
}

/// JSON text with two-space indentation and a final newline left out.
pub fn pretty(value: &Value) -> String {
    serde_json::to_string_pretty(value).unwrap_or_else(|_| value.to_string())
}

fn status(report: &CaseReport) -> &'static str {
    match report.verdict {
        Verdict::Passed => "passed",
        Verdict::Failed { .. } => "failed",
        Verdict::Broken(_) => "broken",
    }
}

/// The JSON report: every case with its status, differences or error; the counts; the
/// coverage when asked for.
#[derive(Serialize)]
struct JsonReport<'a> {
    cases: Vec<JsonCase<'a>>,
    summary: Counts,
    #[serde(skip_serializing_if = "Option::is_none")]
    coverage: Option<&'a Coverage>,
}

/// A case in the JSON report.
#[derive(Serialize)]
struct JsonCase<'a> {
    case: &'a str,
    file: String,
    description: &'a str,
    status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    differences: Vec<JsonDifference<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
}

/// A difference in the JSON report; `actual` is `null` when the answer has nothing there.
#[derive(Serialize)]
struct JsonDifference<'a> {
    path: &'a str,
    expected: &'a Value,
    actual: Option<&'a Value>,
}

fn json_case(report: &CaseReport) -> JsonCase<'_> {
    let mut case = JsonCase {
        case: &report.name,
        file: report.path.display().to_string(),
        description: &report.description,
        status: status(report),
        line: None,
        differences: Vec::new(),
        error: None,
    };
    match &report.verdict {
        Verdict::Passed => {}
        Verdict::Failed {
            differences, line, ..
        } => {
            case.line = Some(*line);
            case.differences = differences
                .iter()
                .map(|difference| JsonDifference {
                    path: &difference.path,
                    expected: &difference.expected,
                    actual: difference.actual.as_ref(),
                })
                .collect();
        }
        Verdict::Broken(error) => case.error = Some(error),
    }
    case
}

fn json(
    reports: &[CaseReport],
    coverage: Option<&Coverage>,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let report = JsonReport {
        cases: reports.iter().map(json_case).collect(),
        summary: Counts::of(reports),
        coverage,
    };
    let text = serde_json::to_string_pretty(&report).map_err(std::io::Error::other)?;
    writeln!(out, "{text}")
}

/// What a failure says, a line per difference: values cut short when `brief`.
fn failure_lines(report: &CaseReport, brief: bool) -> Vec<String> {
    match &report.verdict {
        Verdict::Passed => Vec::new(),
        Verdict::Failed { differences, .. } if brief => differences.iter().map(in_brief).collect(),
        Verdict::Failed { differences, .. } => {
            differences.iter().map(ToString::to_string).collect()
        }
        Verdict::Broken(error) => vec![error.clone()],
    }
}

fn junit(reports: &[CaseReport], out: &mut impl Write) -> std::io::Result<()> {
    let mut suite = TestSuite::new("callplan cases");
    for report in reports {
        let status = if report.passed() {
            TestCaseStatus::success()
        } else {
            let message = failure_lines(report, true)
                .into_iter()
                .next()
                .unwrap_or_default();
            let description = failure_lines(report, false).join("\n");
            let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
            status.set_message(message).set_description(description);
            status
        };
        let mut case = TestCase::new(report.name.as_str(), status);
        let check = report.name.split('/').next().unwrap_or_default();
        case.set_classname(check);
        let file = report.path.display().to_string();
        case.extra.insert("file".into(), file.into());
        if let Verdict::Failed { line, .. } = report.verdict {
            case.extra.insert("line".into(), line.to_string().into());
        }
        suite.add_test_case(case);
    }
    let mut report = Report::new("callplan test");
    report.add_test_suite(suite);
    let xml = report
        .to_string()
        .map_err(|error| std::io::Error::other(error.to_string()))?;
    writeln!(out, "{xml}")
}

fn tap(reports: &[CaseReport], out: &mut impl Write) -> std::io::Result<()> {
    writeln!(out, "TAP version 13")?;
    writeln!(out, "1..{}", reports.len())?;
    for (index, report) in reports.iter().enumerate() {
        let number = index.saturating_add(1);
        if report.passed() {
            writeln!(out, "ok {number} - {}", report.name)?;
            continue;
        }
        writeln!(out, "not ok {number} - {}", report.name)?;
        writeln!(out, "  ---")?;
        writeln!(
            out,
            "  file: {}",
            Value::from(report.path.display().to_string())
        )?;
        writeln!(
            out,
            "  description: {}",
            Value::from(report.description.as_str())
        )?;
        writeln!(out, "  differences:")?;
        for line in failure_lines(report, false) {
            writeln!(out, "    - {}", Value::from(line.as_str()))?;
        }
        writeln!(out, "  ...")?;
    }
    Ok(())
}

fn github(reports: &[CaseReport], out: &mut impl Write) -> std::io::Result<()> {
    for report in reports {
        let line = match report.verdict {
            Verdict::Passed => continue,
            Verdict::Failed { line, .. } => line,
            Verdict::Broken(_) => 1,
        };
        let message = failure_lines(report, true).join("\n");
        let title = if report.description.is_empty() {
            format!("case {} fails", report.name)
        } else {
            report.description.clone()
        };
        writeln!(
            out,
            "::error file={},line={line},title={}::{}",
            property(&report.path.display().to_string()),
            property(&title),
            data(&message)
        )?;
    }
    writeln!(out, "{}", Counts::of(reports).line())
}

/// A workflow command's message, escaped as the GitHub Actions toolkit does.
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A workflow command's property value, escaped as the GitHub Actions toolkit does.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}
