//! Malformed input as a value [POLICY §1]: bad JSON, wrong types, unknown checks or
//! fields, bad dates, input over a limit. Never a panic and never a finding.

use crate::locale::Locale;
use crate::problem::Problem;
use crate::serde_name::serde_name;
use serde::Serialize;

/// Why input could not be read as a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum MalformedCode {
    /// `input.malformed`: not JSON, a wrong type, an unknown check, field or value.
    #[serde(rename = "input.malformed")]
    Malformed,
    /// `input.too_large`: over one of the [`crate::limits`].
    #[serde(rename = "input.too_large")]
    TooLarge,
}

impl MalformedCode {
    /// The code as written in JSON, taken from its serde name.
    pub fn as_str(self) -> &'static str {
        serde_name(&self)
    }
}

impl std::fmt::Display for MalformedCode {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// Input the library could not read as a request: what is wrong and where.
///
/// Serialises as `{"code": "input.malformed", "message": …, "path": …}`; input over one
/// of the [`crate::limits`] carries the code `input.too_large` instead.
///
/// ```
/// use callplan::{MalformedCode, Request};
/// let error = Request::from_json(r#"{"check": "port_order", "today": "2024-02-30"}"#)
///     .unwrap_err();
/// assert_eq!(error.code, MalformedCode::Malformed);
/// assert_eq!(error.path, "/today");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, thiserror::Error)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[error("{message} (at \"{path}\")")]
#[non_exhaustive]
pub struct Malformed {
    /// `input.malformed`, or `input.too_large` over a limit.
    pub code: MalformedCode,
    /// What is wrong, in the request's locale (English when the request's `locale` could
    /// not be read, as when the text is not JSON).
    pub message: String,
    /// JSON Pointer (RFC 6901) to the offending value; `""` for the whole input.
    pub path: String,
}

impl Malformed {
    /// A malformed-input error at `path`.
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Malformed {
            code: MalformedCode::Malformed,
            message: message.into(),
            path: path.into(),
        }
    }

    /// The error of `problem` at `path`, said in `locale`: `input.too_large` when the
    /// problem is a limit, else `input.malformed`.
    pub(crate) fn of(path: String, problem: &Problem, locale: Locale) -> Self {
        Malformed {
            code: if problem.is_over_limit() {
                MalformedCode::TooLarge
            } else {
                MalformedCode::Malformed
            },
            message: problem.message(locale),
            path,
        }
    }

    /// An over-limit error (`input.too_large`) at `path`.
    pub fn too_large(path: impl Into<String>, message: impl Into<String>) -> Self {
        Malformed {
            code: MalformedCode::TooLarge,
            message: message.into(),
            path: path.into(),
        }
    }

    /// The error as compact JSON text.
    pub fn to_json(&self) -> String {
        // A code and two strings: writing them cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The same error found inside a value that sits at `base` in the input (e.g. a policy
    /// at `/policy`).
    pub fn within(mut self, base: &str) -> Self {
        self.path.insert_str(0, base);
        self
    }
}
