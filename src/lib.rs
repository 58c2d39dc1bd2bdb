//! # callplan
//!
//! The Cisco Calling Plan (Webex Calling PSTN) policy as a pure library: know before you
//! submit whether an order, a port request or a location set-up will be accepted — and if
//! not, exactly which field is wrong and why.
//!
//! The specification is `POLICY.md` (rule codes, severities, JSON Pointer paths, the
//! request/response contract); each rule lives once, in the module of its POLICY section,
//! with a pointer to the seed section it encodes.
//!
//! ```
//! use callplan::{evaluate_json, Policy};
//! let response = evaluate_json(
//!     r#"{"check": "new_number_order", "org": {"trial": false},
//!         "location": {"calling_plan_enabled": true}, "numbers": ["+1 800 555 0100"]}"#,
//!     &Policy::default(),
//! );
//! assert!(response.contains(r#""rule":"number.toll_free""#));
//! ```
//!
//! The library is pure and deterministic: no clock (`today` is an input), no randomness,
//! no I/O, no `unsafe`, and no panic on any input.

#![forbid(unsafe_code)]

pub mod address;
pub mod billing;
pub mod date;
pub mod eligibility;
pub mod limits;
pub mod malformed;
pub mod messages;
mod number_rules;
pub mod numbers;
pub mod order;
pub mod plan;
pub mod policy;
pub mod port;
pub mod regression;
pub mod removal;
pub mod request;
pub mod reschedule;
pub mod response;
pub mod rules;
pub mod setup;
pub mod support;

pub use address::{Address, EmergencyAddressRequest};
pub use billing::BillingStart;
pub use date::CalendarDate;
pub use eligibility::LocationEligibility;
pub use malformed::Malformed;
pub use messages::Locale;
pub use numbers::NumberClass;
pub use order::NewNumberOrder;
pub use policy::Policy;
pub use port::PortOrder;
pub use removal::NumberRemoval;
pub use request::{Check, Request};
pub use reschedule::PortReschedule;
pub use response::{CheckResult, Finding, Response};
pub use rules::{Rule, Severity};
pub use setup::LocationSetup;
pub use support::SupportRoute;

/// Evaluates a request under a policy.
///
/// ```
/// use callplan::{evaluate, Policy, Request};
/// let request = Request::from_json(r#"{"check": "support_route", "topic": "billing_dispute", "region": "na"}"#).unwrap();
/// let response = evaluate(&request, &Policy::default());
/// assert!(response.ok);
/// ```
pub fn evaluate(request: &Request, policy: &Policy) -> Response {
    let locale = request.locale;
    match &request.check {
        Check::LocationEligibility(input) => check_location_eligibility(input, policy, locale),
        Check::LocationSetup(input) => check_location_setup(input, policy, locale),
        Check::NewNumberOrder(input) => check_new_number_order(input, policy, locale),
        Check::PortOrder(input) => check_port_order(input, policy, locale),
        Check::PortReschedule(input) => check_port_reschedule(input, policy, locale),
        Check::NumberRemoval(input) => check_number_removal(input, locale),
        Check::BillingStart(input) => check_billing_start(input, locale),
        Check::SupportRoute(input) => check_support_route(input, locale),
        Check::OrderPlan(input) => check_order_plan(input, policy, locale),
        Check::EmergencyAddress(input) => check_emergency_address(input, policy, locale),
    }
}

/// Evaluates a request given as JSON text and answers with JSON text: the response, or
/// the `input.malformed` error value.
pub fn evaluate_json(request: &str, policy: &Policy) -> String {
    match Request::from_json(request) {
        Ok(request) => evaluate(&request, policy).to_json(),
        Err(malformed) => malformed.to_json(),
    }
}

/// `location_eligibility`: partner, organisation and per-location eligibility [§3.1].
pub fn check_location_eligibility(
    input: &LocationEligibility,
    policy: &Policy,
    locale: Locale,
) -> Response {
    eligibility::location_eligibility(input, policy).respond(None, locale)
}

/// `location_setup`: the signing contact and the emergency address [§3.2].
pub fn check_location_setup(input: &LocationSetup, policy: &Policy, locale: Locale) -> Response {
    setup::location_setup(input, policy).respond(None, locale)
}

/// `new_number_order`: single numbers, blocks and automatic selection [§3.3].
pub fn check_new_number_order(input: &NewNumberOrder, policy: &Policy, locale: Locale) -> Response {
    order::new_number_order(input, policy).respond(None, locale)
}

/// `port_order`: numbers, account, invoice, letter of agency and date [§3.4].
pub fn check_port_order(input: &PortOrder, policy: &Policy, locale: Locale) -> Response {
    port::port_order(input, policy).respond(None, locale)
}

/// `port_reschedule`: changing a port's date [§3.5].
pub fn check_port_reschedule(input: &PortReschedule, policy: &Policy, locale: Locale) -> Response {
    let (findings, desk) = reschedule::port_reschedule(input, policy);
    findings.respond(desk.map(CheckResult::Support), locale)
}

/// `number_removal`: the block-removal constraint [§3.6].
pub fn check_number_removal(input: &NumberRemoval, locale: Locale) -> Response {
    let (findings, result) = removal::number_removal(input);
    findings.respond(Some(CheckResult::Removal(result)), locale)
}

/// `billing_start`: when each item starts billing [§3.7].
pub fn check_billing_start(input: &BillingStart, locale: Locale) -> Response {
    let (findings, result) = billing::billing_start(input);
    findings.respond(Some(CheckResult::Billing(result)), locale)
}

/// `support_route`: which desk answers a topic [§3.8].
pub fn check_support_route(input: &SupportRoute, locale: Locale) -> Response {
    let (findings, desk) = support::support_route(input);
    findings.respond(desk.map(CheckResult::Support), locale)
}

/// `order_plan`: the fewest orders that hold everything asked [§3.9].
pub fn check_order_plan(input: &NewNumberOrder, policy: &Policy, locale: Locale) -> Response {
    let (findings, plan) = plan::order_plan(input, policy);
    findings.respond(plan.map(CheckResult::Plan), locale)
}

/// `emergency_address`: the address that applies to a user's number [§3.10].
pub fn check_emergency_address(
    input: &EmergencyAddressRequest,
    policy: &Policy,
    locale: Locale,
) -> Response {
    let (findings, effective) = address::emergency_address(input, policy);
    findings.respond(Some(CheckResult::EmergencyAddress(effective)), locale)
}
