//! One deserializer over a JSON value that knows where it is: the request types are read
//! through it, so each derived reader is compiled once, and an error carries the JSON
//! Pointer of the value it arose at. It reads what `serde_json`'s own value deserializer
//! reads, with the same messages, except that an enum is only ever read from a string and
//! a struct only from an object. Each method hands the value only to the visitor method its
//! type asks for, so serde's other visitor paths are never compiled in.

use std::fmt;

use serde::de::{
    self, DeserializeSeed, Deserializer, IntoDeserializer, MapAccess, SeqAccess, Visitor,
};
use serde_json::{Map, Number, Value};

use crate::contract::malformed::push_token;

/// Where a value sits in the document, as a chain back to the value read first.
#[derive(Clone, Copy)]
pub(crate) enum Place<'a> {
    /// The value read first, at this JSON Pointer.
    Base(&'a str),
    /// A member of an object.
    Key(&'a Place<'a>, &'a str),
    /// An element of an array.
    Index(&'a Place<'a>, usize),
}

impl Place<'_> {
    /// The JSON Pointer of this place.
    fn pointer(&self) -> String {
        match self {
            Place::Base(base) => (*base).to_owned(),
            Place::Key(parent, key) => {
                let mut pointer = parent.pointer();
                push_token(&mut pointer, key);
                pointer
            }
            Place::Index(parent, index) => {
                let mut pointer = parent.pointer();
                push_token(&mut pointer, &index.to_string());
                pointer
            }
        }
    }
}

/// Why a value could not be read, and the JSON Pointer of the deepest value it concerns.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub(crate) struct ReadError {
    /// serde's message (`invalid type: …`, `missing field …`, `unknown field …`).
    pub(crate) message: String,
    /// Set by the innermost reader the error passes through.
    pub(crate) pointer: Option<String>,
}

impl ReadError {
    /// The error, placed at `place` unless a deeper reader placed it already.
    fn at(mut self, place: &Place<'_>) -> ReadError {
        if self.pointer.is_none() {
            self.pointer = Some(place.pointer());
        }
        self
    }
}

impl de::Error for ReadError {
    fn custom<T: fmt::Display>(message: T) -> Self {
        ReadError {
            message: message.to_string(),
            pointer: None,
        }
    }

    fn invalid_type(unexpected: de::Unexpected<'_>, expected: &dyn de::Expected) -> Self {
        let shown = AsJson(unexpected);
        de::Error::custom(format_args!("invalid type: {shown}, expected {expected}"))
    }

    fn invalid_value(unexpected: de::Unexpected<'_>, expected: &dyn de::Expected) -> Self {
        let shown = AsJson(unexpected);
        de::Error::custom(format_args!("invalid value: {shown}, expected {expected}"))
    }
}

/// An unexpected value named as JSON names it (`null`, and a float written shortest).
struct AsJson<'a>(de::Unexpected<'a>);

impl fmt::Display for AsJson<'_> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            de::Unexpected::Unit => formatter.write_str("null"),
            // JSON holds finite numbers only, so there is always a number to write.
            de::Unexpected::Float(value) => match Number::from_f64(value) {
                Some(number) => write!(formatter, "floating point `{number}`"),
                None => formatter.write_str("floating point"),
            },
            other => fmt::Display::fmt(&other, formatter),
        }
    }
}

/// Reads a value found at `place`.
pub(crate) struct ValueReader<'p> {
    value: Value,
    place: &'p Place<'p>,
}

impl<'p> ValueReader<'p> {
    /// A reader of `value`, found at `place`.
    pub(crate) fn new(value: Value, place: &'p Place<'p>) -> Self {
        ValueReader { value, place }
    }

    /// Hands the value to `visitor` as what it is.
    fn visit<'de, V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        let place = self.place;
        match self.value {
            Value::Null => visitor.visit_unit(),
            Value::Bool(flag) => visitor.visit_bool(flag),
            Value::Number(number) => visit_number(&number, visitor),
            Value::String(text) => visitor.visit_string(text),
            Value::Array(items) => visitor.visit_seq(SeqReader {
                items: items.into_iter(),
                index: 0,
                place,
            }),
            Value::Object(fields) => visitor.visit_map(MapReader::new(fields, place)),
        }
    }
}

fn visit_number<'de, V: Visitor<'de>>(number: &Number, visitor: V) -> Result<V::Value, ReadError> {
    if let Some(unsigned) = number.as_u64() {
        visitor.visit_u64(unsigned)
    } else if let Some(signed) = number.as_i64() {
        visitor.visit_i64(signed)
    } else {
        visitor.visit_f64(number.as_f64().unwrap_or_default())
    }
}

/// Deserializer methods that read as another one does: every number kind as a number, a
/// character or an identifier as text.
macro_rules! read_as {
    ($target:ident: $( $method:ident )*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
            self.$target(visitor)
        }
    )*};
}

