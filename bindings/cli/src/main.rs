//! `callplan`: check a request, list the rules, run a folder of regression cases.
//!
//! Exit status of `check`: 0 when the request is `ok`, 1 when it has errors, 2 for
//! malformed input (POLICY §5). `test` exits 1 if any case fails.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod reference;

use callplan::regression::read_cases;
use callplan::{evaluate, Policy, Request, Rule};
use clap::{Parser, Subcommand, ValueEnum};

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

fn main() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Check { file, policy } => {
            load_policy(policy.as_deref()).and_then(|policy| check(&file, &policy))
        }
        Command::Rules { format, cases } => list_rules(format, cases.as_deref()),
        Command::Test { dir, policy } => {
            load_policy(policy.as_deref()).and_then(|policy| run_cases(&dir, &policy))
        }
    };
    outcome.unwrap_or_else(|message| {
        eprintln!("callplan: {message}");
        ExitCode::from(2)
    })
}

fn load_policy(path: Option<&Path>) -> Result<Policy, String> {
    let Some(path) = path else {
        return Ok(Policy::default());
    };
    let text =
        std::fs::read_to_string(path).map_err(|error| format!("{}: {error}", path.display()))?;
    Policy::from_json(&text).map_err(|error| format!("{}: {error}", path.display()))
}

fn read_input(file: &Path) -> Result<String, String> {
    if file == Path::new("-") {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|error| format!("standard input: {error}"))?;
        Ok(text)
    } else {
        std::fs::read_to_string(file).map_err(|error| format!("{}: {error}", file.display()))
    }
}

fn check(file: &Path, policy: &Policy) -> Result<ExitCode, String> {
    let text = read_input(file)?;
    match Request::from_json(&text) {
        Ok(request) => {
            let response = evaluate(&request, policy);
            println!("{}", response.to_json());
            Ok(ExitCode::from(if response.ok { 0 } else { 1 }))
        }
        Err(malformed) => {
            println!("{}", malformed.to_json());
            eprintln!(
                "callplan: {} at \"{}\": {}",
                malformed.code, malformed.path, malformed.message
            );
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

fn list_rules(format: RulesFormat, cases: Option<&Path>) -> Result<ExitCode, String> {
    if let RulesFormat::Text = format {
        for rule in Rule::ALL {
            println!(
                "{:<38} {:<8} {}",
                rule.code(),
                rule.severity().as_str(),
                rule.description()
            );
        }
        return Ok(ExitCode::SUCCESS);
    }
    let files = match cases {
        Some(dir) => read_cases(dir).map_err(|error| error.to_string())?,
        None => Vec::new(),
    };
    let root = cases.unwrap_or(Path::new(""));
    let entries = reference::entries(&files, root, &Policy::default());
    match format {
        RulesFormat::Markdown => print!("{}", reference::markdown(&entries)),
        _ => println!(
            "{}",
            serde_json::to_string_pretty(&entries).map_err(|error| error.to_string())?
        ),
    }
    Ok(ExitCode::SUCCESS)
}

fn run_cases(dir: &Path, policy: &Policy) -> Result<ExitCode, String> {
    let files = read_cases(dir).map_err(|error| error.to_string())?;
    let mut failed = 0usize;
    for file in &files {
        let outcome = match &file.case {
            Ok(case) => case.run(policy),
            Err(error) => Err(vec![format!("not a case: {error}")]),
        };
        if let Err(differences) = outcome {
            failed += 1;
            println!("FAIL {}", file.path.display());
            for difference in differences {
                println!("     {difference}");
            }
        }
    }
    println!(
        "{} cases, {} passed, {} failed",
        files.len(),
        files.len() - failed,
        failed
    );
    Ok(if failed == 0 && !files.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
