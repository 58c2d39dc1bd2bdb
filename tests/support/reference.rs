//! The reference classifier: Google's libphonenumber metadata as shipped in the
//! `phonenumber` crate. Used only by the table generator and the agreement tests,
//! never by the library itself.

use callplan::NumberClass;
use phonenumber::{country, metadata::DATABASE, Type};

/// Classifies a ten-digit NANP national number the way libphonenumber does.
pub fn nanp_class(national: &str) -> NumberClass {
    let Ok(number) = phonenumber::parse(None, format!("+1{national}")) else {
        return NumberClass::Invalid;
    };
    if !number.is_valid() {
        return NumberClass::Invalid;
    }
    if number.country().id() != Some(country::Id::US) {
        return NumberClass::NotUs;
    }
    match number.number_type(&DATABASE) {
        Type::TollFree => NumberClass::TollFree,
        Type::FixedLine | Type::Mobile | Type::FixedLineOrMobile => NumberClass::UsGeographic,
        _ => NumberClass::NotGeographic,
    }
}

/// Every country calling code libphonenumber knows, ascending.
pub fn assigned_calling_codes() -> Vec<u16> {
    (1..=999u16)
        .filter(|code| DATABASE.region(code).is_some())
        .collect()
}
