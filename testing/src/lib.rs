//! Regression cases: a request, the policy to judge it under, and what the answer must
//! contain. Policy teams keep folders of them and run `callplan test DIR` when the policy
//! changes; `cargo test` runs `tests/cases/`.
//!
//! A case is JSON: `{"description", "request", "expected", "policy"?}`. `expected` is
//! matched against the answer (the response, or the `input.malformed` value): objects
//! match when every key they give matches (keys left out are not compared), arrays when
//! they have the same length and match element by element, other values when equal.
//! `policy` names a built-in policy (`"cisco-2026"`), or is an object of the fields it
//! changes of `seed-2024` (or of its own `"base"`).
//!
//! This crate and the command line are the only places that touch the file system
//! ([`read_cases`]); the policy itself never does. The core (`callplan`) stays pure.

use std::io;
use std::path::{Path, PathBuf};

use callplan::{evaluate, push_pointer_token, Malformed, Policy, Request};
use serde::Deserialize;
use serde_json::Value;

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
    /// A built-in policy's name, or the fields that differ from `seed-2024` (or from the
    /// object's own `base`).
    #[serde(default)]
    pub policy: Option<Value>,
}

impl Case {
    /// Reads a case from JSON text.
    pub fn from_json(text: &str) -> Result<Case, Malformed> {
        serde_json::from_str(text).map_err(|error| Malformed::new("", error.to_string()))
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

    /// Runs the case: every difference between its `expected` and the answer (none when
    /// it passes), or the error that its `policy` is not one.
    pub fn run(&self, base_policy: &Policy) -> Result<Vec<Difference>, Malformed> {
        let answer = self.answer(base_policy)?;
        Ok(self.differences(&answer))
    }

    /// Every place where `answer` does not match the case's `expected`.
    pub fn differences(&self, answer: &Value) -> Vec<Difference> {
        let mut differences = Vec::new();
        compare(&self.expected, answer, &mut String::new(), &mut differences);
        differences
    }

    /// What `expected` would say if it matched `answer`, keeping its shape: the keys it
    /// leaves out stay out; in an array, an element the case already expects stays as
    /// written (wherever it now stands), a changed one keeps the shape of an element that no
    /// longer matches, and a new one only the keys all the case's elements share (all of its
    /// keys when the case's array was empty).
    /// `callplan test --update` writes this; the readable diff of a failure compares it
    /// with `expected`.
    pub fn expected_from(&self, answer: &Value) -> Value {
        reshape(&self.expected, answer)
    }
}

/// One place where an answer does not match a case's `expected`.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Difference {
    /// JSON Pointer into the answer (and into `expected`).
    pub path: String,
    /// What the case expects there.
    pub expected: Value,
    /// What the answer holds there; `None` when the answer has nothing at `path`.
    pub actual: Option<Value>,
}

impl std::fmt::Display for Difference {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (path, expected) = (&self.path, &self.expected);
        match &self.actual {
            Some(actual) => write!(formatter, "{path}: expected {expected}, got {actual}"),
            None => write!(formatter, "{path}: expected {expected}, missing"),
        }
    }
}

/// The first element of the JSON array `list` whose member `key` is the string `value`: a
/// finding of an answer's `findings` by its `rule`, a case of a report by its `case`.
/// `None` when `list` is not an array or holds no such element.
///
/// ```
/// let answer = serde_json::json!({"findings": [{"rule": "number.toll_free", "path": "/numbers/1"}]});
/// let finding = callplan_testing::item_with(&answer["findings"], "rule", "number.toll_free");
/// assert_eq!(finding.map(|finding| &finding["path"]), Some(&serde_json::json!("/numbers/1")));
/// ```
pub fn item_with<'a>(list: &'a Value, key: &str, value: &str) -> Option<&'a Value> {
    list.as_array()?.iter().find(|item| item[key] == value)
}

