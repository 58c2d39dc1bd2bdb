//! The number reader agrees with libphonenumber's parser (the `phonenumber` crate) on the
//! US writings of POLICY §2, and its answers are consistent. The numbering data itself (the
//! class of every NPA-NXX) is proven against the release it was made from by
//! `scripts/numbering/nanp.py check`, with the writings people paste (`tel:` URIs,
//! extensions, keypad letters); `phonenumber` is the oracle here only for reading digits,
//! which does not change between releases.

use callplan::{class_of, classify, is_us_geographic_area_code, normalize, NumberClass};
use proptest::prelude::*;

/// The area-code rule of `search.invalid_area_code` follows the table, new area codes of
/// the newest data included.
#[test]
fn area_codes_with_us_geographic_numbers() {
    for npa in [212, 415, 202, 907, 808, 274, 472, 983] {
        assert!(is_us_geographic_area_code(npa), "{npa}");
    }
    for npa in [
        800, 833, 844, 855, 866, 877, 888, 822, 880, 889, 900, 500, 211, 411, 911, 416, 604, 787,
        876, 671, 273, 100, 42, 1000,
    ] {
        assert!(!is_us_geographic_area_code(npa), "{npa}");
    }
}

/// What the area-code rules say of an area code follows from its own numbers only, never
/// from a neighbouring area code's: it is a US geographic area code exactly when one of
/// its thousand-blocks classifies as US geographic, and a number in it can be "in an
/// unlisted area code" only when every one of its blocks is invalid. Every area code of
/// 200–999, every block.
#[test]
fn area_code_rules_follow_the_area_codes_own_numbers() {
    for npa in 200u32..=999 {
        let classes: Vec<NumberClass> = (0u32..1000)
            .flat_map(|nxx| (0u32..10).map(move |x| format!("+1{npa}{nxx:03}{x}000")))
            .map(|number| class_of(&number))
            .collect();
        let has_us_geographic = classes.contains(&NumberClass::UsGeographic);
        assert_eq!(is_us_geographic_area_code(npa), has_us_geographic, "{npa}");
        let all_invalid = classes.iter().all(|class| *class == NumberClass::Invalid);
        let sample = callplan::NanpNumber::parse(&format!("+1{npa}5550100"));
        if sample.is_some_and(|number| number.in_unlisted_area_code()) {
            assert!(all_invalid, "{npa} holds numbers yet counts as unlisted");
        }
    }
}

/// A ten-digit NANP national number, mostly from plausible NPA/NXX ranges.
fn national() -> impl Strategy<Value = String> {
    (200u32..=999, 0u32..=999, 0u32..=9999)
        .prop_map(|(npa, nxx, line)| format!("{npa}{nxx:03}{line:04}"))
}

