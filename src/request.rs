//! Requests [POLICY §2–3]: a `check` tag, an optional `locale` and the check's own fields.

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};

use crate::address::EmergencyAddressRequest;
use crate::billing::BillingStart;
use crate::eligibility::LocationEligibility;
use crate::limits;
use crate::malformed::{from_value, json_value, Malformed};
use crate::messages::Locale;
use crate::order::NewNumberOrder;
use crate::port::PortOrder;
use crate::removal::NumberRemoval;
use crate::reschedule::PortReschedule;
use crate::setup::LocationSetup;
use crate::support::SupportRoute;

/// A request to one of the ten checks.
///
/// ```
/// use callplan::{Check, Request};
/// let request = Request::from_json(r#"{"check": "support_route", "topic": "outage", "region": "emea"}"#).unwrap();
/// assert!(matches!(request.check, Check::SupportRoute(_)));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "typescript",
    derive(tsify::Tsify),
    tsify(type = "Check & { locale?: Locale }")
)]
pub struct Request {
    /// The language of messages (default `en`).
    pub locale: Locale,
    /// The check and its input.
    #[serde(flatten)]
    pub check: Check,
}

/// The ten checks and their inputs, tagged by `"check"` in JSON.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(tag = "check", rename_all = "snake_case")]
pub enum Check {
    /// Partner and location eligibility [§3.1].
    LocationEligibility(LocationEligibility),
    /// Location set-up: contact and emergency address [§3.2].
    LocationSetup(LocationSetup),
    /// A new-number order [§3.3].
    NewNumberOrder(NewNumberOrder),
    /// A port order [§3.4].
    PortOrder(PortOrder),
    /// Rescheduling a port [§3.5].
    PortReschedule(PortReschedule),
    /// Removing numbers [§3.6].
    NumberRemoval(NumberRemoval),
    /// Billing-start dates [§3.7].
    BillingStart(BillingStart),
    /// Support routing [§3.8].
    SupportRoute(SupportRoute),
    /// Splitting an order into orders that each pass [§3.9].
    OrderPlan(NewNumberOrder),
    /// The emergency address that applies to a user's number [§3.10].
    EmergencyAddress(EmergencyAddressRequest),
}

/// The names of the ten checks, as written in `"check"`.
pub const CHECK_NAMES: [&str; 10] = [
    "location_eligibility",
    "location_setup",
    "new_number_order",
    "port_order",
    "port_reschedule",
    "number_removal",
    "billing_start",
    "support_route",
    "order_plan",
    "emergency_address",
];

impl Request {
    /// Reads a request from JSON text; malformed input is an error value, never a panic.
    pub fn from_json(text: &str) -> Result<Request, Malformed> {
        Request::from_value(json_value(text)?)
    }

    /// Reads a request from a JSON value, within the [`crate::limits`].
    pub fn from_value(value: Value) -> Result<Request, Malformed> {
        limits::check_value(&value)?;
        let request = Request::from_checked_value(value)?;
        limits::check_request(&request)?;
        Ok(request)
    }

    fn from_checked_value(value: Value) -> Result<Request, Malformed> {
        let Value::Object(mut fields) = value else {
            return Err(Malformed::new("", "a request must be a JSON object"));
        };
        let name = match fields.remove("check") {
            Some(Value::String(name)) => name,
            Some(_) => return Err(Malformed::new("/check", "`check` must be a string")),
            None => return Err(Malformed::new("/check", "missing field `check`")),
        };
        let locale = match fields.remove("locale") {
            None | Some(Value::Null) => Locale::default(),
            Some(tag) => from_value(tag, "/locale")?,
        };
        let check = read_check(&name, fields)?;
        Ok(Request { locale, check })
    }
}

/// Reads the check named `name` from the request's remaining fields.
fn read_check(name: &str, fields: Map<String, Value>) -> Result<Check, Malformed> {
    let body = Value::Object(fields);
    let check = match name {
        "location_eligibility" => Check::LocationEligibility(from_value(body, "")?),
        "location_setup" => Check::LocationSetup(from_value(body, "")?),
        "new_number_order" => Check::NewNumberOrder(from_value(body, "")?),
        "port_order" => Check::PortOrder(from_value(body, "")?),
        "port_reschedule" => Check::PortReschedule(from_value(body, "")?),
        "number_removal" => Check::NumberRemoval(from_value(body, "")?),
        "billing_start" => Check::BillingStart(from_value(body, "")?),
        "support_route" => Check::SupportRoute(from_value(body, "")?),
        "order_plan" => Check::OrderPlan(from_value(body, "")?),
        "emergency_address" => Check::EmergencyAddress(from_value(body, "")?),
        unknown => {
            let known = CHECK_NAMES.join(", ");
            return Err(Malformed::new(
                "/check",
                format!("unknown check `{unknown}`, expected one of {known}"),
            ));
        }
    };
    Ok(check)
}

impl<'de> Deserialize<'de> for Request {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        Request::from_value(value).map_err(serde::de::Error::custom)
    }
}
