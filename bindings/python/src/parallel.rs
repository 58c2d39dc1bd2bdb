//! What the Python module adds to the core's answer path when it answers a column: how
//! many threads to use when the caller leaves it to us, and a look for a Ctrl-C between
//! stretches of rows.

use std::thread;

use pyo3::{PyResult, Python};

/// The threads to use when the caller leaves it to us: one per core.
pub fn every_core() -> usize {
    thread::available_parallelism().map_or(1, usize::from)
}

/// `Err` with the signal's own error (`KeyboardInterrupt` for a Ctrl-C) when one is
/// pending: the interpreter is asked from the calling thread, the one Python runs signal
/// handlers on, between two stretches of rows.
pub fn check_signals() -> PyResult<()> {
    Python::attach(|py| py.check_signals())
}