/// One of the US writings POLICY §2 lists.
fn us_writing() -> impl Strategy<Value = String> {
    (national(), 0usize..6).prop_map(|(n, style)| {
        let (a, b, c) = (&n[0..3], &n[3..6], &n[6..10]);
        match style {
            0 => format!("+1{n}"),
            1 => format!("+1 {a}-{b}-{c}"),
            2 => format!("({a}) {b}-{c}"),
            3 => format!("{a}.{b}.{c}"),
            4 => format!("1-{a}-{b}-{c}"),
            _ => n.clone(),
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    /// The digits read are the ones libphonenumber reads, with region US; the class is the
    /// class of those digits.
    #[test]
    fn reader_agrees_with_phonenumber(writing in us_writing()) {
        let ours = classify(&writing);
        let theirs = phonenumber::parse(Some(phonenumber::country::Id::US), &writing)
            .ok()
            .filter(|number| number.code().value() == 1)
            .map(|number| format!("+1{}", number.national().value()));
        let read = ours.nanp.map(|number| number.e164());
        prop_assert_eq!(read.as_deref(), theirs.as_deref());
        if let Some(e164) = &theirs {
            prop_assert_eq!(ours.class, classify(e164).class);
        }
    }

    /// `class_of` (no E.164 text) gives `classify`'s class, on US writings and on any text.
    #[test]
    fn class_of_is_classify_without_the_text(writing in prop_oneof![us_writing(), "[0-9 +()./\\-#xXext;=:]{0,24}", ".{0,24}"]) {
        prop_assert_eq!(class_of(&writing), classify(&writing).class);
    }

    /// Normalising an already normalised number changes nothing.
    #[test]
    fn normalising_is_idempotent(writing in us_writing()) {
        if let Some(e164) = normalize(&writing) {
            prop_assert_eq!(normalize(&e164), Some(e164.clone()));
            prop_assert_eq!(classify(&e164).class, classify(&writing).class);
        }
    }
}

/// Another assigned country calling code with a possible length is `not_us`; an unassigned
/// code is `invalid`.
#[test]
fn other_country_codes_follow_libphonenumber() {
    for assigned in [
        "+44 20 7946 0958",
        "+46 8 123 456 78",
        "+61 2 8446 7411",
        "+800 1234 5678",
    ] {
        assert_eq!(classify(assigned).class, NumberClass::NotUs, "{assigned}");
    }
    for unassigned in [
        "+999 2345 6789",
        "+801 2345 6789",
        "+0 2345 6789",
        "+281 2345 6789",
    ] {
        assert_eq!(
            classify(unassigned).class,
            NumberClass::Invalid,
            "{unassigned}"
        );
    }
}

/// Writings the classifier fuzz target (fuzz/fuzz_targets/classifier.rs) found read
/// differently from libphonenumber: the trunk prefix 1 written twice, with or without `+`.
#[test]
fn fuzz_findings_read_as_libphonenumber_reads_them() {
    for (writing, e164) in [
        ("+115755526701", "+15755526701"),
        ("1(1(44(1(44(1(4415", "+14414414415"),
        ("1 1 415 555 2671", "+14155552671"),
    ] {
        let theirs = phonenumber::parse(Some(phonenumber::country::Id::US), writing)
            .map(|number| number.format().mode(phonenumber::Mode::E164).to_string());
        assert_eq!(theirs.ok().as_deref(), Some(e164));
        assert_eq!(classify(writing).e164.as_deref(), Some(e164), "{writing}");
    }
}

/// The writings POLICY §2 names, read as libphonenumber 9.0.43 reads them (the same ones
/// `scripts/numbering/nanp.py check` compares in bulk).
#[test]
fn writings_people_paste() {
    for (writing, e164, extension) in [
        ("tel:+1-415-555-2671", "+14155552671", None),
        ("tel:+1-415-555-2671;ext=123", "+14155552671", Some("123")),
        ("tel:415-555-2671;phone-context=+1", "+14155552671", None),
        ("(415) 555-2671 x123", "+14155552671", Some("123")),
        ("(415) 555-2671 ext. 123", "+14155552671", Some("123")),
        ("(415) 555-2671 extension 123", "+14155552671", Some("123")),
        ("(415) 555-2671#123", "+14155552671", Some("123")),
        ("(415) 555-2671;ext=123", "+14155552671", Some("123")),
        ("1-800-FLOWERS", "+18003569377", None),
        ("1-800-GOT-JUNK", "+18004685865", None),
        ("415-555-2671a", "+14155552671", None),
    ] {
        let classified = classify(writing);
        assert_eq!(classified.e164.as_deref(), Some(e164), "{writing}");
        assert_eq!(classified.extension.as_deref(), extension, "{writing}");
    }
    for unreadable in [
        "415-555-2671 ext",
        "tel:+1-415-555-2671;foo=bar",
        "415-555-2671 x1234567890",
    ] {
        assert_eq!(
            classify(unreadable).class,
            NumberClass::Invalid,
            "{unreadable}"
        );
    }
}

/// Every rule of the writing reader at its edges (blanks and invisible characters around a
/// number, digit counts, `tel:` parameters, extensions after a word, a sign, `;ext=` or
/// before `#`, keypad letters, the trunk prefix), read as the libphonenumber release of the
/// numbering data reads them: `tests/fixtures/writings.jsonl`, made by
/// `scripts/numbering/nanp.py fixture` (the test command checks it is what that release
/// makes).
#[test]
fn pasted_writings_read_as_libphonenumber_reads_them() {
    let text = include_str!("fixtures/writings.jsonl");
    let mut lines = text.lines();
    let header: serde_json::Value = serde_json::from_str(lines.next().unwrap()).unwrap();
    assert_eq!(
        header["libphonenumber"],
        callplan::NUMBERING_DATA_VERSION,
        "the fixture's release is the data's"
    );
    let mut compared = 0;
    for line in lines {
        let (writing, class, e164, extension): (String, String, Option<String>, Option<String>) =
            serde_json::from_str(line).unwrap();
        let ours = classify(&writing);
        let ours = if ours.class == NumberClass::Invalid {
            ("invalid".to_owned(), None, None)
        } else {
            (ours.class.as_str().to_owned(), ours.e164, ours.extension)
        };
        assert_eq!(ours, (class, e164, extension), "{writing:?}");
        compared += 1;
    }
    assert!(compared > 200, "{compared} writings");
}
