//! `callplan test`: every regression case under a folder judged, reported, measured for
//! coverage, or rewritten with `--update`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use callplan::Policy;
use clap::Args;
use regex::Regex;

use super::{case_files, exit_status, policy_or_stop, say, Output, Stop};
use crate::case_text;
use crate::coverage::Coverage;
use crate::style::Style;
use crate::suite::{self, CaseReport, Verdict};
use crate::test_report::{self, Counts, TestFormat};

/// The arguments of `test`.
#[derive(Args)]
pub(crate) struct TestArgs {
    /// The folder of cases (searched recursively).
    dir: PathBuf,
    /// The policy the cases are judged under (a case's own `policy` overrides it): a
    /// JSON file, or a built-in policy (`seed-2024`, `cisco-2026`).
    #[arg(long, value_name = "FILE|seed-2024|cisco-2026")]
    policy: Option<String>,
    /// How to report.
    #[arg(long, value_enum, default_value_t = TestFormat::Text)]
    format: TestFormat,
    /// Only the cases whose path below the folder matches this regular expression.
    #[arg(long, value_name = "REGEX", value_parser = Regex::new)]
    filter: Option<Regex>,
    /// Rewrite each failing case's `expected` from the answer it gets, keeping the
    /// file's layout and the keys it leaves out. Refused when `CI` is set.
    #[arg(long, conflicts_with_all = ["format", "coverage", "min_coverage"])]
    update: bool,
    /// Report which rules the cases produce, per check, and which no case produces.
    #[arg(long)]
    coverage: bool,
    /// Fail when the cases produce less than this share of the rules, in percent.
    #[arg(long, value_name = "PCT")]
    min_coverage: Option<f64>,
}

/// Runs `test`.
pub(crate) fn run(args: TestArgs, out: &mut Output) -> Result<ExitCode, Stop> {
    let policy = policy_or_stop(args.policy.as_deref())?;
    let reports = run_suite(&args.dir, &policy, args.filter.as_ref())?;
    if args.update {
        return update_cases(&reports, &args.dir, &policy, args.filter.as_ref(), out);
    }
    let coverage = (args.coverage || args.min_coverage.is_some()).then(|| Coverage::of(&reports));
    report_suite(
        &reports,
        args.format,
        coverage.as_ref(),
        args.min_coverage,
        out,
    )
}

/// The cases under `dir` (those `filter` matches) judged under `policy`.
fn run_suite(dir: &Path, policy: &Policy, filter: Option<&Regex>) -> Result<Vec<CaseReport>, Stop> {
    Ok(suite::run(case_files(dir)?, dir, policy, filter))
}

/// Whether a suite passes: it has cases and none fails.
fn passes(counts: &Counts) -> bool {
    counts.failed == 0 && counts.cases > 0
}

/// Reports a suite in `format`, with its coverage when asked; fails when a case fails,
/// when there are no cases, or when the coverage is under `min_coverage`.
fn report_suite(
    reports: &[CaseReport],
    format: TestFormat,
    coverage: Option<&Coverage>,
    min_coverage: Option<f64>,
    out: &mut Output,
) -> Result<ExitCode, Stop> {
    test_report::write(format, reports, coverage, Style::for_stdout(), out)?;
    let mut success = passes(&Counts::of(reports));
    if let (Some(coverage), Some(minimum)) = (coverage, min_coverage) {
        if coverage.percent < minimum {
            say(&format!(
                "coverage {:.1}% is under the minimum of {minimum}%",
                coverage.percent
            ));
            success = false;
        }
    }
    Ok(exit_status(success))
}

/// `test --update`: rewrites the `expected` of every failing case from its answer, shows
/// what changed, then runs the cases again; it fails as `test` does (a case still failing,
/// or no cases at all).
fn update_cases(
    reports: &[CaseReport],
    dir: &Path,
    policy: &Policy,
    filter: Option<&Regex>,
    out: &mut Output,
) -> Result<ExitCode, Stop> {
    if ci_is_set() {
        return Err(Stop::Failed(
            "--update rewrites case files, so it does not run when CI is set".to_owned(),
        ));
    }
    let style = Style::for_stdout();
    let mut updated = 0usize;
    for report in reports {
        let Verdict::Failed {
            expected, proposed, ..
        } = &report.verdict
        else {
            continue;
        };
        let rewrite = std::fs::read_to_string(&report.path)
            .map_err(|error| error.to_string())
            .and_then(|text| case_text::rewrite_expected(&text, expected, proposed))
            .and_then(|text| std::fs::write(&report.path, text).map_err(|e| e.to_string()));
        match rewrite {
            Ok(()) => {
                updated = updated.saturating_add(1);
                writeln!(out, "{} {}", style.good("UPDATED"), report.path.display())?;
                write!(
                    out,
                    "{}",
                    test_report::readable_diff(expected, proposed, style)
                )?;
            }
            Err(error) => writeln!(
                out,
                "{} {}: {error}",
                style.error("FAIL"),
                report.path.display()
            )?,
        }
    }
    writeln!(out, "{} updated", suite::cases(updated))?;
    let after = run_suite(dir, policy, filter)?;
    test_report::write(TestFormat::Text, &after, None, style, out)?;
    Ok(exit_status(passes(&Counts::of(&after))))
}

/// Whether the process runs under continuous integration (`CI` set, and not to `false`
/// or `0`).
fn ci_is_set() -> bool {
    std::env::var("CI").is_ok_and(|value| !matches!(value.as_str(), "" | "false" | "0"))
}
