//! Regression cases: a request, the policy to judge it under, and what the answer must
//! contain. Policy teams keep folders of them and run `callplan test DIR` when the policy
//! changes; `cargo test` runs `tests/cases/`.
//!
//! A case is JSON: `{"description", "request", "expected", "policy"?}`. `expected` is
//! matched against the answer (the response, or the `input.malformed` value): objects
//! match when every key they give matches (keys left out are not compared), arrays when
//! they have the same length and match element by element, other values when equal.
//! `policy` overrides fields of `seed-2024`.

use serde::Deserialize;
use serde_json::Value;

use crate::evaluate;
use crate::malformed::{from_json_text, from_value, push_token, Malformed};
use crate::policy::Policy;
use crate::request::Request;

/// One regression case.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, expecting = "a case object")]
pub struct Case {
    /// What the case shows, for the person reading a failure.
    #[serde(default)]
    pub description: String,
    /// The request, exactly as a client would send it.
    pub request: Value,
    /// What the answer must contain.
    pub expected: Value,
    /// Fields that differ from the `seed-2024` policy.
    #[serde(default)]
    pub policy: Option<Value>,
}

impl Case {
    /// Reads a case from JSON text.
    pub fn from_json(text: &str) -> Result<Case, Malformed> {
        from_json_text(text)
    }

    /// The answer the library gives to the case's request, as a JSON value.
    pub fn answer(&self, base_policy: &Policy) -> Result<Value, Malformed> {
        let policy = match &self.policy {
            Some(overrides) => with_overrides(base_policy, overrides)?,
            None => base_policy.clone(),
        };
        let answer = match Request::from_value(self.request.clone()) {
            Ok(request) => serde_json::to_value(evaluate(&request, &policy)),
            Err(malformed) => serde_json::to_value(malformed),
        };
        answer.map_err(|error| Malformed::new("", error.to_string()))
    }

    /// Runs the case: `Ok` when the answer matches, otherwise every difference found.
    pub fn run(&self, base_policy: &Policy) -> Result<(), Vec<String>> {
        let answer = self
            .answer(base_policy)
            .map_err(|error| vec![format!("policy: {error}")])?;
        let mut differences = Vec::new();
        compare(
            &self.expected,
            &answer,
            &mut String::new(),
            &mut differences,
        );
        if differences.is_empty() {
            Ok(())
        } else {
            Err(differences)
        }
    }
}

/// `base` with the fields of `overrides` replaced.
fn with_overrides(base: &Policy, overrides: &Value) -> Result<Policy, Malformed> {
    let mut merged =
        serde_json::to_value(base).map_err(|error| Malformed::new("", error.to_string()))?;
    if let (Value::Object(fields), Value::Object(changes)) = (&mut merged, overrides) {
        fields.extend(changes.clone());
    }
    from_value(merged, "/policy")
}

/// Records every place where `answer` does not match `expected`.
fn compare(expected: &Value, answer: &Value, at: &mut String, differences: &mut Vec<String>) {
    match (expected, answer) {
        (Value::Object(wanted), Value::Object(got)) => {
            for (key, wanted_value) in wanted {
                let length = at.len();
                push_token(at, key);
                match got.get(key) {
                    Some(got_value) => compare(wanted_value, got_value, at, differences),
                    None => differences.push(format!("{at}: expected {wanted_value}, missing")),
                }
                at.truncate(length);
            }
        }
        (Value::Array(wanted), Value::Array(got)) if wanted.len() == got.len() => {
            for (index, (wanted_item, got_item)) in wanted.iter().zip(got).enumerate() {
                let length = at.len();
                push_token(at, &index.to_string());
                compare(wanted_item, got_item, at, differences);
                at.truncate(length);
            }
        }
        _ if expected == answer => {}
        _ => differences.push(format!("{at}: expected {expected}, got {answer}")),
    }
}
