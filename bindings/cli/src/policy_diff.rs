//! `callplan diff --from A --to B DIR`: every case whose answer changes when the policy
//! does, and the rules whose findings come or go, with counts.

use std::collections::BTreeMap;
use std::io::Write;

use callplan::Policy;
use callplan_testing::CaseFile;
use rayon::prelude::*;
use serde::Serialize;
use serde_json::Value;

use crate::answer;
use crate::style::Style;
use crate::suite::in_cases;

/// What changes over a folder of cases between two policies.
#[derive(Serialize)]
pub struct PolicyDiff {
    /// The policy the cases were answered under first (its `name`).
    pub from: String,
    /// The policy they were answered under then.
    pub to: String,
    /// Cases compared.
    pub cases: usize,
    /// Per rule, in how many cases its findings were added and removed.
    pub rules: BTreeMap<String, RuleChanges>,
    /// Each case whose answer changed, in path order.
    pub changed: Vec<CaseChange>,
    /// Cases that could not be answered (not a case, or a policy override that is not one).
    pub broken: Vec<Broken>,
}

/// How often a rule's findings came and went.
#[derive(Default, Serialize)]
pub struct RuleChanges {
    /// Cases where a finding of the rule appears.
    pub added: usize,
    /// Cases where one disappears.
    pub removed: usize,
}

/// How one case's answer changed.
#[derive(Serialize)]
pub struct CaseChange {
    /// The case file below the folder.
    pub case: String,
    /// `ok` before and after, when it flipped.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ok: Option<[bool; 2]>,
    /// Findings (rule and path) only the second policy gives.
    pub added: Vec<FindingAt>,
    /// Findings only the first policy gives.
    pub removed: Vec<FindingAt>,
    /// Whether the check's `result` changed.
    pub result_changed: bool,
    /// Whether anything else changed (messages, parameters, or a malformed answer).
    pub other_changed: bool,
}

/// A finding as a diff names it.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct FindingAt {
    /// The rule code.
    pub rule: String,
    /// The JSON Pointer it is at.
    pub path: String,
}

/// A case that could not be answered.
#[derive(Serialize)]
pub struct Broken {
    /// The case file below the folder.
    pub case: String,
    /// Why.
    pub error: String,
}

impl PolicyDiff {
    /// Answers every case of `files` under `from` and under `to` and compares.
    pub fn between(files: Vec<(String, CaseFile)>, from: &Policy, to: &Policy) -> PolicyDiff {
        let compared: Vec<Result<Option<CaseChange>, Broken>> = files
            .par_iter()
            .map(|(name, file)| compare_case(name, file, from, to))
            .collect();
        let mut diff = PolicyDiff {
            from: from.name.clone(),
            to: to.name.clone(),
            cases: files.len(),
            rules: BTreeMap::new(),
            changed: Vec::new(),
            broken: Vec::new(),
        };
        for outcome in compared {
            match outcome {
                Ok(Some(change)) => diff.count(change),
                Ok(None) => {}
                Err(broken) => diff.broken.push(broken),
            }
        }
        diff
    }

    fn count(&mut self, change: CaseChange) {
        for rule in distinct(&change.added) {
            let counts = self.rules.entry(rule).or_default();
            counts.added = counts.added.saturating_add(1);
        }
        for rule in distinct(&change.removed) {
            let counts = self.rules.entry(rule).or_default();
            counts.removed = counts.removed.saturating_add(1);
        }
        self.changed.push(change);
    }

    /// Whether any case's answer changed.
    pub fn anything_changed(&self) -> bool {
        !self.changed.is_empty()
    }

