//! How a rule is declared: the `rules!` table macro that makes the [`Rule`] enum, its
//! accessors and the typed [`Params`] from one declaration per rule, and the types its
//! declarations name — severities, form fields, the values a message shows, the words a
//! finding chooses. The declarations themselves are the catalogue (`rules.rs`).
//!
//! [`Rule`]: crate::Rule
//! [`Params`]: crate::Params

use serde::{Serialize, Serializer};

use crate::catalogue::policy::Country;
use crate::date::CalendarDate;
use crate::serde_name::serde_name;

/// How much a finding matters. Findings of a response come in this order: errors, then
/// warnings, then notices.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Blocks submission.
    Error,
    /// Allowed, but risky.
    Warning,
    /// A policy notice the user should see.
    Info,
}

impl Severity {
    /// The severity as written in JSON (`"error"`, `"warning"`, `"info"`), taken from its
    /// serde name.
    pub fn as_str(self) -> &'static str {
        serde_name(&self)
    }
}

/// A form field named in a finding (`params.field`): serialised as its request name
/// (`first_name`), shown in messages as the person filling the form knows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FormField(pub &'static str);

/// One parameter value of a finding, as messages show it and JSON writes it.
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub enum ParamValue<'a> {
    /// Text: a number as written, a name, a code.
    Text(&'a str),
    /// A form field's request name.
    Field(FormField),
    /// A count or limit.
    Count(u64),
    /// A signed amount, such as days (negative in the past).
    Signed(i64),
    /// A calendar date.
    Date(CalendarDate),
    /// A list of texts.
    Texts(&'a [String]),
    /// A list of counts.
    Counts(&'a [u32]),
    /// Countries: written as their ISO codes, shown by their names.
    Countries(&'a [Country]),
    /// Words of a message chosen by the finding (never written in `params`).
    Phrase(&'static Phrase),
}

/// Words a message takes from its finding, in each language: what is refused, what format
/// a country's field has.
#[derive(Debug, PartialEq, Eq)]
pub struct Phrase {
    /// English.
    pub en: &'static str,
    /// Swedish.
    pub sv: &'static str,
    /// Canadian French.
    pub fr: &'static str,
}

impl Serialize for ParamValue<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            ParamValue::Text(text) => serializer.serialize_str(text),
            ParamValue::Field(FormField(name)) => serializer.serialize_str(name),
            ParamValue::Count(count) => serializer.serialize_u64(*count),
            ParamValue::Signed(amount) => serializer.serialize_i64(*amount),
            ParamValue::Date(date) => date.serialize(serializer),
            ParamValue::Texts(texts) => texts.serialize(serializer),
            ParamValue::Counts(counts) => counts.serialize(serializer),
            ParamValue::Countries(countries) => countries.serialize(serializer),
            ParamValue::Phrase(phrase) => serializer.serialize_str(phrase.en),
        }
    }
}

/// The types a parameter may have, each shown as one kind of [`ParamValue`].
pub(crate) trait ParamType {
    fn value(&self) -> ParamValue<'_>;
}

/// Implements [`ParamType`] for each type with the value it is shown as.
macro_rules! param_types {
    ($( $type:ty => |$value:ident| $shown:expr; )*) => {$(
        impl ParamType for $type {
            fn value(&self) -> ParamValue<'_> {
                let $value = self;
                $shown
            }
        }
    )*};
}

param_types! {
    String => |text| ParamValue::Text(text);
    &'static str => |text| ParamValue::Text(text);
    FormField => |field| ParamValue::Field(*field);
    u64 => |count| ParamValue::Count(*count);
    u32 => |count| ParamValue::Count(u64::from(*count));
    i64 => |amount| ParamValue::Signed(*amount);
    CalendarDate => |date| ParamValue::Date(*date);
    Vec<String> => |texts| ParamValue::Texts(texts);
    Vec<u32> => |counts| ParamValue::Counts(counts);
    Vec<Country> => |countries| ParamValue::Countries(countries);
    Country => |country| ParamValue::Text(country.code());
}

