//! The ten checks of POLICY §3, one module each, declared once in [`for_each_check!`]:
//! that table makes the [`Check`] enum and its names, the dispatch, the request reader's
//! match on `"check"`, the crate's public `check_*` functions and the WASM package's
//! per-check exports. Adding a check is a module whose type implements
//! [`shared::policy_check::PolicyCheck`]
//! and one named row in the table (then its rules in the catalogue and its cases).
//!
//! Checks never import one another, only what is in [`shared`].

use serde::Serialize;
use serde_json::Value;

use crate::catalogue::policy::Policy;
use crate::findings::Findings;
use crate::pointer::Place;
use crate::read_json::{ReadError, ReadJson};
use shared::policy_check::PolicyCheck;

pub(crate) mod billing_start;
pub(crate) mod emergency_address;
pub(crate) mod location_eligibility;
pub(crate) mod location_setup;
pub(crate) mod new_number_order;
pub(crate) mod number_removal;
pub(crate) mod order_plan;
pub(crate) mod port_order;
pub(crate) mod port_reschedule;
pub(crate) mod shared;
pub(crate) mod support_route;

use billing_start::BillingResult;
use emergency_address::EffectiveAddress;
use number_removal::RemovalResult;
use order_plan::OrderPlan;
use shared::desks::Desk;

/// The table of checks, one row per check with named keys:
///
/// - `name`: the check's name, as written in `"check"`;
/// - `module`, `check`, `input`: the module, its type implementing [`PolicyCheck`] and its
///   input type;
/// - `rust`, `js`: the crate's public function and the WASM package's export;
/// - `section`, `doc`: the POLICY section and a one-line description.
///
/// Calls `$callback!` with the rows, so that each place that needs the checks (this module,
/// the crate root, the WASM bindings) generates its part from the same lines; a callback
/// matches the row as written here. Not part of the stable API.
#[doc(hidden)]
#[macro_export]
macro_rules! for_each_check {
    ($callback:ident) => {
        $callback! {
            LocationEligibility {
                name: "location_eligibility",
                module: location_eligibility,
                check: LocationEligibilityCheck,
                input: LocationEligibility,
                rust: check_location_eligibility,
                js: "checkLocationEligibility",
                section: "§3.1",
                doc: "Partner, organisation and per-location eligibility.",
            }
            LocationSetup {
                name: "location_setup",
                module: location_setup,
                check: LocationSetupCheck,
                input: LocationSetup,
                rust: check_location_setup,
                js: "checkLocationSetup",
                section: "§3.2",
                doc: "Location set-up: the contact who signs and the emergency address.",
            }
            NewNumberOrder {
                name: "new_number_order",
                module: new_number_order,
                check: NewNumberOrderCheck,
                input: NewNumberOrder,
                rust: check_new_number_order,
                js: "checkNewNumberOrder",
                section: "§3.3",
                doc: "A new-number order: single numbers, blocks and automatic selection.",
            }
            PortOrder {
                name: "port_order",
                module: port_order,
                check: PortOrderCheck,
                input: PortOrder,
                rust: check_port_order,
                js: "checkPortOrder",
                section: "§3.4",
                doc: "A port order: numbers, account, invoice, letter of agency and date.",
            }
            PortReschedule {
                name: "port_reschedule",
                module: port_reschedule,
                check: PortRescheduleCheck,
                input: PortReschedule,
                rust: check_port_reschedule,
                js: "checkPortReschedule",
                section: "§3.5",
                doc: "Rescheduling a port.",
            }
            NumberRemoval {
                name: "number_removal",
                module: number_removal,
                check: NumberRemovalCheck,
                input: NumberRemoval,
                rust: check_number_removal,
                js: "checkNumberRemoval",
                section: "§3.6",
                doc: "Removing numbers: the block-removal constraint.",
            }
            BillingStart {
                name: "billing_start",
                module: billing_start,
                check: BillingStartCheck,
                input: BillingStart,
                rust: check_billing_start,
                js: "checkBillingStart",
                section: "§3.7",
                doc: "When each item starts billing.",
            }
            SupportRoute {
                name: "support_route",
                module: support_route,
                check: SupportRouteCheck,
                input: SupportRoute,
                rust: check_support_route,
                js: "checkSupportRoute",
                section: "§3.8",
                doc: "Which support desk answers a topic.",
            }
            OrderPlan {
                name: "order_plan",
                module: order_plan,
                check: OrderPlanCheck,
                input: NewNumberOrder,
                rust: check_order_plan,
                js: "checkOrderPlan",
                section: "§3.9",
                doc: "The fewest orders that hold everything asked, each passing new_number_order.",
            }
            EmergencyAddress {
                name: "emergency_address",
                module: emergency_address,
                check: EmergencyAddressCheck,
                input: EmergencyAddressRequest,
                rust: check_emergency_address,
                js: "checkEmergencyAddress",
                section: "§3.10",
                doc: "The emergency address that applies to a user's number.",
            }
        }
    };
}

