//! Why input could not be read, as data, and how it reads in each language: the reader,
//! the limits and the request itself say *what* is wrong (a [`Problem`]); the message is
//! written only once the request's locale is known, in English (serde's words), Swedish
//! or Canadian French. A leaf below everything that reads input.

use std::fmt::Write;

use serde_json::{Number, Value};

use crate::locale::Locale;
use crate::template;

/// What a message names a JSON value as: `null`, ``integer `7` ``, `string "x"`, `array`, …
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Found {
    Null,
    Boolean(bool),
    Integer(String),
    /// A whole number outside `i64` and `u64`, which JSON allows (`1e22`).
    IntegerBeyond64Bits(String),
    Float(String),
    /// A string, as its JSON literal (quoted, with JSON's escapes).
    Text(String),
    Array,
    Object,
}

impl Found {
    /// How `value` is named.
    pub(crate) fn of(value: &Value) -> Found {
        match value {
            Value::Null => Found::Null,
            Value::Bool(flag) => Found::Boolean(*flag),
            Value::Number(number) if is_integer_beyond_64_bits(number) => {
                Found::IntegerBeyond64Bits(number.to_string())
            }
            Value::Number(number) if number.is_f64() => Found::Float(number.to_string()),
            Value::Number(number) => Found::Integer(number.to_string()),
            Value::String(text) => Found::Text(serde_json::to_string(text).unwrap_or_default()),
            Value::Array(_) => Found::Array,
            Value::Object(_) => Found::Object,
        }
    }
}

/// A whole number outside `i64` and `u64`, which serde_json can only hold as a float: JSON
/// has one kind of number, so `10000000000000000000000` (or `1e22`) is an integer too large,
/// not a fraction.
fn is_integer_beyond_64_bits(number: &Number) -> bool {
    /// 2^63: every whole float of at least this size is outside `i64` (those below 2^64
    /// that fit `u64` are read as `u64`, not as floats).
    const SMALLEST_BEYOND_I64: f64 = 9_223_372_036_854_775_808.0;
    number.as_f64().is_some_and(|value| {
        number.is_f64() && value.fract() == 0.0 && value.abs() >= SMALLEST_BEYOND_I64
    })
}

/// The kind of value a place in the request holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Expected {
    Object,
    Array,
    Text,
    Boolean,
    WholeNumber,
    /// One of these names, as a string.
    OneOf(&'static [&'static str]),
}

/// What a request holds that over-limit message names as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Whole {
    Order,
    Inventory,
}

/// Why a value could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Problem {
    /// A value of another kind than the place holds.
    WrongType { found: Found, expected: Expected },
    /// A whole number outside its field's range.
    OutOfRange {
        number: String,
        min: &'static str,
        max: &'static str,
    },
    /// A member the object must have.
    MissingField { name: String },
    /// A member that is none of the object's `fields`.
    UnknownField {
        name: String,
        fields: &'static [&'static str],
    },
    /// A name that is none of the `values` the place takes.
    UnknownValue {
        name: String,
        values: &'static [&'static str],
    },
    /// A `check` that names none of the `checks`.
    UnknownCheck {
        name: String,
        checks: &'static [&'static str],
    },
    /// Text that is not a calendar date `YYYY-MM-DD`.
    NotADate { text: String },
    /// Text holding a control or bidirectional-override character.
    InvisibleCharacter { code_point: u32 },
    /// Values nested more than `max` levels deep.
    TooDeep { max: u64 },
    /// A list of more than `max` items.
    TooManyItems { count: u64, max: u64 },
    /// A text of more than `max` characters.
    TooLongText { count: u64, max: u64 },
    /// An order or inventory standing for more than `max` numbers.
    TooManyNumbers { whole: Whole, count: u64, max: u64 },
}

impl Problem {
    /// Whether the input is refused for its size (`input.too_large`) rather than its content.
    pub(crate) fn is_over_limit(&self) -> bool {
        matches!(
            self,
            Problem::TooDeep { .. }
                | Problem::TooManyItems { .. }
                | Problem::TooLongText { .. }
                | Problem::TooManyNumbers { .. }
        )
    }

    /// The message, in `locale`.
    pub(crate) fn message(&self, locale: Locale) -> String {
        let mut out = String::new();
        template::fill(locale.pick(self.templates()), &mut out, |slot, out| {
            self.write_slot(slot, locale, out);
        });
        out
    }

