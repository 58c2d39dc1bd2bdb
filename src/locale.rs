//! The languages of messages: English, Swedish and Canadian French, as requests name them
//! and as an HTTP `Accept-Language` header asks for them. A leaf: the catalogue's messages
//! and the reader's problems are both written in a `Locale` (which the reader reads as it
//! reads the other values JSON holds).

use serde::Serialize;

/// The language of messages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    /// English (the default).
    #[default]
    En,
    /// Swedish.
    Sv,
    /// Canadian French (Quebec's Charter of the French language asks it of Canadian
    /// locations).
    Fr,
}

impl Locale {
    /// Reads `en`/`sv`/`fr`, also with a region (`en-US`, `sv_SE`, `fr-CA`), in any case.
    ///
    /// ```
    /// use callplan::Locale;
    /// assert_eq!(Locale::parse("sv-SE"), Some(Locale::Sv));
    /// assert_eq!(Locale::parse("de"), None);
    /// ```
    pub fn parse(tag: &str) -> Option<Locale> {
        let language = tag.split(['-', '_']).next().unwrap_or_default();
        if language.eq_ignore_ascii_case("en") {
            Some(Locale::En)
        } else if language.eq_ignore_ascii_case("sv") {
            Some(Locale::Sv)
        } else if language.eq_ignore_ascii_case("fr") {
            Some(Locale::Fr)
        } else {
            None
        }
    }

    /// The language to answer in for an HTTP `Accept-Language` header (RFC 9110 §12.5.4):
    /// the supported language the reader weighs highest (`q`, 1 when left out; the first
    /// written among equals), English when none is supported or the header cannot be read.
    ///
    /// ```
    /// use callplan::Locale;
    /// assert_eq!(Locale::negotiate("sv-SE,sv;q=0.9,en;q=0.8"), Locale::Sv);
    /// assert_eq!(Locale::negotiate("de-DE, fr-CA;q=0.7, en;q=0.5"), Locale::Fr);
    /// assert_eq!(Locale::negotiate("da, *;q=0.1"), Locale::En);
    /// ```
    pub fn negotiate(accept_language: &str) -> Locale {
        let mut best: Option<(u16, Locale)> = None;
        for range in accept_language.split(',') {
            let mut parts = range.split(';');
            let tag = parts.next().unwrap_or_default().trim();
            let weight = parts.find_map(quality).unwrap_or(1000);
            let Some(locale) = Locale::parse(tag) else {
                continue;
            };
            if weight > 0 && best.is_none_or(|(highest, _)| weight > highest) {
                best = Some((weight, locale));
            }
        }
        best.map_or(Locale::En, |(_, locale)| locale)
    }

    /// The locale's code as answers write it: `en`, `sv` or `fr`.
    pub fn code(self) -> &'static str {
        self.pick(["en", "sv", "fr"])
    }

    /// This locale's one of `[english, swedish, french]`.
    pub(crate) fn pick<T>(self, [english, swedish, french]: [T; 3]) -> T {
        match self {
            Locale::En => english,
            Locale::Sv => swedish,
            Locale::Fr => french,
        }
    }
}

/// The weight of a `q=…` parameter in thousandths (`q=0.5` → 500), `None` for any other
/// parameter; a weight that cannot be read counts as 0 (not acceptable).
fn quality(parameter: &str) -> Option<u16> {
    let (name, value) = parameter.split_once('=')?;
    if !name.trim().eq_ignore_ascii_case("q") {
        return None;
    }
    let value = value.trim();
    let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
    let digits_only = |text: &str| text.bytes().all(|byte| byte.is_ascii_digit());
    let readable = matches!(whole, "0" | "1")
        && fraction.len() <= 3
        && digits_only(fraction)
        && (whole == "0" || fraction.bytes().all(|byte| byte == b'0'));
    if !readable {
        return Some(0);
    }
    let thousandths = format!("{fraction:0<3}").parse::<u16>().unwrap_or(0);
    Some(if whole == "1" { 1000 } else { thousandths })
}

/// A locale in JSON as requests may write it: `en`, `sv` or `fr`, in any case, with or
/// without a region (what [`Locale::parse`] reads); answers write `en`, `sv` or `fr`.
#[cfg(feature = "json-schema")]
impl schemars::JsonSchema for Locale {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Locale".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^([eE][nN]|[sS][vV]|[fF][rR])([-_][\\s\\S]*)?$"
        })
    }
}
