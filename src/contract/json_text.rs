//! Reading JSON into the request types: the text within its size limit, then the types'
//! derived readers with the JSON Pointer of whatever is wrong.

use crate::contract::limits;
use crate::contract::malformed::Malformed;
use crate::locale::Locale;
use crate::pointer::Place;
use crate::read_json::{ReadError, ReadJson};

/// Reads JSON text of at most [`crate::limits::MAX_REQUEST_BYTES`] as a JSON value; a
/// syntax error has no path, so it points at `""`.
pub(crate) fn json_value(text: &str) -> Result<serde_json::Value, Malformed> {
    limits::check_request_size(text.len())?;
    serde_json::from_str(text)
        .map_err(|error| Malformed::new("", format!("not valid JSON: {error}")))
}

/// Reads `T` from a JSON value found at `base` (a JSON Pointer) in the request; what is
/// wrong is said in `locale`.
pub(crate) fn from_value<T: ReadJson>(
    value: serde_json::Value,
    base: &str,
    locale: Locale,
) -> Result<T, Malformed> {
    T::read(value, &Place::Base(base)).map_err(|error| malformed(error, locale))
}

/// A reader's error as the `input.malformed` value at the same place, in `locale`.
pub(crate) fn malformed(error: ReadError, locale: Locale) -> Malformed {
    Malformed::of(error.pointer, &error.problem, locale)
}
