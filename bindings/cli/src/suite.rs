//! Running a folder of regression cases: every case judged on its own thread of the pool,
//! the reports kept in path order.

use std::path::{Path, PathBuf};

use callplan::Policy;
use callplan_testing::{CaseFile, Difference};
use rayon::prelude::*;
use regex::Regex;
use serde_json::Value;

use crate::case_text;

/// What became of one case.
pub struct CaseReport {
    /// The case file, relative to the folder the suite was read from.
    pub name: String,
    /// The case file's path: the folder given on the command line, then its name.
    pub path: PathBuf,
    /// The case's own description.
    pub description: String,
    /// The request's `check`, when it names one.
    pub check: Option<String>,
    /// Whether it passed.
    pub verdict: Verdict,
    /// The answer the case's request got (none when the case is broken).
    pub answer: Option<Value>,
}

/// A case's verdict.
pub enum Verdict {
    /// The answer matches `expected`.
    Passed,
    /// The answer differs.
    Failed {
        /// Every place it differs.
        differences: Vec<Difference>,
        /// The case's `expected`, and what it would say if it matched (its shape kept).
        expected: Value,
        /// See [`callplan_testing::Case::expected_from`].
        proposed: Value,
        /// The line of the case file where the first difference sits.
        line: usize,
    },
    /// The file is not a case, or its policy is not a policy.
    Broken(String),
}

impl CaseReport {
    /// Whether the case passed.
    pub fn passed(&self) -> bool {
        matches!(self.verdict, Verdict::Passed)
    }
}

/// The cases of `files` (read from `root`) whose name `filter` matches, judged under
/// `policy`, in the order given.
pub fn run(
    files: Vec<CaseFile>,
    root: &Path,
    policy: &Policy,
    filter: Option<&Regex>,
) -> Vec<CaseReport> {
    selected(files, root, filter)
        .into_par_iter()
        .map(|(name, file)| judge(name, file, policy))
        .collect()
}

/// The files whose name (path below `root`, `/`-separated) `filter` matches, with that name.
pub fn selected(
    files: Vec<CaseFile>,
    root: &Path,
    filter: Option<&Regex>,
) -> Vec<(String, CaseFile)> {
    files
        .into_iter()
        .map(|file| (name_below(&file.path, root), file))
        .filter(|(name, _)| filter.is_none_or(|filter| filter.is_match(name)))
        .collect()
}

/// `path` below `root`, with `/` between its parts on every platform.
fn name_below(path: &Path, root: &Path) -> String {
    let below = path.strip_prefix(root).unwrap_or(path);
    let parts: Vec<String> = below
        .components()
        .map(|part| part.as_os_str().to_string_lossy().into_owned())
        .collect();
    parts.join("/")
}

fn judge(name: String, file: CaseFile, policy: &Policy) -> CaseReport {
    let case = match &file.case {
        Ok(case) => case,
        Err(error) => {
            return broken(
                name,
                file.path,
                String::new(),
                format!("not a case: {error}"),
            )
        }
    };
    let answer = match case.answer(policy) {
        Ok(answer) => answer,
        Err(error) => {
            return broken(
                name,
                file.path,
                case.description.clone(),
                format!("policy: {error}"),
            )
        }
    };
    let differences = case.differences(&answer);
    let verdict = match differences.first() {
        None => Verdict::Passed,
        Some(first) => Verdict::Failed {
            line: line_in_file(&file.path, &first.path),
            expected: case.expected.clone(),
            proposed: case.expected_from(&answer),
            differences,
        },
    };
    CaseReport {
        name,
        path: file.path,
        description: case.description.clone(),
        check: check_of(&case.request),
        verdict,
        answer: Some(answer),
    }
}

fn broken(name: String, path: PathBuf, description: String, error: String) -> CaseReport {
    CaseReport {
        name,
        path,
        description,
        check: None,
        verdict: Verdict::Broken(error),
        answer: None,
    }
}

/// The line of `path` where `pointer` (into `expected`) sits; 1 when it cannot be read.
fn line_in_file(path: &Path, pointer: &str) -> usize {
    std::fs::read_to_string(path).map_or(1, |text| case_text::line_of(&text, pointer))
}

/// The `check` a request names.
fn check_of(request: &Value) -> Option<String> {
    Some(request.get("check")?.as_str()?.to_owned())
}

/// `1 case`, `2 cases`.
pub fn cases(count: usize) -> String {
    let noun = if count == 1 { "case" } else { "cases" };
    format!("{count} {noun}")
}

/// `in 1 case`, `in 2 cases`.
pub fn in_cases(count: usize) -> String {
    format!("in {}", cases(count))
}
