//! Malformed input as a value [POLICY §1]: bad JSON, wrong types, unknown checks or
//! fields, bad dates. Never a panic and never a finding.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_path_to_error::{Path, Segment};

/// The code of input that cannot be read as a request.
pub const MALFORMED_CODE: &str = "input.malformed";
/// The code of input over one of the [`crate::limits`].
pub const TOO_LARGE_CODE: &str = "input.too_large";

/// Input the library could not read as a request: what is wrong and where.
///
/// Serialises as `{"code": "input.malformed", "message": …, "path": …}`; input over one
/// of the [`crate::limits`] carries the code `input.too_large` instead.
///
/// ```
/// let error = callplan::Request::from_json(r#"{"check": "port_order", "today": "2024-02-30"}"#)
///     .unwrap_err();
/// assert_eq!(error.code, "input.malformed");
/// assert_eq!(error.path, "/today");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, thiserror::Error)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[error("{message} (at \"{path}\")")]
pub struct Malformed {
    /// `input.malformed`, or `input.too_large` over a limit.
    #[cfg_attr(
        feature = "typescript",
        tsify(type = "\"input.malformed\" | \"input.too_large\"")
    )]
    pub code: &'static str,
    /// What is wrong, in English.
    pub message: String,
    /// JSON Pointer (RFC 6901) to the offending value; `""` for the whole input.
    pub path: String,
}

impl Malformed {
    /// A malformed-input error at `path`.
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Malformed {
            code: MALFORMED_CODE,
            message: message.into(),
            path: path.into(),
        }
    }

    /// An over-limit error (`input.too_large`) at `path`.
    pub fn too_large(path: impl Into<String>, message: impl Into<String>) -> Self {
        Malformed {
            code: TOO_LARGE_CODE,
            message: message.into(),
            path: path.into(),
        }
    }

    /// The error as compact JSON text.
    pub fn to_json(&self) -> String {
        crate::response::json_text(self)
    }
}

/// Reads JSON text of at most [`crate::limits::MAX_REQUEST_BYTES`] as a JSON value; a
/// syntax error has no path, so it points at `""`.
pub fn json_value(text: &str) -> Result<serde_json::Value, Malformed> {
    crate::limits::check_text(text)?;
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

/// Appends one reference token to a JSON Pointer.
pub(crate) fn push_token(pointer: &mut String, token: &str) {
    pointer.push('/');
    pointer.push_str(&escape(token));
}

/// Escapes `~` and `/` in a reference token (RFC 6901).
fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}
