//! Messages for the person filling the form, in English, Swedish and Canadian French, filled in from a
//! finding's typed [`Params`]. The templates are declared with their rules (`rules.rs`);
//! placeholders are `{name}`, each a parameter its rule declares (a test holds every template
//! to that); a form field is shown by its label.

use serde::Serialize;
use serde_json::Value;

use crate::pointer::Place;
use crate::read_json::{ReadError, ReadJson};

use crate::catalogue::declare::{FormField, ParamValue};
use crate::catalogue::policy::Country;
use crate::catalogue::rules::Params;

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
        match self {
            Locale::En => "en",
            Locale::Sv => "sv",
            Locale::Fr => "fr",
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

impl ReadJson for Locale {
    fn read(value: Value, place: &Place<'_>) -> Result<Self, ReadError> {
        let tag = String::read(value, place)?;
        Locale::parse(&tag).ok_or_else(|| {
            ReadError::new(
                place,
                format!("unknown locale `{tag}`, expected `en`, `sv` or `fr`"),
            )
        })
    }
}

impl<'de> serde::Deserialize<'de> for Locale {
    /// Reads as the library reads it in a request, for Rust users who embed one in their types.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::read_json::deserialize_through_reader(deserializer)
    }
}

/// The message of a finding with these parameters, in `locale`.
pub(crate) fn render(params: &Params, locale: Locale) -> String {
    let [english, swedish, french] = params.rule().message_templates();
    let text = match locale {
        Locale::En => english,
        Locale::Sv => swedish,
        Locale::Fr => french,
    };
    fill(text, locale, params)
}

/// Writes a template. `{name}` is the parameter's value. `[with|without]` reads `with` when
/// every parameter it names has a value (text or a list that is not empty), otherwise
/// `without`: how a message stays a sentence when an optional value was left out.
fn fill(template: &str, locale: Locale, params: &Params) -> String {
    let mut out = String::with_capacity(template.len().saturating_add(32));
    let mut rest = template;
    while let Some((before, segment, after)) = split_segment(rest) {
        fill_values(before, locale, params, &mut out);
        let (with, without) = segment.split_once('|').unwrap_or((segment, ""));
        let complete = placeholders(with).all(|name| params.get(name).is_some_and(has_value));
        fill_values(
            if complete { with } else { without },
            locale,
            params,
            &mut out,
        );
        rest = after;
    }
    fill_values(rest, locale, params, &mut out);
    out
}

/// The text before the first `[…]` segment, the segment's inside, and the text after it.
fn split_segment(text: &str) -> Option<(&str, &str, &str)> {
    let (before, rest) = text.split_once('[')?;
    let (segment, after) = rest.split_once(']')?;
    Some((before, segment, after))
}

/// Writes `text` with every `{name}` replaced by the parameter's value.
fn fill_values(text: &str, locale: Locale, params: &Params, out: &mut String) {
    let mut rest = text;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let Some((name, after)) = after.split_once('}') else {
            out.push('{');
            rest = after;
            continue;
        };
        if let Some(value) = params.get(name) {
            show(value, locale, out);
        }
        rest = after;
    }
    out.push_str(rest);
}

/// Whether a value says something: text or a list that is not empty.
fn has_value(value: ParamValue<'_>) -> bool {
    match value {
        ParamValue::Text(text) => !text.trim().is_empty(),
        ParamValue::Texts(texts) => !texts.is_empty(),
        ParamValue::Counts(counts) => !counts.is_empty(),
        ParamValue::Countries(countries) => !countries.is_empty(),
        ParamValue::Phrase(_) => true,
        ParamValue::Field(_)
        | ParamValue::Count(_)
        | ParamValue::Signed(_)
        | ParamValue::Date(_) => true,
    }
}

/// Writes a parameter value as it reads in running text.
fn show(value: ParamValue<'_>, locale: Locale, out: &mut String) {
    match value {
        ParamValue::Text(text) => out.push_str(text),
        ParamValue::Field(FormField(name)) => out.push_str(field_label(name, locale)),
        ParamValue::Count(count) => out.push_str(itoa::Buffer::new().format(count)),
        ParamValue::Signed(amount) => out.push_str(itoa::Buffer::new().format(amount)),
        ParamValue::Date(date) => out.push_str(&date.to_string()),
        ParamValue::Texts(texts) => out.push_str(&texts.join(", ")),
        ParamValue::Counts(counts) => {
            let counts: Vec<String> = counts.iter().map(u32::to_string).collect();
            out.push_str(&counts.join(", "));
        }
        ParamValue::Countries(countries) => show_countries(countries, locale, out),
        ParamValue::Phrase(phrase) => out.push_str(match locale {
            Locale::En => phrase.en,
            Locale::Sv => phrase.sv,
            Locale::Fr => phrase.fr,
        }),
    }
}

/// Countries by their names, as a list reads in running text: "the United States and
/// Canada", "USA och Kanada", "États-Unis et Canada" (French templates name them after a
/// colon, where no article is needed).
fn show_countries(countries: &[Country], locale: Locale, out: &mut String) {
    let (and, name): (&str, fn(Country) -> &'static str) = match locale {
        Locale::En => (" and ", |country| match country {
            Country::US => "the United States",
            Country::CA => "Canada",
        }),
        Locale::Sv => (" och ", |country| match country {
            Country::US => "USA",
            Country::CA => "Kanada",
        }),
        Locale::Fr => (" et ", |country| match country {
            Country::US => "États-Unis",
            Country::CA => "Canada",
        }),
    };
    let last = countries.len().saturating_sub(1);
    for (index, country) in countries.iter().enumerate() {
        if index > 0 {
            out.push_str(if index == last { and } else { ", " });
        }
        out.push_str(name(*country));
    }
}

