//! Reading a phone number as people write and paste it [POLICY §2], as libphonenumber reads
//! it with region US: an optional `+`, digits between spaces, dashes, dots, slashes and
//! parentheses; an RFC 3966 `tel:` URI; an extension at the end (`x123`, `ext. 123`,
//! `extension 123`, `#123`, `;ext=123`); keypad letters when there are at least three
//! (`1-800-FLOWERS`; fewer letters are passed over, as libphonenumber passes them over).
//! Fullwidth digits and signs, Unicode spaces and dashes count as their ASCII selves;
//! invisible marks are skipped. Anything else makes the writing unreadable.

use super::{nanp_table, NanpNumber};

/// What a writing says: the number's digits and its extension, if it has one.
pub(super) struct Writing {
    pub(super) digits: Digits,
    pub(super) extension: Option<Extension>,
}

/// The digits a writing stands for.
pub(super) enum Digits {
    Nanp(NanpNumber),
    /// Another country calling code: the E.164 digits.
    International(DigitBuffer<MAX_WRITTEN_DIGITS>),
}

/// Shortest national significant number accepted for another country.
const MIN_FOREIGN_NATIONAL_DIGITS: usize = 4;
/// E.164's maximum length, country code included.
pub(super) const MAX_E164_DIGITS: usize = 15;
/// The most digits any accepted writing has: `011`, then the 15 of E.164.
const MAX_WRITTEN_DIGITS: usize = 18;
const _: () = assert!(MAX_WRITTEN_DIGITS == "011".len() + MAX_E164_DIGITS);
/// The most digits of an extension after a word (`ext`, `extension`, `;ext=`), and after a
/// sign (`x`, `#`), as libphonenumber reads them.
const MAX_EXTENSION_AFTER_WORD: usize = 20;
const MAX_EXTENSION_AFTER_SIGN: usize = 9;
/// The most digits of an extension written as digits then `#` (`415 555 2671 12#`).
const MAX_EXTENSION_BEFORE_HASH: usize = 6;
/// The fewest letters that make a writing a keypad word (`1-800-FLOWERS`).
const MIN_KEYPAD_LETTERS: usize = 3;

/// An extension's digits.
pub(super) type Extension = DigitBuffer<MAX_EXTENSION_AFTER_WORD>;

/// Reads a writing; `None` when it is not one.
pub(super) fn read(input: &str) -> Option<Writing> {
    let trimmed = input.trim_matches(|c: char| c.is_whitespace() || is_invisible(c));
    let (international, body) = strip_plus(trimmed);
    // Most writings are digits and separators only: read them in one pass.
    if let Some((digits, 0)) = scan_digits(body, Letters::PassedOver) {
        let digits = digits_of(international, digits.as_slice())?;
        return Some(Writing {
            digits,
            extension: None,
        });
    }
    read_pasted(trimmed)
}

/// Reads what people paste: a `tel:` URI, a number with an extension, keypad letters.
fn read_pasted(text: &str) -> Option<Writing> {
    if let Some(uri) = strip_tel_scheme(text) {
        return read_tel_uri(uri);
    }
    let (number, extension) = split_extension(text)?;
    let digits = read_number(number)?;
    Some(Writing { digits, extension })
}

/// Whether a writing starts with `+` (ASCII or fullwidth), and the rest.
fn strip_plus(text: &str) -> (bool, &str) {
    match text.strip_prefix(['+', '\u{FF0B}']) {
        Some(rest) => (true, rest),
        None => (false, text),
    }
}

/// The rest of an RFC 3966 URI after its `tel:` scheme (any case).
fn strip_tel_scheme(text: &str) -> Option<&str> {
    let scheme = text.get(..4)?;
    scheme
        .eq_ignore_ascii_case("tel:")
        .then(|| text.get(4..))
        .flatten()
}

