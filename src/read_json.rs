//! Reading typed values out of a JSON value, with the JSON Pointer of whatever is wrong.
//!
//! A leaf below every policy module: the request types implement [`ReadJson`] with
//! `#[derive(ReadJson)]` (the `callplan-derive` crate), made from the same serde attributes
//! that shape their output and TypeScript declarations. A generated reader checks an
//! object's members once and takes each field out in turn; every message is built here,
//! once, which is what keeps the WebAssembly module small. Messages follow serde's wording,
//! with values named as JSON names them.

use serde_json::{Map, Value};

use crate::pointer::Place;

/// A type read from a JSON value found at a place in the document.
pub(crate) trait ReadJson: Sized {
    /// Reads the value found at `place`.
    fn read(value: Value, place: &Place<'_>) -> Result<Self, ReadError>;

    /// The value of an absent member, when the type has one (`None` for an `Option`).
    fn absent() -> Option<Self> {
        None
    }
}

/// Why a value could not be read, and the JSON Pointer of the value it concerns.
#[derive(Debug, thiserror::Error)]
#[error("{message} (at `{pointer}`)")]
pub(crate) struct ReadError {
    /// In serde's words: `invalid type: …`, `missing field …`, `unknown field …`.
    pub(crate) message: String,
    /// The value the message is about (for a missing field, where it should be).
    pub(crate) pointer: String,
}

impl ReadError {
    /// The error `message` about the value at `place`.
    pub(crate) fn new(place: &Place<'_>, message: impl Into<String>) -> ReadError {
        ReadError {
            message: message.into(),
            pointer: place.pointer(),
        }
    }
}

/// `value` is not of the kind `expecting` describes.
pub(crate) fn invalid_type(value: &Value, place: &Place<'_>, expecting: &str) -> ReadError {
    let found = found(value);
    ReadError::new(
        place,
        format!("invalid type: {found}, expected {expecting}"),
    )
}

/// A value as the messages name it: `null`, ``integer `7` ``, `string "x"`, `array`, …
fn found(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(flag) => format!("boolean `{flag}`"),
        Value::Number(number) if is_integer_beyond_64_bits(number) => {
            format!("integer `{number}` (too large for 64 bits)")
        }
        Value::Number(number) if number.is_f64() => format!("floating point `{number}`"),
        Value::Number(number) => format!("integer `{number}`"),
        Value::String(text) => format!("string {}", quoted(text)),
        Value::Array(_) => "array".to_owned(),
        Value::Object(_) => "object".to_owned(),
    }
}

/// A whole number outside `i64` and `u64`, which serde_json can only hold as a float: JSON
/// has one kind of number, so `10000000000000000000000` (or `1e22`) is an integer too large,
/// not a fraction.
fn is_integer_beyond_64_bits(number: &serde_json::Number) -> bool {
    /// 2^63: every whole float of at least this size is outside `i64` (those below 2^64
    /// that fit `u64` are read as `u64`, not as floats).
    const SMALLEST_BEYOND_I64: f64 = 9_223_372_036_854_775_808.0;
    number.as_f64().is_some_and(|value| {
        number.is_f64() && value.fract() == 0.0 && value.abs() >= SMALLEST_BEYOND_I64
    })
}

/// Text as a JSON string literal (quoted, with JSON's escapes).
fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_default()
}

/// The members of an object.
pub(crate) fn object(
    value: Value,
    place: &Place<'_>,
    expecting: &str,
) -> Result<Map<String, Value>, ReadError> {
    match value {
        Value::Object(members) => Ok(members),
        other => Err(invalid_type(&other, place, expecting)),
    }
}

/// The text of a string.
pub(crate) fn string(
    value: Value,
    place: &Place<'_>,
    expecting: &str,
) -> Result<String, ReadError> {
    match value {
        Value::String(text) => Ok(text),
        other => Err(invalid_type(&other, place, expecting)),
    }
}

