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
/// tenths of a second of ordinary requests.
const REQUESTS_BETWEEN_LOOKS: usize = 65_536;

/// Numbers classified between two looks for a Ctrl-C: a few tens of milliseconds.
const NUMBERS_BETWEEN_LOOKS: usize = 1 << 20;

/// The fewest rows worth a thread of their own.
const ROWS_PER_THREAD_AT_LEAST: usize = 4096;

/// The answers to a column of requests (JSON text as strings or bytes, one request a row):
/// a struct array of `ok` (bool), `rules` (the codes of the errors and warnings, or the
/// `input.*` code of a request that cannot be read) and `answer` (the JSON text, byte for
/// byte what `evaluate_json` writes). A null row has a null answer. The answers are arrays
/// in row order, as the capsules of `__arrow_c_array__`: the rows are answered by the
/// core's answer path, a stretch of rows at a time cut into one part a thread (`threads`,
/// `None`: one per core), each part its own array. A policy (JSON text) that cannot be
/// read raises `callplan.MalformedRequest` at `/policy`; a Ctrl-C stops the work between
/// two stretches of rows and raises `KeyboardInterrupt`.
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
    let answer_part = |rows: &dyn Array| {
        let mut answers = AnswerColumn::with_capacity(rows.len());
        for row in json_rows(rows)? {
            answers.push(row.map(|bytes| answer_json_bytes(bytes, &policy)));
        }
        Ok(answers.finish())
    };
    let threads = threads.unwrap_or_else(every_core);
    map_chunks(py, requests, threads, REQUESTS_BETWEEN_LOOKS, answer_part)
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
    let classify_part = |rows: &dyn Array| {
        let mut classes = ClassColumn::with_capacity(rows.len());
        for row in text_rows(rows)? {
            classes.push(row.map(classify));
        }
        Ok(classes.finish())
    };
    let threads = threads.unwrap_or_else(every_core);
    map_chunks(py, numbers, threads, NUMBERS_BETWEEN_LOOKS, classify_part)
}

/// `answer` applied to each chunk of `column` with the interpreter detached: a stretch of
/// `rows_between_looks` rows at a time (a look for a Ctrl-C between two), cut into one part
/// a thread on the core's answer path, each part's memory validated before it is read and
/// answered into an array of its own. Every array of answers is exported as the capsules of
/// `__arrow_c_array__`, in row order.
fn map_chunks<'py>(
    py: Python<'py>,
    column: &Bound<'py, PyAny>,
    threads: usize,
    rows_between_looks: usize,
    answer: impl Fn(&dyn Array) -> PyResult<ArrayRef> + Sync,
) -> PyResult<Vec<Bound<'py, PyTuple>>> {
    let chunks = arrow_capsules::import(column)?;
    let validated_answer = |part: &ArrayRef| {
        arrow_capsules::validate(part.as_ref())?;
        answer(part.as_ref())
    };
    let answered = py.detach(|| {
        let mut answered = Vec::new();
        for chunk in chunks {
            let chunk = chunk.map_err(arrow_capsules::arrow_error)?;
            arrow_capsules::validate_chunk(chunk.as_ref())?;
            let chunk = only_column(chunk);
            // Answering none of its rows refuses a column of another type, rows or not; a
            // chunk without rows is answered by that empty array.
            let none = answer(chunk.slice(0, 0).as_ref())?;
            if chunk.is_empty() {
                answered.push(none);
            }
            for stretch in slices(&chunk, rows_between_looks) {
                check_signals()?;
                let parts = slices(&stretch, part_rows(stretch.len(), threads));
                for part in map_in_order(&parts, threads, validated_answer) {
                    answered.push(part?);
                }
            }
        }
        PyResult::Ok(answered)
    })?;
    answered
        .iter()
        .map(|answers| arrow_capsules::export(py, answers))
        .collect()
}

/// The rows of each part when `rows` are cut into one part a thread, none smaller than
/// [`ROWS_PER_THREAD_AT_LEAST`] unless all the rows are.
fn part_rows(rows: usize, threads: usize) -> usize {
    rows.div_ceil(threads.max(1)).max(ROWS_PER_THREAD_AT_LEAST)
}

/// `array` cut into contiguous slices of `rows` rows (the last one shorter); none when the
/// array has no rows.
fn slices(array: &ArrayRef, rows: usize) -> Vec<ArrayRef> {
    let rows = rows.max(1);
    (0..array.len())
        .step_by(rows)
        .map(|start| array.slice(start, rows.min(array.len().saturating_sub(start))))
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
    fn push(&mut self, row: Option<Answer>) {
        self.valid.push(row.is_some());
        match row {
            Some(answer) => {
                self.ok.append_value(answer.outcome() == Outcome::Ok);
                answer
                    .codes()
                    .iter()
                    .for_each(|rule| self.rules.values().append_value(rule));
                self.rules.append(true);
                self.json.append_value(answer.to_json());
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
