//! `callplan check` for a person at a terminal: the verdict first, then each finding with
//! its severity, path and message, then the check's result.

use std::io::Write;

use callplan::{Locale, Malformed, Response, Severity};
use serde_json::Value;

use crate::style::Style;

/// The words of the report in one language.
struct Words {
    accepted: &'static str,
    not_accepted: &'static str,
    malformed: &'static str,
    at: &'static str,
    result: &'static str,
    whole_request: &'static str,
    severity: fn(Severity) -> &'static str,
}

const ENGLISH: Words = Words {
    accepted: "Accepted",
    not_accepted: "Not accepted",
    malformed: "Not a request",
    at: "at",
    result: "result",
    whole_request: "(the request)",
    severity: |severity| match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    },
};

const SWEDISH: Words = Words {
    accepted: "Godkänd",
    not_accepted: "Inte godkänd",
    malformed: "Ingen giltig begäran",
    at: "vid",
    result: "resultat",
    whole_request: "(begäran)",
    severity: |severity| match severity {
        Severity::Error => "fel",
        Severity::Warning => "varning",
        Severity::Info => "notis",
    },
};

const FRENCH: Words = Words {
    accepted: "Acceptée",
    not_accepted: "Refusée",
    malformed: "Demande illisible",
    at: "à",
    result: "résultat",
    whole_request: "(la demande)",
    severity: |severity| match severity {
        Severity::Error => "erreur",
        Severity::Warning => "avertissement",
        Severity::Info => "avis",
    },
};

fn words(locale: Locale) -> &'static Words {
    match locale {
        Locale::Sv => &SWEDISH,
        Locale::En => &ENGLISH,
        Locale::Fr => &FRENCH,
    }
}

/// Writes the readable report of `response`.
pub fn response(
    response: &Response,
    locale: Locale,
    style: Style,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let words = words(locale);
    let verdict = if response.ok {
        style.good(&format!("✓ {}", words.accepted))
    } else {
        style.error(&format!("✗ {}", words.not_accepted))
    };
    writeln!(out, "{}", style.strong(&verdict))?;
    for finding in &response.findings {
        let label = (words.severity)(finding.severity);
        let label = match finding.severity {
            Severity::Error => style.error(&format!("{label:<8}")),
            Severity::Warning => style.warning(&format!("{label:<8}")),
            Severity::Info => style.notice(&format!("{label:<8}")),
        };
        let path = where_in(&finding.path, words);
        writeln!(out, "  {label} {path}  ({})", finding.rule.code())?;
        writeln!(out, "           {}", finding.message)?;
    }
    let result = serde_json::to_value(&response.result).unwrap_or(Value::Null);
    if !result.is_null() {
        let text = serde_json::to_string_pretty(&result).unwrap_or_default();
        writeln!(out, "  {}:", words.result)?;
        for line in text.lines() {
            writeln!(out, "    {line}")?;
        }
    }
    Ok(())
}

/// Writes the readable report of input that is not a request.
pub fn malformed(
    malformed: &Malformed,
    locale: Locale,
    style: Style,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let words = words(locale);
    let heading = style.error(&format!("✗ {}", words.malformed));
    writeln!(out, "{}", style.strong(&heading))?;
    let path = where_in(&malformed.path, words);
    writeln!(out, "  {} {} {path}", malformed.code, words.at)?;
    writeln!(out, "  {}", malformed.message)
}

/// A JSON Pointer as the report shows it: the empty one names the whole request.
fn where_in<'a>(pointer: &'a str, words: &'a Words) -> &'a str {
    if pointer.is_empty() {
        words.whole_request
    } else {
        pointer
    }
}
