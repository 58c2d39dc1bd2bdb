//! Reading typed values out of a JSON value, with the JSON Pointer of whatever is wrong.
//!
//! A leaf below every policy module: the request types implement [`ReadJson`] with
//! `#[derive(ReadJson)]` (the `callplan-derive` crate), made from the same serde attributes
//! that shape their output and TypeScript declarations. A generated reader checks an
//! object's members once and takes each field out in turn; every problem is named here,
//! once, which is what keeps the WebAssembly module small, and its message is written in
//! the request's locale (`crate::problem`). English messages follow serde's wording,
//! with values named as JSON names them.

use serde_json::{Map, Value};

use crate::locale::Locale;
use crate::pointer::Place;
use crate::problem::{Expected, Found, Problem};

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
#[error("{} (at `{pointer}`)", problem.message(Locale::En))]
pub(crate) struct ReadError {
    /// What is wrong, as data: its message is written in the request's locale. Boxed, so
    /// that every reader's result stays small (which keeps the WebAssembly module small).
    pub(crate) problem: Box<Problem>,
    /// The value the problem is about (for a missing field, where it should be).
    pub(crate) pointer: String,
}

impl ReadError {
    /// The `problem` of the value at `place`.
    pub(crate) fn new(place: &Place<'_>, problem: Problem) -> ReadError {
        ReadError {
            problem: Box::new(problem),
            pointer: place.pointer(),
        }
    }
}

/// `value` is not of the `expected` kind.
pub(crate) fn wrong_type(value: &Value, place: &Place<'_>, expected: Expected) -> ReadError {
    let found = Found::of(value);
    ReadError::new(place, Problem::WrongType { found, expected })
}

/// The members of an object.
pub(crate) fn object(value: Value, place: &Place<'_>) -> Result<Map<String, Value>, ReadError> {
    match value {
        Value::Object(members) => Ok(members),
        other => Err(wrong_type(&other, place, Expected::Object)),
    }
}

/// The text of a string; `expected` names what the string should say.
fn string(value: Value, place: &Place<'_>, expected: Expected) -> Result<String, ReadError> {
    match value {
        Value::String(text) => Ok(text),
        other => Err(wrong_type(&other, place, expected)),
    }
}

/// The text of a string that names one of `names` (an enum's variant).
pub(crate) fn name(
    value: Value,
    place: &Place<'_>,
    names: &'static [&'static str],
) -> Result<String, ReadError> {
    string(value, place, Expected::OneOf(names))
}

/// A `name` that is none of `names`, at its place.
pub(crate) fn unknown_name(
    place: &Place<'_>,
    name: String,
    names: &'static [&'static str],
) -> ReadError {
    ReadError::new(
        place,
        Problem::UnknownValue {
            name,
            values: names,
        },
    )
}

/// Takes the tag naming one of `names` out of an object's members; `tag_place` is where it
/// is.
pub(crate) fn tag(
    members: &mut Map<String, Value>,
    tag_place: &Place<'_>,
    tag: &str,
    names: &'static [&'static str],
) -> Result<String, ReadError> {
    match members.remove(tag) {
        Some(value) => name(value, tag_place, names),
        None => Err(missing_field(tag_place, tag)),
    }
}

/// The member `name` is not there; `at` is where it should be.
pub(crate) fn missing_field(at: &Place<'_>, name: &str) -> ReadError {
    let name = name.to_owned();
    ReadError::new(at, Problem::MissingField { name })
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
    fields: &'static [&'static str],
) -> Result<(), ReadError> {
    match members.keys().find(|key| !fields.contains(&key.as_str())) {
        Some(key) => {
            let name = key.clone();
            let problem = Problem::UnknownField { name, fields };
            Err(ReadError::new(&Place::Key(place, key), problem))
        }
        None => Ok(()),
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
            other => Err(wrong_type(&other, place, Expected::Boolean)),
        }
    }
}

impl ReadJson for String {
    fn read(value: Value, place: &Place<'_>) -> Result<Self, ReadError> {
        string(value, place, Expected::Text)
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
            other => Err(wrong_type(&other, place, Expected::Array)),
        }
    }
}

