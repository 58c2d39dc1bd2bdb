//! The language of messages chosen from an HTTP `Accept-Language` header, as a backend
//! answers a browser: the supported language weighed highest, English otherwise.

use callplan::Locale;

#[test]
fn the_supported_language_weighed_highest_is_chosen() {
    assert_eq!(Locale::negotiate("sv-SE,sv;q=0.9,en;q=0.8"), Locale::Sv);
    assert_eq!(
        Locale::negotiate("en;q=0.4, fr-CA;q=0.9, sv;q=0.8"),
        Locale::Fr
    );
    assert_eq!(Locale::negotiate("de-DE,de;q=0.9,sv;q=0.2"), Locale::Sv);
    assert_eq!(Locale::negotiate("FR_ca ; Q=0.5 , en ; q=0.25"), Locale::Fr);
}

#[test]
fn among_equal_weights_the_first_written_wins() {
    assert_eq!(Locale::negotiate("fr, sv"), Locale::Fr);
    assert_eq!(Locale::negotiate("sv;q=0.5, fr;q=0.500"), Locale::Sv);
    assert_eq!(Locale::negotiate("en;q=1.0, sv"), Locale::En);
}

#[test]
fn a_language_weighed_zero_is_refused() {
    assert_eq!(Locale::negotiate("sv;q=0, fr;q=0.001"), Locale::Fr);
    assert_eq!(Locale::negotiate("sv;q=0.000"), Locale::En);
}

#[test]
fn a_weight_that_cannot_be_read_refuses_its_language() {
    for header in [
        "sv;q=1.5",
        "sv;q=0.1234",
        "sv;q=high",
        "sv;q=",
        "sv;q=-1",
        "sv;q=2",
    ] {
        assert_eq!(Locale::negotiate(header), Locale::En, "{header}");
    }
    assert_eq!(
        Locale::negotiate("sv;level=1;q=0.7, en;q=0.6"),
        Locale::Sv,
        "other parameters are skipped"
    );
}

#[test]
fn english_when_nothing_supported_is_asked_for() {
    for header in [
        "",
        "   ",
        "*",
        "de, da;q=0.8",
        ",,,",
        ";q=0.5",
        "\u{0}\u{ffff}",
    ] {
        assert_eq!(Locale::negotiate(header), Locale::En, "{header:?}");
    }
}

#[test]
fn a_locale_writes_its_code_as_answers_do() {
    let codes: Vec<&str> = [Locale::En, Locale::Sv, Locale::Fr]
        .into_iter()
        .map(Locale::code)
        .collect();
    assert_eq!(codes, ["en", "sv", "fr"]);
    for code in codes {
        assert_eq!(serde_json::to_value(Locale::parse(code)).unwrap(), code);
    }
}