    /// The report for a person.
    pub fn write_text(&self, style: Style, out: &mut impl Write) -> std::io::Result<()> {
        writeln!(
            out,
            "{} → {}: {} of {} cases change",
            self.from,
            self.to,
            self.changed.len(),
            self.cases
        )?;
        if !self.rules.is_empty() {
            writeln!(out, "\nby rule")?;
        }
        for (rule, counts) in &self.rules {
            let mut parts = Vec::new();
            if counts.added > 0 {
                parts.push(style.good(&format!("+ {}", in_cases(counts.added))));
            }
            if counts.removed > 0 {
                parts.push(style.error(&format!("- {}", in_cases(counts.removed))));
            }
            writeln!(out, "  {rule:<38} {}", parts.join(", "))?;
        }
        if !self.changed.is_empty() {
            writeln!(out, "\ncases")?;
        }
        for change in &self.changed {
            write_change(change, style, out)?;
        }
        for broken in &self.broken {
            writeln!(
                out,
                "{} {}: {}",
                style.error("BROKEN"),
                broken.case,
                broken.error
            )?;
        }
        Ok(())
    }
}

fn write_change(change: &CaseChange, style: Style, out: &mut impl Write) -> std::io::Result<()> {
    writeln!(out, "  {}", style.strong(&change.case))?;
    if let Some([before, after]) = change.ok {
        writeln!(out, "    ok: {before} → {after}")?;
    }
    for finding in &change.removed {
        writeln!(
            out,
            "    {} {} at \"{}\"",
            style.error("-"),
            finding.rule,
            finding.path
        )?;
    }
    for finding in &change.added {
        writeln!(
            out,
            "    {} {} at \"{}\"",
            style.good("+"),
            finding.rule,
            finding.path
        )?;
    }
    if change.result_changed {
        writeln!(out, "    result changed")?;
    }
    if change.other_changed {
        writeln!(out, "    messages or parameters changed")?;
    }
    Ok(())
}

fn distinct(findings: &[FindingAt]) -> Vec<String> {
    let mut rules: Vec<String> = findings.iter().map(|f| f.rule.clone()).collect();
    rules.dedup();
    rules
}

fn compare_case(
    name: &str,
    file: &CaseFile,
    from: &Policy,
    to: &Policy,
) -> Result<Option<CaseChange>, Broken> {
    let broken = |error: String| Broken {
        case: name.to_owned(),
        error,
    };
    let case = file
        .case
        .as_ref()
        .map_err(|error| broken(format!("not a case: {error}")))?;
    let before = case
        .answer(from)
        .map_err(|e| broken(format!("policy: {e}")))?;
    let after = case
        .answer(to)
        .map_err(|e| broken(format!("policy: {e}")))?;
    if before == after {
        return Ok(None);
    }
    let (before_findings, after_findings) = (findings_at(&before), findings_at(&after));
    let added = missing_from(&after_findings, &before_findings);
    let removed = missing_from(&before_findings, &after_findings);
    let ok = |answer: &Value| answer.get("ok").and_then(Value::as_bool);
    let ok = match (ok(&before), ok(&after)) {
        (Some(before), Some(after)) if before != after => Some([before, after]),
        _ => None,
    };
    let result_changed = before.get("result") != after.get("result");
    let other_changed = ok.is_none() && added.is_empty() && removed.is_empty() && !result_changed;
    Ok(Some(CaseChange {
        case: name.to_owned(),
        ok,
        added,
        removed,
        result_changed,
        other_changed,
    }))
}

/// The findings of an answer as rule and path, sorted.
fn findings_at(answer: &Value) -> Vec<FindingAt> {
    let mut findings: Vec<FindingAt> = answer::findings(answer)
        .map(|finding| FindingAt {
            rule: answer::text(finding, "rule"),
            path: answer::text(finding, "path"),
        })
        .collect();
    findings.sort();
    findings
}

/// The findings of `these` that `those` does not hold (counting repeats), sorted.
fn missing_from(these: &[FindingAt], those: &[FindingAt]) -> Vec<FindingAt> {
    let mut left: Vec<&FindingAt> = those.iter().collect();
    these
        .iter()
        .filter(
            |finding| match left.iter().position(|other| other == finding) {
                Some(index) => {
                    left.swap_remove(index);
                    false
                }
                None => true,
            },
        )
        .cloned()
        .collect()
}
