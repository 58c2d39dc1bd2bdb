//! Phone numbers: one normaliser and classifier used by every check [POLICY §2].
//!
//! Accepts the common US writings (`+14155552671`, `+1 415-555-2671`, `(415) 555-2671`,
//! `415.555.2671`, `1-415-555-2671`, `4155552671`) and `+CC …` / `011 CC …` for other
//! countries, gives E.164, and classifies with a compact table derived from Google's
//! libphonenumber metadata (`nanp_table.rs`, made by `examples/gen_nanp_table.rs` and
//! checked against `phonenumber` on every NPA-NXX prefix by `tests/nanp_agreement.rs`).

mod nanp_table;

use serde::Serialize;

/// What a phone number is, as far as the Cisco Calling Plan policy cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum NumberClass {
    /// Not a possible, valid number.
    Invalid,
    /// A valid number outside the United States (Canada, the Caribbean, US territories, `+44 …`).
    NotUs,
    /// A US toll-free number (NPA 800, 833, 844, 855, 866, 877, 888).
    TollFree,
    /// A valid US number that is not an ordinary geographic line (premium-rate 900, 5XX, …).
    NotGeographic,
    /// An ordinary US geographic line: the only kind the service provisions by default.
    UsGeographic,
}

/// A number of the North American Numbering Plan, held as its ten national digits.
///
/// ```
/// use callplan::numbers::NanpNumber;
/// let n = NanpNumber::parse("(415) 555-2671").unwrap();
/// assert_eq!(n.e164(), "+14155552671");
/// assert_eq!(n.line(), 2671);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NanpNumber(u64);

impl NanpNumber {
    /// Reads a NANP number from any accepted writing; `None` if it is not one.
    pub fn parse(input: &str) -> Option<Self> {
        match read(input)? {
            Digits::Nanp(number) => Some(number),
            Digits::International(_) => None,
        }
    }

    /// The number in E.164, `+1` and ten digits.
    pub fn e164(self) -> String {
        format!("+1{:010}", self.0)
    }

    /// The six-digit NPA-NXX (area code and exchange).
    pub fn exchange(self) -> u32 {
        u32::try_from(self.0 / 10_000).unwrap_or(u32::MAX)
    }

    /// The four-digit line number, 0000–9999.
    pub fn line(self) -> u32 {
        u32::try_from(self.0 % 10_000).unwrap_or(u32::MAX)
    }

    /// The number `steps` further on, if it is still a ten-digit number.
    pub fn offset(self, steps: u64) -> Option<Self> {
        let next = self.0.checked_add(steps)?;
        (next < 10_000_000_000).then_some(Self(next))
    }

    /// How many numbers lie from `self` up to `other` (0 when equal).
    pub fn distance_to(self, other: Self) -> Option<u64> {
        other.0.checked_sub(self.0)
    }

    /// The class libphonenumber gives this number.
    pub fn class(self) -> NumberClass {
        thousands_block_class(u32::try_from(self.0 / 1000).unwrap_or(u32::MAX))
    }
}

/// A number after normalisation: its E.164 writing (when it has one) and its class.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Classified {
    /// E.164 writing, `None` when the input is not a possible number.
    pub e164: Option<String>,
    /// What kind of number it is.
    pub class: NumberClass,
    /// The NANP number, when it is one (whatever its class).
    pub nanp: Option<NanpNumber>,
}

/// Normalises and classifies a phone number written in any accepted way.
///
/// ```
/// use callplan::numbers::{classify, NumberClass};
/// assert_eq!(classify("415.555.2671").class, NumberClass::UsGeographic);
/// assert_eq!(classify("+1 416 555 0123").class, NumberClass::NotUs); // Toronto
/// assert_eq!(classify("1-800-555-0123").class, NumberClass::TollFree);
/// assert_eq!(classify("+44 20 7946 0958").e164.as_deref(), Some("+442079460958"));
/// assert_eq!(classify("555-2671").class, NumberClass::Invalid);
/// ```
pub fn classify(input: &str) -> Classified {
    match read(input) {
        Some(Digits::Nanp(number)) => {
            let class = number.class();
            Classified {
                e164: (class != NumberClass::Invalid).then(|| number.e164()),
                class,
                nanp: Some(number),
            }
        }
        Some(Digits::International(e164)) => Classified {
            e164: Some(e164),
            class: NumberClass::NotUs,
            nanp: None,
        },
        None => Classified {
            e164: None,
            class: NumberClass::Invalid,
            nanp: None,
        },
    }
}