/// `tel:` URI parameters: `;ext=` is the extension, `;phone-context=+…` is written before
/// the number (the country code of a local number), `;isub=` and everything after it is left out (as libphonenumber leaves
/// it out); any other parameter makes the URI unreadable.
fn read_tel_uri(uri: &str) -> Option<Writing> {
    let mut parts = uri.split(';');
    let number = parts.next()?;
    let (mut extension, mut context) = (None, None);
    for parameter in parts {
        let (name, value) = parameter.split_once('=')?;
        match name.to_ascii_lowercase().as_str() {
            "ext" => extension = Some(extension_digits(value, MAX_EXTENSION_AFTER_WORD)?),
            "phone-context" => context = Some(value),
            "isub" => break,
            _ => return None,
        }
    }
    // A `+…` context is written before the number, as libphonenumber writes it, whether or
    // not the number is local: `+44` before `+1-415-…` makes it unreadable.
    let digits = match context.filter(|context| context.starts_with('+')) {
        Some(context) => read_number(&format!("{context}{number}"))?,
        None => read_number(number)?,
    };
    Some(Writing { digits, extension })
}

/// Splits an extension off the end of a writing, as libphonenumber does: a word (`ext`,
/// `ext.`, `extension`, `extn`, `xtn`) or sign (`x`, `#`) then its digits, or `;ext=` and
/// digits, or digits followed by `#` after a blank or dash. No extension: the whole text.
fn split_extension(text: &str) -> Option<(&str, Option<Extension>)> {
    let body = text.strip_suffix(['#', '\u{FF03}']).unwrap_or(text);
    let digits_start = body
        .char_indices()
        .rev()
        .take_while(|(_, c)| digit_value(*c).is_some())
        .last()
        .map(|(index, _)| index);
    let Some(digits_start) = digits_start else {
        return Some((text, None));
    };
    let (before, digits) = body.split_at_checked(digits_start)?;
    if let Some(number) = before.strip_suffix(";ext=") {
        return Some((
            number,
            Some(extension_digits(digits, MAX_EXTENSION_AFTER_WORD)?),
        ));
    }
    let labelled = before.trim_end_matches([' ', '\t', ',', '-']);
    let labelled = labelled.strip_suffix([':', '.']).unwrap_or(labelled);
    if let Some((number, most)) = strip_label(labelled) {
        let number = number.trim_end_matches([' ', '\t', ',']);
        return Some((number, Some(extension_digits(digits, most)?)));
    }
    let hashed = body.len() < text.len();
    if hashed && before.ends_with([' ', '-']) {
        let number = before.trim_end_matches([' ', '-']);
        let extension = extension_digits(digits, MAX_EXTENSION_BEFORE_HASH)?;
        return Some((number, Some(extension)));
    }
    Some((text, None))
}

/// The text before an extension label at the end of `text`, and how many digits the label
/// allows.
fn strip_label(text: &str) -> Option<(&str, usize)> {
    const WORDS: [&str; 5] = ["extension", "extn", "ext", "xtn", "xt"];
    let lower_end = |suffix: &str| {
        let start = text.len().checked_sub(suffix.len())?;
        let tail = text.get(start..)?;
        tail.eq_ignore_ascii_case(suffix)
            .then(|| text.get(..start))
            .flatten()
    };
    if let Some(number) = WORDS.iter().find_map(|word| lower_end(word)) {
        return Some((number, MAX_EXTENSION_AFTER_WORD));
    }
    let number = text.strip_suffix(['x', 'X', '#', '\u{FF58}', '\u{FF03}'])?;
    Some((number, MAX_EXTENSION_AFTER_SIGN))
}

/// The digits of an extension: 1 to `most` of them, nothing else.
fn extension_digits(text: &str, most: usize) -> Option<Extension> {
    let mut digits = Extension::default();
    for c in text.chars() {
        digits.push(digit_value(c)?)?;
    }
    (1..=most).contains(&digits.len).then_some(digits)
}

/// Reads a number: an optional leading `+`, then digits, separators and keypad letters.
fn read_number(text: &str) -> Option<Digits> {
    let text = text.trim_matches(|c: char| c.is_whitespace() || is_invisible(c));
    let (international, text) = strip_plus(text);
    let (digits, letters) = scan_digits(text, Letters::PassedOver)?;
    if letters < MIN_KEYPAD_LETTERS {
        return digits_of(international, digits.as_slice());
    }
    let (digits, _) = scan_digits(text, Letters::Keypad)?;
    digits_of(international, digits.as_slice())
}

