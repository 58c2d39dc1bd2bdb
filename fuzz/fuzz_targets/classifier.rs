//! Arbitrary text into the number classifier, with libphonenumber (the `phonenumber` crate,
//! whose metadata the classifier's table is made from) as the oracle:
//! - whatever libphonenumber, reading the text with region US, finds a valid +1 number,
//!   the classifier reads as the same E.164 number with libphonenumber's class;
//! - whatever valid NANP number the classifier reads, libphonenumber finds valid with the
//!   same class when given its E.164 writing (the classifier is more lenient with
//!   separators than libphonenumber's parser, never with digits; it reads the trunk
//!   prefix 1 at most twice where libphonenumber strips it as often as it repeats);
//! - `class_of` is `classify`'s class, and normalising twice changes nothing.
#![no_main]

use callplan::{class_of, classify};
use callplan::NumberClass;
use libfuzzer_sys::fuzz_target;
use phonenumber::{country, Mode};

#[allow(dead_code)]
#[path = "../../tests/support/reference.rs"]
mod reference;

/// libphonenumber's class of a NANP number in E.164.
fn reference_class(e164: &str) -> NumberClass {
    reference::nanp_class(e164.trim_start_matches("+1"))
}

fuzz_target!(|text: &str| {
    let ours = classify(text);
    assert_eq!(class_of(text), ours.class, "{text:?}");
    if let Some(e164) = &ours.e164 {
        assert_eq!(classify(e164).e164.as_ref(), Some(e164), "idempotent on {text:?}");
    }
    if ours.nanp.is_some() && ours.class != NumberClass::Invalid {
        let e164 = ours.e164.as_deref().expect("a valid number has an E.164 writing");
        assert_eq!(reference_class(e164), ours.class, "{text:?} read as {e164}");
    }
    // A complete NANP number has ten national digits; the `phonenumber` crate also calls
    // some seven-digit local writings (`310 0955`) valid, which no order can use.
    let theirs = phonenumber::parse(Some(country::Id::US), text).ok().filter(|number| {
        number.is_valid() && number.code().value() == 1 && number.national().value() >= 1_000_000_000
    });
    if let Some(number) = theirs {
        let plain = text.chars().all(|c| c.is_ascii_digit() || " -./()+".contains(c));
        let one_plus = text.matches('+').count() <= 1 && !text.trim_start().get(1..).unwrap_or("").contains('+');
        // libphonenumber strips a repeated trunk prefix 1 as often as it finds one; the
        // classifier reads it at most twice (`1 1 415 …`, `+1 1 415 …`), see the README.
        let at_most_two_prefixes = text.chars().filter(char::is_ascii_digit).count() <= 12;
        if plain && one_plus && at_most_two_prefixes {
            let e164 = number.format().mode(Mode::E164).to_string();
            assert_eq!(ours.e164.as_deref(), Some(e164.as_str()), "libphonenumber reads {text:?} as {e164}");
        }
    }
});
