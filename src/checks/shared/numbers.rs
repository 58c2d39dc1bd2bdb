//! The per-number rules shared by every check that takes numbers [POLICY §3.3, §3.4, §3.6]:
//! `number.invalid`, `number.not_us`, `number.toll_free`, `number.not_geographic` and
//! `number.duplicate`.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, DefaultHasher};

use crate::catalogue::policy::Policy;
use crate::catalogue::rules::Params;
use crate::findings::{Findings, Pointer};
use crate::numbers::{classify, Classified, NumberClass};

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

/// The finding a number of this class makes when used this way, if any: the rule's
/// parameters made from the number.
pub(crate) fn class_rule(
    class: NumberClass,
    usage: Usage,
    policy: &Policy,
) -> Option<fn(String) -> Params> {
    let toll_free_allowed = match usage {
        Usage::Single => policy.toll_free.single_numbers,
        Usage::Block => policy.toll_free.blocks,
        Usage::Port => policy.toll_free.porting,
    };
    match class {
        NumberClass::Invalid => Some(|number| Params::NumberInvalid { number }),
        NumberClass::NotUs => Some(|number| Params::NumberNotUs { number }),
        NumberClass::TollFree if !toll_free_allowed => {
            Some(|number| Params::NumberTollFree { number })
        }
        NumberClass::NotGeographic => Some(|number| Params::NumberNotGeographic { number }),
        NumberClass::TollFree | NumberClass::UsGeographic => None,
    }
}

/// Classifies `written` and records the class rule it breaks at `path`.
pub(crate) fn check_number(
    written: &str,
    path: &Pointer,
    usage: Usage,
    policy: &Policy,
    findings: &mut Findings,
) -> Classified {
    let classified = classify(written);
    if let Some(finding) = class_rule(classified.class, usage, policy) {
        let shown = classified.e164.as_deref().unwrap_or(written);
        findings.add(path, finding(shown.to_owned()));
    }
    classified
}

/// Remembers where each number was first seen and reports later sightings as
/// `number.duplicate`. Numbers are keyed by their E.164 digits
/// (`numbers::e164_key`), so noting one costs a hash lookup and no text.
///
/// A place is reported at most once: the numbers of one place (a block's range) are noted
/// one after another, so it is enough to remember the last place reported.
#[derive(Debug, Default)]
pub(crate) struct Duplicates {
    first_seen: HashMap<u64, Pointer, BuildHasherDefault<DefaultHasher>>,
    last_reported: Option<Pointer>,
}

impl Duplicates {
    /// Room for `numbers` numbers without growing.
    pub(crate) fn with_capacity(numbers: usize) -> Self {
        let hasher = BuildHasherDefault::default();
        Duplicates {
            first_seen: HashMap::with_capacity_and_hasher(numbers, hasher),
            last_reported: None,
        }
    }

    /// Notes the number with E.164 key `key` at `place`; returns false if it had been seen
    /// before (and reports that, once per place).
    pub(crate) fn note(&mut self, key: u64, place: &Pointer, findings: &mut Findings) -> bool {
        let Some(first) = self.first_seen.get(&key) else {
            self.first_seen.insert(key, place.clone());
            return true;
        };
        if self.last_reported.as_ref() != Some(place) {
            let params = Params::NumberDuplicate {
                first_path: first.to_string(),
                number: format!("+{key}"),
            };
            findings.add(place, params);
            self.last_reported = Some(place.clone());
        }
        false
    }
}