/// What the letters of a writing are read as.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Letters {
    /// Passed over, as libphonenumber passes over fewer than three.
    PassedOver,
    /// Their keypad digits.
    Keypad,
}

/// The digits of `text` and how many letters it holds; `None` for any other character, or
/// more digits than any writing has. ASCII is read byte by byte, the rest by character.
// Inlined into its callers: the digits then stay in registers (measured: 43 → 35 ns a number).
#[inline(always)]
fn scan_digits(text: &str, letters: Letters) -> Option<(DigitBuffer<MAX_WRITTEN_DIGITS>, usize)> {
    let mut scan = Scan {
        digits: DigitBuffer::default(),
        letters: 0,
        mode: letters,
    };
    for (index, &byte) in text.as_bytes().iter().enumerate() {
        match byte {
            b'0'..=b'9' => scan.digits.push(byte)?,
            _ if is_ascii_separator(byte) => {}
            _ if byte.is_ascii_alphabetic() => scan.letter(char::from(byte))?,
            _ if byte.is_ascii() => return None,
            _ => {
                for c in text.get(index..)?.chars() {
                    scan.take(c)?;
                }
                break;
            }
        }
    }
    Some((scan.digits, scan.letters))
}

/// A writing's digits as they are read.
struct Scan {
    digits: DigitBuffer<MAX_WRITTEN_DIGITS>,
    letters: usize,
    mode: Letters,
}

impl Scan {
    /// Takes one character: a digit, a letter, or a separator; `None` for anything else.
    fn take(&mut self, c: char) -> Option<()> {
        match digit_value(c) {
            Some(digit) => self.digits.push(digit),
            None if c.is_ascii_alphabetic() => self.letter(c),
            None if is_separator(c) || is_invisible(c) => Some(()),
            None => None,
        }
    }

    /// Counts a letter, and takes its keypad digit when letters are read as digits.
    fn letter(&mut self, c: char) -> Option<()> {
        self.letters = self.letters.saturating_add(1);
        match self.mode {
            Letters::Keypad => self.digits.push(keypad_digit(c)),
            Letters::PassedOver => Some(()),
        }
    }
}

/// The number the digits of a writing stand for.
#[inline(always)]
fn digits_of(international: bool, digits: &[u8]) -> Option<Digits> {
    if international {
        read_international(digits)
    } else if let Some(after_exit_code) = digits.strip_prefix(b"011") {
        read_international(after_exit_code)
    } else {
        match digits.len() {
            10 => nanp(digits),
            11 => nanp(digits.strip_prefix(b"1")?),
            // `1 1 415 …` and `1 1 1 415 …`: trunk prefix and country code both written, as
            // libphonenumber reads them (a fourth 1 it reads as part of the number)
            12 => nanp(digits.strip_prefix(b"11")?),
            13 => nanp(digits.strip_prefix(b"111")?),
            _ => None,
        }
    }
}

/// The ASCII digit of a digit `0`–`9` or a fullwidth digit `０`–`９`.
fn digit_value(c: char) -> Option<u8> {
    match c {
        '0'..='9' => u8::try_from(c).ok(),
        '\u{FF10}'..='\u{FF19}' => {
            let offset = u32::from(c).checked_sub(0xFF10)?;
            u8::try_from(offset)
                .ok()
                .map(|offset| b'0'.saturating_add(offset))
        }
        _ => None,
    }
}

/// The keypad digit of a letter: ABC 2, DEF 3, GHI 4, JKL 5, MNO 6, PQRS 7, TUV 8, WXYZ 9.
fn keypad_digit(letter: char) -> u8 {
    match letter.to_ascii_uppercase() {
        'A'..='C' => b'2',
        'D'..='F' => b'3',
        'G'..='I' => b'4',
        'J'..='L' => b'5',
        'M'..='O' => b'6',
        'P'..='S' => b'7',
        'T'..='V' => b'8',
        _ => b'9',
    }
}

/// Characters people and spreadsheets put between digits: spaces (also no-break, thin,
/// figure and ideographic), hyphens and dashes, dots, slashes and parentheses, in ASCII or
/// fullwidth.
fn is_separator(c: char) -> bool {
    let ascii = u8::try_from(c).is_ok_and(is_ascii_separator);
    ascii
        || matches!(
            c,
            '\u{A0}' | '\u{2007}' | '\u{2009}' | '\u{202F}' | '\u{3000}' | '\u{2010}'
                ..='\u{2015}'
                    | '\u{2212}'
                    | '\u{FF08}'
                    | '\u{FF09}'
                    | '\u{FF0D}'
                    | '\u{FF0E}'
                    | '\u{FF0F}'
        )
}

