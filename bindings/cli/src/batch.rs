//! `callplan check --jsonl`: one request per line in, one answer per line out, in the same
//! order. Lines are read in bounded batches and answered on every core; a line longer than
//! the request limit is counted, not kept, and answered `input.too_large`.

use std::io::{self, BufRead, Read, Write};

use callplan::limits::{check_request_size, MAX_REQUEST_BYTES};
use callplan::{Malformed, Response};
use rayon::prelude::*;

/// Lines answered together: enough to keep both cores busy, few enough that memory stays
/// bounded (at most this many requests of at most the size limit each).
const BATCH_LINES: usize = 4096;

/// The worst answer of a run, which sets the exit status.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Worst {
    /// Every request is `ok`.
    AllOk,
    /// Some request has errors.
    SomeErrors,
    /// Some line is not a request.
    SomeMalformed,
}

/// A line as read: its bytes, or the `input.too_large` answer when over the limit.
enum Line {
    Bytes(Vec<u8>),
    Refused(Malformed),
}

/// Answers every line of `input` on its own line of `out`.
pub fn run(
    input: &mut impl BufRead,
    answer: &(impl Fn(&[u8]) -> Result<Response, Malformed> + Sync),
    out: &mut impl Write,
) -> io::Result<Worst> {
    let mut worst = Worst::AllOk;
    loop {
        let lines = read_batch(input)?;
        if lines.is_empty() {
            return Ok(worst);
        }
        let answers: Vec<(String, Worst)> = lines
            .par_iter()
            .map(|line| answer_line(line, answer))
            .collect();
        for (text, outcome) in answers {
            writeln!(out, "{text}")?;
            worst = worst.max(outcome);
        }
    }
}

fn answer_line(
    line: &Line,
    answer: &impl Fn(&[u8]) -> Result<Response, Malformed>,
) -> (String, Worst) {
    let outcome = match line {
        Line::Bytes(bytes) => answer(bytes),
        Line::Refused(too_large) => Err(too_large.clone()),
    };
    match outcome {
        Ok(response) if response.ok => (response.to_json(), Worst::AllOk),
        Ok(response) => (response.to_json(), Worst::SomeErrors),
        Err(malformed) => (malformed.to_json(), Worst::SomeMalformed),
    }
}

fn read_batch(input: &mut impl BufRead) -> io::Result<Vec<Line>> {
    let mut lines = Vec::new();
    while lines.len() < BATCH_LINES {
        match read_line(input)? {
            Some(line) => lines.push(line),
            None => break,
        }
    }
    Ok(lines)
}

/// The next line without its line ending; `None` at the end of the input.
fn read_line(input: &mut impl BufRead) -> io::Result<Option<Line>> {
    let most = u64::try_from(MAX_REQUEST_BYTES)
        .unwrap_or(u64::MAX)
        .saturating_add(1);
    let mut bytes = Vec::new();
    let read = Read::take(&mut *input, most).read_until(b'\n', &mut bytes)?;
    if read == 0 {
        return Ok(None);
    }
    if bytes.last() == Some(&b'\n') {
        bytes.pop();
        if bytes.last() == Some(&b'\r') {
            bytes.pop();
        }
        return Ok(Some(Line::Bytes(bytes)));
    }
    if bytes.len() <= MAX_REQUEST_BYTES {
        return Ok(Some(Line::Bytes(bytes)));
    }
    let length = bytes.len().saturating_add(skip_line(input)?);
    Ok(Some(match check_request_size(length) {
        Err(too_large) => Line::Refused(too_large),
        Ok(()) => Line::Bytes(bytes),
    }))
}

/// Skips to the end of the line, counting the bytes before its newline.
fn skip_line(input: &mut impl BufRead) -> io::Result<usize> {
    let mut skipped = 0usize;
    loop {
        let buffer = input.fill_buf()?;
        if buffer.is_empty() {
            return Ok(skipped);
        }
        match buffer.iter().position(|&byte| byte == b'\n') {
            Some(end) => {
                skipped = skipped.saturating_add(end);
                input.consume(end.saturating_add(1));
                return Ok(skipped);
            }
            None => {
                let length = buffer.len();
                skipped = skipped.saturating_add(length);
                input.consume(length);
            }
        }
    }
}