/// The policy a case's `policy` names: a built-in policy by its name (`"cisco-2026"`), a
/// policy object with its own `base`, or the fields of `base` it replaces.
fn with_overrides(base: &Policy, overrides: &Value) -> Result<Policy, Malformed> {
    let changes = match overrides {
        Value::String(name) => {
            return Policy::named(name).ok_or_else(|| {
                let message = format!(
                    "unknown built-in policy `{name}`, expected `seed-2024` or `cisco-2026`"
                );
                Malformed::new("/policy", message)
            })
        }
        Value::Object(changes) if changes.contains_key("base") => {
            return Policy::from_json(&overrides.to_string())
                .map_err(|error| error.within("/policy"))
        }
        Value::Object(changes) => changes,
        _ => {
            let message = "a case's `policy` is a built-in policy's name or an object of the fields it changes";
            return Err(Malformed::new("/policy", message));
        }
    };
    let mut merged =
        serde_json::to_value(base).map_err(|error| Malformed::new("", error.to_string()))?;
    if let Value::Object(fields) = &mut merged {
        fields.extend(changes.clone());
    }
    Policy::from_json(&merged.to_string()).map_err(|error| error.within("/policy"))
}

/// A file of a case folder and the case read from it.
#[derive(Clone, Debug, PartialEq)]
pub struct CaseFile {
    /// Where the case was read from.
    pub path: PathBuf,
    /// The case, or why the file is not one.
    pub case: Result<Case, Malformed>,
}

/// Reads every `*.json` file below `dir` (recursively) as a case, sorted by path. A file
/// that is not a case is listed with its error; a folder or file that cannot be read ends
/// the walk with an error naming it.
pub fn read_cases(dir: &Path) -> io::Result<Vec<CaseFile>> {
    let mut paths = Vec::new();
    json_files(dir, &mut paths)?;
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).map_err(|error| named(&path, error))?;
            let case = Case::from_json(&text);
            Ok(CaseFile { path, case })
        })
        .collect()
}

fn json_files(dir: &Path, files: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in std::fs::read_dir(dir).map_err(|error| named(dir, error))? {
        let path = entry.map_err(|error| named(dir, error))?.path();
        if path.is_dir() {
            json_files(&path, files)?;
        } else if path
            .extension()
            .is_some_and(|extension| extension == "json")
        {
            files.push(path);
        }
    }
    Ok(())
}

/// The I/O error with the path it happened at in its message.
fn named(path: &Path, error: io::Error) -> io::Error {
    io::Error::new(error.kind(), format!("{}: {error}", path.display()))
}

/// Records every place where `answer` does not match `expected`.
fn compare(expected: &Value, answer: &Value, at: &mut String, differences: &mut Vec<Difference>) {
    match (expected, answer) {
        (Value::Object(wanted), Value::Object(got)) => {
            for (key, wanted_value) in wanted {
                let length = at.len();
                push_pointer_token(at, key);
                match got.get(key) {
                    Some(got_value) => compare(wanted_value, got_value, at, differences),
                    None => differences.push(Difference {
                        path: at.clone(),
                        expected: wanted_value.clone(),
                        actual: None,
                    }),
                }
                at.truncate(length);
            }
        }
        (Value::Array(wanted), Value::Array(got)) if wanted.len() == got.len() => {
            for (index, (wanted_item, got_item)) in wanted.iter().zip(got).enumerate() {
                let length = at.len();
                push_pointer_token(at, &index.to_string());
                compare(wanted_item, got_item, at, differences);
                at.truncate(length);
            }
        }
        _ if expected == answer => {}
        _ => differences.push(Difference {
            path: at.clone(),
            expected: expected.clone(),
            actual: Some(answer.clone()),
        }),
    }
}

/// `answer` in the shape of `expected` (see [`Case::expected_from`]).
fn reshape(expected: &Value, answer: &Value) -> Value {
    match (expected, answer) {
        (Value::Object(wanted), Value::Object(got)) => Value::Object(
            wanted
                .iter()
                .filter_map(|(key, wanted_value)| {
                    let got_value = got.get(key)?;
                    Some((key.clone(), reshape(wanted_value, got_value)))
                })
                .collect(),
        ),
        (Value::Array(wanted), Value::Array(got)) => Value::Array(reshape_items(wanted, got)),
        _ => answer.clone(),
    }
}

