//! An invoice's `magic` (base64 of its first bytes) is read as the `base64` crate's standard
//! engine reads it — padding optional, trailing bits allowed — whatever the text: the
//! library's own small reader must never tell a PDF from a mismatch differently.

use base64::Engine;
use callplan::{check_port_order, Locale, Policy, PortOrder};
use proptest::prelude::*;
use serde_json::json;

/// Whether the port order with this `magic` on a PDF invoice gets the content mismatch.
#[allow(
    clippy::expect_used,
    reason = "a helper of the tests: the order is well-formed"
)]
fn mismatch_found(magic: &str) -> bool {
    let order: PortOrder = serde_json::from_value(json!({
        "today": "2024-03-01",
        "invoice": {"file_name": "bill.pdf", "media_type": "application/pdf", "issued": "2024-02-20", "magic": magic}
    }))
    .expect("a port order");
    check_port_order(&order, &Policy::default(), Locale::En)
        .findings
        .iter()
        .any(|finding| finding.rule.code() == "port.invoice_content_mismatch")
}

/// What the `base64` crate says: the text decodes, to bytes that start a PDF.
fn engine_reads_a_pdf(magic: &str) -> bool {
    let engine = base64::engine::GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        base64::engine::GeneralPurposeConfig::new()
            .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent)
            .with_decode_allow_trailing_bits(true),
    );
    engine
        .decode(magic.trim())
        .is_ok_and(|bytes| bytes.starts_with(b"%PDF-"))
}

#[test]
fn the_heads_people_send_are_read_as_the_engine_reads_them() {
    for magic in [
        "JVBERi0xLjcK",
        "JVBERi0xLjc=",
        "JVBERi0xLjc",
        "JVBERi0=",
        "JVBERi0",
        "JVBERi0==",
        "JVBERi0===",
        "JVBERi0xLjcK=",
        "JVBE Ri0x",
        "JVBERi0x\n",
        " JVBERi0x ",
        "",
        "=",
        "====",
        "J",
        "JV=",
        "iVBORw0KGgo=",
        "JVBERi0xLjcK-",
        "JVBERi0xLjcK_",
        "J=VBERi0x",
        "JVBERi0xL",
        "JVBERi1=",
    ] {
        assert_eq!(
            mismatch_found(magic),
            !engine_reads_a_pdf(magic),
            "{magic:?}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn any_text_is_read_as_the_engine_reads_it(
        head in prop::sample::select(vec!["", "JVBE", "JVBERi0", "JVBERi0x", "JVBERi0xLjcK"]),
        tail in "[A-Za-z0-9+/=\\-_ .]{0,9}",
    ) {
        let magic = format!("{head}{tail}");
        prop_assert_eq!(mismatch_found(&magic), !engine_reads_a_pdf(&magic), "{:?}", magic);
    }
}