    /// The message in English (serde's words), Swedish and Canadian French; `{slot}` is
    /// one of the problem's values, written by [`Problem::write_slot`].
    fn templates(&self) -> [&'static str; 3] {
        match self {
            Problem::WrongType { .. } => [
                "invalid type: {found}, expected {expected}",
                "fel typ: {found} i stället för {expected}",
                "type invalide\u{a0}: {found} au lieu {expected}",
            ],
            Problem::OutOfRange { .. } => [
                "invalid value: integer `{number}`, expected a whole number from {min} to {max}",
                "ogiltigt värde: heltalet `{number}` ligger inte mellan {min} och {max}",
                "valeur invalide\u{a0}: l'entier `{number}` n'est pas compris entre {min} et {max}",
            ],
            Problem::MissingField { .. } => [
                "missing field `{name}`",
                "fältet `{name}` saknas",
                "champ `{name}` manquant",
            ],
            Problem::UnknownField { .. } => [
                "unknown field `{name}`, expected {names}",
                "okänt fält `{name}`, förväntade {names}",
                "champ inconnu `{name}`, attendu\u{a0}: {names}",
            ],
            Problem::UnknownValue { .. } => [
                "unknown value `{name}`, expected {names}",
                "okänt värde `{name}`, förväntade {names}",
                "valeur inconnue `{name}`, attendu\u{a0}: {names}",
            ],
            Problem::UnknownCheck { .. } => [
                "unknown check `{name}`, expected {names}",
                "okänd kontroll `{name}`, förväntade {names}",
                "vérification inconnue `{name}`, attendu\u{a0}: {names}",
            ],
            Problem::NotADate { .. } => [
                "`{text}` is not a calendar date YYYY-MM-DD",
                "`{text}` är inte ett datum på formen ÅÅÅÅ-MM-DD",
                "`{text}` n'est pas une date au format AAAA-MM-JJ",
            ],
            Problem::InvisibleCharacter { .. } => [
                "the text contains the invisible control character U+{number}",
                "texten innehåller det osynliga styrtecknet U+{number}",
                "le texte contient le caractère de contrôle invisible U+{number}",
            ],
            Problem::TooDeep { .. } => [
                "nested deeper than {max} levels",
                "nästlat i mer än {max} nivåer",
                "imbrication de plus de {max} niveaux",
            ],
            Problem::TooManyItems { .. } => [
                "the list holds {count} items; at most {max} are accepted",
                "listan har {count} element; högst {max} godtas",
                "la liste compte {count} éléments; au plus {max} sont acceptés",
            ],
            Problem::TooLongText { .. } => [
                "the text holds {count} characters; at most {max} are accepted",
                "texten har {count} tecken; högst {max} godtas",
                "le texte compte {count} caractères; au plus {max} sont acceptés",
            ],
            Problem::TooManyNumbers {
                whole: Whole::Order,
                ..
            } => [
                "the order stands for {count} numbers; at most {max} are accepted",
                "beställningen omfattar {count} nummer; högst {max} godtas",
                "la commande compte {count} numéros; au plus {max} sont acceptés",
            ],
            Problem::TooManyNumbers {
                whole: Whole::Inventory,
                ..
            } => [
                "the inventory stands for {count} numbers; at most {max} are accepted",
                "inventariet omfattar {count} nummer; högst {max} godtas",
                "l'inventaire compte {count} numéros; au plus {max} sont acceptés",
            ],
        }
    }

    /// Writes the value a template's `{slot}` names.
    fn write_slot(&self, slot: &str, locale: Locale, out: &mut String) {
        match (slot, self) {
            ("found", Problem::WrongType { found, .. }) => found.write(locale, out),
            ("expected", Problem::WrongType { expected, .. }) => expected.write(locale, out),
            (
                "name",
                Problem::MissingField { name }
                | Problem::UnknownField { name, .. }
                | Problem::UnknownValue { name, .. }
                | Problem::UnknownCheck { name, .. },
            )
            | ("text", Problem::NotADate { text: name })
            | ("number", Problem::OutOfRange { number: name, .. }) => out.push_str(name),
            (
                "names",
                Problem::UnknownField { fields: names, .. }
                | Problem::UnknownValue { values: names, .. }
                | Problem::UnknownCheck { checks: names, .. },
            ) => write_names(names, locale, out),
            ("number", Problem::InvisibleCharacter { code_point }) => {
                write_code_point(*code_point, out);
            }
            ("min", Problem::OutOfRange { min, .. }) => out.push_str(min),
            ("max", Problem::OutOfRange { max, .. }) => out.push_str(max),
            (
                "max",
                Problem::TooDeep { max }
                | Problem::TooManyItems { max, .. }
                | Problem::TooLongText { max, .. }
                | Problem::TooManyNumbers { max, .. },
            )
            | (
                "count",
                Problem::TooManyItems { count: max, .. }
                | Problem::TooLongText { count: max, .. }
                | Problem::TooManyNumbers { count: max, .. },
            ) => write_number(*max, out),
            _ => {}
        }
    }
}