/// A locale as requests write it: `en`, `sv` or `fr`, with or without a region.
impl ReadJson for Locale {
    fn read(value: Value, place: &Place<'_>) -> Result<Self, ReadError> {
        const CODES: &[&str] = &["en", "sv", "fr"];
        let tag = name(value, place, CODES)?;
        match Locale::parse(&tag) {
            Some(locale) => Ok(locale),
            None => Err(unknown_name(place, tag, CODES)),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Locale {
    /// Reads as the library reads it in a request, for Rust users who embed one in their types.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserialize_through_reader(deserializer)
    }
}

/// An integer of any width, or the error naming what was found instead.
fn integer(value: &Value, place: &Place<'_>) -> Result<i128, ReadError> {
    let whole = match value {
        Value::Number(number) => number
            .as_u64()
            .map(i128::from)
            .or_else(|| number.as_i64().map(i128::from)),
        _ => None,
    };
    whole.ok_or_else(|| wrong_type(value, place, Expected::WholeNumber))
}

/// Integers read as serde reads them: a whole number in range (written out, for the
/// message), else out of range.
macro_rules! read_integers {
    ($($integer:ty: $min:literal to $max:literal),*) => {$(
        impl ReadJson for $integer {
            fn read(value: Value, place: &Place<'_>) -> Result<Self, ReadError> {
                let whole = integer(&value, place)?;
                <$integer>::try_from(whole).map_err(|_| {
                    let number = value.as_number().map(ToString::to_string).unwrap_or_default();
                    ReadError::new(place, Problem::OutOfRange { number, min: $min, max: $max })
                })
            }
        }
    )*};
}

read_integers!(u32: "0" to "4294967295", i64: "-9223372036854775808" to "9223372036854775807");

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
    fn an_unknown_member_is_named_at_its_place_with_the_fields_there_are() {
        let members = json!({"size": 10, "szie": 10});
        let members = members.as_object().cloned().unwrap_or_default();
        let place = Place::Index(&Place::Key(&Place::Base(""), "blocks"), 0);
        let error = only_fields(&members, &place, &["first", "size"]).unwrap_err();
        assert_eq!(error.pointer, "/blocks/0/szie");
        let fields: &[&str] = &["first", "size"];
        assert_eq!(
            *error.problem,
            Problem::UnknownField {
                name: "szie".into(),
                fields
            }
        );
        assert!(only_fields(&members, &place, &["size", "szie"]).is_ok());
    }

    #[test]
    fn an_absent_option_is_none_and_any_other_absent_field_is_missing() {
        let place = Place::Key(&Place::Base(""), "org");
        let absent: Option<String> = required_field(&mut Map::new(), &place, "name").unwrap();
        assert_eq!(absent, None);
        let error = required_field::<String>(&mut Map::new(), &place, "name").unwrap_err();
        assert_eq!(error.pointer, "/org/name");
        assert_eq!(
            *error.problem,
            Problem::MissingField {
                name: "name".into()
            }
        );
    }

    #[test]
    fn a_whole_number_outside_its_fields_range_names_the_range() {
        let place = Place::Base("/size");
        let error = u32::read(json!(-1), &place).unwrap_err();
        let range = Problem::OutOfRange {
            number: "-1".into(),
            min: "0",
            max: "4294967295",
        };
        assert_eq!((error.pointer.as_str(), *error.problem), ("/size", range));
        let error = i64::read(json!(u64::MAX), &place).unwrap_err();
        assert!(
            matches!(*error.problem, Problem::OutOfRange { max, .. } if max == "9223372036854775807")
        );
        assert_eq!(u32::read(json!(u32::MAX), &place).ok(), Some(u32::MAX));
        let error = u32::read(json!("7"), &place).unwrap_err();
        assert!(matches!(
            *error.problem,
            Problem::WrongType {
                expected: Expected::WholeNumber,
                ..
            }
        ));
    }

    #[test]
    fn a_locale_is_read_with_or_without_its_region_and_any_other_is_an_unknown_value() {
        let place = Place::Base("/locale");
        assert_eq!(Locale::read(json!("fr-CA"), &place).ok(), Some(Locale::Fr));
        let error = Locale::read(json!("de"), &place).unwrap_err();
        let values: &[&str] = &["en", "sv", "fr"];
        assert_eq!(
            *error.problem,
            Problem::UnknownValue {
                name: "de".into(),
                values
            }
        );
        let error = Locale::read(json!(1), &place).unwrap_err();
        assert!(matches!(
            *error.problem,
            Problem::WrongType {
                expected: Expected::OneOf(_),
                ..
            }
        ));
    }
}
