//! `callplan`: check a request, list the rules, run a folder of regression cases, and
//! compare what two policies answer to them. One file per command under `command/`; this
//! file reads the arguments and hands them to the command.
//!
//! Exit status of `check`: 0 when the request is `ok`, 1 when it has errors, 2 for
//! malformed input (with `--jsonl`, the worst line decides). `test` exits 1 if any case
//! fails; `diff` exits 1 if any answer changes. Every command writes through [`Output`]: a
//! closed standard output ends it quietly with the status of SIGPIPE, as `cat` and `grep`
//! do; no write ever panics.

use std::io::{self, Write};
use std::process::ExitCode;

mod answer;
mod batch;
mod case_text;
mod check_report;
mod command;
mod coverage;
mod policy_diff;
mod reference;
mod style;
mod suite;
mod test_report;

use callplan::NUMBERING_DATA_VERSION;
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use command::{Output, Stop};

/// Know before you submit: the Cisco Calling Plan policy on the command line.
#[derive(Parser)]
#[command(name = "callplan", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check a request (JSON file, or `-` for standard input): a readable report at a
    /// terminal, the response JSON in a pipe.
    Check(command::check::CheckArgs),
    /// List every rule: code, severity and description; or the full rule reference.
    Rules(command::rules::RulesArgs),
    /// Run every `*.json` regression case under a folder and report each that fails.
    Test(command::test::TestArgs),
    /// Answer every case under two policies and report each case whose answer changes.
    Diff(command::diff::DiffArgs),
    /// Print the JSON Schema (draft 2020-12) of requests, responses and the policy.
    Schema(command::schema::SchemaArgs),
}

/// The exit status of a process ended by SIGPIPE, as a shell reports it (128 + 13).
const CLOSED_OUTPUT_STATUS: u8 = 141;

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
            command::say(&message);
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

/// Runs the command the arguments name.
fn run(command: Command, out: &mut Output) -> Result<ExitCode, Stop> {
    match command {
        Command::Check(args) => command::check::run(args, out),
        Command::Rules(args) => command::rules::run(args, out),
        Command::Test(args) => command::test::run(args, out),
        Command::Diff(args) => command::diff::run(args, out),
        Command::Schema(args) => command::schema::run(args, out),
    }
}