/// Writes a whole number in decimal digits.
fn write_number(number: u64, out: &mut String) {
    out.push_str(itoa::Buffer::new().format(number));
}

/// Writes a code point as Unicode writes it after `U+`: at least four hexadecimal digits.
fn write_code_point(code_point: u32, out: &mut String) {
    // Writing into a `String` cannot fail.
    let _ = write!(out, "{code_point:04X}");
}

impl Found {
    /// Writes how the value is named in `locale`.
    fn write(&self, locale: Locale, out: &mut String) {
        let (templates, value) = match self {
            Found::Null => (["null"; 3], ""),
            Found::Boolean(flag) => (
                [
                    "boolean `{}`",
                    "det booleska värdet `{}`",
                    "la valeur booléenne `{}`",
                ],
                if *flag { "true" } else { "false" },
            ),
            Found::Integer(number) => (
                ["integer `{}`", "heltalet `{}`", "l'entier `{}`"],
                number.as_str(),
            ),
            Found::IntegerBeyond64Bits(number) => (
                [
                    "integer `{}` (too large for 64 bits)",
                    "heltalet `{}` (för stort för 64 bitar)",
                    "l'entier `{}` (trop grand pour 64 bits)",
                ],
                number.as_str(),
            ),
            Found::Float(number) => (
                [
                    "floating point `{}`",
                    "decimaltalet `{}`",
                    "le nombre décimal `{}`",
                ],
                number.as_str(),
            ),
            Found::Text(literal) => (
                ["string {}", "strängen {}", "la chaîne {}"],
                literal.as_str(),
            ),
            Found::Array => (["array", "en lista", "un tableau"], ""),
            Found::Object => (["object", "ett objekt", "un objet"], ""),
        };
        template::fill(locale.pick(templates), out, |_, out| out.push_str(value));
    }
}

impl Expected {
    /// Writes what belongs at the place in `locale` (in French, after "au lieu").
    fn write(self, locale: Locale, out: &mut String) {
        let templates = match self {
            Expected::Object => ["an object", "ett objekt", "d'un objet"],
            Expected::Array => ["an array", "en lista", "d'un tableau"],
            Expected::Text => ["a string", "en sträng", "d'une chaîne"],
            Expected::Boolean => [
                "a boolean",
                "ett booleskt värde (true eller false)",
                "d'un booléen (true ou false)",
            ],
            Expected::WholeNumber => ["a whole number", "ett heltal", "d'un nombre entier"],
            Expected::OneOf([_]) => ["{}", "värdet {}", "de la valeur {}"],
            Expected::OneOf(_) => ["{}", "ett av värdena {}", "de l'une des valeurs {}"],
        };
        template::fill(locale.pick(templates), out, |_, out| {
            if let Expected::OneOf(names) = self {
                write_names(names, locale, out);
            }
        });
    }
}

