//! `callplan test --coverage`: which rules the cases produce, per check, and which rules of
//! the catalogue no case produces.

use std::collections::BTreeMap;
use std::io::Write;

use callplan::Rule;
use serde::Serialize;
use serde_json::Value;

use crate::answer;
use crate::suite::{in_cases, CaseReport};

/// What a corpus produces of the catalogue.
#[derive(Serialize)]
pub struct Coverage {
    /// Rules of the catalogue some case produces.
    pub produced: usize,
    /// Rules in the catalogue.
    pub rules: usize,
    /// `produced` as a percentage of `rules`, rounded down to one decimal.
    pub percent: f64,
    /// Per check (the request's `check`): each rule its cases produce.
    pub checks: BTreeMap<String, Vec<Produced>>,
    /// Rules no case produces, in catalogue order.
    pub never_produced: Vec<&'static str>,
}

/// A rule a check's cases produce.
#[derive(Serialize)]
pub struct Produced {
    /// The rule code.
    pub rule: String,
    /// Its severity.
    pub severity: String,
    /// How many cases produce it.
    pub cases: usize,
}

impl Coverage {
    /// The coverage of the answers in `reports` (broken cases count for nothing).
    pub fn of(reports: &[CaseReport]) -> Coverage {
        let mut checks: BTreeMap<String, BTreeMap<(String, String), usize>> = BTreeMap::new();
        for report in reports {
            let Some(answer) = &report.answer else {
                continue;
            };
            let Some(check) = report.check.as_deref() else {
                continue;
            };
            let rules = checks.entry(check.to_owned()).or_default();
            for key in distinct_rules(answer) {
                let count = rules.entry(key).or_default();
                *count = count.saturating_add(1);
            }
        }
        let seen = |code: &str| {
            checks
                .values()
                .any(|rules| rules.keys().any(|(rule, _)| rule == code))
        };
        let never_produced: Vec<&'static str> = Rule::ALL
            .iter()
            .map(|rule| rule.code())
            .filter(|code| !seen(code))
            .collect();
        let rules = Rule::ALL.len();
        let produced = rules.saturating_sub(never_produced.len());
        Coverage {
            produced,
            rules,
            percent: percent(produced, rules),
            checks: checks
                .into_iter()
                .map(|(check, rules)| {
                    let produced = rules
                        .into_iter()
                        .map(|((rule, severity), cases)| Produced {
                            rule,
                            severity,
                            cases,
                        })
                        .collect();
                    (check, produced)
                })
                .collect(),
            never_produced,
        }
    }

    /// The report for a person.
    pub fn write_text(&self, out: &mut impl Write) -> std::io::Result<()> {
        writeln!(
            out,
            "coverage: {} of {} rules produced ({:.1}%)",
            self.produced, self.rules, self.percent
        )?;
        for (check, produced) in &self.checks {
            writeln!(out, "  {check}")?;
            for rule in produced {
                let Produced {
                    rule,
                    severity,
                    cases,
                } = rule;
                writeln!(out, "    {rule:<38} {severity:<8} {}", in_cases(*cases))?;
            }
        }
        if !self.never_produced.is_empty() {
            writeln!(out, "  never produced")?;
            for code in &self.never_produced {
                writeln!(out, "    {code}")?;
            }
        }
        Ok(())
    }
}

/// Each (rule, severity) an answer's findings hold, once.
fn distinct_rules(answer: &Value) -> Vec<(String, String)> {
    let mut rules: Vec<(String, String)> = answer::findings(answer)
        .map(|finding| {
            (
                answer::text(finding, "rule"),
                answer::text(finding, "severity"),
            )
        })
        .collect();
    rules.sort();
    rules.dedup();
    rules
}

/// `part` of `whole` in percent, rounded down to one decimal (nothing of nothing is 100%).
fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        return 100.0;
    }
    let tenths = part.saturating_mul(1000).checked_div(whole).unwrap_or(0);
    f64::from(u32::try_from(tenths).unwrap_or(u32::MAX)) / 10.0
}
