//! What a request may hold, so that nothing a client sends can use unbounded memory or
//! time: the size of the text, the items of a list, the characters of a string, the depth
//! of nesting, and the numbers an order or an inventory stands for. Over a limit the answer
//! is `input.too_large` with the path of what is too large; control characters and
//! bidirectional-override characters in any text are `input.malformed`.
//!
//! The limits apply where requests are read (JSON text or a JSON value); a Rust caller
//! building a typed [`crate::Request`] itself is trusted with what it builds.

use serde_json::Value;

use crate::checks::number_removal::NumberRemoval;
use crate::checks::shared::order::NewNumberOrder;
use crate::checks::Check;
use crate::contract::malformed::Malformed;
use crate::locale::Locale;
use crate::numbers::LINES_PER_EXCHANGE;
use crate::pointer::Place;
use crate::problem::{Problem, Whole};

/// The longest request, in bytes of JSON text: 2 MiB.
pub const MAX_REQUEST_BYTES: usize = 2 * 1024 * 1024;
/// The most items any list may hold (numbers, blocks, locations, billing items, …).
pub const MAX_LIST_ITEMS: usize = 100_000;
/// The most characters any text (or object key) may hold.
pub const MAX_TEXT_CHARS: usize = 1_024;
/// The deepest nesting of arrays and objects (a real request needs 4).
pub const MAX_DEPTH: usize = 16;
/// The most numbers an order (singles, blocks, automatic selection) or an inventory may
/// stand for: blocks count with their size, up to the 10,000 lines of an exchange.
pub const MAX_NUMBERS: u64 = 1_000_000;

/// Refuses a request of more than [`MAX_REQUEST_BYTES`] bytes: what a server or the command
/// line can ask before it reads a body of known length.
///
/// ```
/// use callplan::limits::{check_request_size, MAX_REQUEST_BYTES};
/// assert!(check_request_size(MAX_REQUEST_BYTES).is_ok());
/// let error = check_request_size(MAX_REQUEST_BYTES + 1).unwrap_err();
/// assert_eq!(error.code.as_str(), "input.too_large");
/// ```
pub fn check_request_size(bytes: usize) -> Result<(), Malformed> {
    if bytes > MAX_REQUEST_BYTES {
        let message =
            format!("the request is {bytes} bytes; at most {MAX_REQUEST_BYTES} are accepted");
        return Err(Malformed::too_large("", message));
    }
    Ok(())
}

/// Checks every list, text and nesting level of a JSON value, and that no text holds
/// control or bidirectional-override characters; what is wrong is said in `locale`.
pub(crate) fn check_value(value: &Value, locale: Locale) -> Result<(), Malformed> {
    check_node(value, &Place::Base(""), 0)
        .map_err(|(place, problem)| Malformed::of(place, &problem, locale))
}

/// Where a value breaks a limit (its JSON Pointer) and how.
type Breach = (String, Problem);

/// Checks a value and everything in it; the JSON Pointer is only written for a breach.
fn check_node(value: &Value, place: &Place<'_>, depth: usize) -> Result<(), Breach> {
    if depth > MAX_DEPTH {
        return Err((
            place.pointer(),
            Problem::TooDeep {
                max: count(MAX_DEPTH),
            },
        ));
    }
    match value {
        Value::String(text) => check_text_value(text, place),
        Value::Array(items) => {
            if items.len() > MAX_LIST_ITEMS {
                let problem = Problem::TooManyItems {
                    count: count(items.len()),
                    max: count(MAX_LIST_ITEMS),
                };
                return Err((place.pointer(), problem));
            }
            items.iter().enumerate().try_for_each(|(index, item)| {
                check_node(item, &Place::Index(place, index), depth.saturating_add(1))
            })
        }
        Value::Object(fields) => fields.iter().try_for_each(|(key, item)| {
            let member = Place::Key(place, key);
            check_text_value(key, &member)?;
            check_node(item, &member, depth.saturating_add(1))
        }),
        Value::Null | Value::Bool(_) | Value::Number(_) => Ok(()),
    }
}

fn check_text_value(text: &str, place: &Place<'_>) -> Result<(), Breach> {
    // A text of at most MAX_TEXT_CHARS bytes cannot hold more characters than that.
    if text.len() > MAX_TEXT_CHARS {
        let characters = text.chars().count();
        if characters > MAX_TEXT_CHARS {
            let problem = Problem::TooLongText {
                count: count(characters),
                max: count(MAX_TEXT_CHARS),
            };
            return Err((place.pointer(), problem));
        }
    }
    match text.chars().find(|&c| is_refused_character(c)) {
        Some(refused) => {
            let code_point = u32::from(refused);
            Err((place.pointer(), Problem::InvisibleCharacter { code_point }))
        }
        None => Ok(()),
    }
}

/// A count as the problems hold it.
fn count(items: usize) -> u64 {
    u64::try_from(items).unwrap_or(u64::MAX)
}

/// Control characters (tab, line feed and carriage return aside), and the bidirectional
/// embedding, override and isolate characters that can make text display other than it is.
fn is_refused_character(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Checks the numbers a typed request stands for: an order's singles, blocks and automatic
/// selection, and a removal's inventory, each at most [`MAX_NUMBERS`]; what is wrong is
/// said in `locale`.
pub(crate) fn check_request(check: &Check, locale: Locale) -> Result<(), Malformed> {
    let breach = match check {
        Check::NewNumberOrder(order) | Check::OrderPlan(order) => order_size(order),
        Check::NumberRemoval(removal) => inventory_size(removal),
        _ => None,
    };
    match breach {
        Some((path, problem)) => Err(Malformed::of(path.to_owned(), &problem, locale)),
        None => Ok(()),
    }
}

/// An order's singles, blocks (each counted at most one exchange's lines) and selection
/// together, at most [`MAX_NUMBERS`]; a selection over it on its own is pointed at.
fn order_size(order: &NewNumberOrder) -> Option<(&'static str, Problem)> {
    let blocks: u64 = order
        .blocks
        .iter()
        .map(|block| block.size().min(LINES_PER_EXCHANGE))
        .sum();
    let singles = u64::try_from(order.numbers.len()).unwrap_or(u64::MAX);
    let selected = order
        .auto_select
        .as_ref()
        .map_or(0, |search| u64::try_from(search.quantity).unwrap_or(0));
    let (path, count) = if selected > MAX_NUMBERS {
        ("/auto_select/quantity", selected)
    } else {
        ("", singles.saturating_add(blocks).saturating_add(selected))
    };
    over_max_numbers(count, Whole::Order).map(|problem| (path, problem))
}

/// A removal's inventory: its singles and blocks, at most [`MAX_NUMBERS`].
fn inventory_size(removal: &NumberRemoval) -> Option<(&'static str, Problem)> {
    let blocks: u64 = removal
        .inventory
        .blocks
        .iter()
        .map(|block| u64::from(block.size).min(LINES_PER_EXCHANGE))
        .sum();
    let singles = u64::try_from(removal.inventory.singles.len()).unwrap_or(u64::MAX);
    let count = singles.saturating_add(blocks);
    over_max_numbers(count, Whole::Inventory).map(|problem| ("/inventory", problem))
}

/// The problem of a `whole` standing for `count` numbers, when that is over [`MAX_NUMBERS`].
fn over_max_numbers(count: u64, whole: Whole) -> Option<Problem> {
    (count > MAX_NUMBERS).then_some(Problem::TooManyNumbers {
        whole,
        count,
        max: MAX_NUMBERS,
    })
}
