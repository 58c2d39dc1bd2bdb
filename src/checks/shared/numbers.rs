//! The per-number rules shared by every check that takes numbers [POLICY §2, §3.3, §3.4,
//! §3.6, §6]: `number.invalid`, `number.country_unsupported`, `number.toll_free`,
//! `number.not_geographic`, `number.has_extension`, `number.unlisted_area_code` and
//! `number.duplicate`.

use std::collections::HashMap;

use rustc_hash::FxBuildHasher;

use crate::catalogue::phrases::TollFreeRefusal;
use crate::catalogue::policy::{Policy, UnlistedAreaCodes};
use crate::catalogue::rules::Params;
use crate::findings::Findings;
use crate::numbers::{classify, Classified, Kind, NanpNumber, NumberClass, NUMBERING_DATA_VERSION};
use crate::pointer::Pointer;

/// How a number is being used, which decides which of its classes are allowed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Usage {
    /// A new number ordered on its own.
    Single,
    /// A new number in a consecutive block.
    Block,
    /// An existing number ported in.
    Port,
    /// A number to remove: any valid number may be asked for (what the location does not
    /// hold is `removal.not_in_inventory`).
    Removal,
}

/// The finding a number makes when used this way under `policy`, if any [POLICY §2, §6]:
/// an invalid number is invalid whatever its use; a number to remove may be any valid one;
/// a toll-free number (NANP 8XX, whatever its region) is refused where the policy's
/// `toll_free` says; a number of a region outside the policy's countries is
/// `number.country_unsupported`; a valid number that is not an ordinary geographic line is
/// `number.not_geographic` in every country.
fn number_rule(
    classified: &Classified,
    shown: &str,
    usage: Usage,
    policy: &Policy,
) -> Option<Params> {
    match classified.kind {
        Kind::Invalid => {
            return Some(Params::NumberInvalid {
                number: shown.to_owned(),
            })
        }
        _ if usage == Usage::Removal => return None,
        Kind::TollFree => {
            return toll_free_refusal(usage, policy).map(|refusal| Params::NumberTollFree {
                number: shown.to_owned(),
                refusal: refusal.phrase(),
            })
        }
        Kind::Geographic | Kind::NotGeographic => {}
    }
    let region = classified.region.unwrap_or_default();
    if !policy.serves_region(region) {
        return Some(Params::NumberCountryUnsupported {
            countries: policy.countries.clone(),
            number: shown.to_owned(),
            region,
        });
    }
    (classified.kind == Kind::NotGeographic).then(|| Params::NumberNotGeographic {
        number: shown.to_owned(),
    })
}

/// What the policy refuses of a toll-free number used this way, if anything: everything
/// when it takes toll-free numbers nowhere, else the one use it does not allow.
fn toll_free_refusal(usage: Usage, policy: &Policy) -> Option<TollFreeRefusal> {
    let toll_free = policy.toll_free;
    let (allowed, refusal) = match usage {
        Usage::Single => (toll_free.single_numbers, TollFreeRefusal::Single),
        Usage::Block => (toll_free.blocks, TollFreeRefusal::Block),
        Usage::Port => (toll_free.porting, TollFreeRefusal::Port),
        Usage::Removal => (true, TollFreeRefusal::Everywhere),
    };
    let nowhere = !(toll_free.single_numbers || toll_free.blocks || toll_free.porting);
    match (allowed, nowhere) {
        (true, _) => None,
        (false, true) => Some(TollFreeRefusal::Everywhere),
        (false, false) => Some(refusal),
    }
}

/// The number, when the policy accepts it although the numbering data has no such area
/// code (`unlisted_area_codes: "warn"`).
pub(crate) fn accepted_unlisted(classified: &Classified, policy: &Policy) -> Option<NanpNumber> {
    let warn = policy.unlisted_area_codes == UnlistedAreaCodes::Warn;
    classified.nanp.filter(|number| {
        warn && classified.class == NumberClass::Invalid && number.in_unlisted_area_code()
    })
}

/// The valid NANP number a writing stands for (one in an unlisted area code too, when the
/// policy accepts those).
pub(crate) fn usable_nanp(written: &str, policy: &Policy) -> Option<NanpNumber> {
    let classified = classify(written);
    let valid = classified
        .nanp
        .filter(|_| classified.class != NumberClass::Invalid);
    valid.or_else(|| accepted_unlisted(&classified, policy))
}

/// Classifies `written` and records at `path` the rules it breaks used this way: its
/// class, an unlisted area code, an extension. A number accepted in an unlisted area code
/// comes back with its E.164 writing.
pub(crate) fn check_number(
    written: &str,
    path: &Pointer,
    usage: Usage,
    policy: &Policy,
    findings: &mut Findings,
) -> Classified {
    let mut classified = classify(written);
    if let Some(number) = accepted_unlisted(&classified, policy) {
        let params = Params::NumberUnlistedAreaCode {
            area_code: number.area_code().to_string(),
            data_version: NUMBERING_DATA_VERSION,
            number: number.e164(),
        };
        findings.add(path, params);
        classified.e164 = Some(number.e164());
    } else {
        let shown = classified.e164.as_deref().unwrap_or(written);
        if let Some(params) = number_rule(&classified, shown, usage, policy) {
            findings.add(path, params);
        }
    }
    if let (Some(number), Some(extension)) = (&classified.e164, &classified.extension) {
        let params = Params::NumberHasExtension {
            extension: extension.clone(),
            number: number.clone(),
        };
        findings.add(path, params);
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
    first_seen: HashMap<u64, Pointer, FxBuildHasher>,
    last_reported: Option<Pointer>,
}

impl Duplicates {
    /// Room for `numbers` numbers without growing.
    pub(crate) fn with_capacity(numbers: usize) -> Self {
        Duplicates {
            first_seen: HashMap::with_capacity_and_hasher(numbers, FxBuildHasher),
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
                first_path: first.written(),
                number: format!("+{key}"),
            };
            findings.add(place, params);
            self.last_reported = Some(place.clone());
        }
        false
    }
}
