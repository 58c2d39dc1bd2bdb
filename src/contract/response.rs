//! The response every check returns [POLICY §1], and JSON text written without failing.

use serde::Serialize;

use crate::catalogue::declare::Severity;
use crate::catalogue::rules::Rule;
use crate::checks::CheckResult;
use crate::contract::malformed::Malformed;
use crate::findings::{Finding, Findings};
use crate::locale::Locale;

/// What a check says about a request.
///
/// Findings are ordered by severity (errors, then warnings, then notices); within a
/// severity, in the order the check meets them, which follows its input as POLICY lists it
/// (for an order: location, single numbers in list order, blocks, selection, count).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(
    feature = "typescript",
    derive(tsify::Tsify),
    tsify(rename = "CallplanResponse")
)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Response {
    /// True iff no finding is an error.
    pub ok: bool,
    /// What the policy has to say, in a deterministic order.
    pub findings: Vec<Finding>,
    /// Check-specific output; `null` when the check has none.
    pub result: Option<CheckResult>,
}

impl Response {
    /// The response to a check that gathered `findings` and made `result`, with messages
    /// in `locale`.
    pub(crate) fn new(
        (findings, result): (Findings, Option<CheckResult>),
        locale: Locale,
    ) -> Response {
        let findings = findings.written(locale);
        Response {
            ok: !findings.iter().any(|f| f.severity == Severity::Error),
            findings,
            result,
        }
    }

    /// The response as compact JSON text.
    pub fn to_json(&self) -> String {
        json_text(self)
    }

    /// Whether some finding has this rule.
    pub fn has(&self, rule: Rule) -> bool {
        self.findings.iter().any(|finding| finding.rule == rule)
    }
}

/// Compact JSON text of an answer. Writing one cannot fail (string keys only); if it ever
/// did, the answer is the `input.malformed` value saying so, as valid JSON.
pub(crate) fn json_text<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|error| {
        let message = format!("the answer cannot be written as JSON: {error}");
        Malformed::new("", message).to_json()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A value whose serialisation fails with a message full of JSON syntax.
    struct Unwritable;

    impl Serialize for Unwritable {
        fn serialize<S: serde::Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
            Err(serde::ser::Error::custom(r#"bad "quote" \ and } brace"#))
        }
    }

    #[test]
    fn an_answer_that_cannot_be_written_is_still_valid_json() {
        let text = json_text(&Unwritable);
        let value: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
        assert_eq!(value["code"], "input.malformed");
        let message = value["message"].as_str().unwrap_or_default();
        assert!(message.contains(r#"bad "quote" \ and } brace"#), "{text}");
    }
}
