//! Loads the regression corpus `tests/cases/` (every `*.json` below it, in path order),
//! for the case tests and the WASM parity corpus.

use std::path::{Path, PathBuf};

use callplan::regression::Case;

/// Every case of `tests/cases/` with its file, sorted by path.
pub fn corpus() -> Vec<(PathBuf, Case)> {
    let mut files = Vec::new();
    json_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases"),
        &mut files,
    );
    files.sort();
    files
        .into_iter()
        .map(|file| {
            let text = std::fs::read_to_string(&file).expect("case is readable");
            let case = Case::from_json(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            (file, case)
        })
        .collect()
}

fn json_files(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("cases folder is readable") {
        let path = entry.expect("folder entry").path();
        if path.is_dir() {
            json_files(&path, files);
        } else if path.extension().is_some_and(|e| e == "json") {
            files.push(path);
        }
    }
}
