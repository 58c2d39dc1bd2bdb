//! Columns of requests and numbers, answered a chunk at a time: an Arrow column in (through
//! the Arrow PyCapsule interface, so pyarrow, Polars, DuckDB or pandas hand their memory
//! over without a copy through Python objects), Arrow struct arrays out, the core run on
//! every row with the interpreter detached, on every core. No Python call per row.

use std::sync::Arc;

use arrow_array::builder::{BooleanBuilder, LargeStringBuilder, ListBuilder, StringBuilder};
use arrow_array::cast::AsArray;
use arrow_array::{Array, ArrayRef, StructArray};
use arrow_schema::{DataType, Field, Fields};
use callplan::answer::{answer_json_bytes, map_in_order, Answer, Outcome};
use callplan::{classify, Classified};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::PyTuple;

use crate::arrow_capsules;
use crate::parallel::{check_signals, every_core};

/// Requests answered (on every thread together) between two looks for a Ctrl-C: a few
/// milliseconds of the largest orders, nothing measurable beside the rows.
const REQUESTS_BETWEEN_LOOKS: usize = 4096;

/// Numbers classified between two looks for a Ctrl-C: a few milliseconds.
const NUMBERS_BETWEEN_LOOKS: usize = 65_536;

/// The answers to a column of requests (JSON text as strings or bytes, one request a row):
/// a struct array of `ok` (bool), `rules` (the codes of the errors and warnings, or the
/// `input.*` code of a request that cannot be read) and `answer` (the JSON text, byte for
/// byte what `evaluate_json` writes). A null row has a null answer. The answers are arrays
/// in row order, one a chunk of the column, as the capsules of `__arrow_c_array__`; the
/// rows are answered by the core's answer path on `threads` threads (`None`: one per
/// core). A policy (JSON text) that cannot be read raises `callplan.MalformedRequest` at
/// `/policy`; a Ctrl-C stops the work within a stretch of rows and raises
/// `KeyboardInterrupt`.
#[pyfunction]
#[pyo3(signature = (requests, policy = None, threads = None))]
pub fn evaluate_arrow<'py>(
    py: Python<'py>,
    requests: &Bound<'py, PyAny>,
    policy: Option<&str>,
    threads: Option<usize>,
) -> PyResult<Vec<Bound<'py, PyTuple>>> {
    let policy =
        crate::read_policy(policy).map_err(|malformed| crate::malformed_request(py, malformed))?;
    let threads = threads.unwrap_or_else(every_core);
    let answer_chunk = |rows: &dyn Array| {
        let mut answers = AnswerColumn::with_capacity(rows.len());
        let mut rows = json_rows(rows)?;
        loop {
            let window: Vec<Option<&[u8]>> = rows.by_ref().take(REQUESTS_BETWEEN_LOOKS).collect();
            if window.is_empty() {
                return Ok(answers.finish());
            }
            check_signals()?;
            let answered = map_in_order(&window, threads, |row| {
                row.map(|bytes| AnswerRow::of(&answer_json_bytes(bytes, &policy)))
            });
            answered.into_iter().for_each(|row| answers.push(row));
        }
    };
    map_chunks(py, requests, answer_chunk)
}

/// The E.164 text (null when the number has none), class and region (null for an invalid
/// number) of each number of a column of strings: struct arrays of `e164`, `class` and
/// `region`, in row order, as [`evaluate_arrow`] gives them. A null row is null.
#[pyfunction]
#[pyo3(signature = (numbers, threads = None))]
pub fn classify_arrow<'py>(
    py: Python<'py>,
    numbers: &Bound<'py, PyAny>,
    threads: Option<usize>,
) -> PyResult<Vec<Bound<'py, PyTuple>>> {
    let threads = threads.unwrap_or_else(every_core);
    let classify_chunk = |rows: &dyn Array| {
        let mut classes = ClassColumn::with_capacity(rows.len());
        let mut rows = text_rows(rows)?;
        loop {
            let window: Vec<Option<&str>> = rows.by_ref().take(NUMBERS_BETWEEN_LOOKS).collect();
            if window.is_empty() {
                return Ok(classes.finish());
            }
            check_signals()?;
            let classified = map_in_order(&window, threads, |row| row.map(classify));
            classified.into_iter().for_each(|row| classes.push(row));
        }
    };
    map_chunks(py, numbers, classify_chunk)
}

