//! Reading an answer as JSON: its findings and their text fields.

use serde_json::Value;

/// The findings of an answer (none when it has no `findings` list).
pub fn findings(answer: &Value) -> impl Iterator<Item = &Value> {
    answer
        .get("findings")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
}

/// A text field of a finding; empty when it has none.
pub fn text(finding: &Value, key: &str) -> String {
    finding
        .get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}
