//! `callplan diff`: every case under a folder answered under two policies, and each case
//! whose answer changes.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use regex::Regex;

use super::{case_files, exit_status, policy_or_stop, pretty, Output, ReportFormat, Stop};
use crate::policy_diff::PolicyDiff;
use crate::style::Style;
use crate::suite;

/// The arguments of `diff`.
#[derive(Args)]
pub(crate) struct DiffArgs {
    /// The policy before: a JSON file, or a built-in policy (`seed-2024`, `cisco-2026`).
    #[arg(long, value_name = "FILE|seed-2024|cisco-2026")]
    from: String,
    /// The policy after: a JSON file, or a built-in policy (`seed-2024`, `cisco-2026`).
    #[arg(long, value_name = "FILE|seed-2024|cisco-2026")]
    to: String,
    /// The folder of cases (searched recursively).
    dir: PathBuf,
    /// Only the cases whose path below the folder matches this regular expression.
    #[arg(long, value_name = "REGEX", value_parser = Regex::new)]
    filter: Option<Regex>,
    /// `text` for people, `json` for tools.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    format: ReportFormat,
}

/// Runs `diff`.
pub(crate) fn run(args: DiffArgs, out: &mut Output) -> Result<ExitCode, Stop> {
    let from = policy_or_stop(Some(&args.from))?;
    let to = policy_or_stop(Some(&args.to))?;
    let files = suite::selected(case_files(&args.dir)?, &args.dir, args.filter.as_ref());
    let diff = PolicyDiff::between(files, &from, &to);
    match args.format {
        ReportFormat::Text => diff.write_text(Style::for_stdout(), out)?,
        ReportFormat::Json => writeln!(out, "{}", pretty(&diff)?)?,
    }
    Ok(exit_status(!diff.anything_changed()))
}
