//! Python values as JSON text, written the way the standard library writes them with
//! `json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)`, byte
//! for byte, for the shapes requests are made of: `dict` with `str` keys, `list`, `tuple`,
//! `str`, `int`, `bool`, finite `float` and `None`. Anything else (another key type, an
//! object, a `dict` subclass, whose `items()` the standard encoder calls, a string with a
//! lone surrogate, NaN, nesting deeper than any request reader goes) is left to the
//! standard encoder, so `evaluate(value)` always answers what
//! `evaluate_json(json.dumps(value))` answers.

use std::fmt::Write;

use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};
use pyo3::PyTypeInfo;

/// Beyond this nesting the reader refuses the text whatever it holds (serde_json's own
/// limit); such a value is left to the standard encoder, which writes it exactly.
const DEEPEST: usize = 128;

/// The JSON text of `value`, or `None` when the standard encoder must write it.
pub(crate) fn write(value: &Bound<'_, PyAny>) -> Option<String> {
    let mut text = String::with_capacity(256);
    write_value(value, &mut text, 0)?;
    Some(text)
}

fn write_value(value: &Bound<'_, PyAny>, text: &mut String, depth: usize) -> Option<()> {
    if let Ok(string) = value.cast::<PyString>() {
        write_string(string.to_str().ok()?, text);
    } else if value.is_none() {
        text.push_str("null");
    } else if let Ok(boolean) = value.cast::<PyBool>() {
        text.push_str(if boolean.is_true() { "true" } else { "false" });
    } else if let Ok(integer) = value.cast::<PyInt>() {
        write_int(integer, text)?;
    } else if let Ok(float) = value.cast::<PyFloat>() {
        write_float(float, text)?;
    } else if let Ok(mapping) = value.cast_exact::<PyDict>() {
        write_object(mapping, text, nested(depth)?)?;
    } else if let Ok(list) = value.cast::<PyList>() {
        write_array(list.iter(), text, nested(depth)?)?;
    } else if let Ok(tuple) = value.cast::<PyTuple>() {
        write_array(tuple.iter(), text, nested(depth)?)?;
    } else {
        return None;
    }
    Some(())
}

/// The depth inside a container at `depth`, while the reader would still descend.
fn nested(depth: usize) -> Option<usize> {
    (depth < DEEPEST).then(|| depth.saturating_add(1))
}

fn write_object(mapping: &Bound<'_, PyDict>, text: &mut String, depth: usize) -> Option<()> {
    text.push('{');
    for (index, (key, item)) in mapping.iter().enumerate() {
        if index > 0 {
            text.push(',');
        }
        write_string(key.cast::<PyString>().ok()?.to_str().ok()?, text);
        text.push(':');
        write_value(&item, text, depth)?;
    }
    text.push('}');
    Some(())
}

fn write_array<'py>(
    items: impl Iterator<Item = Bound<'py, PyAny>>,
    text: &mut String,
    depth: usize,
) -> Option<()> {
    text.push('[');
    for (index, item) in items.enumerate() {
        if index > 0 {
            text.push(',');
        }
        write_value(&item, text, depth)?;
    }
    text.push(']');
    Some(())
}

/// An `int` as `int.__repr__` writes it (what the encoder writes, also for `int` subclasses).
fn write_int(integer: &Bound<'_, PyInt>, text: &mut String) -> Option<()> {
    match integer.extract::<i64>() {
        Ok(small) => write!(text, "{small}").ok(),
        Err(_) => write_repr::<PyInt>(integer, text),
    }
}

/// A finite `float` as `float.__repr__` writes it; NaN and the infinities are the encoder's
/// to refuse.
fn write_float(float: &Bound<'_, PyFloat>, text: &mut String) -> Option<()> {
    if !float.value().is_finite() {
        return None;
    }
    write_repr::<PyFloat>(float, text)
}

/// `value` as the `__repr__` of the built-in type `T` writes it, as the encoder does for a
/// number (a subclass's own `__repr__` is not asked).
fn write_repr<T: PyTypeInfo>(value: &Bound<'_, PyAny>, text: &mut String) -> Option<()> {
    let repr = value
        .py()
        .get_type::<T>()
        .call_method1("__repr__", (value,))
        .ok()?;
    text.push_str(repr.cast::<PyString>().ok()?.to_str().ok()?);
    Some(())
}

/// A string with the escapes of the encoder without `ensure_ascii`: `"`, `\` and the
/// control characters, as `\n`-style escapes where JSON has one and `\u00xx` otherwise;
/// the runs between them are copied whole.
fn write_string(string: &str, text: &mut String) {
    text.push('"');
    let mut rest = string;
    while let Some(at) = rest.bytes().position(needs_escape) {
        let (plain, escaped) = rest.split_at(at);
        text.push_str(plain);
        let mut characters = escaped.chars();
        if let Some(character) = characters.next() {
            write_escape(character, text);
        }
        rest = characters.as_str();
    }
    text.push_str(rest);
    text.push('"');
}

/// The characters escaped are all ASCII, so their bytes are never inside a longer character.
fn needs_escape(byte: u8) -> bool {
    byte == b'"' || byte == b'\\' || byte < 0x20
}

fn write_escape(character: char, text: &mut String) {
    match character {
        '\n' => text.push_str("\\n"),
        '\r' => text.push_str("\\r"),
        '\t' => text.push_str("\\t"),
        '\u{08}' => text.push_str("\\b"),
        '\u{0c}' => text.push_str("\\f"),
        '"' | '\\' => {
            text.push('\\');
            text.push(character);
        }
        // Writing into a String cannot fail.
        control => drop(write!(text, "\\u{:04x}", u32::from(control))),
    }
}
