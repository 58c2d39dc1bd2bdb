//! `callplan`: check a request, list the rules, run a folder of regression cases, and
//! compare what two policies answer to them.
//!
//! Exit status of `check`: 0 when the request is `ok`, 1 when it has errors, 2 for
//! malformed input (with `--jsonl`, the worst line decides). `test` exits 1 if any case
//! fails; `diff` exits 1 if any answer changes. Every command writes through [`Output`]: a
//! closed standard output ends it quietly with the status of SIGPIPE, as `cat` and `grep`
//! do; no write ever panics.

use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod answer;
mod batch;
mod case_text;
mod check_report;
mod coverage;
mod policy_diff;
mod reference;
mod style;
mod suite;
mod test_report;

use callplan::limits::{check_request_size, MAX_REQUEST_BYTES};
use callplan::{
    evaluate, Locale, Malformed, Policy, Request, Response, Rule, NUMBERING_DATA_VERSION,
};
use callplan_testing::read_cases;
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use regex::Regex;

use coverage::Coverage;
use policy_diff::PolicyDiff;
use style::Style;
use suite::{CaseReport, Verdict};
use test_report::{Counts, TestFormat};

/// Know before you submit: the Cisco Calling Plan policy on the command line.
#[derive(Parser)]
#[command(name = "callplan", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// The name that stands for the policy built into the library.
const SEED_POLICY: &str = "seed-2024";

#[derive(Subcommand)]
enum Command {
    /// Check a request (JSON file, or `-` for standard input): a readable report at a
    /// terminal, the response JSON in a pipe.
    Check {
        /// The request file, or `-` for standard input.
        file: PathBuf,
        /// A policy JSON file (fields left out keep the seed-2024 values), or `seed-2024`.
        #[arg(long, value_name = "FILE|seed-2024")]
        policy: Option<String>,
        /// `text` (the readable report) or `json` (the response); the report when standard
        /// output is a terminal, JSON otherwise.
        #[arg(long, value_enum)]
        format: Option<CheckFormat>,
        /// The language of messages, in place of the request's `locale`.
        #[arg(long, value_enum)]
        locale: Option<LocaleArg>,
        /// Read one request per line and write one response JSON per line, in order.
        #[arg(long, conflicts_with = "format")]
        jsonl: bool,
    },
    /// List every rule: code, severity and description; or the full rule reference.
    Rules {
        /// `text` (one line per rule), `markdown` (the reference in docs/rules.md) or `json`.
        #[arg(long, value_enum, default_value_t = RulesFormat::Text)]
        format: RulesFormat,
        /// A folder of cases: the reference names the checks that produce each rule and
        /// shows a real message from the first case that does.
        #[arg(long)]
        cases: Option<PathBuf>,
    },
    /// Run every `*.json` regression case under a folder and report each that fails.
    Test {
        /// The folder of cases (searched recursively).
        dir: PathBuf,
        /// The policy the cases are judged under (a case's own `policy` overrides it): a
        /// JSON file, or `seed-2024`.
        #[arg(long, value_name = "FILE|seed-2024")]
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
    },
    /// Answer every case under two policies and report each case whose answer changes.
    Diff {
        /// The policy before: a JSON file, or `seed-2024`.
        #[arg(long, value_name = "FILE|seed-2024")]
        from: String,
        /// The policy after: a JSON file, or `seed-2024`.
        #[arg(long, value_name = "FILE|seed-2024")]
        to: String,
        /// The folder of cases (searched recursively).
        dir: PathBuf,
        /// Only the cases whose path below the folder matches this regular expression.
        #[arg(long, value_name = "REGEX", value_parser = Regex::new)]
        filter: Option<Regex>,
        /// `text` for people, `json` for tools.
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
    },
}

/// Text for people or JSON for tools.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum CheckFormat {
    /// A readable report.
    Text,
    /// JSON.
    Json,
}

/// The languages of messages.
#[derive(Clone, Copy, ValueEnum)]
enum LocaleArg {
    /// English.
    En,
    /// Swedish.
    Sv,
}

impl From<LocaleArg> for Locale {
    fn from(locale: LocaleArg) -> Locale {
        match locale {
            LocaleArg::En => Locale::En,
            LocaleArg::Sv => Locale::Sv,
        }
    }
}

