//! The Arrow PyCapsule interface both ways, over arrow-rs's C Data Interface: a column in
//! from any object with `__arrow_c_array__` or `__arrow_c_stream__` (pyarrow, Polars,
//! DuckDB, pandas), its memory shared, not copied; an answer out as the two capsules an
//! `__arrow_c_array__` returns.
//!
//! The only `unsafe` code of the project is here: reading the C structs a capsule holds.
//! The interface's contract covers what those structs say of the memory (each buffer's
//! address, the array's length and offset, a view buffer's size), and only that is
//! trusted. What the data says of itself (offsets, views, validity bits, UTF-8) is checked
//! by [`validate`] before a row is read (the verbs validate each part of a chunk on the
//! thread that answers it): a producer's bug or a hostile array is a `ValueError`, never a
//! read outside the buffers. (pyo3-arrow
//! does this for us, but with the rest of arrow-rs it made the wheel 3.4 MB instead of 0.7.)
#![expect(
    unsafe_code,
    reason = "the C Data Interface is raw pointers in named capsules"
)]

use std::panic::{catch_unwind, AssertUnwindSafe};

use arrow_array::ffi::{from_ffi, to_ffi, FFI_ArrowArray, FFI_ArrowSchema};
use arrow_array::ffi_stream::{ArrayStreamReader, FFI_ArrowArrayStream};
use arrow_array::{make_array, Array, ArrayRef};
use arrow_schema::ArrowError;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyCapsule, PyTuple};

/// The chunks of a column: one array, or a stream of them.
pub type Chunks = Box<dyn Iterator<Item = Result<ArrayRef, ArrowError>> + Send>;

/// The chunks of `column`: its `__arrow_c_array__` as one chunk, else its
/// `__arrow_c_stream__` read a chunk at a time. Their values are not yet checked: no row
/// may be read before [`validate`] has passed over it.
pub fn import(column: &Bound<'_, PyAny>) -> PyResult<Chunks> {
    let py = column.py();
    if column.hasattr(intern!(py, "__arrow_c_array__"))? {
        return Ok(Box::new(std::iter::once(Ok(import_array(column)?))));
    }
    if column.hasattr(intern!(py, "__arrow_c_stream__"))? {
        let mut chunks = import_stream(column)?;
        let next_chunk = move || match catch_unwind(AssertUnwindSafe(|| chunks.next())) {
            Ok(chunk) => chunk,
            Err(_) => Some(Err(ArrowError::CDataInterface(LAYOUT_REFUSED.to_owned()))),
        };
        return Ok(Box::new(std::iter::from_fn(next_chunk)));
    }
    let type_name = column.get_type().name()?;
    Err(PyTypeError::new_err(format!(
        "expected an Arrow array or stream (an object with __arrow_c_array__ or __arrow_c_stream__), not {type_name}"
    )))
}

fn import_array(column: &Bound<'_, PyAny>) -> PyResult<ArrayRef> {
    let capsules = column.call_method0(intern!(column.py(), "__arrow_c_array__"))?;
    let (schema, array) = capsules.extract::<(Bound<'_, PyCapsule>, Bound<'_, PyCapsule>)>()?;
    let schema = schema
        .pointer_checked(Some(c"arrow_schema"))?
        .cast::<FFI_ArrowSchema>();
    let array = array
        .pointer_checked(Some(c"arrow_array"))?
        .cast::<FFI_ArrowArray>();
    // SAFETY: by the PyCapsule interface, an "arrow_array" capsule holds an initialised
    // ArrowArray that its consumer moves out of (`from_raw` leaves it released, so the
    // capsule's destructor does not release it again), and an "arrow_schema" capsule holds
    // the ArrowSchema of that array, alive while the capsule is, which `capsules` keeps
    // until the end of this function, after `from_ffi` has read it. `from_ffi` reads only
    // what the C Data Interface states (buffer addresses, length, offset, the last offset
    // that sizes a values buffer, a view buffer's size); the contents are not trusted
    // until `validate` has checked them.
    let imported = catch_unwind(AssertUnwindSafe(|| unsafe {
        from_ffi(FFI_ArrowArray::from_raw(array.as_ptr()), schema.as_ref())
    }));
    imported
        .map_err(|_| PyValueError::new_err(LAYOUT_REFUSED))?
        .map(make_array)
        .map_err(arrow_error)
}

fn import_stream(column: &Bound<'_, PyAny>) -> PyResult<ArrayStreamReader> {
    let capsule = column.call_method0(intern!(column.py(), "__arrow_c_stream__"))?;
    let capsule = capsule.cast_into::<PyCapsule>()?;
    let stream = capsule.pointer_checked(Some(c"arrow_array_stream"))?;
    // SAFETY: by the PyCapsule interface, an "arrow_array_stream" capsule holds an
    // initialised ArrowArrayStream that its consumer moves out of (`from_raw` leaves it
    // released); the reader then owns the stream and releases it when dropped.
    unsafe { ArrayStreamReader::from_raw(stream.cast::<FFI_ArrowArrayStream>().as_ptr()) }
        .map_err(arrow_error)
}

/// Checks what a whole chunk says of itself that its slices no longer say: its layout
/// (buffers and children for its type) and its null count against its validity bits. The
/// values are checked part by part with [`validate`].
pub fn validate_chunk(chunk: &dyn Array) -> PyResult<()> {
    let data = chunk.to_data();
    data.validate()
        .and_then(|()| data.validate_nulls())
        .map_err(|error| {
            let reason = reason(&error);
            PyValueError::new_err(format!("the Arrow array is not valid: {reason}"))
        })
}

/// Checks every value of `array` (a whole chunk or a slice of it) against its type:
/// offsets in order and inside their buffer, views inside theirs, validity bits and their
/// count, UTF-8 for strings, recursively (`ArrayData::validate_full`, which the C Data
/// Interface import skips). The rows of an array it refuses are never read.
pub fn validate(array: &dyn Array) -> PyResult<()> {
    array.to_data().validate_full().map_err(|error| {
        let reason = reason(&error);
        PyValueError::new_err(format!("the Arrow array is not valid: {reason}"))
    })
}

/// What a C struct whose parts disagree (a child count, a buffer count), on which arrow-rs's
/// import panics, is to a caller.
const LAYOUT_REFUSED: &str =
    "the Arrow array's C struct does not match its schema (children or buffers)";

/// `array` as the `(schema, array)` capsules of `__arrow_c_array__`; a consumer moves the
/// array out, and a capsule nobody consumed releases it when collected.
pub fn export<'py>(py: Python<'py>, array: &ArrayRef) -> PyResult<Bound<'py, PyTuple>> {
    let (array, schema) = to_ffi(&array.to_data()).map_err(arrow_error)?;
    let schema = PyCapsule::new_with_value(py, schema, c"arrow_schema")?;
    let array = PyCapsule::new_with_value(py, array, c"arrow_array")?;
    PyTuple::new(py, [schema, array])
}

/// An error of arrow-rs as the `ValueError` it is to a Python caller.
pub fn arrow_error(error: ArrowError) -> PyErr {
    PyValueError::new_err(reason(&error))
}

/// What an error of arrow-rs says, without the "Invalid argument error: " of its kind.
fn reason(error: &ArrowError) -> String {
    match error {
        ArrowError::InvalidArgumentError(reason) => reason.clone(),
        other => other.to_string(),
    }
}
