//! Hostile input: what a frontend passes when a user types or pastes anything, and what a
//! backend receives over the network. Everything is answered with a verdict or an
//! `input.malformed` / `input.too_large` error, within the documented limits.

#[path = "support/cases.rs"]
mod support_cases;

use callplan::limits::{MAX_DEPTH, MAX_LIST_ITEMS, MAX_NUMBERS, MAX_REQUEST_BYTES, MAX_TEXT_CHARS};
use callplan::{class_of, classify};
use callplan::{evaluate_json, NumberClass, Policy};
use callplan_testing::item_with;
use serde_json::{json, Value};

fn answer(request: &Value) -> Value {
    let text = evaluate_json(&request.to_string(), &Policy::default());
    serde_json::from_str(&text).unwrap_or_else(|error| Value::String(format!("{error}: {text}")))
}

fn order(numbers: Vec<String>) -> Value {
    json!({"check": "new_number_order", "org": {"trial": false},
           "location": {"calling_plan_enabled": true}, "numbers": numbers})
}

fn setup(first_name: &str, line1: &str) -> Value {
    json!({"check": "location_setup",
           "contact": {"first_name": first_name, "last_name": "Lovelace", "email": "ada@example.com", "phone": "(415) 555-2671"},
           "emergency_address": {"line1": line1, "city": "San Francisco", "state": "CA", "zip": "94105", "country": "US"}})
}

/// The error's code and path, when the answer is an error rather than a response.
fn error_at(answer: &Value) -> Option<(String, String)> {
    let code = answer.get("code")?.as_str()?.to_owned();
    let path = answer.get("path")?.as_str()?.to_owned();
    Some((code, path))
}

fn too_large_at(path: &str) -> Option<(String, String)> {
    Some(("input.too_large".to_owned(), path.to_owned()))
}

fn malformed_at(path: &str) -> Option<(String, String)> {
    Some(("input.malformed".to_owned(), path.to_owned()))
}

#[test]
fn a_request_over_the_byte_limit_is_too_large() {
    let text = format!(
        "{{\"check\": \"support_route\", \"topic\": \"{}\"}}",
        "x".repeat(MAX_REQUEST_BYTES)
    );
    let answer: Value = serde_json::from_str(&evaluate_json(&text, &Policy::default())).unwrap();
    assert_eq!(error_at(&answer), too_large_at(""));
    assert!(answer["message"].as_str().unwrap().contains("2097152"));
}

#[test]
fn each_limit_names_the_field_over_it() {
    let many = order(vec!["(415) 555-2671".to_owned(); MAX_LIST_ITEMS + 1]);
    assert_eq!(error_at(&answer(&many)), too_large_at("/numbers"));
    let at_the_limit = order(vec!["(415) 555-2671".to_owned(); MAX_LIST_ITEMS]);
    assert_eq!(
        error_at(&answer(&at_the_limit)),
        None,
        "exactly the limit is a verdict"
    );

    let long_name = setup(&"a".repeat(MAX_TEXT_CHARS + 1), "1 Market St");
    assert_eq!(
        error_at(&answer(&long_name)),
        too_large_at("/contact/first_name")
    );
    let longest_name = setup(&"é".repeat(MAX_TEXT_CHARS), "1 Market St");
    assert_eq!(
        error_at(&answer(&longest_name)),
        None,
        "characters are counted, not bytes"
    );

    let mut deep = json!(1);
    for _ in 0..=MAX_DEPTH {
        deep = json!([deep]);
    }
    let nested = json!({"check": "billing_start", "items": deep});
    assert_eq!(error_at(&answer(&nested)).unwrap().0, "input.too_large");

    let quantity = json!({"check": "order_plan", "org": {"trial": false}, "location": {"calling_plan_enabled": true},
        "auto_select": {"country": "US", "state": "NY", "area_code": "212", "quantity": MAX_NUMBERS + 1}});
    assert_eq!(
        error_at(&answer(&quantity)),
        too_large_at("/auto_select/quantity")
    );

    let blocks: Vec<Value> = (0..101)
        .map(|b| json!({"id": format!("B{b}"), "first": "+1 212 555 0000", "size": 10_000}))
        .collect();
    let removal = json!({"check": "number_removal", "inventory": {"singles": [], "blocks": blocks}, "remove": []});
    assert_eq!(error_at(&answer(&removal)), too_large_at("/inventory"));
}

#[test]
fn a_planned_order_of_the_largest_quantity_is_answered() {
    let quantity = json!({"check": "order_plan", "org": {"trial": false}, "location": {"calling_plan_enabled": true},
        "auto_select": {"country": "US", "state": "NY", "area_code": "212", "quantity": MAX_NUMBERS}});
    let plan = answer(&quantity);
    assert_eq!(plan["ok"], true);
    assert_eq!(plan["result"]["orders"].as_array().unwrap().len(), 10_000);
}

