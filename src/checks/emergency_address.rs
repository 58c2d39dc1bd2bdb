//! `emergency_address` [POLICY §3.10; article: Emergency service address (ESA) for a user,
//! updating a location's ESA]: the address that applies to a user's number.

use callplan_derive::ReadJson;
use serde::Serialize;

use crate::catalogue::policy::Policy;
use crate::checks::shared::address::{check_address, Address};
use crate::checks::shared::policy_check::PolicyCheck;
use crate::findings::Findings;
use crate::pointer::Pointer;

/// Request of the `emergency_address` check: a location's ESA and optionally a user's own.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
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
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum AddressSource {
    /// The user's custom address.
    User,
    /// The location's address.
    Location,
}

/// Result of `emergency_address`: the address that applies to the user's number.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct EffectiveAddress {
    /// Whose address it is.
    pub source: AddressSource,
    /// The address itself, as given.
    pub effective: Address,
}

/// The `emergency_address` check [POLICY §3.10].
pub(crate) struct EmergencyAddressCheck;

impl PolicyCheck for EmergencyAddressCheck {
    type Input = EmergencyAddressRequest;
    type Output = EffectiveAddress;

    /// The `emergency_address` check: each address gets the address rules under its own path;
    /// the user's address applies when given and free of errors.
    fn run(request: &EmergencyAddressRequest, policy: &Policy) -> (Findings, EffectiveAddress) {
        let mut findings = Findings::default();
        let location_path = Pointer::ROOT.key("location_address");
        check_address(
            &request.location_address,
            &location_path,
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
                let user_path = Pointer::ROOT.key("user_address");
                check_address(user_address, &user_path, policy, &mut user_findings);
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
}
