//! Findings: what a check has to say about a request, where, and with which values. A
//! check gathers them in [`Findings`] as it meets them; the contract orders them and
//! writes their messages.

use serde::Serialize;

use crate::catalogue::declare::{FormField, Severity};
use crate::catalogue::messages::render;
use crate::catalogue::rules::{Params, Rule};
use crate::locale::Locale;
use crate::pointer::Pointer;

/// One thing the policy has to say about a request.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Finding {
    /// The rule's code, e.g. `number.toll_free`.
    #[cfg_attr(feature = "typescript", tsify(type = "RuleCode"))]
    pub rule: Rule,
    /// `error`, `warning` or `info`.
    pub severity: Severity,
    /// JSON Pointer to the field a form should highlight; `""` for the whole request.
    pub path: String,
    /// Text for the person filling the form, in the request's locale.
    pub message: String,
    /// The values behind the message.
    #[cfg_attr(feature = "typescript", tsify(type = "Record<string, unknown>"))]
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "serde_json::Map<String, serde_json::Value>")
    )]
    pub params: Params,
}

/// Findings gathered by a check before messages are written.
#[derive(Debug, Default)]
pub(crate) struct Findings {
    drafts: Vec<(String, Params)>,
}

impl Findings {
    /// Records the finding of the rule `params` belong to, at `path`.
    pub(crate) fn add(&mut self, path: impl Into<String>, params: Params) {
        self.drafts.push((path.into(), params));
    }

    /// Records a finding for every blank text field of a form section at `base`: `finding`
    /// makes its parameters from the field.
    pub(crate) fn require_filled(
        &mut self,
        base: &Pointer,
        fields: &[(&'static str, &str)],
        finding: fn(FormField) -> Params,
    ) {
        for (field, value) in fields {
            if value.trim().is_empty() {
                self.add(base.key(field), finding(FormField(field)));
            }
        }
    }

    /// Whether an error has been recorded so far.
    pub(crate) fn has_errors(&self) -> bool {
        self.drafts
            .iter()
            .any(|(_, params)| params.rule().severity() == Severity::Error)
    }

    /// Appends the findings of another check.
    pub(crate) fn extend(&mut self, other: Findings) {
        self.drafts.extend(other.drafts);
    }

    /// The findings with their messages, errors first, then warnings, then notices; within
    /// a severity in the order the check met them.
    pub(crate) fn written(self, locale: Locale) -> Vec<Finding> {
        let findings: Vec<Finding> = self
            .drafts
            .into_iter()
            .map(|(path, params)| {
                let rule = params.rule();
                Finding {
                    rule,
                    severity: rule.severity(),
                    message: render(&params, locale),
                    path,
                    params,
                }
            })
            .collect();
        by_severity(findings)
    }
}

/// Errors, then warnings, then notices, each severity in the order its findings were met.
fn by_severity(findings: Vec<Finding>) -> Vec<Finding> {
    let mut ordered = Vec::with_capacity(findings.len());
    let mut rest = findings;
    for severity in [Severity::Error, Severity::Warning] {
        let (now, later): (Vec<Finding>, Vec<Finding>) = rest
            .into_iter()
            .partition(|finding| finding.severity == severity);
        ordered.extend(now);
        rest = later;
    }
    ordered.extend(rest);
    ordered
}