/// The items of an answer's array in the shape of a case's array: an item the case already
/// expects keeps that expectation (wherever it now stands); the others take, in order, the
/// shape of the case's items no answer item matched, then the keys all the case's items
/// share (everything when the case's array was empty).
fn reshape_items(wanted: &[Value], got: &[Value]) -> Vec<Value> {
    let mut unmatched: Vec<&Value> = wanted.iter().collect();
    let matched: Vec<Option<&Value>> = got
        .iter()
        .map(|item| {
            let index = unmatched
                .iter()
                .position(|wanted_item| matches(wanted_item, item))?;
            Some(unmatched.remove(index))
        })
        .collect();
    let shared = shared_keys(wanted);
    let mut spare_shapes = unmatched.into_iter();
    got.iter()
        .zip(matched)
        .map(
            |(item, matched)| match matched.or_else(|| spare_shapes.next()) {
                Some(shape) => reshape(shape, item),
                None => only_keys(item, &shared),
            },
        )
        .collect()
}

/// Whether `answer` holds everything `expected` says.
fn matches(expected: &Value, answer: &Value) -> bool {
    let mut differences = Vec::new();
    compare(expected, answer, &mut String::new(), &mut differences);
    differences.is_empty()
}

/// The keys every object among `items` has; none when there are no objects.
fn shared_keys(items: &[Value]) -> Vec<&String> {
    let mut objects = items.iter().filter_map(Value::as_object);
    let Some(first) = objects.next() else {
        return Vec::new();
    };
    let rest: Vec<_> = objects.collect();
    first
        .keys()
        .filter(|key| rest.iter().all(|object| object.contains_key(*key)))
        .collect()
}

