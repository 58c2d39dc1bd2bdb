//! The compact NANP table agrees with Google's libphonenumber metadata (the `phonenumber`
//! crate), and the normaliser agrees with `phonenumber::parse` on US writings.

mod support {
    pub mod reference;
}

use callplan::NumberClass;
use callplan::{class_of, classify, is_us_geographic_area_code, normalize};
use proptest::prelude::*;
use support::reference::nanp_class;

fn table_class(national: &str) -> NumberClass {
    classify(national).class
}

/// Every NPA-NXX prefix, at lines 0000, 5555 and 9999, and every thousands-block of the
/// exchanges whose class depends on the seventh digit. About a minute in release.
#[test]
#[ignore = "exhaustive: run with `cargo test --release -- --ignored`"]
fn table_agrees_with_libphonenumber_on_every_exchange() {
    let mut disagreements = Vec::new();
    for exchange in 200_000u32..=999_999 {
        let lines = ["0000", "5555", "9999"].map(|line| format!("{exchange}{line}"));
        let reference: Vec<NumberClass> = lines.iter().map(|n| nanp_class(n)).collect();
        let split = reference.iter().any(|class| *class != reference[0]);
        let numbers: Vec<String> = if split {
            (0..10)
                .flat_map(|digit| {
                    ["000", "555", "999"].map(|end| format!("{exchange}{digit}{end}"))
                })
                .collect()
        } else {
            lines.to_vec()
        };
        for number in numbers {
            let (ours, theirs) = (table_class(&number), nanp_class(&number));
            if ours != theirs {
                disagreements.push(format!(
                    "{number}: table {ours:?}, libphonenumber {theirs:?}"
                ));
            }
        }
    }
    assert!(
        disagreements.is_empty(),
        "{} disagreements, first: {:?}",
        disagreements.len(),
        &disagreements[..disagreements.len().min(10)]
    );
}

/// The area-code rule of `search.invalid_area_code` follows the same table.
#[test]
fn area_codes_with_us_geographic_numbers() {
    for npa in [212, 415, 202, 907, 808] {
        assert!(is_us_geographic_area_code(npa), "{npa}");
    }
    for npa in [
        800, 833, 844, 855, 866, 877, 888, 822, 880, 889, 900, 500, 211, 411, 911, 416, 604, 787,
        876, 671, 100, 42, 1000,
    ] {
        assert!(!is_us_geographic_area_code(npa), "{npa}");
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

    /// Same validity, class and E.164 as libphonenumber parsing the writing with region US.
    #[test]
    fn normaliser_agrees_with_phonenumber(writing in us_writing()) {
        let ours = classify(&writing);
        let theirs = phonenumber::parse(Some(phonenumber::country::Id::US), &writing)
            .ok()
            .filter(|number| number.is_valid());
        match theirs {
            Some(number) => {
                let e164 = number.format().mode(phonenumber::Mode::E164).to_string();
                prop_assert_eq!(ours.e164.as_deref(), Some(e164.as_str()));
                let national = e164.trim_start_matches("+1");
                prop_assert_eq!(ours.class, nanp_class(national));
            }
            None => prop_assert_eq!(ours.class, NumberClass::Invalid),
        }
    }

    /// `class_of` (no E.164 text) gives `classify`'s class, on US writings and on any text.
    #[test]
    fn class_of_is_classify_without_the_text(writing in prop_oneof![us_writing(), "[0-9 +()./\\-]{0,24}", ".{0,24}"]) {
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
    let assigned = support::reference::assigned_calling_codes();
    assert!(assigned.len() > 200);
    for code in assigned.into_iter().filter(|code| *code != 1) {
        assert_eq!(
            classify(&format!("+{code} 2345 6789")).class,
            NumberClass::NotUs,
            "+{code}"
        );
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
        let theirs = phonenumber::parse(Some(phonenumber::country::Id::US), writing).unwrap();
        assert_eq!(
            theirs.format().mode(phonenumber::Mode::E164).to_string(),
            e164
        );
        assert_eq!(classify(writing).e164.as_deref(), Some(e164), "{writing}");
    }
}
