//! The per-number rules shared by every check that takes numbers [POLICY §3.3, §3.4]:
//! `number.invalid`, `number.not_us`, `number.toll_free`, `number.not_geographic` and
//! `number.duplicate`.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, DefaultHasher};

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

/// A JSON Pointer numbers are noted at, registered with [`Duplicates::place`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Place(usize);

/// Remembers where each number was first seen and reports later sightings as
/// `number.duplicate`, at most once per place. Numbers are keyed by their E.164 digits
/// ([`crate::numbers::e164_key`]), so noting one costs a hash lookup and no text.
#[derive(Debug, Default)]
pub(crate) struct Duplicates {
    first_seen: HashMap<u64, Place, BuildHasherDefault<DefaultHasher>>,
    places: Vec<String>,
    reported: Vec<bool>,
}

impl Duplicates {
    /// Registers the JSON Pointer of a field that holds numbers.
    pub(crate) fn place(&mut self, path: String) -> Place {
        self.places.push(path);
        self.reported.push(false);
        Place(self.places.len() - 1)
    }

    /// The JSON Pointer of a registered place.
    pub(crate) fn path(&self, place: Place) -> &str {
        self.places.get(place.0).map_or("", String::as_str)
    }

    /// Notes the number with E.164 key `key` at `place`; returns false if it had been seen
    /// before (and reports that, once per place).
    pub(crate) fn note(&mut self, key: u64, place: Place, findings: &mut Findings) -> bool {
        let Some(&first) = self.first_seen.get(&key) else {
            self.first_seen.insert(key, place);
            return true;
        };
        let first_report = self
            .reported
            .get_mut(place.0)
            .is_some_and(|reported| !std::mem::replace(reported, true));
        if first_report {
            let params = json!({ "number": format!("+{key}"), "first_path": self.path(first) });
            findings.add(Rule::NumberDuplicate, self.path(place), params);
        }
        false
    }
}