/// Names as each language lists them: serde's `` `a` or `b` `` and `` one of `a`, `b`, `c` ``
/// in English; `` `a`, `b` eller `c` `` in Swedish, `` `a`, `b` ou `c` `` in French.
fn write_names(names: &[&str], locale: Locale, out: &mut String) {
    let or = locale.pick([" or ", " eller ", " ou "]);
    let or = if locale == Locale::En && names.len() > 2 {
        out.push_str("one of ");
        ", "
    } else {
        or
    };
    let last = names.len().saturating_sub(1);
    for (index, name) in names.iter().enumerate() {
        if index > 0 {
            out.push_str(if index == last { or } else { ", " });
        }
        out.push('`');
        out.push_str(name);
        out.push('`');
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    /// The message of `problem` in English, Swedish and French.
    fn said(problem: Problem) -> [String; 3] {
        [Locale::En, Locale::Sv, Locale::Fr].map(|locale| problem.message(locale))
    }

    fn wrong_type(value: Value, expected: Expected) -> Problem {
        let found = Found::of(&value);
        Problem::WrongType { found, expected }
    }

    #[test]
    fn a_value_of_the_wrong_kind_names_what_was_found_and_what_belongs_there() {
        assert_eq!(
            said(wrong_type(json!("x"), Expected::Object)),
            [
                r#"invalid type: string "x", expected an object"#,
                r#"fel typ: strängen "x" i stället för ett objekt"#,
                "type invalide\u{a0}: la chaîne \"x\" au lieu d'un objet",
            ]
        );
        assert_eq!(
            said(wrong_type(json!(7), Expected::OneOf(&["na", "emea", "apac"]))),
            [
                "invalid type: integer `7`, expected one of `na`, `emea`, `apac`",
                "fel typ: heltalet `7` i stället för ett av värdena `na`, `emea` eller `apac`",
                "type invalide\u{a0}: l'entier `7` au lieu de l'une des valeurs `na`, `emea` ou `apac`",
            ]
        );
        assert_eq!(
            said(wrong_type(json!(null), Expected::OneOf(&["ccw"]))),
            [
                "invalid type: null, expected `ccw`",
                "fel typ: null i stället för värdet `ccw`",
                "type invalide\u{a0}: null au lieu de la valeur `ccw`",
            ]
        );
        assert_eq!(
            said(wrong_type(json!([true]), Expected::Text))[1..],
            [
                "fel typ: en lista i stället för en sträng",
                "type invalide\u{a0}: un tableau au lieu d'une chaîne",
            ]
        );
        assert_eq!(
            said(wrong_type(json!({}), Expected::Array))[1..],
            [
                "fel typ: ett objekt i stället för en lista",
                "type invalide\u{a0}: un objet au lieu d'un tableau",
            ]
        );
        assert_eq!(
            said(wrong_type(json!(false), Expected::WholeNumber)),
            [
                "invalid type: boolean `false`, expected a whole number",
                "fel typ: det booleska värdet `false` i stället för ett heltal",
                "type invalide\u{a0}: la valeur booléenne `false` au lieu d'un nombre entier",
            ]
        );
        assert_eq!(
            said(wrong_type(json!(1.5), Expected::Boolean)),
            [
                "invalid type: floating point `1.5`, expected a boolean",
                "fel typ: decimaltalet `1.5` i stället för ett booleskt värde (true eller false)",
                "type invalide\u{a0}: le nombre décimal `1.5` au lieu d'un booléen (true ou false)",
            ]
        );
    }

    #[test]
    fn a_whole_number_beyond_64_bits_is_named_an_integer_and_a_fraction_a_float() {
        let named = |text: &str| {
            let value: Value = serde_json::from_str(text).unwrap_or_default();
            said(wrong_type(value, Expected::WholeNumber))
        };
        assert_eq!(
            named("1e100"),
            [
                "invalid type: integer `1e+100` (too large for 64 bits), expected a whole number",
                "fel typ: heltalet `1e+100` (för stort för 64 bitar) i stället för ett heltal",
                "type invalide\u{a0}: l'entier `1e+100` (trop grand pour 64 bits) au lieu d'un nombre entier",
            ]
        );
        assert!(named("18446744073709551616")[0].starts_with("invalid type: integer `"));
        assert!(named("-9223372036854775809")[0].starts_with("invalid type: integer `"));
        assert!(named("-9223372036854775808")[0]
            .starts_with("invalid type: integer `-9223372036854775808`, expected"));
        assert!(named("9.2e18")[0].starts_with("invalid type: floating point `9.2e+18`"));
        assert!(named("-1e18")[0].starts_with("invalid type: floating point `-1e+18`"));
    }

    #[test]
    fn members_and_names_are_listed_as_each_language_lists_them() {
        let fields = Problem::UnknownField {
            name: "szie".into(),
            fields: &["first", "size"],
        };
        assert_eq!(
            said(fields),
            [
                "unknown field `szie`, expected `first` or `size`",
                "okänt fält `szie`, förväntade `first` eller `size`",
                "champ inconnu `szie`, attendu\u{a0}: `first` ou `size`",
            ]
        );
        let value = Problem::UnknownValue {
            name: "de".into(),
            values: &["en", "sv", "fr"],
        };
        assert_eq!(
            said(value),
            [
                "unknown value `de`, expected one of `en`, `sv`, `fr`",
                "okänt värde `de`, förväntade `en`, `sv` eller `fr`",
                "valeur inconnue `de`, attendu\u{a0}: `en`, `sv` ou `fr`",
            ]
        );
        let check = Problem::UnknownCheck {
            name: "porting".into(),
            checks: &["port_order"],
        };
        assert_eq!(
            said(check),
            [
                "unknown check `porting`, expected `port_order`",
                "okänd kontroll `porting`, förväntade `port_order`",
                "vérification inconnue `porting`, attendu\u{a0}: `port_order`",
            ]
        );
    }

    #[test]
    fn a_missing_member_a_date_and_a_number_out_of_range_are_named() {
        assert_eq!(
            said(Problem::MissingField {
                name: "today".into()
            }),
            [
                "missing field `today`",
                "fältet `today` saknas",
                "champ `today` manquant"
            ]
        );
        assert_eq!(
            said(Problem::NotADate {
                text: "2024-02-30".into()
            }),
            [
                "`2024-02-30` is not a calendar date YYYY-MM-DD",
                "`2024-02-30` är inte ett datum på formen ÅÅÅÅ-MM-DD",
                "`2024-02-30` n'est pas une date au format AAAA-MM-JJ",
            ]
        );
        let range = Problem::OutOfRange {
            number: "-1".into(),
            min: "0",
            max: "4294967295",
        };
        assert_eq!(
            said(range),
            [
                "invalid value: integer `-1`, expected a whole number from 0 to 4294967295",
                "ogiltigt värde: heltalet `-1` ligger inte mellan 0 och 4294967295",
                "valeur invalide\u{a0}: l'entier `-1` n'est pas compris entre 0 et 4294967295",
            ]
        );
    }

    #[test]
    fn limits_say_what_is_too_large_and_the_limit_and_are_the_only_over_limit_problems() {
        let limits = [
            (
                Problem::TooDeep { max: 16 },
                [
                    "nested deeper than 16 levels",
                    "nästlat i mer än 16 nivåer",
                    "imbrication de plus de 16 niveaux",
                ],
            ),
            (
                Problem::TooManyItems {
                    count: 100_001,
                    max: 100_000,
                },
                [
                    "the list holds 100001 items; at most 100000 are accepted",
                    "listan har 100001 element; högst 100000 godtas",
                    "la liste compte 100001 éléments; au plus 100000 sont acceptés",
                ],
            ),
            (
                Problem::TooLongText {
                    count: 1025,
                    max: 1024,
                },
                [
                    "the text holds 1025 characters; at most 1024 are accepted",
                    "texten har 1025 tecken; högst 1024 godtas",
                    "le texte compte 1025 caractères; au plus 1024 sont acceptés",
                ],
            ),
            (
                Problem::TooManyNumbers {
                    whole: Whole::Order,
                    count: 1_000_001,
                    max: 1_000_000,
                },
                [
                    "the order stands for 1000001 numbers; at most 1000000 are accepted",
                    "beställningen omfattar 1000001 nummer; högst 1000000 godtas",
                    "la commande compte 1000001 numéros; au plus 1000000 sont acceptés",
                ],
            ),
            (
                Problem::TooManyNumbers {
                    whole: Whole::Inventory,
                    count: 2,
                    max: 1,
                },
                [
                    "the inventory stands for 2 numbers; at most 1 are accepted",
                    "inventariet omfattar 2 nummer; högst 1 godtas",
                    "l'inventaire compte 2 numéros; au plus 1 sont acceptés",
                ],
            ),
        ];
        for (problem, messages) in limits {
            assert!(problem.is_over_limit(), "{problem:?}");
            assert_eq!(said(problem), messages);
        }
        let invisible = Problem::InvisibleCharacter { code_point: 0x202E };
        assert!(!invisible.is_over_limit());
        assert_eq!(
            said(invisible),
            [
                "the text contains the invisible control character U+202E",
                "texten innehåller det osynliga styrtecknet U+202E",
                "le texte contient le caractère de contrôle invisible U+202E",
            ]
        );
        assert!(!Problem::MissingField { name: "x".into() }.is_over_limit());
    }
}