/// `item` with only the `kept` keys; all of it when `kept` is empty or `item` is not an
/// object.
fn only_keys(item: &Value, kept: &[&String]) -> Value {
    match item {
        Value::Object(fields) if !kept.is_empty() => Value::Object(
            fields
                .iter()
                .filter(|(key, _)| kept.contains(key))
                .map(|(key, value)| (key.clone(), value.clone()))
                .collect(),
        ),
        _ => item.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case_with_policy(policy: Value) -> Case {
        Case {
            description: String::new(),
            request: serde_json::json!({"check": "support_route", "topic": "outage", "region": "na"}),
            expected: serde_json::json!({"ok": true}),
            policy: Some(policy),
        }
    }

    #[test]
    fn a_policy_override_that_is_not_an_object_is_an_error() {
        let case = case_with_policy(serde_json::json!(["max_numbers_per_order", 5]));
        let error = case.answer(&Policy::default()).err();
        assert_eq!(error.map(|error| error.path), Some("/policy".to_owned()));
        assert!(case.run(&Policy::default()).is_err());
    }

    #[test]
    fn a_policy_override_changes_only_the_fields_it_names() {
        let case = case_with_policy(serde_json::json!({"name": "pilot"}));
        assert_eq!(case.run(&Policy::default()), Ok(Vec::new()));
    }

    fn support_case(expected: Value) -> Case {
        Case {
            description: String::new(),
            request: serde_json::json!({"check": "support_route", "topic": "weather", "region": "na"}),
            expected,
            policy: None,
        }
    }

    fn differences(expected: Value) -> Vec<String> {
        let case = support_case(expected);
        let found = case.run(&Policy::default()).unwrap_or_default();
        found.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn every_difference_is_reported_with_its_path() {
        let found = differences(serde_json::json!({
            "ok": true,
            "findings": [{"rule": "support.unknown_topic", "path": "/region", "missing": 1}],
            "result": {"desk": "tac"},
        }));
        assert_eq!(
            found,
            [
                "/findings/0/missing: expected 1, missing",
                "/findings/0/path: expected \"/region\", got \"/topic\"",
                "/ok: expected true, got false",
                "/result: expected {\"desk\":\"tac\"}, got null",
            ]
        );
    }

    #[test]
    fn arrays_of_another_length_differ_whole() {
        let found = differences(serde_json::json!({"findings": []}));
        assert_eq!(found.len(), 1);
        assert!(
            found[0].starts_with("/findings: expected [], got [{"),
            "{found:?}"
        );
    }

    #[test]
    fn a_matching_case_has_no_differences() {
        let found = differences(serde_json::json!({
            "ok": false,
            "findings": [{"rule": "support.unknown_topic", "params": {"topic": "weather"}}],
        }));
        assert_eq!(found, Vec::<String>::new());
    }

    #[test]
    fn the_expectation_that_would_pass_keeps_the_cases_shape() {
        let case = support_case(serde_json::json!({
            "ok": true,
            "findings": [
                {"rule": "support.unknown_topic", "path": "/topic"},
                {"rule": "gone.rule", "path": "/x", "message": "m"},
                {"rule": "also.gone", "path": "/y"},
            ],
        }));
        let answer = case.answer(&Policy::default()).unwrap_or_default();
        let proposed = case.expected_from(&answer);
        // The matching finding is kept as written, `ok` takes the answer's value, and the
        // keys the case left out (`severity`, `message` of the kept one, `result`) stay out.
        assert_eq!(
            proposed,
            serde_json::json!({
                "ok": false,
                "findings": [{"rule": "support.unknown_topic", "path": "/topic"}],
            })
        );
        assert!(!case.differences(&answer).is_empty());
        let updated = Case {
            expected: proposed,
            ..case
        };
        assert_eq!(updated.differences(&answer), Vec::new());
    }

    #[test]
    fn new_elements_keep_the_keys_the_cases_elements_share() {
        let mut case = support_case(serde_json::json!({"findings": [
            {"rule": "x.one", "path": "/a", "message": "only here"},
            {"rule": "x.two", "path": "/b"},
            {"rule": "x.three", "path": "/c"},
        ]}));
        case.request = serde_json::json!({"check": "support_route", "topic": "", "region": "na"});
        let answer = serde_json::json!({"findings": [
            {"rule": "x.new", "path": "/n", "severity": "error"},
        ]});
        // A new element takes the shape of the case's first element no answer matched; once
        // those are used up, the keys all the case's elements share.
        assert_eq!(
            case.expected_from(&answer),
            serde_json::json!({"findings": [{"rule": "x.new", "path": "/n"}]})
        );
        let answer = serde_json::json!({"findings": [
            {"rule": "x.two", "path": "/b", "severity": "error"},
            {"rule": "x.four", "path": "/d", "severity": "error", "message": "m4"},
            {"rule": "x.five", "path": "/e", "severity": "error", "message": "m5"},
            {"rule": "x.six", "path": "/f", "severity": "error", "message": "m"},
        ]});
        assert_eq!(
            case.expected_from(&answer),
            serde_json::json!({"findings": [
                {"rule": "x.two", "path": "/b"},
                {"rule": "x.four", "path": "/d", "message": "m4"},
                {"rule": "x.five", "path": "/e"},
                {"rule": "x.six", "path": "/f"},
            ]})
        );
        let empty = support_case(serde_json::json!({"findings": []}));
        assert_eq!(empty.expected_from(&answer), answer);
    }

    #[test]
    fn findings_that_changed_places_keep_their_expectations() {
        let case = support_case(serde_json::json!({"findings": [
            {"rule": "x.one", "path": "/a"},
            {"rule": "x.two"},
        ]}));
        let answer = serde_json::json!({"findings": [
            {"rule": "x.two", "path": "/b"},
            {"rule": "x.one", "path": "/a", "message": "m"},
        ]});
        assert_eq!(
            case.expected_from(&answer),
            serde_json::json!({"findings": [{"rule": "x.two"}, {"rule": "x.one", "path": "/a"}]})
        );
    }
}
