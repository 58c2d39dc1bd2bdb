//! A chunk of a column answered on several threads: cut into contiguous parts, one thread
//! a part, each part's answers an array of their own, in row order.

use std::thread;

use arrow_array::{Array, ArrayRef};
use pyo3::exceptions::PyRuntimeError;
use pyo3::PyResult;

/// The fewest rows worth a thread of their own.
const ROWS_PER_THREAD_AT_LEAST: usize = 4096;

/// The threads to use when the caller leaves it to us: one per core.
pub fn every_core() -> usize {
    thread::available_parallelism().map_or(1, usize::from)
}

/// `answer` applied to `chunk` cut into at most `threads` contiguous parts, each on its own
/// thread (the last on this one): the parts' answers, in row order.
pub fn answer_in_parts(
    chunk: &dyn Array,
    threads: usize,
    answer: impl Fn(&dyn Array) -> PyResult<ArrayRef> + Sync,
) -> PyResult<Vec<ArrayRef>> {
    let parts = threads.clamp(1, chunk.len().div_ceil(ROWS_PER_THREAD_AT_LEAST).max(1));
    let rows_per_part = chunk.len().div_ceil(parts);
    let part = |index: usize| {
        let start = index.saturating_mul(rows_per_part).min(chunk.len());
        chunk.slice(start, rows_per_part.min(chunk.len().saturating_sub(start)))
    };
    let answer = &answer;
    thread::scope(|scope| {
        let others: Vec<_> = (1..parts)
            .map(|index| {
                let rows = part(index);
                scope.spawn(move || answer(rows.as_ref()))
            })
            .collect();
        let mut answers = vec![answer(part(0).as_ref())?];
        for other in others {
            let stopped = || PyRuntimeError::new_err("a thread answering rows stopped");
            answers.push(other.join().map_err(|_| stopped())??);
        }
        Ok(answers)
    })
}
