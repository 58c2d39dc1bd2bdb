//! Messages for the person filling the form, in English, Swedish and Canadian French, filled in from a
//! finding's typed [`Params`]. The templates are declared with their rules (`rules.rs`);
//! placeholders are `{name}`, each a parameter its rule declares (a test holds every template
//! to that); a form field is shown by its label.

use crate::locale::Locale;
use crate::template;

use crate::catalogue::declare::{FormField, ParamValue};
use crate::catalogue::policy::Country;
use crate::catalogue::rules::Params;

/// The message of a finding with these parameters, in `locale`.
pub(crate) fn render(params: &Params, locale: Locale) -> String {
    fill(
        locale.pick(params.rule().message_templates()),
        locale,
        params,
    )
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
    template::fill(text, out, |name, out| {
        if let Some(value) = params.get(name) {
            show(value, locale, out);
        }
    });
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
        ParamValue::Phrase(phrase) => out.push_str(locale.pick([phrase.en, phrase.sv, phrase.fr])),
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
    locale.pick(match field {
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
    })
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
