//! The Arrow PyCapsule interface both ways, over arrow-rs's C Data Interface: a column in
//! from any object with `__arrow_c_array__` or `__arrow_c_stream__` (pyarrow, Polars,
//! DuckDB, pandas), its memory shared, not copied; an answer out as the two capsules an
//! `__arrow_c_array__` returns.
//!
//! The only `unsafe` code of the project is here: reading the C structs a capsule holds,
//! which is what the interface's contract makes sound. (pyo3-arrow does this for us, but
//! with the rest of arrow-rs it made the wheel 3.4 MB instead of 0.7.)
#![expect(
    unsafe_code,
    reason = "the C Data Interface is raw pointers in named capsules"
)]

use arrow_array::ffi::{from_ffi, to_ffi, FFI_ArrowArray, FFI_ArrowSchema};
use arrow_array::ffi_stream::{ArrayStreamReader, FFI_ArrowArrayStream};
use arrow_array::{make_array, ArrayRef};
use arrow_schema::ArrowError;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyCapsule, PyTuple};

/// The chunks of a column: one array, or a stream of them.
pub type Chunks = Box<dyn Iterator<Item = Result<ArrayRef, ArrowError>> + Send>;

/// The chunks of `column`: its `__arrow_c_array__` as one chunk, else its
/// `__arrow_c_stream__` read a chunk at a time.
pub fn import(column: &Bound<'_, PyAny>) -> PyResult<Chunks> {
    let py = column.py();
    if column.hasattr(intern!(py, "__arrow_c_array__"))? {
        return Ok(Box::new(std::iter::once(Ok(import_array(column)?))));
    }
    if column.hasattr(intern!(py, "__arrow_c_stream__"))? {
        return Ok(Box::new(import_stream(column)?));
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
    // until the end of this function, after `from_ffi` has read it.
    let data = unsafe { from_ffi(FFI_ArrowArray::from_raw(array.as_ptr()), schema.as_ref()) };
    data.map(make_array).map_err(arrow_error)
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
    PyValueError::new_err(error.to_string())
}
