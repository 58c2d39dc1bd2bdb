//! A chunk of a column answered on several threads: cut into contiguous parts, one thread
//! a part, each part's answers an array of their own, in row order; a Ctrl-C seen on the
//! calling thread stops every part within a stretch of rows.

use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::{self, ThreadId};

use arrow_array::{Array, ArrayRef};
use pyo3::exceptions::PyRuntimeError;
use pyo3::{PyResult, Python};

/// The fewest rows worth a thread of their own.
const ROWS_PER_THREAD_AT_LEAST: usize = 4096;

/// The threads to use when the caller leaves it to us: one per core.
pub fn every_core() -> usize {
    thread::available_parallelism().map_or(1, usize::from)
}

/// Whether the work should stop: the calling thread (the one Python runs signal handlers
/// on) asks the interpreter for pending signals, and a signal's error there stops every
/// other part too.
pub struct Interrupt {
    caller: ThreadId,
    stopped: AtomicBool,
    rows_between_looks: usize,
}

impl Interrupt {
    /// An interrupt for work started on this thread that looks for a signal every
    /// `rows_between_looks` rows.
    pub fn new(rows_between_looks: usize) -> Self {
        Interrupt {
            caller: thread::current().id(),
            stopped: AtomicBool::new(false),
            rows_between_looks: rows_between_looks.max(1),
        }
    }

    /// `Err` when the work should stop: the signal's own error (`KeyboardInterrupt` for a
    /// Ctrl-C) on the calling thread, a `RuntimeError` on the others.
    pub fn check(&self) -> PyResult<()> {
        if thread::current().id() == self.caller {
            if let Err(signal) = Python::attach(|py| py.check_signals()) {
                self.stopped.store(true, Ordering::Relaxed);
                return Err(signal);
            }
        }
        if self.stopped.load(Ordering::Relaxed) {
            return Err(PyRuntimeError::new_err(
                "stopped: the caller was interrupted",
            ));
        }
        Ok(())
    }

    /// [`Interrupt::check`] at the first row of every stretch of rows, `Ok` between.
    pub fn check_at(&self, row: usize) -> PyResult<()> {
        if row.is_multiple_of(self.rows_between_looks) {
            return self.check();
        }
        Ok(())
    }
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
        let mine = answer(part(0).as_ref());
        let mut answers = Vec::with_capacity(parts);
        answers.push(mine);
        for other in others {
            let stopped = || PyRuntimeError::new_err("a thread answering rows stopped");
            answers.push(other.join().map_err(|_| stopped())?);
        }
        // This thread's error first: it is the signal's, when one stopped the work.
        answers.into_iter().collect()
    })
}
