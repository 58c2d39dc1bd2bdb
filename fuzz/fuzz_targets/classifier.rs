//! Arbitrary text into the number reader and classifier:
//! - `class_of` is `classify`'s class, normalising twice changes nothing, and a number's
//!   class is the class of its E.164 writing (the reader and the table agree);
//! - whatever plain writing libphonenumber's parser (the `phonenumber` crate, with region
//!   US) reads as a complete +1 number, the reader reads as the same ten digits. The
//!   classifier is more lenient with separators than that parser, never with digits; it
//!   reads the trunk prefix 1 at most twice where libphonenumber strips it as often as it
//!   repeats.
//! The class of every NPA-NXX is proven against the release the table was made from by
//! `scripts/numbering/nanp.py check`, which the test command runs; the `phonenumber` crate
//! bundles an older release, so it is the oracle here for reading digits only.
#![no_main]

use callplan::{class_of, classify};
use libfuzzer_sys::fuzz_target;
use phonenumber::country;

fuzz_target!(|text: &str| {
    let ours = classify(text);
    assert_eq!(class_of(text), ours.class, "{text:?}");
    if let Some(e164) = &ours.e164 {
        let again = classify(e164);
        assert_eq!(again.e164.as_ref(), Some(e164), "idempotent on {text:?}");
        assert_eq!(again.class, ours.class, "{text:?} read as {e164}");
    }
    // Compared where the parser finds a valid, complete +1 number (its older metadata only
    // chooses which writings to compare; it reads stray digits of invalid ones, like the 0 of
    // `1-0-555555-0199`, differently). A complete NANP number has ten national digits; the
    // crate also calls some seven-digit local writings (`310 0955`) valid, which no order
    // can use.
    let theirs = phonenumber::parse(Some(country::Id::US), text).ok().filter(|number| {
        number.is_valid()
            && number.code().value() == 1
            && (1_000_000_000..10_000_000_000).contains(&number.national().value())
    });
    if let Some(number) = theirs {
        let plain = text.chars().all(|c| c.is_ascii_digit() || " -./()+".contains(c));
        let one_plus = text.matches('+').count() <= 1 && !text.trim_start().get(1..).unwrap_or("").contains('+');
        // libphonenumber strips a repeated trunk prefix 1 as often as it finds one; the
        // classifier reads it at most twice (`1 1 415 …`, `+1 1 415 …`), see the README.
        let at_most_two_prefixes = text.chars().filter(char::is_ascii_digit).count() <= 12;
        if plain && one_plus && at_most_two_prefixes {
            let read = ours.nanp.map(|nanp| nanp.e164());
            let expected = format!("+1{}", number.national().value());
            assert_eq!(read.as_deref(), Some(expected.as_str()), "libphonenumber reads {text:?} as {expected}");
        }
    }
});
