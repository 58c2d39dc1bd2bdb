//! `callplan rules`: the rule catalogue, one line per rule or the full reference.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use callplan::{Policy, Rule};
use clap::{Args, ValueEnum};

use super::{case_files, pretty, Output, Stop};
use crate::reference;

/// The arguments of `rules`.
#[derive(Args)]
pub(crate) struct RulesArgs {
    /// `text` (one line per rule), `markdown` (the reference in docs/rules.md) or `json`.
    #[arg(long, value_enum, default_value_t = RulesFormat::Text)]
    format: RulesFormat,
    /// A folder of cases: the reference names the checks that produce each rule and
    /// shows a real message from the first case that does.
    #[arg(long)]
    cases: Option<PathBuf>,
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

/// Runs `rules`.
pub(crate) fn run(args: RulesArgs, out: &mut Output) -> Result<ExitCode, Stop> {
    match args.format {
        RulesFormat::Text => write_lines(out)?,
        RulesFormat::Markdown => {
            let entries = reference_entries(args.cases.as_deref())?;
            write!(out, "{}", reference::markdown(&entries))?;
        }
        RulesFormat::Json => {
            let entries = reference_entries(args.cases.as_deref())?;
            writeln!(out, "{}", pretty(&entries)?)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// One line per rule: code, severity, description.
fn write_lines(out: &mut Output) -> Result<(), Stop> {
    for rule in Rule::ALL {
        let (code, severity) = (rule.code(), rule.severity().as_str());
        writeln!(out, "{code:<38} {severity:<8} {}", rule.description())?;
    }
    Ok(())
}

/// The reference of every rule, with examples from the cases under `cases` when given.
fn reference_entries(cases: Option<&Path>) -> Result<Vec<reference::RuleEntry>, Stop> {
    let files = match cases {
        Some(dir) => case_files(dir)?,
        None => Vec::new(),
    };
    let root = cases.unwrap_or(Path::new(""));
    Ok(reference::entries(&files, root, &Policy::default()))
}
