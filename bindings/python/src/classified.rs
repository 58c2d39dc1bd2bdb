//! `callplan.Classified`: what `classify_number` answers, read by name (`e164`, `class_`,
//! `region`); it unpacks, indexes and compares as the `(e164, class)` pair it used to be,
//! the region readable by name only, as `os.stat_result`'s later fields are. Made natively:
//! a Python class called per number would cost more than the classification.

use std::borrow::Cow;

use callplan::NumberClass;
use pyo3::exceptions::{PyIndexError, PyValueError};
use pyo3::prelude::*;
use pyo3::pyclass::CompareOp;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyString, PyTuple};

/// A phone number's E.164 writing (`None` when it has none), its class and its region, e.g.
/// `Classified(e164='+14165550123', class_='not_us', region='CA')`.
#[pyclass(frozen, module = "callplan", name = "Classified")]
pub struct Classified {
    e164: Option<String>,
    class: NumberClass,
    /// The core's own text (no copy per number), or what a caller gave (unpickling).
    region: Option<Cow<'static, str>>,
}

impl Classified {
    /// The classification the core made.
    pub fn of(classified: callplan::Classified) -> Self {
        Classified {
            e164: classified.e164,
            class: classified.class,
            region: classified.region.map(Cow::Borrowed),
        }
    }

    /// Every part as the tuple `(e164, class, region)`.
    fn as_triple<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(
            py,
            [
                self.e164.as_deref().into_pyobject(py)?.into_any(),
                class_name(py, self.class).into_any(),
                self.region.as_deref().into_pyobject(py)?.into_any(),
            ],
        )
    }

    /// The pair as the tuple `(e164, class)`.
    fn as_tuple<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(
            py,
            [
                self.e164.as_deref().into_pyobject(py)?.into_any(),
                class_name(py, self.class).into_any(),
            ],
        )
    }
}

#[pymethods]
impl Classified {
    /// A classification given by its parts (as pickle makes it again); `class_` must be a
    /// class name.
    #[new]
    #[pyo3(signature = (e164, class_, region = None))]
    fn new(e164: Option<String>, class_: &str, region: Option<String>) -> PyResult<Self> {
        let class = NumberClass::ALL
            .iter()
            .copied()
            .find(|class| class.as_str() == class_)
            .ok_or_else(|| PyValueError::new_err(format!("{class_:?} is not a number class")))?;
        Ok(Classified {
            e164,
            class,
            region: region.map(Cow::Owned),
        })
    }

    /// The E.164 writing, e.g. `"+14155552671"`; `None` for a number that has none.
    #[getter]
    fn e164(&self) -> Option<&str> {
        self.e164.as_deref()
    }

    /// The class: `us_geographic`, `toll_free`, `premium_or_special`, `non_us` or `invalid`.
    #[getter]
    fn class_<'py>(&self, py: Python<'py>) -> Bound<'py, PyString> {
        class_name(py, self.class)
    }

    /// The region as libphonenumber names it: `"US"`, `"CA"`, `"PR"`, … for a +1 number,
    /// the main region of the calling code for another (`"GB"` for +44); `None` when the
    /// number is invalid.
    #[getter]
    fn region(&self) -> Option<&str> {
        self.region.as_deref()
    }

    fn __len__(&self) -> usize {
        2
    }

    fn __getitem__<'py>(&self, py: Python<'py>, index: isize) -> PyResult<Bound<'py, PyAny>> {
        match index {
            0 | -2 => Ok(self.e164.as_deref().into_pyobject(py)?.into_any()),
            1 | -1 => Ok(class_name(py, self.class).into_any()),
            _ => Err(PyIndexError::new_err("Classified index out of range")),
        }
    }

    fn __iter__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(self.as_tuple(py)?.as_any().try_iter()?.into_any())
    }

    fn __richcmp__<'py>(
        &self,
        py: Python<'py>,
        other: &Bound<'py, PyAny>,
        op: CompareOp,
    ) -> PyResult<Py<PyAny>> {
        let (mine, theirs) = match other.cast::<Classified>() {
            Ok(other) => (self.as_triple(py)?, other.get().as_triple(py)?.into_any()),
            Err(_) if other.is_instance_of::<PyTuple>() => (self.as_tuple(py)?, other.clone()),
            Err(_) => return Ok(py.NotImplemented()),
        };
        Ok(mine.rich_compare(theirs, op)?.unbind())
    }

    fn __hash__(&self, py: Python<'_>) -> PyResult<isize> {
        self.as_tuple(py)?.hash()
    }

    fn __repr__(&self) -> String {
        let e164 = match &self.e164 {
            Some(e164) => format!("'{e164}'"),
            None => "None".to_owned(),
        };
        let region = match &self.region {
            Some(region) => format!("'{region}'"),
            None => "None".to_owned(),
        };
        format!(
            "Classified(e164={e164}, class_='{}', region={region})",
            self.class.as_str()
        )
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        Ok((slf.get_type().into_any(), slf.get().as_triple(slf.py())?))
    }
}

/// The name of a class as one Python string made once (a column of a million numbers
/// holds five names, not a million strings).
fn class_name(py: Python<'_>, class: NumberClass) -> Bound<'_, PyString> {
    static NAMES: PyOnceLock<Vec<Py<PyString>>> = PyOnceLock::new();
    let names = NAMES.get_or_init(py, || {
        NumberClass::ALL
            .iter()
            .map(|class| PyString::intern(py, class.as_str()).unbind())
            .collect()
    });
    let index = NumberClass::ALL.iter().position(|known| *known == class);
    match index.and_then(|index| names.get(index)) {
        Some(name) => name.bind(py).clone(),
        None => PyString::new(py, class.as_str()),
    }
}
