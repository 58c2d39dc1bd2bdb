//! The one answer path every door takes (`callplan::answer`): the same JSON as
//! `evaluate_json`, the outcome a command line's exit status and a column's `ok` come
//! from, the codes a column's `rules` hold, and many requests answered on several threads
//! in their order.

use callplan::answer::{answer_all, answer_json, answer_json_bytes, map_in_order, Outcome};
use callplan::limits::MAX_REQUEST_BYTES;
use callplan::{evaluate_json, Policy};
use serde_json::json;
use std::collections::HashSet;
use std::thread::ThreadId;

/// Requests of every outcome: accepted, with errors and warnings, unreadable.
fn requests() -> Vec<String> {
    let mut requests = Vec::new();
    for index in 0..300_u32 {
        let request = match index % 5 {
            0 => json!({"check": "support_route", "topic": "outage", "region": "na"}),
            1 => json!({"check": "new_number_order", "org": {"trial": false},
                "location": {"calling_plan_enabled": true},
                "numbers": [format!("+1 800 555 {:04}", index), "+1 415 555 2671"]}),
            2 => json!({"check": "port_reschedule", "today": "2024-03-01",
                "current_date": "2024-03-04", "requested_date": format!("2024-03-{:02}", index % 28 + 1)}),
            3 => json!({"check": "support_route", "topic": "outage", "region": index}),
            _ => {
                json!({"check": "order_plan", "locale": "sv", "org": {"trial": true, "trial_numbers_used": index},
                "location": {"calling_plan_enabled": true}, "numbers": ["+1 415 555 2671"]})
            }
        };
        requests.push(request.to_string());
    }
    requests
}

#[test]
fn many_requests_on_any_number_of_threads_are_answered_as_each_alone_in_their_order() {
    let requests = requests();
    let policy = Policy::default();
    let alone: Vec<String> = requests
        .iter()
        .map(|request| evaluate_json(request, &policy))
        .collect();
    for threads in [0, 1, 2, 3, 7] {
        let answers = answer_all(&requests, &policy, threads);
        let texts: Vec<String> = answers.iter().map(|answer| answer.to_json()).collect();
        assert_eq!(texts, alone, "on {threads} threads");
    }
    let outcomes: Vec<Outcome> = answer_all(&requests, &policy, 2)
        .iter()
        .map(|a| a.outcome())
        .collect();
    assert!(outcomes.contains(&Outcome::Ok));
    assert!(outcomes.contains(&Outcome::Errors));
    assert!(outcomes.contains(&Outcome::Malformed));
}

#[test]
fn an_answers_codes_are_its_errors_and_warnings_never_its_notices() {
    let policy = Policy::default();
    let port = json!({"check": "port_order", "today": "2024-03-01",
        "numbers": [{"number": "+1 800 555 0100"}]});
    let answer = answer_json(&port.to_string(), &policy);
    assert_eq!(answer.outcome(), Outcome::Errors);
    let response = answer
        .as_result()
        .ok()
        .cloned()
        .unwrap_or_else(|| unreachable!());
    let (notices, others): (Vec<_>, Vec<_>) = response
        .findings
        .iter()
        .map(|finding| finding.rule.code())
        .partition(|code| code.starts_with("notice."));
    assert!(!notices.is_empty());
    assert!(others.contains(&"number.toll_free"));
    assert_eq!(answer.codes(), others);
    let route = json!({"check": "support_route", "topic": "outage", "region": "na"});
    let answer = answer_json(&route.to_string(), &policy);
    assert_eq!((answer.outcome(), answer.codes()), (Outcome::Ok, vec![]));
}

#[test]
fn a_request_that_cannot_be_read_is_answered_with_its_code_whether_malformed_or_too_large() {
    let policy = Policy::default();
    let answer = answer_json_bytes(b"{\"check\": \"\xff\"}", &policy);
    assert_eq!(
        (answer.outcome(), answer.codes()),
        (Outcome::Malformed, vec!["input.malformed"])
    );
    assert_eq!(
        answer.to_json(),
        r#"{"code":"input.malformed","message":"not UTF-8 text: invalid byte at offset 11","path":""}"#
    );
    let huge = vec![b' '; MAX_REQUEST_BYTES + 1];
    let answer = answer_json_bytes(&huge, &policy);
    assert_eq!(
        (answer.outcome(), answer.codes()),
        (Outcome::Malformed, vec!["input.too_large"])
    );
}

#[test]
fn the_worst_outcome_of_a_batch_is_the_greatest() {
    assert!(Outcome::Ok < Outcome::Errors && Outcome::Errors < Outcome::Malformed);
    let worst = [
        Outcome::Errors,
        Outcome::Ok,
        Outcome::Malformed,
        Outcome::Ok,
    ]
    .into_iter()
    .max();
    assert_eq!(worst, Some(Outcome::Malformed));
}

#[test]
fn work_mapped_in_order_keeps_the_items_order_for_any_count_of_items_and_threads() {
    for count in [0, 1, 63, 64, 65, 1000] {
        let items: Vec<usize> = (0..count).collect();
        for threads in [1, 2, 5, 64] {
            let doubled = map_in_order(&items, threads, |item| item * 2);
            assert_eq!(
                doubled,
                items.iter().map(|item| item * 2).collect::<Vec<_>>()
            );
        }
    }
}

#[test]
fn many_items_are_worked_on_by_several_threads_when_there_are_cores_for_them() {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let items: Vec<u32> = (0..64).collect();
    let worker = |_: &u32| {
        std::thread::sleep(std::time::Duration::from_millis(2));
        std::thread::current().id()
    };
    let workers: HashSet<ThreadId> = map_in_order(&items, cores, worker).into_iter().collect();
    assert_eq!(
        workers.len() > 1,
        cores > 1,
        "{} threads on {cores} cores",
        workers.len()
    );
    let alone: HashSet<ThreadId> = map_in_order(&items, 1, worker).into_iter().collect();
    assert_eq!(alone, HashSet::from([std::thread::current().id()]));
}
