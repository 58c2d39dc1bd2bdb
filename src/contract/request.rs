//! Requests [POLICY §2–3]: a `check` tag, an optional `locale` and the check's own fields,
//! read from JSON within the limits.

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};

use crate::checks::Check;
use crate::contract::json_text::{from_value, json_value, malformed};
use crate::contract::limits;
use crate::contract::malformed::Malformed;
use crate::locale::Locale;
use crate::pointer::Place;
use crate::problem::Problem;
use crate::read_json;

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
    tsify(rename = "CallplanRequest", type = "Check & { locale?: Locale }")
)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct Request {
    /// The language of messages (default `en`).
    #[cfg_attr(feature = "json-schema", schemars(default, with = "Option<Locale>"))]
    pub locale: Locale,
    /// The check and its input.
    #[serde(flatten)]
    pub check: Check,
}

impl Request {
    /// Reads a request from JSON text; malformed input is an error value, never a panic.
    pub fn from_json(text: &str) -> Result<Request, Malformed> {
        Request::from_value(json_value(text)?)
    }

    /// Reads a request from the bytes of JSON text, as a server or a pipe receives them:
    /// more than [`crate::limits::MAX_REQUEST_BYTES`] is `input.too_large`, bytes that are
    /// not UTF-8 are `input.malformed`.
    ///
    /// ```
    /// use callplan::Request;
    /// let error = Request::from_json_bytes(b"{\"check\": \"\xff\"}").unwrap_err();
    /// assert_eq!(error.message, "not UTF-8 text: invalid byte at offset 11");
    /// ```
    pub fn from_json_bytes(bytes: &[u8]) -> Result<Request, Malformed> {
        limits::check_request_size(bytes.len())?;
        let text = std::str::from_utf8(bytes).map_err(|error| {
            let offset = error.valid_up_to();
            Malformed::new(
                "",
                format!("not UTF-8 text: invalid byte at offset {offset}"),
            )
        })?;
        Request::from_json(text)
    }

    /// Reads a request from a JSON value, within the [`crate::limits`]. What is wrong is
    /// said in the request's `locale` when that can be read.
    ///
    /// ```
    /// use callplan::Request;
    /// let value = serde_json::json!({"check": "port_reschedule", "locale": "sv", "today": "2024-02-30"});
    /// let error = Request::from_value(value).unwrap_err();
    /// assert_eq!(error.message, "`2024-02-30` är inte ett datum på formen ÅÅÅÅ-MM-DD");
    /// ```
    pub fn from_value(value: Value) -> Result<Request, Malformed> {
        let locale = locale_of(&value);
        limits::check_value(&value, locale)?;
        let request = Request::from_checked_value(value, locale)?;
        limits::check_request(&request.check, locale)?;
        Ok(request)
    }

    /// Reads the input of the check named `check` from JSON text: a request without its
    /// `check` field, as a per-check endpoint receives it.
    ///
    /// ```
    /// use callplan::{Check, Request};
    /// let request = Request::from_input_json("support_route", r#"{"topic": "outage", "region": "na"}"#).unwrap();
    /// assert_eq!(request.check.name(), "support_route");
    /// ```
    pub fn from_input_json(check: &str, text: &str) -> Result<Request, Malformed> {
        match json_value(text)? {
            Value::Object(mut fields) => {
                fields.insert("check".to_owned(), Value::String(check.to_owned()));
                Request::from_value(Value::Object(fields))
            }
            _ => Err(Malformed::new("", "a request must be a JSON object")),
        }
    }

    /// Reads a request whose limits were checked; `locale` is the one it asks for.
    fn from_checked_value(value: Value, locale: Locale) -> Result<Request, Malformed> {
        let Value::Object(mut fields) = value else {
            return Err(Malformed::new("", "a request must be a JSON object"));
        };
        let check_place = Place::Key(&Place::Base(""), "check");
        let name = match fields.remove("check") {
            Some(name) => read_json::name(name, &check_place, Check::NAMES),
            None => Err(read_json::missing_field(&check_place, "check")),
        }
        .map_err(|error| malformed(error, locale))?;
        let locale = match fields.remove("locale") {
            None | Some(Value::Null) => locale,
            Some(tag) => from_value(tag, "/locale", locale)?,
        };
        let check = read_check(name, fields, locale)?;
        Ok(Request { locale, check })
    }
}

/// The locale a request asks for, when it names one the library speaks; else the default
/// (English), also for a request that is no object.
fn locale_of(value: &Value) -> Locale {
    value
        .get("locale")
        .and_then(Value::as_str)
        .and_then(Locale::parse)
        .unwrap_or_default()
}

/// Reads the check named `name` from the request's remaining members.
fn read_check(
    name: String,
    members: Map<String, Value>,
    locale: Locale,
) -> Result<Check, Malformed> {
    let problem = match Check::read_named(&name, Value::Object(members), &Place::Base("")) {
        Some(check) => return check.map_err(|error| malformed(error, locale)),
        None => Problem::UnknownCheck {
            name,
            checks: Check::NAMES,
        },
    };
    Err(Malformed::of("/check".to_owned(), &problem, locale))
}

impl<'de> Deserialize<'de> for Request {
    /// Reads a request as [`Request::from_value`] does, for Rust users who embed one.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        Request::from_value(value).map_err(serde::de::Error::custom)
    }
}
