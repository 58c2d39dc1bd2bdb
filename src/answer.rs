//! One answer path for every door. A request's JSON in, its [`Answer`] out: the JSON text
//! every door writes byte for byte, what kind of answer it is ([`Outcome`]: the command
//! line's exit status, a column's `ok`) and the codes that made it (a column's `rules`).
//! With the `threads` feature, many requests are answered at once, in order, on several
//! threads (`answer_all`, `map_in_order`): how the command line answers a batch of
//! lines and the Python module a chunk of a column.
//!
//! ```
//! use callplan::answer::{answer_json, Outcome};
//! use callplan::Policy;
//!
//! let answer = answer_json(
//!     r#"{"check": "new_number_order", "org": {"trial": false},
//!         "location": {"calling_plan_enabled": true}, "numbers": ["+1 800 555 0100"]}"#,
//!     &Policy::default(),
//! );
//! assert_eq!(answer.outcome(), Outcome::Errors);
//! assert_eq!(answer.codes(), ["number.toll_free"]);
//! assert!(answer.to_json().starts_with(r#"{"ok":false,"#));
//! ```

use crate::{Malformed, Policy, Request, Response, Severity};

/// The answer to one request: its response, or why it could not be read.
#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    answered: Result<Response, Malformed>,
}

/// What an answer says, from best to worst: the worst of a batch sets the command line's
/// exit status (0, 1, 2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Outcome {
    /// The request has no errors (`ok`).
    Ok,
    /// The request has errors.
    Errors,
    /// The request could not be read (`input.malformed` / `input.too_large`).
    Malformed,
}

impl Answer {
    /// The answer to a request as read (or the reason it could not be), under `policy`.
    pub fn new(request: Result<Request, Malformed>, policy: &Policy) -> Answer {
        let answered = request.map(|request| crate::evaluate(&request, policy));
        Answer { answered }
    }

    /// The answer as JSON text: the response, or the `input.malformed` / `input.too_large`
    /// value.
    pub fn to_json(&self) -> String {
        match &self.answered {
            Ok(response) => response.to_json(),
            Err(malformed) => malformed.to_json(),
        }
    }

    /// Whether the request is `ok`, has errors, or could not be read.
    pub fn outcome(&self) -> Outcome {
        match &self.answered {
            Ok(response) if response.ok => Outcome::Ok,
            Ok(_) => Outcome::Errors,
            Err(_) => Outcome::Malformed,
        }
    }

    /// The codes of the errors and warnings (not the notices), in the answer's order; the
    /// `input.*` code of a request that could not be read.
    pub fn codes(&self) -> Vec<&'static str> {
        match &self.answered {
            Ok(response) => response
                .findings
                .iter()
                .filter(|finding| finding.severity != Severity::Info)
                .map(|finding| finding.rule.code())
                .collect(),
            Err(malformed) => vec![malformed.code.as_str()],
        }
    }

    /// The typed answer: the response, or why the request could not be read.
    pub fn as_result(&self) -> Result<&Response, &Malformed> {
        self.answered.as_ref()
    }
}

impl From<Malformed> for Answer {
    /// The answer to input refused before it was read (a line over the size limit).
    fn from(malformed: Malformed) -> Answer {
        Answer {
            answered: Err(malformed),
        }
    }
}

/// The answer to a request given as JSON text.
pub fn answer_json(request: &str, policy: &Policy) -> Answer {
    Answer::new(Request::from_json(request), policy)
}

/// The answer to a request given as the bytes of JSON text, as a server, a pipe or a column
/// holds them: bytes that are not UTF-8 or over the size limit are `input.malformed` /
/// `input.too_large`.
pub fn answer_json_bytes(request: &[u8], policy: &Policy) -> Answer {
    Answer::new(Request::from_json_bytes(request), policy)
}

/// The answers to many requests (JSON text or bytes), in their order, on at most `threads`
/// threads ([`map_in_order`]).
///
/// ```
/// use callplan::answer::{answer_all, Outcome};
/// use callplan::Policy;
///
/// let requests = [
///     r#"{"check": "support_route", "topic": "outage", "region": "na"}"#,
///     "not json",
/// ];
/// let answers = answer_all(&requests, &Policy::default(), 2);
/// let outcomes: Vec<Outcome> = answers.iter().map(|answer| answer.outcome()).collect();
/// assert_eq!(outcomes, [Outcome::Ok, Outcome::Malformed]);
/// ```
#[cfg(feature = "threads")]
pub fn answer_all<R: AsRef<[u8]> + Sync>(
    requests: &[R],
    policy: &Policy,
    threads: usize,
) -> Vec<Answer> {
    map_in_order(requests, threads, |request| {
        answer_json_bytes(request.as_ref(), policy)
    })
}

/// `work` applied to every item, in their order, on at most `threads` threads (and at most
/// one per core): rayon's threads, which live on from one call to the next. With a thread
/// per core the items are split as the threads free up, so a thread that meets heavy items
/// takes fewer; with fewer threads, into that many contiguous parts. What a door that holds
/// its requests in its own shape (lines, rows of a column) answers them with; `work` should
/// also write what the door writes of each answer (its JSON), so that writing runs on every
/// thread too.
#[cfg(feature = "threads")]
pub fn map_in_order<T: Sync, U: Send>(
    items: &[T],
    threads: usize,
    work: impl Fn(&T) -> U + Sync,
) -> Vec<U> {
    use rayon::prelude::*;

    if threads <= 1 || items.len() <= 1 {
        return items.iter().map(work).collect();
    }
    let fewest_per_part = if threads >= rayon::current_num_threads() {
        1
    } else {
        items.len().div_ceil(threads)
    };
    let work = &work;
    items
        .par_iter()
        .with_min_len(fewest_per_part)
        .map(work)
        .collect()
}
