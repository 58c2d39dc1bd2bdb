//! Columns of requests and numbers, answered a chunk at a time: an Arrow column in (through
//! the Arrow PyCapsule interface, so pyarrow, Polars, DuckDB or pandas hand their memory
//! over without a copy through Python objects), an Arrow struct array out per chunk, the
//! core run on every row with the interpreter detached. No Python call per row.

use std::sync::Arc;

use arrow_array::builder::{BooleanBuilder, LargeStringBuilder, ListBuilder, StringBuilder};
use arrow_array::cast::AsArray;
use arrow_array::{Array, ArrayRef, StructArray};
use arrow_schema::{DataType, Field, Fields};
use callplan::{classify, evaluate, Malformed, Policy, Request, Response, Severity};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::PyTuple;

use crate::arrow_capsules;

/// The answers to a column of requests (JSON text as strings or bytes, one request a row):
/// a struct array of `ok` (bool), `rules` (the codes of the errors and warnings, or the
/// `input.*` code of a request that cannot be read) and `answer` (the JSON text, byte for
/// byte what `evaluate_json` writes). A null row has a null answer. One answer array, as
/// the capsules of `__arrow_c_array__`, per chunk of the column. A policy (JSON text) that
/// cannot be read raises `callplan.MalformedRequest` at `/policy`.
#[pyfunction]
#[pyo3(signature = (requests, policy = None))]
pub fn evaluate_arrow<'py>(
    py: Python<'py>,
    requests: &Bound<'py, PyAny>,
    policy: Option<&str>,
) -> PyResult<Vec<Bound<'py, PyTuple>>> {
    let policy =
        crate::read_policy(policy).map_err(|malformed| crate::malformed_request(py, malformed))?;
    let answer_chunk =
        |chunk: &dyn Array| json_rows(chunk).map(|rows| answers_array(rows, chunk.len(), &policy));
    map_chunks(py, requests, answer_chunk)
}

/// The E.164 text (null when the number has none) and class of each number of a column of
/// strings: a struct array of `e164` and `class` per chunk. A null row is null.
#[pyfunction]
pub fn classify_arrow<'py>(
    py: Python<'py>,
    numbers: &Bound<'py, PyAny>,
) -> PyResult<Vec<Bound<'py, PyTuple>>> {
    let classify_chunk =
        |chunk: &dyn Array| text_rows(chunk).map(|rows| classes_array(rows, chunk.len()));
    map_chunks(py, numbers, classify_chunk)
}

/// `answer` applied to each chunk of `column` with the interpreter detached, each answer
/// exported as the capsules of `__arrow_c_array__`.
fn map_chunks<'py>(
    py: Python<'py>,
    column: &Bound<'py, PyAny>,
    answer: impl Fn(&dyn Array) -> PyResult<ArrayRef> + Sync,
) -> PyResult<Vec<Bound<'py, PyTuple>>> {
    let chunks = arrow_capsules::import(column)?;
    let answered = py.detach(|| {
        chunks
            .map(|chunk| answer(chunk.map_err(arrow_capsules::arrow_error)?.as_ref()))
            .collect::<PyResult<Vec<_>>>()
    })?;
    answered
        .iter()
        .map(|answers| arrow_capsules::export(py, answers))
        .collect()
}

/// One answered row.
struct Answer {
    ok: bool,
    rules: Vec<&'static str>,
    json: String,
}

/// The answer to a request as read, as `evaluate_json_bytes` gives it, with its verdict and
/// the rules that made it.
fn answer(request: Result<Request, Malformed>, policy: &Policy) -> Answer {
    match request {
        Ok(request) => {
            let response = evaluate(&request, policy);
            Answer {
                ok: response.ok,
                rules: blocking_rules(&response),
                json: response.to_json(),
            }
        }
        Err(malformed) => Answer {
            ok: false,
            rules: vec![malformed.code.as_str()],
            json: malformed.to_json(),
        },
    }
}

/// The codes of the errors and warnings, in the answer's order.
fn blocking_rules(response: &Response) -> Vec<&'static str> {
    let blocking = |severity: Severity| matches!(severity, Severity::Error | Severity::Warning);
    response
        .findings
        .iter()
        .filter(|f| blocking(f.severity))
        .map(|f| f.rule.code())
        .collect()
}