impl<'de> Deserializer<'de> for ValueReader<'_> {
    type Error = ReadError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        let place = self.place;
        self.visit(visitor).map_err(|error| error.at(place))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        let place = self.place;
        match self.value {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
        .map_err(|error| error.at(place))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        let place = self.place;
        let read: Result<V::Value, ReadError> = match self.value {
            Value::String(variant) => visitor.visit_enum(variant.into_deserializer()),
            other => Err(de::Error::invalid_type(unexpected(&other), &visitor)),
        };
        read.map_err(|error| error.at(place))
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        let place = self.place;
        visitor
            .visit_newtype_struct(self)
            .map_err(|error| error.at(place))
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        self.expect(visitor, |value, visitor| match value {
            Value::Bool(flag) => Ok(visitor.visit_bool(flag)),
            other => Err((other, visitor)),
        })
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        self.expect(visitor, |value, visitor| match value {
            Value::Number(number) => Ok(visit_number(&number, visitor)),
            other => Err((other, visitor)),
        })
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        self.expect(visitor, |value, visitor| match value {
            Value::String(text) => Ok(visitor.visit_string(text)),
            other => Err((other, visitor)),
        })
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        let place = self.place;
        self.expect(visitor, |value, visitor| match value {
            Value::Array(items) => Ok(visitor.visit_seq(SeqReader {
                items: items.into_iter(),
                index: 0,
                place,
            })),
            other => Err((other, visitor)),
        })
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        let place = self.place;
        self.expect(visitor, |value, visitor| match value {
            Value::Object(fields) => Ok(visitor.visit_map(MapReader::new(fields, place))),
            other => Err((other, visitor)),
        })
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        self.deserialize_map(visitor)
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        self.expect(visitor, |value, visitor| match value {
            Value::Null => Ok(visitor.visit_unit()),
            other => Err((other, visitor)),
        })
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        bytes byte_buf
    }

    read_as! { deserialize_u64:
        deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64 deserialize_i128
        deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u128 deserialize_f32
        deserialize_f64
    }

    read_as! { deserialize_string: deserialize_char deserialize_str deserialize_identifier }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        self.deserialize_unit(visitor)
    }
}

impl ValueReader<'_> {
    /// Hands the value to `visit` when it is of the kind the visitor asked for (`visit`
    /// gives it back otherwise, and the error names what was found and what was expected);
    /// errors are placed here.
    fn expect<'de, V: Visitor<'de>>(
        self,
        visitor: V,
        visit: impl FnOnce(Value, V) -> Result<Result<V::Value, ReadError>, (Value, V)>,
    ) -> Result<V::Value, ReadError> {
        let place = self.place;
        let read = match visit(self.value, visitor) {
            Ok(read) => read,
            Err((other, visitor)) => Err(de::Error::invalid_type(unexpected(&other), &visitor)),
        };
        read.map_err(|error| error.at(place))
    }
}

/// What serde's messages call a value of this kind.
fn unexpected(value: &Value) -> de::Unexpected<'_> {
    match value {
        Value::Null => de::Unexpected::Unit,
        Value::Bool(flag) => de::Unexpected::Bool(*flag),
        Value::Number(number) => match (number.as_u64(), number.as_i64()) {
            (Some(unsigned), _) => de::Unexpected::Unsigned(unsigned),
            (None, Some(signed)) => de::Unexpected::Signed(signed),
            (None, None) => de::Unexpected::Float(number.as_f64().unwrap_or_default()),
        },
        Value::String(text) => de::Unexpected::Str(text),
        Value::Array(_) => de::Unexpected::Seq,
        Value::Object(_) => de::Unexpected::Map,
    }
}

/// The elements of an array, each read at its index.
struct SeqReader<'p> {
    items: std::vec::IntoIter<Value>,
    index: usize,
    place: &'p Place<'p>,
}

impl<'de> SeqAccess<'de> for SeqReader<'_> {
    type Error = ReadError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, ReadError> {
        let Some(item) = self.items.next() else {
            return Ok(None);
        };
        let place = Place::Index(self.place, self.index);
        self.index = self.index.saturating_add(1);
        seed.deserialize(ValueReader::new(item, &place))
            .map(Some)
            .map_err(|error| error.at(&place))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

/// The members of an object, each value read at its key.
struct MapReader<'p> {
    members: serde_json::map::IntoIter,
    pending: Option<(String, Value)>,
    place: &'p Place<'p>,
}

impl<'p> MapReader<'p> {
    fn new(fields: Map<String, Value>, place: &'p Place<'p>) -> Self {
        MapReader {
            members: fields.into_iter(),
            pending: None,
            place,
        }
    }
}

impl<'de> MapAccess<'de> for MapReader<'_> {
    type Error = ReadError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, ReadError> {
        let Some((key, value)) = self.members.next() else {
            return Ok(None);
        };
        let read = seed.deserialize(key.as_str().into_deserializer());
        self.pending = Some((key, value));
        read.map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, ReadError> {
        let (key, value) = self
            .pending
            .take()
            .ok_or_else(|| de::Error::custom("a value was read before its key"))?;
        let place = Place::Key(self.place, &key);
        seed.deserialize(ValueReader::new(value, &place))
            .map_err(|error| error.at(&place))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.members.len())
    }
}
