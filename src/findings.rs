//! Findings: what a check has to say about a request, where, and with which values. A
//! check gathers them in [`Findings`] as it meets them; the contract orders them and
//! writes their messages.

use std::fmt;

use serde::Serialize;

use crate::catalogue::messages::{render, Locale};
use crate::catalogue::rules::{FormField, Params, Rule, Severity};

/// One thing the policy has to say about a request.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
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

/// One step of a JSON Pointer: an object key or an array index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    Key(&'static str),
    Index(usize),
}

/// Steps held inline; the checks' deepest pointer (`/blocks/3/numbers/5`) has four.
const INLINE_STEPS: usize = 4;

/// A JSON Pointer into the request made of field names and list indices: held without
/// allocating up to four steps (deeper ones are kept on the heap), written out only when
/// a finding needs it. Field names never contain `/` or `~`, so they need no escaping.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Pointer {
    inline: [Step; INLINE_STEPS],
    len: usize,
    deeper: Vec<Step>,
}

impl Pointer {
    /// The request as a whole, `""`.
    pub(crate) const ROOT: Pointer = Pointer {
        inline: [Step::Index(0); INLINE_STEPS],
        len: 0,
        deeper: Vec::new(),
    };

    /// The pointer to field `key` below this one.
    pub(crate) fn key(&self, key: &'static str) -> Self {
        self.then(Step::Key(key))
    }

    /// The pointer to item `index` of the list this one points at.
    pub(crate) fn index(&self, index: usize) -> Self {
        self.then(Step::Index(index))
    }

    fn then(&self, step: Step) -> Self {
        let mut next = self.clone();
        match next.inline.get_mut(next.len) {
            Some(slot) => {
                *slot = step;
                next.len = next.len.saturating_add(1);
            }
            None => next.deeper.push(step),
        }
        next
    }

    fn steps(&self) -> impl Iterator<Item = &Step> {
        self.inline.iter().take(self.len).chain(&self.deeper)
    }
}

impl fmt::Display for Pointer {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        for step in self.steps() {
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

impl From<&Pointer> for String {
    fn from(pointer: &Pointer) -> String {
        pointer.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pointer_keeps_every_step_however_deep() {
        let deep = Pointer::ROOT
            .key("blocks")
            .index(3)
            .key("numbers")
            .index(5)
            .key("extra")
            .index(12);
        assert_eq!(deep.to_string(), "/blocks/3/numbers/5/extra/12");
        assert_eq!(Pointer::ROOT.to_string(), "");
    }

    #[test]
    fn pointers_to_different_places_differ() {
        let base = Pointer::ROOT.key("numbers").index(0).key("a").index(1);
        assert_ne!(base.key("x"), base.key("y"));
        assert_eq!(base.key("x"), base.key("x"));
    }
}
