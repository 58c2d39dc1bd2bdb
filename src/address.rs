//! Emergency service addresses [POLICY §3.2 address rules, §3.10 `emergency_address`;
//! seed: Emergency service address (ESA) for a location and for a user].

use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::policy::Policy;
use crate::response::Findings;
use crate::rules::Rule;

/// A postal address where emergency services are sent. Absent text fields count as empty.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
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

/// Request of the `emergency_address` check: a location's ESA and optionally a user's own.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(default, deny_unknown_fields, expecting = "an object")]
pub struct EmergencyAddressRequest {
    /// The location's emergency address.
    pub location_address: Address,
    /// A custom address for one user's number (e.g. someone working from home).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_address: Option<Address>,
}

/// Whose address applies to a user's number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum AddressSource {
    /// The user's custom address.
    User,
    /// The location's address.
    Location,
}

/// Result of `emergency_address`: the address that applies to the user's number.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
pub struct EffectiveAddress {
    /// Whose address it is.
    pub source: AddressSource,
    /// The address itself, as given.
    pub effective: Address,
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
    base: &str,
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
    findings.require_filled(Rule::AddressMissingField, base, &required);
    if !is_blank(&address.country) && !policy.serves_country(&address.country) {
        let params = json!({ "country": address.country, "allowed": policy.countries });
        findings.add(
            Rule::AddressCountryUnsupported,
            format!("{base}/country"),
            params,
        );
    }
    if !is_blank(&address.state) && !is_us_state(&address.state) {
        findings.add(
            Rule::AddressInvalidState,
            format!("{base}/state"),
            json!({ "state": address.state }),
        );
    }
    if !is_blank(&address.zip) && !is_zip(&address.zip) {
        findings.add(
            Rule::AddressInvalidZip,
            format!("{base}/zip"),
            json!({ "zip": address.zip }),
        );
    }
    if looks_like_po_box(&address.line1) {
        findings.add(
            Rule::AddressPoBox,
            format!("{base}/line1"),
            json!({ "line1": address.line1 }),
        );
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
    let words: Vec<String> = line
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let padded = format!(" {} ", words.join(" "));
    [
        " po box ",
        " p o box ",
        " post office box ",
        " pobox ",
        " pob ",
    ]
    .iter()
    .any(|marker| padded.contains(marker))
}

/// The `emergency_address` check: each address gets the address rules under its own path;
/// the user's address applies when given and free of errors.
pub(crate) fn emergency_address(
    request: &EmergencyAddressRequest,
    policy: &Policy,
) -> (Findings, EffectiveAddress) {
    let mut findings = Findings::default();
    check_address(
        &request.location_address,
        "/location_address",
        policy,
        &mut findings,
    );
    let location = || EffectiveAddress {
        source: AddressSource::Location,
        effective: request.location_address.clone(),
    };
    let effective = match &request.user_address {
        Some(user_address) => {
            let mut user_findings = Findings::default();
            check_address(user_address, "/user_address", policy, &mut user_findings);
            let usable = !user_findings.has_errors();
            findings.extend(user_findings);
            if usable {
                EffectiveAddress {
                    source: AddressSource::User,
                    effective: user_address.clone(),
                }
            } else {
                location()
            }
        }
        None => location(),
    };
    (findings, effective)
}
