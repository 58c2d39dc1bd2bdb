//! Emergency service addresses and the `address.*` rules [POLICY §3.2; article: Emergency
//! service address (ESA)], shared by `location_setup` and `emergency_address`.

use callplan_derive::ReadJson;
use serde::Serialize;

use crate::catalogue::phrases;
use crate::catalogue::policy::{Country, Policy};
use crate::catalogue::rules::Params;
use crate::findings::Findings;
use crate::pointer::Pointer;

/// A postal address where emergency services are sent. Absent text fields count as empty.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Address {
    /// Street address.
    pub line1: String,
    /// Apartment, suite, floor (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line2: Option<String>,
    /// City.
    pub city: String,
    /// State (US, USPS code, e.g. `CA`) or province or territory (Canada, Canada Post
    /// code, e.g. `ON`).
    pub state: String,
    /// ZIP code (US, `NNNNN` or `NNNNN-NNNN`) or postal code (Canada, `A9A 9A9`).
    pub zip: String,
    /// ISO country code, e.g. `US`, `CA`.
    pub country: String,
}

/// USPS codes of the 50 states and DC; territories are outside the service.
const US_STATES: [&str; 51] = [
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
    "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
    "WV", "WI", "WY",
];

/// Canada Post codes of the 10 provinces and 3 territories [POLICY §6].
const CA_PROVINCES: [&str; 13] = [
    "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT",
];

/// Whether `state` is the code of a state (or province, territory) of `country` that the
/// service covers (any case, blanks trimmed): USPS codes of the 50 states and DC, Canada
/// Post codes of the 13 provinces and territories.
pub(crate) fn is_state_of(country: Country, state: &str) -> bool {
    let codes: &[&str] = match country {
        Country::US => &US_STATES,
        Country::CA => &CA_PROVINCES,
    };
    let state = state.trim();
    codes.iter().any(|code| code.eq_ignore_ascii_case(state))
}

/// Whether `zip` is a postal code of `country` (blanks around trimmed): `NNNNN` or
/// `NNNNN-NNNN` in the US; `A9A 9A9` in Canada, with one space or none, in either case.
fn is_postal_code_of(country: Country, zip: &str) -> bool {
    match country {
        Country::US => is_zip(zip),
        Country::CA => is_canadian_postal_code(zip),
    }
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
    match judged_as(address, policy) {
        Some(country) => check_state_and_zip(address, country, base, findings),
        None => {
            let params = Params::AddressCountryUnsupported {
                allowed: policy.countries.clone(),
                country: address.country.clone(),
            };
            findings.add(base.key("country"), params);
        }
    }
    if looks_like_po_box(&address.line1) {
        let line1 = address.line1.clone();
        findings.add(base.key("line1"), Params::AddressPoBox { line1 });
    }
}

/// The country whose rules judge an address's state and ZIP code [POLICY §6]: the one it
/// names when the policy serves it; when it names none (`address.missing_field`), the
/// policy's first country, as a form for that country would be; `None` when it names a
/// country the policy does not serve, whose state and ZIP code are then not judged.
fn judged_as(address: &Address, policy: &Policy) -> Option<Country> {
    if is_blank(&address.country) {
        return policy.countries.first().copied();
    }
    policy.served_country(&address.country)
}

/// `address.invalid_state` and `address.invalid_zip` by the rules of `country`.
fn check_state_and_zip(
    address: &Address,
    country: Country,
    base: &Pointer,
    findings: &mut Findings,
) {
    if !is_blank(&address.state) && !is_state_of(country, &address.state) {
        let params = Params::AddressInvalidState {
            country,
            format: phrases::state_format(country),
            place: phrases::state_place(country),
            state: address.state.clone(),
        };
        findings.add(base.key("state"), params);
    }
    if !is_blank(&address.zip) && !is_postal_code_of(country, &address.zip) {
        let params = Params::AddressInvalidZip {
            country,
            format: phrases::zip_format(country),
            place: phrases::zip_place(country),
            zip: address.zip.clone(),
        };
        findings.add(base.key("zip"), params);
    }
}

/// A Canadian postal code, `A9A 9A9`: one space in the middle or none, either case; the
/// letters D, F, I, O, Q and U never appear, and W and Z never first (Canada Post).
fn is_canadian_postal_code(zip: &str) -> bool {
    let zip = zip.trim();
    let (forward, local) = match zip.split_once(' ') {
        Some(halves) => halves,
        None => (
            zip.get(..3).unwrap_or_default(),
            zip.get(3..).unwrap_or_default(),
        ),
    };
    let letter =
        |byte: u8| byte.is_ascii_alphabetic() && !b"DFIOQU".contains(&byte.to_ascii_uppercase());
    match (forward.as_bytes(), local.as_bytes()) {
        ([first, second, third], [fourth, fifth, sixth]) => {
            letter(*first)
                && !b"WZ".contains(&first.to_ascii_uppercase())
                && second.is_ascii_digit()
                && letter(*third)
                && fourth.is_ascii_digit()
                && letter(*fifth)
                && sixth.is_ascii_digit()
        }
        _ => false,
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
