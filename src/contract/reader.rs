//! Reading JSON into the request types: the text within its size limit, then serde's
//! derived readers with the JSON Pointer of whatever is wrong.

use serde::de::DeserializeOwned;

use crate::contract::limits;
use crate::contract::malformed::{push_token, Malformed};
use crate::contract::value_reader::{Place, ValueReader};

/// Reads JSON text of at most [`crate::limits::MAX_REQUEST_BYTES`] as a JSON value; a
/// syntax error has no path, so it points at `""`.
pub(crate) fn json_value(text: &str) -> Result<serde_json::Value, Malformed> {
    limits::check_request_size(text.len())?;
    serde_json::from_str(text)
        .map_err(|error| Malformed::new("", format!("not valid JSON: {error}")))
}

/// Reads `T` from JSON text, reporting where it went wrong.
pub(crate) fn from_json_text<T: DeserializeOwned>(text: &str) -> Result<T, Malformed> {
    from_value(json_value(text)?, "")
}

/// Reads `T` from a JSON value found at `base` (a JSON Pointer) in the request.
pub(crate) fn from_value<T: DeserializeOwned>(
    value: serde_json::Value,
    base: &str,
) -> Result<T, Malformed> {
    let place = Place::Base(base);
    T::deserialize(ValueReader::new(value, &place)).map_err(|error| {
        let pointer = error.pointer.unwrap_or_else(|| base.to_owned());
        located(pointer, &error.message)
    })
}

/// Builds the error, pointing into the field a `missing`/`unknown field` message names
/// (serde raises those at the object that lacks or holds the field).
fn located(mut pointer: String, message: &str) -> Malformed {
    if let Some(field) = named_field(message) {
        push_token(&mut pointer, field);
    }
    Malformed::new(pointer, message)
}

/// The field named in serde's "missing field `x`" or "unknown field `x`" messages.
fn named_field(message: &str) -> Option<&str> {
    let rest = message
        .strip_prefix("missing field `")
        .or_else(|| message.strip_prefix("unknown field `"))?;
    rest.split('`').next()
}