/// Makes the [`Check`] enum, its names, its dispatch and its reader from the table.
macro_rules! define_checks {
    ($(
        $variant:ident {
            name: $name:literal,
            module: $module:ident,
            check: $check:ident,
            input: $input:ident,
            rust: $rust:ident,
            js: $js:literal,
            section: $section:literal,
            doc: $doc:literal,
        }
    )*) => {
        /// A request's check and its input, tagged by `"check"` in JSON.
        #[derive(Clone, Debug, PartialEq, Eq, Serialize)]
        #[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
        #[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
        #[serde(tag = "check")]
        #[non_exhaustive]
        pub enum Check {
            $(
                #[doc = concat!($doc, " [POLICY ", $section, "]")]
                #[serde(rename = $name)]
                $variant($module::$input),
            )*
        }

        impl Check {
            /// The name of every check, as written in `"check"`, in POLICY order.
            pub const NAMES: &'static [&'static str] = &[$( $name ),*];

            /// This check's name, as written in `"check"`.
            pub fn name(&self) -> &'static str {
                match self { $( Check::$variant(_) => $name, )* }
            }

            /// The POLICY section this check encodes, e.g. `§3.3`.
            pub fn section(&self) -> &'static str {
                match self { $( Check::$variant(_) => $section, )* }
            }

            /// Runs the check on its input.
            pub(crate) fn run(&self, policy: &Policy) -> (Findings, Option<CheckResult>) {
                match self { $( Check::$variant(input) => run::<$module::$check>(input, policy), )* }
            }

            /// Reads the input of the check called `name` from the request's other members;
            /// `None` when no check has that name.
            pub(crate) fn read_named(
                name: &str,
                members: Value,
                place: &Place<'_>,
            ) -> Option<Result<Check, ReadError>> {
                match name {
                    $( $name => Some(ReadJson::read(members, place).map(Check::$variant)), )*
                    _ => None,
                }
            }
        }
    };
}

for_each_check!(define_checks);

/// Runs the check `C` and makes its output the response's `result`.
pub(crate) fn run<C: PolicyCheck>(
    input: &C::Input,
    policy: &Policy,
) -> (Findings, Option<CheckResult>)
where
    C::Output: CheckOutput,
{
    let (findings, output) = C::run(input, policy);
    (findings, output.into_result())
}

/// Check-specific output, one shape per check that has one.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(untagged)]
#[non_exhaustive]
pub enum CheckResult {
    /// `billing_start`: when each item starts billing.
    Billing(BillingResult),
    /// `support_route` and a FOC-locked `port_reschedule`: the desk to contact.
    Support(Desk),
    /// `order_plan`: the orders to place.
    Plan(OrderPlan),
    /// `number_removal`: what may be removed and what whole-block removal would take.
    Removal(RemovalResult),
    /// `emergency_address`: the address that applies to the user's number.
    EmergencyAddress(EffectiveAddress),
}

/// A check's output as the response's `result`: `()` for a check that answers with findings
/// only, a [`CheckResult`] shape otherwise.
pub(crate) trait CheckOutput {
    /// The output as the response's `result`, `None` when there is none.
    fn into_result(self) -> Option<CheckResult>;
}

impl CheckOutput for () {
    fn into_result(self) -> Option<CheckResult> {
        None
    }
}

impl CheckOutput for BillingResult {
    fn into_result(self) -> Option<CheckResult> {
        Some(CheckResult::Billing(self))
    }
}

impl CheckOutput for Option<Desk> {
    fn into_result(self) -> Option<CheckResult> {
        self.map(CheckResult::Support)
    }
}

impl CheckOutput for Option<OrderPlan> {
    fn into_result(self) -> Option<CheckResult> {
        self.map(CheckResult::Plan)
    }
}

impl CheckOutput for RemovalResult {
    fn into_result(self) -> Option<CheckResult> {
        Some(CheckResult::Removal(self))
    }
}

impl CheckOutput for EffectiveAddress {
    fn into_result(self) -> Option<CheckResult> {
        Some(CheckResult::EmergencyAddress(self))
    }
}