/// Why a command stopped early.
enum Stop {
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

/// The exit status of a process ended by SIGPIPE, as a shell reports it (128 + 13).
const CLOSED_OUTPUT_STATUS: u8 = 141;

/// Standard output, buffered, written without panicking.
type Output = io::BufWriter<io::StdoutLock<'static>>;

fn main() -> ExitCode {
    let cli = read_arguments();
    let mut out = io::BufWriter::new(io::stdout().lock());
    let outcome = run(cli.command, &mut out).and_then(|status| {
        out.flush()?;
        Ok(status)
    });
    match outcome {
        Ok(status) => status,
        Err(Stop::ClosedOutput) => ExitCode::from(CLOSED_OUTPUT_STATUS),
        Err(Stop::Failed(message)) => {
            say(&message);
            ExitCode::from(2)
        }
    }
}

/// The arguments, with `--version` naming the numbering data's release beside the crate's.
fn read_arguments() -> Cli {
    let version = format!(
        "{} (numbering data: libphonenumber {})",
        env!("CARGO_PKG_VERSION"),
        NUMBERING_DATA_VERSION
    );
    let matches = Cli::command().version(version.leak() as &str).get_matches();
    Cli::from_arg_matches(&matches).unwrap_or_else(|error| error.exit())
}

/// A line on standard error; if even that is closed there is nobody left to tell.
fn say(message: &str) {
    let _ = writeln!(io::stderr(), "callplan: {message}");
}

fn run(command: Command, out: &mut Output) -> Result<ExitCode, Stop> {
    match command {
        Command::Check {
            file,
            policy,
            format,
            locale,
            jsonl,
        } => {
            let locale = locale.map(Locale::from);
            if jsonl {
                check_lines(&file, policy.as_deref(), locale, out)
            } else {
                let readable = match format {
                    Some(format) => format == CheckFormat::Text,
                    None => io::stdout().is_terminal(),
                };
                check(&file, policy.as_deref(), locale, readable, out)
            }
        }
        Command::Rules { format, cases } => list_rules(format, cases.as_deref(), out),
        Command::Test {
            dir,
            policy,
            format,
            filter,
            update,
            coverage,
            min_coverage,
        } => {
            let policy = policy_or_stop(policy.as_deref())?;
            let reports = run_suite(&dir, &policy, filter.as_ref())?;
            if update {
                return update_cases(&reports, &dir, &policy, filter.as_ref(), out);
            }
            let coverage = (coverage || min_coverage.is_some()).then(|| Coverage::of(&reports));
            report_suite(&reports, format, coverage.as_ref(), min_coverage, out)
        }
        Command::Diff {
            from,
            to,
            dir,
            filter,
            format,
        } => {
            let (from, to) = (policy_or_stop(Some(&from))?, policy_or_stop(Some(&to))?);
            let files = read_cases(&dir).map_err(|error| Stop::Failed(error.to_string()))?;
            let files = suite::selected(files, &dir, filter.as_ref());
            let diff = PolicyDiff::between(files, &from, &to);
            match format {
                CheckFormat::Text => diff.write_text(Style::for_stdout(), out)?,
                CheckFormat::Json => writeln!(out, "{}", pretty(&diff)?)?,
            }
            Ok(exit_status(!diff.anything_changed()))
        }
    }
}

/// 0 when `success`, 1 otherwise.
fn exit_status(success: bool) -> ExitCode {
    if success {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// A value as indented JSON text.
fn pretty(value: &impl serde::Serialize) -> Result<String, Stop> {
    serde_json::to_string_pretty(value).map_err(|error| Stop::Failed(error.to_string()))
}

/// The policy named by `name_or_path`, or the reason to stop.
fn policy_or_stop(name_or_path: Option<&str>) -> Result<Policy, Stop> {
    load_policy(name_or_path).map_err(|error| {
        let at = if error.path.is_empty() {
            String::new()
        } else {
            format!("{}: ", error.path)
        };
        Stop::Failed(format!("{at}{}", error.message))
    })
}

/// The policy `seed-2024` (also when none is named) or the one in a file; a file that
/// cannot be read or is not a policy is malformed input at `/policy`.
fn load_policy(name_or_path: Option<&str>) -> Result<Policy, Malformed> {
    let path = match name_or_path {
        None | Some(SEED_POLICY) => return Ok(Policy::default()),
        Some(path) => Path::new(path),
    };
    let text = std::fs::read_to_string(path)
        .map_err(|error| Malformed::new("", format!("cannot read {}: {error}", path.display())))?;
    Policy::from_json(&text).map_err(|error| error.within("/policy"))
}

/// The bytes of the request in `file` (`-`: standard input). Input over the size limit is
/// counted, not kept.
fn read_request(file: &Path) -> Result<Vec<u8>, Malformed> {
    let unreadable = |error: io::Error| {
        let name = if file == Path::new("-") {
            "standard input".to_owned()
        } else {
            file.display().to_string()
        };
        Malformed::new("", format!("cannot read {name}: {error}"))
    };
    let mut reader: Box<dyn Read> = if file == Path::new("-") {
        Box::new(io::stdin().lock())
    } else {
        Box::new(std::fs::File::open(file).map_err(unreadable)?)
    };
    let most = u64::try_from(MAX_REQUEST_BYTES).unwrap_or(u64::MAX);
    let mut bytes = Vec::new();
    (&mut reader)
        .take(most.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() > MAX_REQUEST_BYTES {
        let rest = io::copy(&mut reader, &mut io::sink()).map_err(unreadable)?;
        let total =
            usize::try_from(rest).map_or(usize::MAX, |rest| rest.saturating_add(bytes.len()));
        check_request_size(total)?;
    }
    Ok(bytes)
}

fn check(
    file: &Path,
    policy: Option<&str>,
    locale: Option<Locale>,
    readable: bool,
    out: &mut Output,
) -> Result<ExitCode, Stop> {
    let answer = load_policy(policy).and_then(|policy| {
        let bytes = read_request(file)?;
        answer_bytes(&bytes, &policy, locale)
    });
    let style = Style::for_stdout();
    match answer {
        Ok((response, locale)) if readable => {
            check_report::response(&response, locale, style, out)?;
            Ok(exit_status(response.ok))
        }
        Ok((response, _)) => {
            writeln!(out, "{}", response.to_json())?;
            Ok(exit_status(response.ok))
        }
        Err(malformed) if readable => {
            check_report::malformed(&malformed, locale.unwrap_or_default(), style, out)?;
            Ok(ExitCode::from(2))
        }
        Err(malformed) => {
            writeln!(out, "{}", malformed.to_json())?;
            out.flush()?;
            say(&format!(
                "{} at \"{}\": {}",
                malformed.code, malformed.path, malformed.message
            ));
            Ok(ExitCode::from(2))
        }
    }
}

/// The answer to the request in `bytes` under `policy`, with its messages in `locale` when
/// one is given (in the request's own otherwise), and that locale.
fn answer_bytes(
    bytes: &[u8],
    policy: &Policy,
    locale: Option<Locale>,
) -> Result<(Response, Locale), Malformed> {
    let mut request = Request::from_json_bytes(bytes)?;
    if let Some(locale) = locale {
        request.locale = locale;
    }
    Ok((evaluate(&request, policy), request.locale))
}

/// `check --jsonl`: every line of `file` answered on a line of its own.
fn check_lines(
    file: &Path,
    policy: Option<&str>,
    locale: Option<Locale>,
    out: &mut Output,
) -> Result<ExitCode, Stop> {
    let policy = match load_policy(policy) {
        Ok(policy) => policy,
        Err(malformed) => {
            writeln!(out, "{}", malformed.to_json())?;
            return Ok(ExitCode::from(2));
        }
    };
    let answer = |bytes: &[u8]| answer_bytes(bytes, &policy, locale).map(|(response, _)| response);
    let worst = if file == Path::new("-") {
        batch::run(&mut io::stdin().lock(), &answer, out)?
    } else {
        let opened = std::fs::File::open(file)
            .map_err(|error| Stop::Failed(format!("cannot read {}: {error}", file.display())))?;
        batch::run(&mut io::BufReader::new(opened), &answer, out)?
    };
    Ok(match worst {
        batch::Worst::AllOk => ExitCode::SUCCESS,
        batch::Worst::SomeErrors => ExitCode::FAILURE,
        batch::Worst::SomeMalformed => ExitCode::from(2),
    })
}

/// How `callplan rules` writes the catalogue.
#[derive(Clone, Copy, ValueEnum)]
enum RulesFormat {
    /// One line per rule: code, severity, description.
    Text,
    /// The rule reference as Markdown.
    Markdown,
    /// The rule reference as JSON.
    Json,
}

fn list_rules(
    format: RulesFormat,
    cases: Option<&Path>,
    out: &mut Output,
) -> Result<ExitCode, Stop> {
    if let RulesFormat::Text = format {
        for rule in Rule::ALL {
            let (code, severity) = (rule.code(), rule.severity().as_str());
            writeln!(out, "{code:<38} {severity:<8} {}", rule.description())?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let files = match cases {
        Some(dir) => read_cases(dir).map_err(|error| Stop::Failed(error.to_string()))?,
        None => Vec::new(),
    };
    let root = cases.unwrap_or(Path::new(""));
    let entries = reference::entries(&files, root, &Policy::default());
    match format {
        RulesFormat::Markdown => write!(out, "{}", reference::markdown(&entries))?,
        RulesFormat::Text | RulesFormat::Json => {
            let json = serde_json::to_string_pretty(&entries)
                .map_err(|error| Stop::Failed(error.to_string()))?;
            writeln!(out, "{json}")?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The cases under `dir` (those `filter` matches) judged under `policy`.
fn run_suite(dir: &Path, policy: &Policy, filter: Option<&Regex>) -> Result<Vec<CaseReport>, Stop> {
    let files = read_cases(dir).map_err(|error| Stop::Failed(error.to_string()))?;
    Ok(suite::run(files, dir, policy, filter))
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
    let counts = Counts::of(reports);
    let mut success = counts.failed == 0 && counts.cases > 0;
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
/// what changed, then runs the cases again.
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
    let counts = Counts::of(&after);
    Ok(exit_status(counts.failed == 0))
}

/// Whether the process runs under continuous integration (`CI` set, and not to `false`
/// or `0`).
fn ci_is_set() -> bool {
    std::env::var("CI").is_ok_and(|value| !matches!(value.as_str(), "" | "false" | "0"))
}
