//! `callplan`: check a request, list the rules, run a folder of regression cases.
//!
//! Exit status of `check`: 0 when the request is `ok`, 1 when it has errors, 2 for
//! malformed input (POLICY §5). `test` exits 1 if any case fails. Every command writes
//! through [`Output`]: a closed standard output ends it quietly with the status of SIGPIPE,
//! as `cat` and `grep` do; no write ever panics.

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod reference;

use callplan::limits::{check_request_size, MAX_REQUEST_BYTES};
use callplan::regression::read_cases;
use callplan::{evaluate, Malformed, Policy, Request, Rule, NUMBERING_DATA_VERSION};
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

/// Know before you submit: the Cisco Calling Plan policy on the command line.
#[derive(Parser)]
#[command(name = "callplan", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check a request (JSON file, or `-` for standard input) and print the response JSON.
    Check {
        /// The request file, or `-` for standard input.
        file: PathBuf,
        /// A policy JSON file; fields left out keep the seed-2024 values.
        #[arg(long)]
        policy: Option<PathBuf>,
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
        /// A policy JSON file the cases are judged under (a case's own `policy` overrides it).
        #[arg(long)]
        policy: Option<PathBuf>,
    },
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
        Command::Check { file, policy } => check(&file, policy.as_deref(), out),
        Command::Rules { format, cases } => list_rules(format, cases.as_deref(), out),
        Command::Test { dir, policy } => {
            let policy = load_policy(policy.as_deref())
                .map_err(|error| Stop::Failed(format!("{}: {}", error.path, error.message)))?;
            run_cases(&dir, &policy, out)
        }
    }
}

/// The policy in `path` (the seed's when none is given); a file that cannot be read or is
/// not a policy is malformed input at `/policy`.
fn load_policy(path: Option<&Path>) -> Result<Policy, Malformed> {
    let Some(path) = path else {
        return Ok(Policy::default());
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

fn check(file: &Path, policy: Option<&Path>, out: &mut Output) -> Result<ExitCode, Stop> {
    let request = load_policy(policy).and_then(|policy| {
        let bytes = read_request(file)?;
        Request::from_json_bytes(&bytes).map(|request| (request, policy))
    });
    match request {
        Ok((request, policy)) => {
            let response = evaluate(&request, &policy);
            writeln!(out, "{}", response.to_json())?;
            Ok(ExitCode::from(if response.ok { 0 } else { 1 }))
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

fn run_cases(dir: &Path, policy: &Policy, out: &mut Output) -> Result<ExitCode, Stop> {
    let files = read_cases(dir).map_err(|error| Stop::Failed(error.to_string()))?;
    let mut failed = 0usize;
    for file in &files {
        let outcome = match &file.case {
            Ok(case) => case.run(policy),
            Err(error) => Err(vec![format!("not a case: {error}")]),
        };
        if let Err(differences) = outcome {
            failed = failed.saturating_add(1);
            writeln!(out, "FAIL {}", file.path.display())?;
            for difference in differences {
                writeln!(out, "     {difference}")?;
            }
        }
    }
    let passed = files.len().saturating_sub(failed);
    writeln!(
        out,
        "{} cases, {passed} passed, {failed} failed",
        files.len()
    )?;
    Ok(if failed == 0 && !files.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