#[test]
fn control_and_bidi_override_characters_are_malformed_where_they_are() {
    let nul = setup("Ada\u{0}", "1 Market St");
    assert_eq!(error_at(&answer(&nul)), malformed_at("/contact/first_name"));
    let escape = setup("Ada", "1 Market St\u{1b}[2J");
    assert_eq!(
        error_at(&answer(&escape)),
        malformed_at("/emergency_address/line1")
    );
    let override_ = setup("Ada", "1 Market St \u{202E}tfel\u{202C}");
    assert_eq!(
        error_at(&answer(&override_)),
        malformed_at("/emergency_address/line1")
    );
    let message = answer(&nul)["message"].as_str().unwrap().to_owned();
    assert!(message.contains("U+0000"), "{message}");
}

#[test]
fn emoji_right_to_left_text_and_markup_are_kept_as_typed() {
    let name = "Ada 👩‍💻 \u{200F}אדה\u{200F}";
    let line1 = "PO Box 12 <script>alert(1)</script> 🏢";
    let response = answer(&setup(name, line1));
    assert_eq!(
        response["ok"], true,
        "names and addresses may hold any printable text"
    );
    let po_box = item_with(&response["findings"], "rule", "address.po_box").unwrap();
    assert!(
        po_box["params"]
            .to_string()
            .contains("<script>alert(1)</script> 🏢"),
        "params echo the text unchanged"
    );
    let email = json!({"check": "location_setup",
        "contact": {"first_name": "Ada", "last_name": "L", "email": "<img src=x onerror=alert(1)>", "phone": "(415) 555-2671"},
        "emergency_address": {"line1": "1 Market St", "city": "San Francisco", "state": "CA", "zip": "94105", "country": "US"}});
    let invalid = answer(&email)["findings"][0].clone();
    assert_eq!(invalid["rule"], "contact.invalid_email");
    assert!(
        invalid["message"]
            .as_str()
            .unwrap()
            .contains("<img src=x onerror=alert(1)>"),
        "messages are plain text: a page must insert them as text (the demo's test shows it inert)"
    );
}

#[test]
fn look_alike_digits_spaces_and_invisible_marks_are_read_as_the_number_they_show() {
    let writings = [
        "＋１ ４１５ ５５５ ２６７１",     // fullwidth digits and plus
        "(415)\u{A0}555\u{2011}2671",      // no-break space, non-breaking hyphen
        "415\u{2009}555\u{2009}2671",      // thin spaces
        "\u{200E}+1 415 555 2671\u{200E}", // left-to-right marks around a pasted number
        "\u{FEFF}415-555-2671",            // byte-order mark from a CSV file
        "４１５−５５５−２６７１",          // fullwidth digits, minus signs
    ];
    for writing in writings {
        let classified = classify(writing);
        assert_eq!(
            classified.e164.as_deref(),
            Some("+14155552671"),
            "{writing:?}"
        );
        assert_eq!(class_of(writing), NumberClass::UsGeographic);
    }
    for refused in ["٤١٥٥٥٥٢٦٧١", "415\u{0}5552671", "☎ 415 555 2671"] {
        assert_eq!(classify(refused).class, NumberClass::Invalid, "{refused:?}");
    }
}

#[test]
fn a_zip_code_in_fullwidth_digits_is_not_a_zip_code() {
    let mut request = setup("Ada", "1 Market St");
    request["emergency_address"]["zip"] = json!("９４１０５");
    let response = answer(&request);
    let finding = item_with(&response["findings"], "rule", "address.invalid_zip").unwrap();
    assert_eq!(
        finding["params"]["zip"], "９４１０５",
        "an emergency address is checked as typed, never rewritten"
    );
}

#[test]
fn answers_are_the_same_from_any_number_of_threads() {
    let policy = Policy::default();
    let requests: Vec<String> = support_cases::corpus()
        .iter()
        .map(|(_, case)| case.request.to_string())
        .collect();
    let sequential: Vec<String> = requests.iter().map(|r| evaluate_json(r, &policy)).collect();
    for threads in [2, 4, 8] {
        let concurrent: Vec<Vec<String>> = std::thread::scope(|scope| {
            let workers: Vec<_> = (0..threads)
                .map(|_| {
                    scope.spawn(|| {
                        requests
                            .iter()
                            .map(|r| evaluate_json(r, &policy))
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            workers
                .into_iter()
                .map(|worker| worker.join().unwrap())
                .collect()
        });
        for answers in concurrent {
            assert_eq!(answers, sequential, "{threads} threads");
        }
    }
}