/// The E.164 writing of a valid number, `None` for an invalid one.
///
/// ```
/// assert_eq!(callplan::numbers::normalize("1-415-555-2671").as_deref(), Some("+14155552671"));
/// ```
pub fn normalize(input: &str) -> Option<String> {
    classify(input).e164
}

/// The class of every number in a thousands-block NPA-NXX-X (seven digits).
fn thousands_block_class(block: u32) -> NumberClass {
    let runs = &nanp_table::NANP_RUNS;
    let after = runs.partition_point(|(start, _)| *start <= block);
    after
        .checked_sub(1)
        .and_then(|index| runs.get(index))
        .map_or(NumberClass::Invalid, |(_, class)| *class)
}

/// Whether an area code (NPA) holds any ordinary US geographic numbers.
///
/// ```
/// use callplan::numbers::is_us_geographic_area_code;
/// assert!(is_us_geographic_area_code(415));
/// assert!(!is_us_geographic_area_code(800)); // toll-free
/// assert!(!is_us_geographic_area_code(416)); // Toronto
/// assert!(!is_us_geographic_area_code(911));
/// ```
pub fn is_us_geographic_area_code(npa: u32) -> bool {
    if !(200..=999).contains(&npa) {
        return false;
    }
    let (first_block, end_block) = (npa * 10_000, (npa + 1) * 10_000);
    let runs = &nanp_table::NANP_RUNS;
    let covering = runs
        .partition_point(|(start, _)| *start <= first_block)
        .saturating_sub(1);
    runs.iter()
        .skip(covering)
        .take_while(|(start, _)| *start < end_block)
        .any(|(_, class)| *class == NumberClass::UsGeographic)
}

/// The digits a writing stands for.
enum Digits {
    Nanp(NanpNumber),
    /// Another country calling code: the E.164 writing.
    International(String),
}

/// Shortest national significant number accepted for another country.
const MIN_FOREIGN_NATIONAL_DIGITS: usize = 4;
/// E.164's maximum length, country code included.
const MAX_E164_DIGITS: usize = 15;

/// Reads a writing: an optional leading `+`, then digits separated by spaces, `-`, `.`,
/// `/` or parentheses. Letters, extensions and anything else make it unreadable.
fn read(input: &str) -> Option<Digits> {
    let trimmed = input.trim();
    let (international, rest) = match trimmed.strip_prefix('+') {
        Some(rest) => (true, rest),
        None => (false, trimmed),
    };
    let mut digits = String::with_capacity(rest.len());
    for c in rest.chars() {
        match c {
            '0'..='9' => digits.push(c),
            ' ' | '-' | '.' | '/' | '(' | ')' | '\u{a0}' => {}
            _ => return None,
        }
    }
    if international {
        read_international(&digits)
    } else if let Some(after_exit_code) = digits.strip_prefix("011") {
        read_international(after_exit_code)
    } else {
        match digits.len() {
            10 => nanp(&digits),
            11 => nanp(digits.strip_prefix('1')?),
            _ => None,
        }
    }
}

/// Reads digits that start with a country calling code.
fn read_international(digits: &str) -> Option<Digits> {
    if let Some(national) = digits.strip_prefix('1') {
        return if national.len() == 10 { nanp(national) } else { None };
    }
    let code_length = (1..=3).find(|&length| {
        digits
            .get(..length)
            .and_then(|code| code.parse::<u16>().ok())
            .is_some_and(|code| nanp_table::CALLING_CODES.binary_search(&code).is_ok())
    })?;
    let national_length = digits.len().checked_sub(code_length)?;
    let possible =
        national_length >= MIN_FOREIGN_NATIONAL_DIGITS && digits.len() <= MAX_E164_DIGITS;
    possible.then(|| Digits::International(format!("+{digits}")))
}

fn nanp(ten_digits: &str) -> Option<Digits> {
    ten_digits.parse().ok().map(|n| Digits::Nanp(NanpNumber(n)))
}
