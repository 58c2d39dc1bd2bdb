//! The response every check returns [POLICY §1], and how findings are gathered and ordered.

use std::fmt;

use serde::Serialize;
use serde_json::{Map, Value};

use crate::messages::{render, Locale};
use crate::rules::{Rule, Severity};

/// One thing the policy has to say about a request.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
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
    pub params: Map<String, Value>,
}

/// What a check says about a request.
///
/// Findings are ordered by severity (errors, then warnings, then notices); within a
/// severity, in the order the check meets them, which follows its input as POLICY lists it
/// (for an order: location, single numbers in list order, blocks, selection, count).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
pub struct Response {
    /// True iff no finding is an error.
    pub ok: bool,
    /// What the policy has to say, in a deterministic order.
    pub findings: Vec<Finding>,
    /// Check-specific output; `null` when the check has none.
    pub result: Option<CheckResult>,
}

impl Response {
    /// The response as compact JSON text.
    pub fn to_json(&self) -> String {
        json_text(self)
    }

    /// Whether some finding has this rule.
    pub fn has(&self, rule: Rule) -> bool {
        self.findings.iter().any(|finding| finding.rule == rule)
    }
}

/// Check-specific output, one shape per check that has one.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(untagged)]
pub enum CheckResult {
    /// `billing_start`: when each item starts billing.
    Billing(crate::billing::BillingResult),
    /// `support_route` and a FOC-locked `port_reschedule`: the desk to contact.
    Support(crate::support::Desk),
    /// `order_plan`: the orders to place.
    Plan(crate::plan::OrderPlan),
    /// `number_removal`: what may be removed and what whole-block removal would take.
    Removal(crate::removal::RemovalResult),
    /// `emergency_address`: the address that applies to the user's number.
    EmergencyAddress(crate::address::EffectiveAddress),
}

/// Findings gathered by a check before messages are written.
#[derive(Debug, Default)]
pub(crate) struct Findings {
    drafts: Vec<(Rule, String, Map<String, Value>)>,
}

impl Findings {
    /// Records `rule` at `path` with `params` (a JSON object; anything else counts as `{}`).
    pub(crate) fn add(&mut self, rule: Rule, path: impl Into<String>, params: Value) {
        let params = match params {
            Value::Object(map) => map,
            _ => Map::new(),
        };
        self.drafts.push((rule, path.into(), params));
    }

    /// Records `rule` for every blank text field of a form section at `base`, with the
    /// field's name in `params.field`.
    pub(crate) fn require_filled(&mut self, rule: Rule, base: &str, fields: &[(&str, &str)]) {
        for (field, value) in fields {
            if value.trim().is_empty() {
                self.add(
                    rule,
                    format!("{base}/{field}"),
                    serde_json::json!({ "field": field }),
                );
            }
        }
    }

    /// Whether an error has been recorded so far.
    pub(crate) fn has_errors(&self) -> bool {
        self.drafts
            .iter()
            .any(|(rule, _, _)| rule.severity() == Severity::Error)
    }

    /// Appends the findings of another check.
    pub(crate) fn extend(&mut self, other: Findings) {
        self.drafts.extend(other.drafts);
    }

    /// Orders the findings, writes their messages and builds the response.
    pub(crate) fn respond(self, result: Option<CheckResult>, locale: Locale) -> Response {
        let mut findings: Vec<Finding> = self
            .drafts
            .into_iter()
            .map(|(rule, path, params)| Finding {
                rule,
                severity: rule.severity(),
                message: render(rule, locale, &params),
                path,
                params,
            })
            .collect();
        findings.sort_by_key(|finding| finding.severity);
        Response {
            ok: !findings.iter().any(|f| f.severity == Severity::Error),
            findings,
            result,
        }
    }
}

/// One step of a JSON Pointer: an object key or an array index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    Key(&'static str),
    Index(usize),
}

/// The deepest pointer the checks make (`/blocks/3/numbers/5`).
const MAX_STEPS: usize = 4;

/// A JSON Pointer into the request made of field names and list indices: held without
/// allocating, written out only when a finding needs it. Field names never contain `/` or
/// `~`, so they need no escaping.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Pointer {
    steps: [Step; MAX_STEPS],
    len: usize,
}

impl Pointer {
    /// The request as a whole, `""`.
    pub(crate) const ROOT: Pointer = Pointer {
        steps: [Step::Index(0); MAX_STEPS],
        len: 0,
    };

    /// The pointer to field `key` below this one.
    pub(crate) fn key(self, key: &'static str) -> Self {
        self.then(Step::Key(key))
    }

    /// The pointer to item `index` of the list this one points at.
    pub(crate) fn index(self, index: usize) -> Self {
        self.then(Step::Index(index))
    }

    fn then(mut self, step: Step) -> Self {
        if let Some(slot) = self.steps.get_mut(self.len) {
            *slot = step;
            self.len += 1;
        }
        self
    }
}

impl fmt::Display for Pointer {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        for step in self.steps.iter().take(self.len) {
            match step {
                Step::Key(key) => write!(formatter, "/{key}")?,
                Step::Index(index) => write!(formatter, "/{index}")?,
            }
        }
        Ok(())
    }
}

impl From<Pointer> for String {
    fn from(pointer: Pointer) -> String {
        pointer.to_string()
    }
}

/// Compact JSON text of a value whose serialisation cannot fail (string keys only).
pub(crate) fn json_text<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|error| {
        format!(r#"{{"code":"input.malformed","message":"{error}","path":""}}"#)
    })
}
