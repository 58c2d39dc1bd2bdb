//! `callplan check`: one request (a readable report at a terminal, the response JSON in a
//! pipe), or one request per line with `--jsonl`.

use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use callplan::answer::{Answer, Outcome};
use callplan::limits::{check_request_size, MAX_REQUEST_BYTES};
use callplan::{evaluate, Locale, Malformed, Policy, Request, Response};
use clap::Args;

use super::{exit_status, load_policy, locale_parser, say, Output, ReportFormat, Stop};
use crate::style::Style;
use crate::{batch, check_report};

/// The arguments of `check`.
#[derive(Args)]
pub(crate) struct CheckArgs {
    /// The request file, or `-` for standard input.
    file: PathBuf,
    /// A policy JSON file (fields left out keep the values of its `base`, seed-2024 unless
    /// it says cisco-2026), or a built-in policy: `seed-2024`, `cisco-2026`.
    #[arg(long, value_name = "FILE|seed-2024|cisco-2026")]
    policy: Option<String>,
    /// `text` (the readable report) or `json` (the response); the report when standard
    /// output is a terminal, JSON otherwise.
    #[arg(long, value_enum)]
    format: Option<ReportFormat>,
    /// The language of messages, in place of the request's `locale`.
    #[arg(long, value_parser = locale_parser())]
    locale: Option<Locale>,
    /// Read one request per line and write one response JSON per line, in order.
    #[arg(long, conflicts_with = "format")]
    jsonl: bool,
}

/// Runs `check`.
pub(crate) fn run(args: CheckArgs, out: &mut Output) -> Result<ExitCode, Stop> {
    let policy = args.policy.as_deref();
    if args.jsonl {
        return check_lines(&args.file, policy, args.locale, out);
    }
    let readable = match args.format {
        Some(format) => format == ReportFormat::Text,
        None => io::stdout().is_terminal(),
    };
    check(&args.file, policy, args.locale, readable, out)
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

/// One request: its report or its response JSON.
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
    let request = read_request_bytes(bytes, locale)?;
    Ok((evaluate(&request, policy), request.locale))
}

/// The request in `bytes`, its language `locale` when one is given.
fn read_request_bytes(bytes: &[u8], locale: Option<Locale>) -> Result<Request, Malformed> {
    let mut request = Request::from_json_bytes(bytes)?;
    if let Some(locale) = locale {
        request.locale = locale;
    }
    Ok(request)
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
    let answer = |bytes: &[u8]| Answer::new(read_request_bytes(bytes, locale), &policy);
    let worst = if file == Path::new("-") {
        batch::run(&mut io::stdin().lock(), &answer, out)?
    } else {
        let opened = std::fs::File::open(file)
            .map_err(|error| Stop::Failed(format!("cannot read {}: {error}", file.display())))?;
        batch::run(&mut io::BufReader::new(opened), &answer, out)?
    };
    Ok(match worst {
        Outcome::Ok => ExitCode::SUCCESS,
        Outcome::Errors => ExitCode::FAILURE,
        Outcome::Malformed => ExitCode::from(2),
    })
}
