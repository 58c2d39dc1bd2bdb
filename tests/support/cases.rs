//! Loads the regression corpus `tests/cases/` (every `*.json` below it, in path order),
//! for the case tests and the WASM parity corpus, with the library's own case reader.

use std::path::{Path, PathBuf};

use callplan_testing::{read_cases, Case};

/// Every case of `tests/cases/` with its file, sorted by path.
#[allow(
    clippy::expect_used,
    clippy::panic,
    reason = "a corpus that cannot be read fails the tests that need it"
)]
pub fn corpus() -> Vec<(PathBuf, Case)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    read_cases(&dir)
        .expect("cases folder is readable")
        .into_iter()
        .map(|file| {
            let case = file
                .case
                .unwrap_or_else(|e| panic!("{}: {e}", file.path.display()));
            (file.path, case)
        })
        .collect()
}
