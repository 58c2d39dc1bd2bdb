//! `location_eligibility` [POLICY §3.1; article: Requirements, Limitations, PSTN options].
//!
//! A customer may mix PSTN options across locations; the Cisco Calling Plan rules apply to
//! the locations that choose it.

use callplan_derive::ReadJson;
use serde::Serialize;

use crate::catalogue::policy::{ExistingLocations, Policy};
use crate::catalogue::rules::Params;
use crate::checks::shared::policy_check::PolicyCheck;
use crate::findings::Findings;
use crate::pointer::Pointer;

/// Request of the `location_eligibility` check. Absent flags count as `false`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct LocationEligibility {
    /// The partner selling the service.
    pub partner: Partner,
    /// The customer organisation.
    pub org: EligibilityOrg,
    /// The customer's locations and the PSTN option each chooses.
    pub locations: Vec<Location>,
}

/// The partner's standing with Cisco.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Partner {
    /// An authorised Webex Calling VAR partner.
    pub var_authorized: bool,
    /// Accepted the addendum by enrolling in the Webex Calling VAR PSTN program.
    pub pstn_program_enrolled: bool,
}

/// The customer organisation, as eligibility sees it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct EligibilityOrg {
    /// On the free Webex Calling trial.
    pub trial: bool,
    /// Outbound calling plans held (ordered in CCW).
    pub outbound_calling_plans: u32,
}

/// One location of the customer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(
    feature = "typescript",
    derive(tsify::Tsify),
    tsify(rename = "CustomerLocation")
)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Location {
    /// The location's identifier, echoed in messages.
    #[serde(default)]
    pub id: String,
    /// ISO country code.
    #[serde(default)]
    pub country: String,
    /// Already a Webex Calling location.
    #[serde(default)]
    pub existing_webex_calling: bool,
    /// The PSTN option the location chooses.
    pub pstn: PstnOption,
    /// Local gateway enabled (matters for premises-based PSTN).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_gateway_enabled: Option<bool>,
    /// The location serves Webex Contact Center or other high-volume, high-concurrency
    /// calling [POLICY §6].
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub contact_center: bool,
}

/// The PSTN options of Webex Calling.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PstnOption {
    /// Cisco Calling Plan (Cisco PSTN).
    CiscoCallingPlan,
    /// Cloud Connected PSTN.
    CloudConnectedPstn,
    /// Premises-based PSTN through a local gateway.
    PremisesBasedPstn,
}

/// The `location_eligibility` check [POLICY §3.1].
pub(crate) struct LocationEligibilityCheck;

impl PolicyCheck for LocationEligibilityCheck {
    type Input = LocationEligibility;
    type Output = ();

    /// Applies the eligibility rules.
    fn run(request: &LocationEligibility, policy: &Policy) -> (Findings, ()) {
        let mut findings = Findings::default();
        let any_calling_plan = request
            .locations
            .iter()
            .any(|location| location.pstn == PstnOption::CiscoCallingPlan);
        if any_calling_plan {
            check_partner(&request.partner, &mut findings);
            check_outbound_calling_plans(&request.org, policy, &mut findings);
        }
        for (index, location) in request.locations.iter().enumerate() {
            let base = Pointer::ROOT.key("locations").index(index);
            check_location(location, &base, policy, &mut findings);
        }
        (findings, ())
    }
}

fn check_partner(partner: &Partner, findings: &mut Findings) {
    if !partner.var_authorized {
        let path = "/partner/var_authorized";
        findings.add(path, Params::PartnerNotVarAuthorized {});
    }
    if !partner.pstn_program_enrolled {
        let path = "/partner/pstn_program_enrolled";
        findings.add(path, Params::PartnerPstnProgramNotEnrolled {});
    }
}

fn check_outbound_calling_plans(org: &EligibilityOrg, policy: &Policy, findings: &mut Findings) {
    let waived = org.trial && policy.outbound_calling_plan_waived_in_trial;
    if !waived && org.outbound_calling_plans < policy.min_outbound_calling_plans {
        let params = Params::OrgNoOutboundCallingPlan {
            actual: org.outbound_calling_plans,
            minimum: policy.min_outbound_calling_plans,
        };
        findings.add("/org/outbound_calling_plans", params);
    }
}

fn check_location(location: &Location, base: &Pointer, policy: &Policy, findings: &mut Findings) {
    let location_id = || location.id.clone();
    match location.pstn {
        PstnOption::CiscoCallingPlan => {
            if !policy.serves_country(&location.country) {
                let params = Params::LocationCountryUnsupported {
                    allowed: policy.countries.clone(),
                    country: location.country.clone(),
                    location_id: location_id(),
                };
                findings.add(base.key("country"), params);
            }
            if location.existing_webex_calling {
                check_existing(location, base, policy, findings);
            }
            if location.contact_center && !policy.contact_center_supported {
                let params = Params::LocationContactCenterUnsupported {
                    location_id: location_id(),
                };
                findings.add(base.key("contact_center"), params);
            }
        }
        PstnOption::PremisesBasedPstn if location.local_gateway_enabled != Some(true) => {
            let params = Params::LocationLocalGatewayRequired {
                location_id: location_id(),
            };
            findings.add(base.key("local_gateway_enabled"), params);
        }
        PstnOption::PremisesBasedPstn | PstnOption::CloudConnectedPstn => {}
    }
}

/// An existing Webex Calling location that chooses Cisco Calling Plan, as the policy's
/// `existing_locations` says [article: Limitations; POLICY §6].
fn check_existing(location: &Location, base: &Pointer, policy: &Policy, findings: &mut Findings) {
    let location_id = location.id.clone();
    match policy.existing_locations {
        ExistingLocations::Refuse => findings.add(
            base.key("existing_webex_calling"),
            Params::LocationExistingCannotTransition { location_id },
        ),
        ExistingLocations::CheckMigrationPath => findings.add(
            base,
            Params::LocationExistingTransitionLimited { location_id },
        ),
    }
}
