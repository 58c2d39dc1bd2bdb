//! `callplan`: check a request, list the rules, run a folder of regression cases.
//!
//! Exit status of `check`: 0 when the request is `ok`, 1 when it has errors, 2 for
//! malformed input (POLICY §5). `test` exits 1 if any case fails.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use callplan::regression::read_cases;
use callplan::{evaluate, Policy, Request, Rule};
use clap::{Parser, Subcommand};

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
    /// List every rule code with its severity and description.
    Rules,
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
        Command::Rules => Ok(list_rules()),
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

fn list_rules() -> ExitCode {
    for rule in Rule::ALL {
        println!(
            "{:<38} {:<8} {}",
            rule.code(),
            rule.severity().as_str(),
            rule.description()
        );
    }
    ExitCode::SUCCESS
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
