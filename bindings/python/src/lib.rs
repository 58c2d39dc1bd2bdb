//! The native module of the `callplan` Python package: the core's JSON entry point and its
//! tables, nothing but conversion. The pure-Python package around it (`python/callplan/`)
//! makes the verbs, the answer types and the errors Python developers expect.
//!
//! Requests cross as JSON text, as through every other door (a `dict` is written as the
//! text `json.dumps` makes of it), so the answers are the bytes the native `evaluate_json`
//! writes. The core runs with the interpreter detached (no GIL
//! held), so several Python threads evaluate at once.

mod arrow;
mod arrow_capsules;
mod classified;
mod parallel;
mod write_json;

use callplan::answer::{answer_json, Answer};
use callplan::{
    classify, evaluate_json, evaluate_json_bytes, Check, Locale, Malformed, Policy, Rule,
};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};

use crate::classified::Classified;
use pythonize::pythonize;

/// The answer to a request given as `str` or `bytes` of JSON, under a policy given by name
/// or as JSON text (`None`: seed-2024): the response JSON, or the `input.malformed` / `input.too_large`
/// JSON. Never raises.
#[pyfunction]
#[pyo3(signature = (request, policy = None))]
fn evaluate_text(py: Python<'_>, request: &Bound<'_, PyAny>, policy: Option<&str>) -> String {
    let policy = match read_policy(policy) {
        Ok(policy) => policy,
        Err(malformed) => return malformed.to_json(),
    };
    if let Ok(bytes) = request.cast::<PyBytes>() {
        let bytes = bytes.as_bytes();
        return py.detach(|| evaluate_json_bytes(bytes, &policy));
    }
    match request.cast::<PyString>().map(|text| text.to_str()) {
        Ok(Ok(text)) => py.detach(|| evaluate_json(text, &policy)),
        Ok(Err(_)) => {
            Malformed::new("", "not UTF-8 text: the text holds a lone surrogate").to_json()
        }
        Err(_) => Malformed::new("", "a request is JSON text: str or bytes").to_json(),
    }
}

/// The answer to a request given as Python values, as JSON text and as the Python values
/// `json.loads` would make of that text: the answer to the text that `json.dumps(request,
/// ensure_ascii=False, separators=(",", ":"), allow_nan=False)` writes, written natively.
/// `None` when only the standard encoder can write it (another type, NaN, a lone
/// surrogate, deep nesting).
#[pyfunction]
#[pyo3(signature = (request, policy = None))]
fn evaluate_value<'py>(
    py: Python<'py>,
    request: &Bound<'py, PyAny>,
    policy: Option<&str>,
) -> PyResult<Option<(String, Bound<'py, PyAny>)>> {
    let Some(text) = write_json::write(request) else {
        return Ok(None);
    };
    let (json, answer) = py.detach(|| {
        let answer = match read_policy(policy) {
            Ok(policy) => answer_json(&text, &policy),
            Err(malformed) => Answer::from(malformed),
        };
        (answer.to_json(), answer)
    });
    let value = match answer.as_result() {
        Ok(response) => pythonize(py, response)?,
        Err(malformed) => pythonize(py, malformed)?,
    };
    Ok(Some((json, value)))
}

/// The policy given by a built-in policy's name or as JSON text (`None`: seed-2024), or why
/// it cannot be read, at `/policy`.
fn read_policy(policy: Option<&str>) -> Result<Policy, Malformed> {
    match policy.map(Policy::parse).transpose() {
        Ok(policy) => Ok(policy.unwrap_or_default()),
        Err(malformed) => Err(malformed.within("/policy")),
    }
}

/// The `input.malformed` answer about the value at `path`, as every door writes it.
#[pyfunction]
fn malformed_json(path: &str, message: &str) -> String {
    Malformed::new(path, message).to_json()
}

/// The `input.too_large` answer to a request of `bytes` bytes, or `None` within the limit.
#[pyfunction]
fn oversize_json(bytes: usize) -> Option<String> {
    callplan::limits::check_request_size(bytes)
        .err()
        .map(|malformed| malformed.to_json())
}

/// `callplan.MalformedRequest` carrying the code, path and message of `malformed`.
fn malformed_request(py: Python<'_>, malformed: Malformed) -> PyErr {
    let class = py
        .import("callplan._core")
        .and_then(|core| core.getattr("MalformedRequest"));
    let error = class.and_then(|class| {
        class.call1((malformed.code.as_str(), malformed.path, malformed.message))
    });
    match error {
        Ok(error) => PyErr::from_value(error),
        Err(error) => error,
    }
}

/// A phone number's E.164 writing and class, as a `callplan.Classified`.
#[pyfunction]
fn classify_number(text: &str) -> Classified {
    Classified::of(classify(text))
}

/// Every rule: code, severity, the article section it encodes and English description.
#[pyfunction]
fn rules() -> Vec<(&'static str, &'static str, &'static str, &'static str)> {
    Rule::ALL
        .iter()
        .map(|rule| {
            (
                rule.code(),
                rule.severity().as_str(),
                rule.article_section(),
                rule.description(),
            )
        })
        .collect()
}

/// The language (`en`, `sv` or `fr`) to answer in for an HTTP `Accept-Language` header.
#[pyfunction]
fn negotiate_locale(accept_language: &str) -> &'static str {
    Locale::negotiate(accept_language).code()
}

/// The name of every check, as written in `"check"`, in POLICY order.
#[pyfunction]
fn check_names() -> Vec<&'static str> {
    Check::NAMES.to_vec()
}

/// The native module `callplan._callplan`.
#[pymodule]
fn _callplan(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_function(wrap_pyfunction!(evaluate_text, module)?)?;
    module.add_function(wrap_pyfunction!(evaluate_value, module)?)?;
    module.add_function(wrap_pyfunction!(arrow::evaluate_arrow, module)?)?;
    module.add_function(wrap_pyfunction!(arrow::classify_arrow, module)?)?;
    module.add_function(wrap_pyfunction!(malformed_json, module)?)?;
    module.add_function(wrap_pyfunction!(oversize_json, module)?)?;
    module.add_function(wrap_pyfunction!(classify_number, module)?)?;
    module.add_class::<Classified>()?;
    module.add_function(wrap_pyfunction!(rules, module)?)?;
    module.add_function(wrap_pyfunction!(check_names, module)?)?;
    module.add_function(wrap_pyfunction!(negotiate_locale, module)?)?;
    module.add("MAX_REQUEST_BYTES", callplan::limits::MAX_REQUEST_BYTES)?;
    module.add("NUMBERING_DATA_VERSION", callplan::NUMBERING_DATA_VERSION)?;
    module.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
