//! The ten checks of POLICY §3, one module each, declared once in [`for_each_check!`]:
//! that table makes the [`Check`] enum and its names, the dispatch, the crate's public
//! `check_*` functions, the request reader's match on `"check"` and the WASM package's
//! per-check exports. Adding a check is one line in the table plus its module, its
//! messages and its cases.
//!
//! Every check is a function `(&Input, &Policy) -> Outcome` that gathers [`Findings`];
//! checks never import one another, only what is in [`shared`].

use serde::Serialize;

use crate::catalogue::policy::Policy;
use crate::findings::Findings;

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

/// The table of checks. Each line: the [`Check`] variant with the check's module and input
/// type, the name written in `"check"`, the public Rust function, the JavaScript export,
/// the POLICY section and a one-line description. Each check module has a function of its
/// own name that runs the check.
///
/// Calls `$callback!` with the table, so that each place that needs the checks (this
/// module, the crate root, the request reader, the WASM bindings) generates its part from
/// the same lines. Not part of the stable API.
#[doc(hidden)]
#[macro_export]
macro_rules! for_each_check {
    ($callback:ident) => {
        $callback! {
            LocationEligibility(location_eligibility::LocationEligibility) = "location_eligibility",
                check_location_eligibility,
                "checkLocationEligibility", "§3.1",
                "Partner, organisation and per-location eligibility.";
            LocationSetup(location_setup::LocationSetup) = "location_setup",
                check_location_setup,
                "checkLocationSetup", "§3.2",
                "Location set-up: the contact who signs and the emergency address.";
            NewNumberOrder(new_number_order::NewNumberOrder) = "new_number_order",
                check_new_number_order,
                "checkNewNumberOrder", "§3.3",
                "A new-number order: single numbers, blocks and automatic selection.";
            PortOrder(port_order::PortOrder) = "port_order",
                check_port_order,
                "checkPortOrder", "§3.4",
                "A port order: numbers, account, invoice, letter of agency and date.";
            PortReschedule(port_reschedule::PortReschedule) = "port_reschedule",
                check_port_reschedule,
                "checkPortReschedule", "§3.5",
                "Rescheduling a port.";
            NumberRemoval(number_removal::NumberRemoval) = "number_removal",
                check_number_removal,
                "checkNumberRemoval", "§3.6",
                "Removing numbers: the block-removal constraint.";
            BillingStart(billing_start::BillingStart) = "billing_start",
                check_billing_start,
                "checkBillingStart", "§3.7",
                "When each item starts billing.";
            SupportRoute(support_route::SupportRoute) = "support_route",
                check_support_route,
                "checkSupportRoute", "§3.8",
                "Which support desk answers a topic.";
            OrderPlan(order_plan::NewNumberOrder) = "order_plan",
                check_order_plan,
                "checkOrderPlan", "§3.9",
                "The fewest orders that hold everything asked, each passing new_number_order.";
            EmergencyAddress(emergency_address::EmergencyAddressRequest) = "emergency_address",
                check_emergency_address,
                "checkEmergencyAddress", "§3.10",
                "The emergency address that applies to a user's number.";
        }
    };
}

/// Makes the [`Check`] enum, its names and its dispatch from the table.
macro_rules! define_checks {
    ($(
        $variant:ident($module:ident::$input:ident) = $name:literal, $public:ident, $js:literal,
            $section:literal, $doc:literal;
    )*) => {
        /// A request's check and its input, tagged by `"check"` in JSON.
        #[derive(Clone, Debug, PartialEq, Eq, Serialize)]
        #[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
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

            /// Runs the check on its input.
            pub(crate) fn run(&self, policy: &Policy) -> (Findings, Option<CheckResult>) {
                match self { $( Check::$variant(input) => $public(input, policy), )* }
            }
        }

        $(
            #[doc = concat!("Runs `", $name, "` [POLICY ", $section, "].")]
            pub(crate) fn $public(
                input: &$module::$input,
                policy: &Policy,
            ) -> (Findings, Option<CheckResult>) {
                $module::$module(input, policy).split()
            }
        )*
    };
}

for_each_check!(define_checks);

/// Check-specific output, one shape per check that has one.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
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

/// What a check function returns: its findings and, for some checks, an output that
/// becomes the response's `result`.
trait Outcome {
    fn split(self) -> (Findings, Option<CheckResult>);
}

impl Outcome for Findings {
    fn split(self) -> (Findings, Option<CheckResult>) {
        (self, None)
    }
}

impl<T: Into<CheckResult>> Outcome for (Findings, T) {
    fn split(self) -> (Findings, Option<CheckResult>) {
        (self.0, Some(self.1.into()))
    }
}

impl<T: Into<CheckResult>> Outcome for (Findings, Option<T>) {
    fn split(self) -> (Findings, Option<CheckResult>) {
        (self.0, self.1.map(Into::into))
    }
}

impl From<BillingResult> for CheckResult {
    fn from(result: BillingResult) -> Self {
        CheckResult::Billing(result)
    }
}

impl From<Desk> for CheckResult {
    fn from(desk: Desk) -> Self {
        CheckResult::Support(desk)
    }
}

impl From<OrderPlan> for CheckResult {
    fn from(plan: OrderPlan) -> Self {
        CheckResult::Plan(plan)
    }
}

impl From<RemovalResult> for CheckResult {
    fn from(result: RemovalResult) -> Self {
        CheckResult::Removal(result)
    }
}

impl From<EffectiveAddress> for CheckResult {
    fn from(address: EffectiveAddress) -> Self {
        CheckResult::EmergencyAddress(address)
    }
}