/// The answers to `rows` as one struct array, each row answered and appended in turn (so
/// a chunk holds its answers once, in the array being built).
fn answers_array<'a>(
    rows: impl Iterator<Item = Option<&'a [u8]>>,
    count: usize,
    policy: &Policy,
) -> ArrayRef {
    let mut ok = BooleanBuilder::with_capacity(count);
    let mut rules = ListBuilder::new(StringBuilder::new()).with_field(rule_field());
    let mut json = LargeStringBuilder::with_capacity(count, 0);
    let mut valid = Vec::with_capacity(count);
    for row in rows {
        match row.map(|bytes| answer(Request::from_json_bytes(bytes), policy)) {
            Some(answer) => {
                ok.append_value(answer.ok);
                answer
                    .rules
                    .iter()
                    .for_each(|rule| rules.values().append_value(rule));
                rules.append(true);
                json.append_value(&answer.json);
                valid.push(true);
            }
            None => {
                ok.append_null();
                rules.append_null();
                json.append_null();
                valid.push(false);
            }
        }
    }
    let columns: Vec<ArrayRef> = vec![
        Arc::new(ok.finish()),
        Arc::new(rules.finish()),
        Arc::new(json.finish()),
    ];
    Arc::new(StructArray::new(
        answer_fields(),
        columns,
        Some(valid.into()),
    ))
}

/// `struct<ok: bool, rules: list<string>, answer: large_string>`: the answer is a large
/// string because the answers of one batch can pass 2 GiB (one answer can be 14 MB).
fn answer_fields() -> Fields {
    Fields::from(vec![
        Field::new("ok", DataType::Boolean, true),
        Field::new("rules", DataType::List(Arc::new(rule_field())), true),
        Field::new("answer", DataType::LargeUtf8, true),
    ])
}

fn rule_field() -> Field {
    Field::new("item", DataType::Utf8, false)
}

fn classes_array<'a>(rows: impl Iterator<Item = Option<&'a str>>, count: usize) -> ArrayRef {
    let mut e164 = StringBuilder::with_capacity(count, count.saturating_mul(12));
    let mut class = StringBuilder::with_capacity(count, count.saturating_mul(13));
    let mut valid = Vec::with_capacity(count);
    for row in rows {
        let classified = row.map(classify);
        e164.append_option(classified.as_ref().and_then(|c| c.e164.as_deref()));
        class.append_option(classified.as_ref().map(|c| c.class.as_str()));
        valid.push(classified.is_some());
    }
    let columns: Vec<ArrayRef> = vec![Arc::new(e164.finish()), Arc::new(class.finish())];
    Arc::new(StructArray::new(
        class_fields(),
        columns,
        Some(valid.into()),
    ))
}

/// `struct<e164: string, class: string>`.
fn class_fields() -> Fields {
    Fields::from(vec![
        Field::new("e164", DataType::Utf8, true),
        Field::new("class", DataType::Utf8, true),
    ])
}

/// The rows of a column of JSON text as bytes: strings (`string`, `large_string`,
/// `string_view`) or binary (`binary`, `large_binary`, `binary_view`).
fn json_rows(array: &dyn Array) -> PyResult<Box<dyn Iterator<Item = Option<&[u8]>> + '_>> {
    if let Ok(strings) = text_rows(array) {
        return Ok(Box::new(strings.map(|row| row.map(str::as_bytes))));
    }
    Ok(match array.data_type() {
        DataType::Binary => Box::new(array.as_binary::<i32>().iter()),
        DataType::LargeBinary => Box::new(array.as_binary::<i64>().iter()),
        DataType::BinaryView => Box::new(array.as_binary_view().iter()),
        other => return Err(not_text(other, "strings or binary of JSON text")),
    })
}

/// The rows of a column of strings (`string`, `large_string` or `string_view`).
fn text_rows(array: &dyn Array) -> PyResult<Box<dyn Iterator<Item = Option<&str>> + '_>> {
    Ok(match array.data_type() {
        DataType::Utf8 => Box::new(array.as_string::<i32>().iter()),
        DataType::LargeUtf8 => Box::new(array.as_string::<i64>().iter()),
        DataType::Utf8View => Box::new(array.as_string_view().iter()),
        other => return Err(not_text(other, "strings")),
    })
}

fn not_text(data_type: &DataType, expected: &str) -> PyErr {
    PyTypeError::new_err(format!(
        "expected an Arrow array of {expected}, not {data_type}"
    ))
}