/// `answer` applied to each chunk of `column` with the interpreter detached, once the
/// chunk's memory is validated; every array of answers (one a chunk) exported as the
/// capsules of `__arrow_c_array__`, in row order.
fn map_chunks<'py>(
    py: Python<'py>,
    column: &Bound<'py, PyAny>,
    answer: impl Fn(&dyn Array) -> PyResult<ArrayRef> + Sync,
) -> PyResult<Vec<Bound<'py, PyTuple>>> {
    let chunks = arrow_capsules::import(column)?;
    let answered = py.detach(|| {
        let mut answered = Vec::new();
        for chunk in chunks {
            let chunk = chunk.map_err(arrow_capsules::arrow_error)?;
            arrow_capsules::validate_chunk(chunk.as_ref())?;
            let chunk = only_column(chunk);
            // Answering none of its rows refuses a column of another type, rows or not.
            answer(chunk.slice(0, 0).as_ref())?;
            arrow_capsules::validate(chunk.as_ref())?;
            answered.push(answer(chunk.as_ref())?);
        }
        PyResult::Ok(answered)
    })?;
    answered
        .iter()
        .map(|answers| arrow_capsules::export(py, answers))
        .collect()
}

/// The one column of a table's batch (a struct array of one field with no null rows, as a
/// DuckDB relation or a pyarrow table of one column streams); any other array as it is.
fn only_column(chunk: ArrayRef) -> ArrayRef {
    match chunk.as_struct_opt() {
        Some(table) if table.num_columns() == 1 && table.null_count() == 0 => {
            Arc::clone(table.column(0))
        }
        _ => chunk,
    }
}

/// A row's answer as the column holds it, written on the thread that answered it.
struct AnswerRow {
    ok: bool,
    rules: Vec<&'static str>,
    json: String,
}

impl AnswerRow {
    fn of(answer: &Answer) -> AnswerRow {
        AnswerRow {
            ok: answer.outcome() == Outcome::Ok,
            rules: answer.codes(),
            json: answer.to_json(),
        }
    }
}

/// The answer column being built, a row at a time.
struct AnswerColumn {
    ok: BooleanBuilder,
    rules: ListBuilder<StringBuilder>,
    json: LargeStringBuilder,
    valid: Vec<bool>,
}

impl AnswerColumn {
    fn with_capacity(rows: usize) -> Self {
        AnswerColumn {
            ok: BooleanBuilder::with_capacity(rows),
            rules: ListBuilder::new(StringBuilder::new()).with_field(rule_field()),
            json: LargeStringBuilder::with_capacity(rows, 0),
            valid: Vec::with_capacity(rows),
        }
    }

    /// Appends a row's answer; `None` for a null row.
    fn push(&mut self, row: Option<AnswerRow>) {
        self.valid.push(row.is_some());
        match row {
            Some(answer) => {
                self.ok.append_value(answer.ok);
                answer
                    .rules
                    .iter()
                    .for_each(|rule| self.rules.values().append_value(rule));
                self.rules.append(true);
                self.json.append_value(&answer.json);
            }
            None => {
                self.ok.append_null();
                self.rules.append_null();
                self.json.append_null();
            }
        }
    }

    fn finish(mut self) -> ArrayRef {
        let columns: Vec<ArrayRef> = vec![
            Arc::new(self.ok.finish()),
            Arc::new(self.rules.finish()),
            Arc::new(self.json.finish()),
        ];
        Arc::new(StructArray::new(
            answer_fields(),
            columns,
            Some(self.valid.into()),
        ))
    }
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

/// The class column being built, a row at a time.
struct ClassColumn {
    e164: StringBuilder,
    class: StringBuilder,
    region: StringBuilder,
    valid: Vec<bool>,
}

impl ClassColumn {
    fn with_capacity(rows: usize) -> Self {
        ClassColumn {
            e164: StringBuilder::with_capacity(rows, rows.saturating_mul(12)),
            class: StringBuilder::with_capacity(rows, rows.saturating_mul(13)),
            region: StringBuilder::with_capacity(rows, rows.saturating_mul(2)),
            valid: Vec::with_capacity(rows),
        }
    }

    /// Appends a row's class; `None` for a null row.
    fn push(&mut self, row: Option<Classified>) {
        self.valid.push(row.is_some());
        self.e164
            .append_option(row.as_ref().and_then(|row| row.e164.as_deref()));
        self.class
            .append_option(row.as_ref().map(|row| row.class.as_str()));
        self.region
            .append_option(row.as_ref().and_then(|row| row.region));
    }

    fn finish(mut self) -> ArrayRef {
        let columns: Vec<ArrayRef> = vec![
            Arc::new(self.e164.finish()),
            Arc::new(self.class.finish()),
            Arc::new(self.region.finish()),
        ];
        Arc::new(StructArray::new(
            class_fields(),
            columns,
            Some(self.valid.into()),
        ))
    }
}

/// `struct<e164: string, class: string, region: string>`.
fn class_fields() -> Fields {
    Fields::from(vec![
        Field::new("e164", DataType::Utf8, true),
        Field::new("class", DataType::Utf8, true),
        Field::new("region", DataType::Utf8, true),
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