/// Takes the tag naming a variant out of an object's members; `tag_place` is where it is.
pub(crate) fn tag(
    members: &mut Map<String, Value>,
    tag_place: &Place<'_>,
    tag: &str,
    expecting: &str,
) -> Result<String, ReadError> {
    match members.remove(tag) {
        Some(value) => string(value, tag_place, expecting),
        None => Err(missing_field(tag_place, tag)),
    }
}

/// The member `name` is not there; `at` is where it should be.
fn missing_field(at: &Place<'_>, name: &str) -> ReadError {
    ReadError::new(at, format!("missing field `{name}`"))
}

/// Takes the member `name` out of an object's members (found at `place`) and reads it;
/// `None` when there is none.
pub(crate) fn field<T: ReadJson>(
    members: &mut Map<String, Value>,
    place: &Place<'_>,
    name: &str,
) -> Result<Option<T>, ReadError> {
    members
        .remove(name)
        .map(|value| T::read(value, &Place::Key(place, name)))
        .transpose()
}

/// Reads the member `name` as [`field`] does; when there is none, the type's absent value
/// or else the error of a missing field, at the field's place.
pub(crate) fn required_field<T: ReadJson>(
    members: &mut Map<String, Value>,
    place: &Place<'_>,
    name: &str,
) -> Result<T, ReadError> {
    match field(members, place, name)?.or_else(T::absent) {
        Some(value) => Ok(value),
        None => Err(missing_field(&Place::Key(place, name), name)),
    }
}

/// The error of the first member (in key order) that is none of the object's `fields`.
pub(crate) fn only_fields(
    members: &Map<String, Value>,
    place: &Place<'_>,
    fields: &[&str],
) -> Result<(), ReadError> {
    match members.keys().find(|key| !fields.contains(&key.as_str())) {
        Some(key) => {
            let expected = expected_names(fields, "fields");
            let message = format!("unknown field `{key}`, {expected}");
            Err(ReadError::new(&Place::Key(place, key), message))
        }
        None => Ok(()),
    }
}

/// A name that is none of an enum's `variants`, at its place.
pub(crate) fn unknown_variant(at: &Place<'_>, name: &str, variants: &[&str]) -> ReadError {
    let expected = expected_names(variants, "variants");
    ReadError::new(at, format!("unknown variant `{name}`, {expected}"))
}

/// `expected one of `a`, `b`` in serde's words (`there are no fields` for none).
fn expected_names(names: &[&str], kind: &str) -> String {
    match names {
        [] => format!("there are no {kind}"),
        [only] => format!("expected `{only}`"),
        [first, second] => format!("expected `{first}` or `{second}`"),
        _ => {
            let quoted: Vec<String> = names.iter().map(|name| format!("`{name}`")).collect();
            format!("expected one of {}", quoted.join(", "))
        }
    }
}

impl ReadJson for Value {
    fn read(value: Value, _place: &Place<'_>) -> Result<Self, ReadError> {
        Ok(value)
    }
}

impl ReadJson for bool {
    fn read(value: Value, place: &Place<'_>) -> Result<Self, ReadError> {
        match value {
            Value::Bool(flag) => Ok(flag),
            other => Err(invalid_type(&other, place, "a boolean")),
        }
    }
}

impl ReadJson for String {
    fn read(value: Value, place: &Place<'_>) -> Result<Self, ReadError> {
        string(value, place, "a string")
    }
}

impl<T: ReadJson> ReadJson for Option<T> {
    fn read(value: Value, place: &Place<'_>) -> Result<Self, ReadError> {
        match value {
            Value::Null => Ok(None),
            other => T::read(other, place).map(Some),
        }
    }

    fn absent() -> Option<Self> {
        Some(None)
    }
}

impl<T: ReadJson> ReadJson for Vec<T> {
    fn read(value: Value, place: &Place<'_>) -> Result<Self, ReadError> {
        match value {
            Value::Array(items) => items
                .into_iter()
                .enumerate()
                .map(|(index, item)| T::read(item, &Place::Index(place, index)))
                .collect(),
            other => Err(invalid_type(&other, place, "an array")),
        }
    }
}

