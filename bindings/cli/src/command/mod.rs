//! The commands, one file each, and what they share: how they stop, how they write, the
//! policy they are given and the exit status they answer with.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use callplan::{Locale, Malformed, Policy};
use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::ValueEnum;

pub(crate) mod check;
pub(crate) mod diff;
pub(crate) mod rules;
pub(crate) mod schema;
pub(crate) mod test;

/// Why a command stopped early.
pub(crate) enum Stop {
    /// Standard output was closed (the reader of a pipe went away).
    ClosedOutput,
    /// Something to say on standard error, with exit status 2.
    Failed(String),
}

impl From<io::Error> for Stop {
    fn from(error: io::Error) -> Self {
        if error.kind() == io::ErrorKind::BrokenPipe {
            Stop::ClosedOutput
        } else {
            Stop::Failed(format!("writing standard output: {error}"))
        }
    }
}

/// Standard output, buffered, written without panicking.
pub(crate) type Output = io::BufWriter<io::StdoutLock<'static>>;

/// Text for people or JSON for tools (`check --format`, `diff --format`).
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ReportFormat {
    /// A readable report.
    Text,
    /// JSON.
    Json,
}

/// Reads `--locale`: the library's own locale tags, `en`, `sv` and `fr`.
pub(crate) fn locale_parser() -> impl TypedValueParser<Value = Locale> {
    PossibleValuesParser::new(["en", "sv", "fr"]).map(|tag| Locale::parse(&tag).unwrap_or_default())
}

/// A line on standard error; if even that is closed there is nobody left to tell.
pub(crate) fn say(message: &str) {
    let _ = writeln!(io::stderr(), "callplan: {message}");
}

/// 0 when `success`, 1 otherwise.
pub(crate) fn exit_status(success: bool) -> ExitCode {
    if success {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// A value as indented JSON text.
pub(crate) fn pretty(value: &impl serde::Serialize) -> Result<String, Stop> {
    serde_json::to_string_pretty(value).map_err(|error| Stop::Failed(error.to_string()))
}

/// The policy named by `name_or_path`, or the reason to stop.
pub(crate) fn policy_or_stop(name_or_path: Option<&str>) -> Result<Policy, Stop> {
    load_policy(name_or_path).map_err(|error| {
        let at = if error.path.is_empty() {
            String::new()
        } else {
            format!("{}: ", error.path)
        };
        Stop::Failed(format!("{at}{}", error.message))
    })
}

/// The policy `seed-2024` when none is named, a built-in policy by its name (`seed-2024`,
/// `cisco-2026`), or the one in a file; a file that cannot be read or is not a policy is
/// malformed input (its path starts `/policy`).
pub(crate) fn load_policy(name_or_path: Option<&str>) -> Result<Policy, Malformed> {
    let Some(name_or_path) = name_or_path else {
        return Ok(Policy::default());
    };
    if let Some(policy) = Policy::named(name_or_path) {
        return Ok(policy);
    }
    let path = Path::new(name_or_path);
    let text = std::fs::read_to_string(path)
        .map_err(|error| Malformed::new("", format!("cannot read {}: {error}", path.display())))?;
    Policy::from_json(&text).map_err(|error| error.within("/policy"))
}

/// Every case file under `dir`, or the reason to stop.
pub(crate) fn case_files(dir: &Path) -> Result<Vec<callplan_testing::CaseFile>, Stop> {
    callplan_testing::read_cases(dir).map_err(|error| Stop::Failed(error.to_string()))
}
