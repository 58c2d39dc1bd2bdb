//! Runs every regression case in `tests/cases/` and checks that together they produce
//! every rule of the catalogue.

#[path = "support/cases.rs"]
mod support_cases;

use std::collections::BTreeSet;

use callplan::{Policy, Rule};
use support_cases::corpus as cases;

#[test]
fn every_case_passes() {
    let policy = Policy::default();
    let failures: Vec<String> = cases()
        .iter()
        .filter_map(|(file, case)| {
            let differences: Vec<String> = match case.run(&policy) {
                Ok(differences) => differences.iter().map(ToString::to_string).collect(),
                Err(error) => vec![format!("policy: {error}")],
            };
            (!differences.is_empty())
                .then(|| format!("{}\n  {}", file.display(), differences.join("\n  ")))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "failing cases:\n{}",
        failures.join("\n")
    );
}

#[test]
fn every_check_has_at_least_five_cases() {
    let all = cases();
    for check in callplan::Check::NAMES {
        let count = all
            .iter()
            .filter(|(_, case)| case.request.get("check").and_then(|c| c.as_str()) == Some(check))
            .filter(|(_, case)| case.expected.get("code").is_none())
            .count();
        assert!(count >= 5, "{check} has only {count} cases");
    }
}

#[test]
fn the_cases_produce_every_rule() {
    let policy = Policy::default();
    let mut produced = BTreeSet::new();
    for (_, case) in cases() {
        let answer = case.answer(&policy).expect("case policy loads");
        for finding in answer["findings"].as_array().into_iter().flatten() {
            produced.insert(finding["rule"].as_str().unwrap_or_default().to_owned());
        }
    }
    let missing: Vec<&str> = Rule::ALL
        .iter()
        .map(|rule| rule.code())
        .filter(|code| !produced.contains(*code))
        .collect();
    assert!(missing.is_empty(), "no case produces {missing:?}");
}

/// Every message of every case, in English and Swedish, has all its values filled in.
#[test]
fn messages_are_complete_in_both_languages() {
    let policy = Policy::default();
    for (file, mut case) in cases() {
        if case.request.get("check").is_none() || case.expected.get("code").is_some() {
            continue;
        }
        case.request["locale"] = serde_json::json!("en");
        let english = case.answer(&policy).unwrap();
        case.request["locale"] = serde_json::json!("sv");
        let swedish = case.answer(&policy).unwrap();
        let messages = |answer: &serde_json::Value| -> Vec<String> {
            answer["findings"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|f| f["message"].as_str().unwrap().to_owned())
                .collect()
        };
        for (en, sv) in messages(&english).iter().zip(messages(&swedish).iter()) {
            for message in [en, sv] {
                assert!(
                    !message.is_empty() && !message.contains('{'),
                    "{}: {message}",
                    file.display()
                );
            }
            assert_ne!(en, sv, "{}: not translated", file.display());
        }
    }
}