/// The ASCII characters put between digits: space, hyphen, dot, slash, parentheses.
fn is_ascii_separator(byte: u8) -> bool {
    matches!(byte, b' ' | b'-' | b'.' | b'/' | b'(' | b')')
}

/// Marks that change nothing visible in a number: zero-width characters, the
/// left-to-right and right-to-left marks, and the bidirectional controls.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// At most `N` digits, kept on the stack; more is refused as soon as it is seen.
#[derive(Clone, Copy)]
pub(super) struct DigitBuffer<const N: usize> {
    digits: [u8; N],
    len: usize,
}

impl<const N: usize> Default for DigitBuffer<N> {
    fn default() -> Self {
        DigitBuffer {
            digits: [0; N],
            len: 0,
        }
    }
}

impl<const N: usize> DigitBuffer<N> {
    /// Appends an ASCII digit; `None` when the buffer is full.
    fn push(&mut self, digit: u8) -> Option<()> {
        *self.digits.get_mut(self.len)? = digit;
        self.len = self.len.saturating_add(1);
        Some(())
    }

    /// The ASCII digits so far.
    fn as_slice(&self) -> &[u8] {
        self.digits.get(..self.len).unwrap_or_default()
    }

    /// The digits as text.
    pub(super) fn as_str(&self) -> &str {
        std::str::from_utf8(self.as_slice()).unwrap_or_default()
    }
}

/// The value of ASCII decimal digits (at most 19, so it cannot overflow).
fn decimal(digits: &[u8]) -> u64 {
    digits.iter().fold(0, |value: u64, digit| {
        value
            .saturating_mul(10)
            .saturating_add(u64::from(digit.saturating_sub(b'0')))
    })
}

/// Reads digits that start with a country calling code.
fn read_international(digits: &[u8]) -> Option<Digits> {
    if let Some(national) = digits.strip_prefix(b"1") {
        // `+1 1 415 …`: the trunk prefix 1 written again after the country code, which
        // libphonenumber also reads past.
        let national = match national.len() {
            11 => national.strip_prefix(b"1")?,
            _ => national,
        };
        return if national.len() == 10 {
            nanp(national)
        } else {
            None
        };
    }
    if digits.first() == Some(&b'0') {
        return None; // no country calling code starts with 0
    }
    let (code_length, _) = calling_code(digits)?;
    let national_length = digits.len().checked_sub(code_length)?;
    let possible =
        national_length >= MIN_FOREIGN_NATIONAL_DIGITS && digits.len() <= MAX_E164_DIGITS;
    let mut e164 = DigitBuffer::<MAX_WRITTEN_DIGITS>::default();
    for &digit in digits {
        e164.push(digit)?;
    }
    possible.then_some(Digits::International(e164))
}

/// The length of the country calling code `digits` start with, and its index in
/// `CALLING_CODES` (no calling code is a prefix of another).
fn calling_code(digits: &[u8]) -> Option<(usize, usize)> {
    (1..=3).find_map(|length| {
        let code = u16::try_from(decimal(digits.get(..length)?)).unwrap_or(u16::MAX);
        let index = nanp_table::CALLING_CODES.binary_search(&code).ok()?;
        Some((length, index))
    })
}

/// The main region of the country calling code that an E.164 writing's digits start
/// with, as libphonenumber names it (`"GB"` for 44, `"001"` for a code of no country).
pub(super) fn calling_code_region(digits: &str) -> Option<&'static str> {
    let (_, index) = calling_code(digits.as_bytes())?;
    let start = index.checked_mul(3)?;
    let region = nanp_table::CALLING_CODE_REGIONS.get(start..start.checked_add(3)?)?;
    Some(region.trim_end())
}

fn nanp(ten_digits: &[u8]) -> Option<Digits> {
    Some(Digits::Nanp(NanpNumber(decimal(ten_digits))))
}
