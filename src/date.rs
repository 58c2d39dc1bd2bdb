//! Calendar dates, `"YYYY-MM-DD"` [POLICY §2]. The library never reads a clock.

use chrono::{Datelike, NaiveDate};
use serde::{Serialize, Serializer};
use serde_json::Value;

use crate::pointer::Place;
use crate::problem::Problem;
use crate::read_json::{ReadError, ReadJson};

/// A calendar date written `YYYY-MM-DD`.
///
/// ```
/// use callplan::CalendarDate;
/// let today = CalendarDate::parse("2024-03-01").unwrap();
/// assert_eq!(CalendarDate::parse("2024-01-31").unwrap().days_until(today), 30);
/// assert!(CalendarDate::parse("2024-02-30").is_none());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CalendarDate(NaiveDate);

#[cfg(feature = "typescript")]
#[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
const CALENDAR_DATE_TS: &'static str = r#"
/** A calendar date, "YYYY-MM-DD". */
export type CalendarDate = string;
"#;

impl CalendarDate {
    /// Reads exactly `YYYY-MM-DD` (four-digit year, two-digit month and day) of a real day.
    pub fn parse(text: &str) -> Option<CalendarDate> {
        let bytes = text.as_bytes();
        let shape_ok = bytes.len() == 10
            && bytes.iter().enumerate().all(|(i, b)| match i {
                4 | 7 => *b == b'-',
                _ => b.is_ascii_digit(),
            });
        if !shape_ok {
            return None;
        }
        let year = text.get(0..4)?.parse().ok()?;
        let month = text.get(5..7)?.parse().ok()?;
        let day = text.get(8..10)?.parse().ok()?;
        NaiveDate::from_ymd_opt(year, month, day).map(CalendarDate)
    }

    /// Days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: CalendarDate) -> i64 {
        later.0.signed_duration_since(self.0).num_days()
    }

    /// The month after this date's month, `YYYY-MM`.
    pub fn next_month(self) -> String {
        let (year, month) = match self.0.month() {
            12 => (self.0.year().saturating_add(1), 1),
            month => (self.0.year(), month.saturating_add(1)),
        };
        format!("{year:04}-{month:02}")
    }
}

impl std::fmt::Display for CalendarDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.0.year(),
            self.0.month(),
            self.0.day()
        )
    }
}

impl Serialize for CalendarDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// A date in JSON: text `YYYY-MM-DD`.
#[cfg(feature = "json-schema")]
impl schemars::JsonSchema for CalendarDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "CalendarDate".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        })
    }
}

impl ReadJson for CalendarDate {
    fn read(value: Value, place: &Place<'_>) -> Result<Self, ReadError> {
        let text = String::read(value, place)?;
        CalendarDate::parse(&text).ok_or_else(|| ReadError::new(place, Problem::NotADate { text }))
    }
}

impl<'de> serde::Deserialize<'de> for CalendarDate {
    /// Reads as the library reads it in a request, for Rust users who embed one in their types.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::read_json::deserialize_through_reader(deserializer)
    }
}