/// An integer of any width, or the error naming what was found instead.
fn integer(value: &Value, place: &Place<'_>, expecting: &str) -> Result<i128, ReadError> {
    let whole = match value {
        Value::Number(number) => number
            .as_u64()
            .map(i128::from)
            .or_else(|| number.as_i64().map(i128::from)),
        _ => None,
    };
    whole.ok_or_else(|| invalid_type(value, place, expecting))
}

/// Integers read as serde reads them: a whole number in range, else `invalid value`.
macro_rules! read_integers {
    ($($integer:ty)*) => {$(
        impl ReadJson for $integer {
            fn read(value: Value, place: &Place<'_>) -> Result<Self, ReadError> {
                let expecting = stringify!($integer);
                let whole = integer(&value, place, expecting)?;
                <$integer>::try_from(whole).map_err(|_| {
                    let found = found(&value);
                    ReadError::new(place, format!("invalid value: {found}, expected {expecting}"))
                })
            }
        }
    )*};
}

read_integers!(u32 i64);

/// Reads `T` from JSON text's value through its serde form, for [`serde::Deserialize`]
/// (serde's error gets the reader's message and pointer).
pub(crate) fn deserialize_through_reader<'de, T, D>(deserializer: D) -> Result<T, D::Error>
where
    T: ReadJson,
    D: serde::Deserializer<'de>,
{
    let value = <Value as serde::Deserialize>::deserialize(deserializer)?;
    T::read(value, &Place::Base("")).map_err(serde::de::Error::custom)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn a_whole_number_beyond_64_bits_is_named_an_integer_and_a_fraction_a_float() {
        let place = Place::Base("");
        let named = |text: &str| {
            let value: Value = serde_json::from_str(text).unwrap_or_default();
            invalid_type(&value, &place, "i64").message
        };
        assert_eq!(
            named("1e100"),
            "invalid type: integer `1e+100` (too large for 64 bits), expected i64"
        );
        assert!(named("18446744073709551616").starts_with("invalid type: integer `"));
        assert!(named("-9223372036854775809").starts_with("invalid type: integer `"));
        assert_eq!(
            named("-9223372036854775808"),
            "invalid type: integer `-9223372036854775808`, expected i64"
        );
        assert_eq!(
            named("1.5"),
            "invalid type: floating point `1.5`, expected i64"
        );
        assert_eq!(
            named("9.2e18"),
            "invalid type: floating point `9.2e+18`, expected i64"
        );
        assert_eq!(
            named("-1e18"),
            "invalid type: floating point `-1e+18`, expected i64"
        );
    }

    #[test]
    fn names_are_listed_in_serdes_words() {
        assert_eq!(expected_names(&[], "fields"), "there are no fields");
        assert_eq!(expected_names(&["en"], "variants"), "expected `en`");
        assert_eq!(
            expected_names(&["en", "sv"], "variants"),
            "expected `en` or `sv`"
        );
        assert_eq!(
            expected_names(&["na", "emea", "apac"], "variants"),
            "expected one of `na`, `emea`, `apac`"
        );
    }

    #[test]
    fn an_unknown_member_is_named_at_its_place_with_the_fields_there_are() {
        let members = json!({"size": 10, "szie": 10});
        let members = members.as_object().cloned().unwrap_or_default();
        let place = Place::Index(&Place::Key(&Place::Base(""), "blocks"), 0);
        let error = only_fields(&members, &place, &["first", "size"]).unwrap_err();
        assert_eq!(error.pointer, "/blocks/0/szie");
        assert_eq!(
            error.message,
            "unknown field `szie`, expected `first` or `size`"
        );
        assert!(only_fields(&members, &place, &["size", "szie"]).is_ok());
    }

    #[test]
    fn an_absent_option_is_none_and_any_other_absent_field_is_missing() {
        let place = Place::Key(&Place::Base(""), "org");
        let absent: Option<String> = required_field(&mut Map::new(), &place, "name").unwrap();
        assert_eq!(absent, None);
        let error = required_field::<String>(&mut Map::new(), &place, "name").unwrap_err();
        assert_eq!(
            (error.pointer.as_str(), error.message.as_str()),
            ("/org/name", "missing field `name`")
        );
    }
}
