//! `location_setup` [POLICY §3.2; seed: set up a location, steps 4–5].

use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::address::{check_address, is_blank, Address};
use crate::numbers::{classify, NumberClass};
use crate::policy::Policy;
use crate::response::Findings;
use crate::rules::Rule;

/// Request of the `location_setup` check. Absent text fields count as empty.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(default, deny_unknown_fields, expecting = "an object")]
pub struct LocationSetup {
    /// The person who signs the legal agreement with Cisco.
    pub contact: Contact,
    /// The location's emergency service address.
    pub emergency_address: Address,
}

/// Contact details of the person who signs the legal agreement.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(default, deny_unknown_fields, expecting = "a contact object")]
pub struct Contact {
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// Email address.
    pub email: String,
    /// Phone number, any common writing.
    pub phone: String,
}

/// Applies the contact and address rules and the ESA notice.
pub(crate) fn location_setup(request: &LocationSetup, policy: &Policy) -> Findings {
    let mut findings = Findings::default();
    check_contact(&request.contact, &mut findings);
    check_address(
        &request.emergency_address,
        "/emergency_address",
        policy,
        &mut findings,
    );
    findings.add(
        Rule::NoticeEsaAppliesToLocation,
        "/emergency_address",
        json!({}),
    );
    findings
}

fn check_contact(contact: &Contact, findings: &mut Findings) {
    let fields = [
        ("first_name", contact.first_name.as_str()),
        ("last_name", &contact.last_name),
        ("email", &contact.email),
        ("phone", &contact.phone),
    ];
    findings.require_filled(Rule::ContactMissingField, "/contact", &fields);
    if !is_blank(&contact.email) && !is_plausible_email(&contact.email) {
        findings.add(
            Rule::ContactInvalidEmail,
            "/contact/email",
            json!({ "email": contact.email }),
        );
    }
    if !is_blank(&contact.phone) && classify(&contact.phone).class == NumberClass::Invalid {
        findings.add(
            Rule::ContactInvalidPhone,
            "/contact/phone",
            json!({ "phone": contact.phone }),
        );
    }
}

/// A plausible address: `local@domain.tld`, one `@`, no blanks, a dotted domain of
/// letter-digit-hyphen labels and a top-level domain of two or more letters.
fn is_plausible_email(email: &str) -> bool {
    let email = email.trim();
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_ascii_graphic() && !"@()<>[]:;,\\\"".contains(c));
    let labels: Vec<&str> = domain.split('.').collect();
    let label_ok = |label: &&str| {
        !label.is_empty()
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    };
    let top_level_ok = labels
        .last()
        .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()));
    local_ok && labels.len() >= 2 && labels.iter().all(label_ok) && top_level_ok
}