/// A sample value of a parameter type, or its empty value: for tests of every message.
#[cfg(test)]
pub(crate) trait Sample {
    fn sample(empty: bool) -> Self;
}

/// `true` for `#[optional]`, the one attribute a rule's parameter may carry; any other name
/// there (a typo such as `#[optinal]`) is a compile error.
macro_rules! optional {
    (optional) => {
        true
    };
}

/// Declares every rule once, with named keys: its variant, `code`, `severity`, the
/// `article` section it encodes (of Cisco's help article the policy comes from), a one-line `description`, its `params` (in alphabetical order, the
/// order JSON writes them), the `words` its message takes from the check (a [`Phrase`] chosen
/// by the finding, never written in `params`), and its message in English (`en`) and Swedish
/// (`sv`) and Canadian French (`fr`). A parameter marked `#[optional]` may be empty: the request left the value out. Messages are
/// templates: `{name}` is a parameter's value, `[with|without]` reads `with` when every
/// parameter it names has a value (see `messages`).
macro_rules! rules {
    ($(
        $variant:ident {
            code: $code:literal,
            severity: $severity:ident,
            article: $article:literal,
            description: $description:literal,
            params: { $( $(#[$optional:ident])? $param:ident: $type:ty ),* $(,)? },
            $( words: { $( $word:ident ),* $(,)? }, )?
            en: $english:literal,
            sv: $swedish:literal,
            fr: $french:literal,
        }
    )*) => {
        /// A policy rule. Its code (`Rule::code`) is public API and never changes meaning;
        /// new rules get new variants, so a `match` needs a wildcard arm.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum Rule {
            $( #[doc = $description] $variant, )*
        }

        #[cfg(feature = "typescript")]
        #[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
        const RULE_CODE_TS: &'static str = concat!(
            "\n/** Every rule code of the catalogue. */\nexport type RuleCode =",
            $( "\n  | \"", $code, "\"", )*
            ";\n"
        );

        impl Rule {
            /// Every rule, in catalogue order.
            pub const ALL: &'static [Rule] = &[$( Rule::$variant ),*];

            /// The rule's code, e.g. `order.too_many_numbers`.
            pub fn code(self) -> &'static str {
                match self { $( Rule::$variant => $code, )* }
            }

            /// The rule's severity.
            pub fn severity(self) -> Severity {
                match self { $( Rule::$variant => Severity::$severity, )* }
            }

            /// The section of Cisco's help article the rule encodes, e.g. `Limitations`.
            pub fn article_section(self) -> &'static str {
                match self { $( Rule::$variant => $article, )* }
            }

            /// The section of Cisco's help article the rule encodes.
            #[deprecated(since = "0.2.0", note = "renamed `article_section`: `seed` names the default policy, `seed-2024`")]
            pub fn seed_section(self) -> &'static str {
                self.article_section()
            }

            /// What the rule checks, in English.
            pub fn description(self) -> &'static str {
                match self { $( Rule::$variant => $description, )* }
            }

            /// The rule's message templates: English, Swedish, Canadian French.
            pub(crate) fn message_templates(self) -> [&'static str; 3] {
                match self { $( Rule::$variant => [$english, $swedish, $french], )* }
            }

            /// The names of the parameters its messages may name: those of `params`, then
            /// its `words`.
            #[cfg(test)]
            pub(crate) fn message_param_names(self) -> &'static [&'static str] {
                match self {
                    $( Rule::$variant => &[$( stringify!($param), )* $($( stringify!($word), )*)?], )*
                }
            }

            /// The names of the parameters its findings carry, in the order JSON writes them.
            pub fn param_names(self) -> &'static [&'static str] {
                match self { $( Rule::$variant => &[$( stringify!($param) ),*], )* }
            }

            /// Whether the parameter `name` may be empty text or an empty list (a value the
            /// request left out); messages still read as sentences then.
            pub fn param_may_be_empty(self, name: &str) -> bool {
                match self {
                    $( Rule::$variant => false $(
                        || (name == stringify!($param)
                            && (false $( || optional!($optional) )?))
                    )*, )*
                }
            }
        }

        /// The values behind a finding's message: one variant per rule, with that rule's
        /// parameters. Serialised as the JSON object `params`.
        #[derive(Clone, Debug, PartialEq)]
        #[non_exhaustive]
        pub enum Params {
            $(
                #[doc = $description]
                #[non_exhaustive]
                $variant {
                    $( #[allow(missing_docs, reason = "a parameter is described by its rule's message")] $param: $type, )*
                    $($( #[allow(missing_docs, reason = "words of the message, chosen by the check")] $word: &'static Phrase, )*)?
                },
            )*
        }

        impl Params {
            /// The rule these parameters belong to.
            pub fn rule(&self) -> Rule {
                match self { $( Params::$variant { .. } => Rule::$variant, )* }
            }

            /// The parameter called `name`, if the rule has one.
            pub fn get(&self, name: &str) -> Option<ParamValue<'_>> {
                match self {
                    $(
                        Params::$variant { $( $param, )* $($( $word, )*)? } => {
                            $( if name == stringify!($param) {
                                return Some(ParamType::value($param));
                            } )*
                            $($( if name == stringify!($word) {
                                return Some(ParamValue::Phrase($word));
                            } )*)?
                            None
                        }
                    )*
                }
            }

            /// Parameters for `rule` with sample values, each optional one empty where
            /// `empty(name)` says so: for tests of every message.
            #[cfg(test)]
            pub(crate) fn sample(rule: Rule, empty: &dyn Fn(&str) -> bool) -> Params {
                match rule {
                    $( Rule::$variant => Params::$variant {
                        $( $param: Sample::sample(
                            rule.param_may_be_empty(stringify!($param)) && empty(stringify!($param))
                        ), )*
                        $($( $word: Sample::sample(false), )*)?
                    }, )*
                }
            }

            /// Every parameter written in JSON with its name, in the order JSON writes them.
            pub fn entries(&self) -> impl Iterator<Item = (&'static str, ParamValue<'_>)> {
                self.rule()
                    .param_names()
                    .iter()
                    .filter_map(|name| Some((*name, self.get(name)?)))
            }
        }
    };
}

