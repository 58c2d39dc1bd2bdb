//! Emergency service addresses and the `address.*` rules [POLICY §3.2; seed: Emergency
//! service address (ESA)], shared by `location_setup` and `emergency_address`.

use callplan_derive::ReadJson;
use serde::Serialize;

use crate::catalogue::policy::Policy;
use crate::catalogue::rules::Params;
use crate::findings::Findings;
use crate::pointer::Pointer;

/// A postal address where emergency services are sent. Absent text fields count as empty.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields, expecting = "an address object")]
pub struct Address {
    /// Street address.
    pub line1: String,
    /// Apartment, suite, floor (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line2: Option<String>,
    /// City.
    pub city: String,
    /// USPS state code, e.g. `CA`.
    pub state: String,
    /// ZIP code, `NNNNN` or `NNNNN-NNNN`.
    pub zip: String,
    /// ISO country code, e.g. `US`.
    pub country: String,
}

/// USPS codes of the 50 states and DC; territories are outside the service.
const US_STATES: [&str; 51] = [
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
    "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
    "WV", "WI", "WY",
];

/// Whether `state` is the USPS code of a state or DC (any case, blanks trimmed).
pub(crate) fn is_us_state(state: &str) -> bool {
    let state = state.trim();
    US_STATES
        .iter()
        .any(|code| code.eq_ignore_ascii_case(state))
}

/// Whether `text` is blank.
pub(crate) fn is_blank(text: &str) -> bool {
    text.trim().is_empty()
}

/// Applies the `address.*` rules to `address`, found at `base` in the request.
pub(crate) fn check_address(
    address: &Address,
    base: &Pointer,
    policy: &Policy,
    findings: &mut Findings,
) {
    let required = [
        ("line1", address.line1.as_str()),
        ("city", &address.city),
        ("state", &address.state),
        ("zip", &address.zip),
        ("country", &address.country),
    ];
    findings.require_filled(base, &required, |field| Params::AddressMissingField {
        field,
    });
    if !is_blank(&address.country) && !policy.serves_country(&address.country) {
        let params = Params::AddressCountryUnsupported {
            allowed: policy.countries.clone(),
            country: address.country.clone(),
        };
        findings.add(base.key("country"), params);
    }
    if !is_blank(&address.state) && !is_us_state(&address.state) {
        let state = address.state.clone();
        findings.add(base.key("state"), Params::AddressInvalidState { state });
    }
    if !is_blank(&address.zip) && !is_zip(&address.zip) {
        let zip = address.zip.clone();
        findings.add(base.key("zip"), Params::AddressInvalidZip { zip });
    }
    if looks_like_po_box(&address.line1) {
        let line1 = address.line1.clone();
        findings.add(base.key("line1"), Params::AddressPoBox { line1 });
    }
}

/// `NNNNN` or `NNNNN-NNNN`.
fn is_zip(zip: &str) -> bool {
    let zip = zip.trim();
    let (five, plus_four) = match zip.split_once('-') {
        Some((five, four)) => (five, Some(four)),
        None => (zip, None),
    };
    let digits =
        |text: &str, count: usize| text.len() == count && text.bytes().all(|b| b.is_ascii_digit());
    digits(five, 5) && plus_four.is_none_or(|four| digits(four, 4))
}

/// Whether a street line names a post-office box: "PO Box 12", "P.O. Box 12",
/// "Post Office Box 12", "POB 12", "Pobox 12" (any case and punctuation).
fn looks_like_po_box(line: &str) -> bool {
    const MARKERS: [&[&str]; 5] = [
        &["po", "box"],
        &["p", "o", "box"],
        &["post", "office", "box"],
        &["pobox"],
        &["pob"],
    ];
    let words: Vec<String> = line
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    MARKERS
        .iter()
        .any(|marker| words.windows(marker.len()).any(|run| run == *marker))
}

#[cfg(test)]
mod tests {
    use super::looks_like_po_box;

    #[test]
    fn every_writing_of_a_post_office_box_is_one() {
        for line in [
            "PO Box 12",
            "P.O. Box 12",
            "p o box 12",
            "Post Office Box 12",
            "POB 12",
            "Pobox 12",
            "Unit 4, PO-Box 9",
        ] {
            assert!(looks_like_po_box(line), "{line}");
        }
    }

    #[test]
    fn a_street_with_such_letters_inside_its_words_is_not() {
        for line in [
            "1 Box Elder Rd",
            "12 Tipo Box Lane",
            "Pobst Ave 3",
            "Post Office Square 1",
            "Po River Rd",
        ] {
            assert!(!looks_like_po_box(line), "{line}");
        }
    }
}
