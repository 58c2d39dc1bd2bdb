//! The per-number rules shared by every check that takes numbers [POLICY §3.3, §3.4]:
//! `number.invalid`, `number.not_us`, `number.toll_free`, `number.not_geographic` and
//! `number.duplicate`.

use std::collections::BTreeMap;

use serde_json::json;

use crate::numbers::{classify, Classified, NumberClass};
use crate::policy::Policy;
use crate::response::Findings;
use crate::rules::Rule;

/// How a number is being used, which decides whether toll-free numbers are allowed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Usage {
    /// A new number ordered on its own.
    Single,
    /// A new number in a consecutive block.
    Block,
    /// An existing number ported in.
    Port,
}

/// The rule a number of this class breaks when used this way, if any.
pub(crate) fn class_rule(class: NumberClass, usage: Usage, policy: &Policy) -> Option<Rule> {
    let toll_free_allowed = match usage {
        Usage::Single => policy.toll_free.single_numbers,
        Usage::Block => policy.toll_free.blocks,
        Usage::Port => policy.toll_free.porting,
    };
    match class {
        NumberClass::Invalid => Some(Rule::NumberInvalid),
        NumberClass::NotUs => Some(Rule::NumberNotUs),
        NumberClass::TollFree if !toll_free_allowed => Some(Rule::NumberTollFree),
        NumberClass::NotGeographic => Some(Rule::NumberNotGeographic),
        NumberClass::TollFree | NumberClass::UsGeographic => None,
    }
}

/// Classifies `written` and records the class rule it breaks at `path`.
pub(crate) fn check_number(
    written: &str,
    path: &str,
    usage: Usage,
    policy: &Policy,
    findings: &mut Findings,
) -> Classified {
    let classified = classify(written);
    if let Some(rule) = class_rule(classified.class, usage, policy) {
        let shown = classified.e164.as_deref().unwrap_or(written);
        findings.add(rule, path, json!({ "number": shown }));
    }
    classified
}

/// Remembers where each number was first seen and reports later sightings as
/// `number.duplicate`, at most once per path.
#[derive(Debug, Default)]
pub(crate) struct Duplicates {
    first_seen: BTreeMap<String, String>,
}

impl Duplicates {
    /// Notes `e164` at `path`; returns false if it had been seen before.
    pub(crate) fn note(&mut self, e164: &str, path: &str, findings: &mut Findings) -> bool {
        match self.first_seen.get(e164) {
            Some(first_path) => {
                if !findings.contains(Rule::NumberDuplicate, path) {
                    let params = json!({ "number": e164, "first_path": first_path });
                    findings.add(Rule::NumberDuplicate, path, params);
                }
                false
            }
            None => {
                self.first_seen.insert(e164.to_owned(), path.to_owned());
                true
            }
        }
    }
}
