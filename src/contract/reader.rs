//! Reading JSON into the request types: the text within its size limit, then serde's
//! derived readers with the JSON Pointer of whatever is wrong.

use serde::de::DeserializeOwned;
use serde_path_to_error::{Path, Segment};

use crate::contract::limits;
use crate::contract::malformed::{escape, push_token, Malformed};

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
    serde_path_to_error::deserialize(value)
        .map_err(|error| located(error.path(), &error.inner().to_string(), base))
}

/// Builds the error, pointing into the field a `missing`/`unknown field` message names.
fn located(path: &Path, message: &str, base: &str) -> Malformed {
    let mut pointer = base.to_owned();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => push_token(&mut pointer, &index.to_string()),
            Segment::Map { key } | Segment::Enum { variant: key } => push_token(&mut pointer, key),
            Segment::Unknown => {}
        }
    }
    if let Some(field) = named_field(message) {
        if !pointer.ends_with(&format!("/{}", escape(field))) {
            push_token(&mut pointer, field);
        }
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
