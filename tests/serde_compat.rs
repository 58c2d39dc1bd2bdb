//! The request types are also `serde::Deserialize` for Rust users who embed them in their
//! own types; serde reads them as the library does, with the library's message and the
//! JSON Pointer of the problem.

use callplan::{Block, CalendarDate, Locale, NewNumberOrder, Policy};

#[test]
fn a_request_type_reads_through_serde_as_the_library_reads_it() {
    let order: NewNumberOrder = serde_json::from_str(
        r#"{"location": {"calling_plan_enabled": true}, "numbers": ["+1 415 555 2671"],
            "blocks": [{"first": "+1 415 555 0100", "size": 10}]}"#,
    )
    .unwrap();
    assert_eq!(order.numbers, ["+1 415 555 2671"]);
    assert!(order.location.calling_plan_enabled);
    assert_eq!(order.blocks.first().map(Block::size), Some(10));
    assert!(!order.org.trial, "an absent member keeps its default");
}

#[test]
fn serde_gets_the_library_message_and_the_pointer() {
    let error = serde_json::from_str::<NewNumberOrder>(r#"{"blocks": [{"first": "x"}]}"#)
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with("missing field `size` (at `/blocks/0/size`)"),
        "{error}"
    );
    let error = serde_json::from_str::<Policy>(r#"{"block_sizes": "ten"}"#)
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("expected an array (at `/block_sizes`)"),
        "{error}"
    );
}

#[test]
fn dates_and_locales_read_through_serde_too() {
    let date: CalendarDate = serde_json::from_str(r#""2024-02-29""#).unwrap();
    assert_eq!(date.to_string(), "2024-02-29");
    assert!(serde_json::from_str::<CalendarDate>(r#""2023-02-29""#).is_err());
    assert_eq!(
        serde_json::from_str::<Locale>(r#""sv-SE""#).unwrap(),
        Locale::Sv
    );
    assert!(serde_json::from_str::<Locale>(r#""de""#).is_err());
}
