//! `callplan check --jsonl`: one request per line in, one answer per line out, in the same
//! order. Lines are read in batches bounded in lines and in bytes, each answered on every
//! core and written before the next is read; a line longer than the request limit is
//! counted, not kept, and answered `input.too_large`.
//!
//! Memory follows a batch, whatever the file: at most [`BATCH_LINES`] lines, and lines are
//! added only while the batch holds less than [`BATCH_BYTES`], so a batch of big requests
//! is a few lines and their answers, however long the file (README: the bound, measured).

use std::io::{self, BufRead, Read, Write};
use std::thread;

use callplan::answer::{map_in_order, Answer, Outcome};
use callplan::limits::{check_request_size, MAX_REQUEST_BYTES};
use callplan::Malformed;

/// Most lines answered together: enough to keep every core busy on small requests.
const BATCH_LINES: usize = 4096;

/// A batch takes no further line once its lines hold this many bytes: small requests still
/// come 4,096 at a time (the parity corpus averages 244 B a line), while requests near the
/// 2 MiB limit, whose answers can be ten times larger, come one or two at a time, whatever
/// the number of cores.
const BATCH_BYTES: usize = 2 << 20;

/// A line as read: its bytes, or the `input.too_large` answer when over the limit.
enum Line {
    Bytes(Vec<u8>),
    Refused(Malformed),
}

/// Answers every line of `input` on its own line of `out`, on every core (the core's
/// answer path, in line order); the worst outcome sets the exit status.
pub fn run(
    input: &mut impl BufRead,
    answer: &(impl Fn(&[u8]) -> Answer + Sync),
    out: &mut impl Write,
) -> io::Result<Outcome> {
    let threads = thread::available_parallelism().map_or(1, usize::from);
    let mut worst = Outcome::Ok;
    loop {
        let lines = read_batch(input)?;
        if lines.is_empty() {
            return Ok(worst);
        }
        let answers = map_in_order(&lines, threads, |line| {
            let answer = match line {
                Line::Bytes(bytes) => answer(bytes),
                Line::Refused(too_large) => Answer::from(too_large.clone()),
            };
            (answer.to_json(), answer.outcome())
        });
        for (json, outcome) in answers {
            writeln!(out, "{json}")?;
            worst = worst.max(outcome);
        }
    }
}

/// The next batch of lines (empty at the end of the input).
fn read_batch(input: &mut impl BufRead) -> io::Result<Vec<Line>> {
    let mut lines = Vec::new();
    let mut bytes = 0usize;
    while lines.len() < BATCH_LINES && bytes < BATCH_BYTES {
        match read_line(input)? {
            Some(line) => {
                bytes = bytes.saturating_add(line.kept_bytes());
                lines.push(line);
            }
            None => break,
        }
    }
    Ok(lines)
}

impl Line {
    /// The bytes the line keeps in memory.
    fn kept_bytes(&self) -> usize {
        match self {
            Line::Bytes(bytes) => bytes.len(),
            Line::Refused(_) => 0,
        }
    }
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
