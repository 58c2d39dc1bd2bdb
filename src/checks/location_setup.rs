//! `location_setup` [POLICY §3.2; article: set up a location, steps 4–5].

use callplan_derive::ReadJson;
use serde::Serialize;

use crate::catalogue::policy::Policy;
use crate::catalogue::rules::Params;
use crate::checks::shared::address::{check_address, is_blank, Address};
use crate::checks::shared::numbers::accepted_unlisted;
use crate::checks::shared::policy_check::PolicyCheck;
use crate::findings::Findings;
use crate::numbers::{classify, NumberClass};
use crate::pointer::Pointer;

/// Request of the `location_setup` check. Absent text fields count as empty.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct LocationSetup {
    /// The person who signs the legal agreement with Cisco.
    pub contact: Contact,
    /// The location's emergency service address.
    pub emergency_address: Address,
}

/// Contact details of the person who signs the legal agreement.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
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

/// The `location_setup` check [POLICY §3.2].
pub(crate) struct LocationSetupCheck;

impl PolicyCheck for LocationSetupCheck {
    type Input = LocationSetup;
    type Output = ();

    /// Applies the contact and address rules and the ESA notice.
    fn run(request: &LocationSetup, policy: &Policy) -> (Findings, ()) {
        let mut findings = Findings::default();
        check_contact(&request.contact, policy, &mut findings);
        let address_path = Pointer::ROOT.key("emergency_address");
        check_address(
            &request.emergency_address,
            &address_path,
            policy,
            &mut findings,
        );
        findings.add(address_path, Params::NoticeEsaAppliesToLocation {});
        (findings, ())
    }
}

fn check_contact(contact: &Contact, policy: &Policy, findings: &mut Findings) {
    let fields = [
        ("first_name", contact.first_name.as_str()),
        ("last_name", &contact.last_name),
        ("email", &contact.email),
        ("phone", &contact.phone),
    ];
    let base = Pointer::ROOT.key("contact");
    findings.require_filled(&base, &fields, |field| Params::ContactMissingField {
        field,
    });
    if !is_blank(&contact.email) && !is_plausible_email(&contact.email) {
        let email = contact.email.clone();
        findings.add(base.key("email"), Params::ContactInvalidEmail { email });
    }
    if !is_blank(&contact.phone) && !is_usable_phone(&contact.phone, policy) {
        let phone = contact.phone.clone();
        findings.add(base.key("phone"), Params::ContactInvalidPhone { phone });
    }
}

/// Whether a contact's phone is a valid number (of any country; an extension is fine), or
/// one in an unlisted area code the policy accepts.
fn is_usable_phone(phone: &str, policy: &Policy) -> bool {
    let classified = classify(phone);
    classified.class != NumberClass::Invalid || accepted_unlisted(&classified, policy).is_some()
}

/// A plausible address: `local@domain.tld`, one `@`, no blanks, a dotted domain of
/// letter-digit-hyphen labels and a top-level domain of two or more letters.
fn is_plausible_email(email: &str) -> bool {
    let email = email.trim();
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    // No empty dot-separated part: no leading, trailing or doubled dot, and not empty.
    let local_ok = local.split('.').all(|part| !part.is_empty())
        && local.len() <= 64
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

#[cfg(test)]
mod tests {
    use super::is_plausible_email;

    #[test]
    fn a_local_part_with_an_empty_dotted_part_is_not_plausible() {
        assert!(is_plausible_email("first.last@example.com"));
        for email in [
            "@example.com",
            ".first@example.com",
            "first.@example.com",
            "first..last@example.com",
            "first last@example.com",
        ] {
            assert!(!is_plausible_email(email), "{email}");
        }
    }
}