pub(crate) use {optional, rules};

#[cfg(test)]
mod samples {
    use super::{CalendarDate, Country, FormField, Phrase, Sample};

    impl Sample for String {
        fn sample(empty: bool) -> Self {
            if empty {
                String::new()
            } else {
                "L-7".to_owned()
            }
        }
    }

    impl Sample for &'static str {
        fn sample(empty: bool) -> Self {
            if empty {
                ""
            } else {
                "other"
            }
        }
    }

    impl Sample for FormField {
        fn sample(_: bool) -> Self {
            FormField("first_name")
        }
    }

    impl Sample for u64 {
        fn sample(_: bool) -> Self {
            3
        }
    }

    impl Sample for u32 {
        fn sample(_: bool) -> Self {
            3
        }
    }

    impl Sample for i64 {
        fn sample(_: bool) -> Self {
            3
        }
    }

    impl Sample for CalendarDate {
        fn sample(_: bool) -> Self {
            CalendarDate::parse("2024-03-01").unwrap()
        }
    }

    impl Sample for Vec<String> {
        fn sample(empty: bool) -> Self {
            if empty {
                Vec::new()
            } else {
                vec!["US".to_owned(), "CA".to_owned()]
            }
        }
    }

    impl Sample for Vec<Country> {
        fn sample(empty: bool) -> Self {
            if empty {
                Vec::new()
            } else {
                Country::ALL.to_vec()
            }
        }
    }

    impl Sample for &'static Phrase {
        fn sample(_: bool) -> Self {
            &Phrase {
                en: "a sample phrase",
                sv: "en exempelfras",
                fr: "une phrase d'exemple",
            }
        }
    }

    impl Sample for Country {
        fn sample(_: bool) -> Self {
            Country::CA
        }
    }

    impl Sample for Vec<u32> {
        fn sample(empty: bool) -> Self {
            if empty {
                Vec::new()
            } else {
                vec![10, 50]
            }
        }
    }
}