/// The placeholders (`{name}`) of a template.
fn placeholders(template: &str) -> impl Iterator<Item = &str> {
    template
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
}

/// A form field's name as the person filling the form knows it.
fn field_label(field: &str, locale: Locale) -> &str {
    let [english, swedish, french] = match field {
        "first_name" => ["first name", "förnamn", "prénom"],
        "last_name" => ["last name", "efternamn", "nom de famille"],
        "email" => ["email", "e-postadress", "adresse courriel"],
        "phone" => ["phone number", "telefonnummer", "numéro de téléphone"],
        "line1" => ["street address", "gatuadress", "adresse municipale"],
        "city" => ["city", "ort", "ville"],
        "state" => ["state", "delstat", "province ou État"],
        "zip" => ["ZIP code", "postnummer (ZIP)", "code postal"],
        "country" => ["country", "land", "pays"],
        "provider" => [
            "current provider",
            "nuvarande leverantör",
            "fournisseur actuel",
        ],
        "account_number" => ["account number", "kontonummer", "numéro de compte"],
        "account_name" => ["account name", "kontonamn", "nom du compte"],
        "requested_service_date" => [
            "requested service date",
            "begärt tjänstedatum",
            "date de service demandée",
        ],
        "provisioned" => [
            "provisioning date",
            "etableringsdatum",
            "date de mise en service",
        ],
        "call_date" => ["call date", "samtalsdatum", "date de l'appel"],
        other => [other, other, other],
    };
    match locale {
        Locale::En => english,
        Locale::Sv => swedish,
        Locale::Fr => french,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::rules::Rule;

    #[test]
    fn every_placeholder_is_a_parameter_of_its_rule() {
        for &rule in Rule::ALL {
            for text in rule.message_templates() {
                for name in placeholders(text) {
                    assert!(
                        rule.message_param_names().contains(&name),
                        "{}: {{{name}}} is not a parameter of the rule",
                        rule.code()
                    );
                }
            }
        }
    }

    /// What a sentence never holds: doubled blanks, empty quotes or brackets, punctuation
    /// after a blank or doubled, unfilled placeholders or segments.
    fn flaws(message: &str) -> Vec<&'static str> {
        let flaws = [
            "  ", "\"\"", "()", "( ", " )", " .", " ,", " ;", " :", ",.", ";.", ":.", "..", ",,",
            "{", "}", "[", "]", "|",
        ];
        let mut found: Vec<&'static str> = flaws
            .into_iter()
            .filter(|flaw| message.contains(flaw))
            .collect();
        if message.starts_with(' ') || message.ends_with(' ') || message.ends_with(':') {
            found.push("blank or colon at an end");
        }
        found
    }

    /// Which optional values a sample leaves out.
    enum Left<'a> {
        Nothing,
        All,
        Only(&'a str),
        AllBut(&'a str),
    }

    impl Left<'_> {
        fn out(&self, name: &str) -> bool {
            match self {
                Left::Nothing => false,
                Left::All => true,
                Left::Only(only) => name == *only,
                Left::AllBut(kept) => name != *kept,
            }
        }
    }

    #[test]
    fn every_message_reads_as_a_sentence_whatever_optional_value_is_left_out() {
        let mut problems = Vec::new();
        for &rule in Rule::ALL {
            let optional: Vec<&str> = rule
                .message_param_names()
                .iter()
                .copied()
                .filter(|name| rule.param_may_be_empty(name))
                .collect();
            let mut ways = vec![Left::Nothing, Left::All];
            for name in optional {
                ways.push(Left::Only(name));
                ways.push(Left::AllBut(name));
            }
            for left in &ways {
                let params = Params::sample(rule, &|name| left.out(name));
                for locale in [Locale::En, Locale::Sv, Locale::Fr] {
                    let message = render(&params, locale);
                    let found = flaws(&message);
                    if !found.is_empty() {
                        problems.push(format!(
                            "{} {locale:?}: {found:?} in {message:?}",
                            rule.code()
                        ));
                    }
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn an_optional_segment_reads_its_first_branch_only_with_every_value_given() {
        let params = Params::RemovalPartialBlock {
            block_id: String::new(),
            block_size: 10,
            first: "+12125550100".to_owned(),
            missing: 9,
            removed: 1,
        };
        let message = render(&params, Locale::En);
        assert!(
            message.starts_with("The block starting at +12125550100 of 10 numbers"),
            "{message}"
        );
        let params = Params::RemovalPartialBlock {
            block_id: "B-1".to_owned(),
            block_size: 10,
            first: "+12125550100".to_owned(),
            missing: 9,
            removed: 1,
        };
        assert!(render(&params, Locale::Sv).starts_with("Blocket B-1 med 10 nummer"));
    }

    #[test]
    fn every_language_names_the_same_parameters() {
        for &rule in Rule::ALL {
            let [english, swedish, french] = rule.message_templates().map(|text| {
                let mut names: Vec<&str> = placeholders(text).collect();
                names.sort_unstable();
                names
            });
            assert_eq!(english, swedish, "{}", rule.code());
            assert_eq!(english, french, "{}", rule.code());
        }
    }

    #[test]
    fn french_is_punctuated_as_in_quebec() {
        // A no-break space before a colon and inside « », none before ; ? !, and no
        // English quotation marks.
        for &rule in Rule::ALL {
            let [_, _, french] = rule.message_templates();
            assert!(
                !french.contains(" :") && !french.contains("\":"),
                "{}: {french}",
                rule.code()
            );
            assert!(
                !french.contains('"') && !french.contains(" ;"),
                "{}: {french}",
                rule.code()
            );
            for (index, _) in french.match_indices(':') {
                assert!(
                    french[..index].ends_with('\u{a0}'),
                    "{}: {french}",
                    rule.code()
                );
            }
        }
    }
}
