//! Each rule at its boundary: the inputs just inside and just outside what a rule allows,
//! stated as the rule states them (found by mutation testing: each of these was a change to
//! a rule that no other test noticed).

use callplan::{evaluate_json, Policy};
use callplan_testing::item_with;
use serde_json::{json, Value};

/// The rule codes of the answer's findings, with their paths.
fn findings(request: &Value, policy: &Policy) -> Vec<(String, String)> {
    let answer: Value =
        serde_json::from_str(&evaluate_json(&request.to_string(), policy)).unwrap_or(Value::Null);
    let text = |finding: &Value, key: &str| {
        finding
            .get(key)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned()
    };
    answer
        .get("findings")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|finding| (text(finding, "rule"), text(finding, "path")))
        .collect()
}

fn has(request: &Value, policy: &Policy, rule: &str) -> bool {
    findings(request, policy)
        .iter()
        .any(|(code, _)| code == rule)
}

fn setup_with_email(email: &str) -> Value {
    json!({"check": "location_setup",
        "contact": {"first_name": "Ada", "last_name": "Lovelace", "email": email, "phone": "(415) 555-2671"},
        "emergency_address": {"line1": "1 Market St", "city": "San Francisco", "state": "CA", "zip": "94105", "country": "US"}})
}

#[test]
fn a_plausible_email_is_local_at_dotted_domain_with_a_letter_tld() {
    let long_local = format!("{}@example.com", "a".repeat(65));
    let refused = [
        ".ada@example.com",
        "ada.@example.com",
        "ada..lovelace@example.com",
        long_local.as_str(),
        "ada(work)@example.com",
        "ada,lovelace@example.com",
        "ada@-example.com",
        "ada@example-.com",
        "ada@example.c0m",
        "ada@example.c",
        "ada@example",
        "ada@exa_mple.com",
        "ada@@example.com",
        "@example.com",
    ];
    for email in refused {
        let request = setup_with_email(email);
        assert!(
            has(&request, &Policy::default(), "contact.invalid_email"),
            "{email} is refused"
        );
    }
    let sixty_four = format!("{}@example.com", "a".repeat(64));
    let accepted = [
        "ada@example.com",
        "ada.lovelace+calls@mail.example-site.co.uk",
        "a-b_c!#$%&'*+/=?^`{|}~@example.io",
        sixty_four.as_str(),
    ];
    for email in accepted {
        let request = setup_with_email(email);
        assert!(
            !has(&request, &Policy::default(), "contact.invalid_email"),
            "{email} is accepted"
        );
    }
}

#[test]
fn exactly_the_minimum_of_outbound_calling_plans_passes() {
    let policy = Policy::from_json(r#"{"min_outbound_calling_plans": 2}"#).unwrap_or_default();
    let eligibility = |plans: u32| {
        json!({"check": "location_eligibility",
            "partner": {"var_authorized": true, "pstn_program_enrolled": true},
            "org": {"trial": false, "outbound_calling_plans": plans},
            "locations": [{"id": "L1", "country": "US", "pstn": "cisco_calling_plan"}]})
    };
    assert!(!has(
        &eligibility(2),
        &policy,
        "org.no_outbound_calling_plan"
    ));
    assert!(has(
        &eligibility(1),
        &policy,
        "org.no_outbound_calling_plan"
    ));
}

fn port_order(requested: &str, issued: &str, file_name: &str, media_type: &str) -> Value {
    json!({"check": "port_order", "today": "2024-03-31", "org": {"trial": false},
        "location": {"calling_plan_enabled": true},
        "account": {"provider": "Acme", "account_number": "1", "account_name": "Example"},
        "numbers": [{"number": "+1 415 555 2671"}],
        "invoice": {"file_name": file_name, "media_type": media_type, "issued": issued},
        "loa": {"first_name": "Ada", "last_name": "Lovelace", "signer_role": "account_owner"},
        "requested_port_date": requested})
}

#[test]
fn a_port_date_of_today_is_not_in_the_past() {
    let policy = Policy::default();
    let today = port_order("2024-03-31", "2024-03-15", "a.pdf", "application/pdf");
    assert!(!has(&today, &policy, "port.date_in_past"));
    let yesterday = port_order("2024-03-30", "2024-03-15", "a.pdf", "application/pdf");
    assert!(has(&yesterday, &policy, "port.date_in_past"));
}

#[test]
fn an_invoice_issued_today_is_neither_old_nor_in_the_future() {
    let policy = Policy::default();
    let today = port_order("2024-04-15", "2024-03-31", "a.pdf", "application/pdf");
    let rules: Vec<String> = findings(&today, &policy)
        .into_iter()
        .map(|(rule, _)| rule)
        .collect();
    assert!(
        !rules.iter().any(|rule| rule.starts_with("port.invoice")),
        "{rules:?}"
    );
    let tomorrow = port_order("2024-04-15", "2024-04-01", "a.pdf", "application/pdf");
    assert!(has(&tomorrow, &policy, "port.invoice_future_date"));
}

#[test]
fn a_file_name_and_media_type_naming_two_different_formats_is_the_wrong_format() {
    let request = port_order("2024-04-15", "2024-03-15", "bill.png", "application/pdf");
    let found = findings(&request, &Policy::default());
    assert!(found.contains(&(
        "port.invoice_format".to_owned(),
        "/invoice/file_name".to_owned()
    )));
    let agreeing = port_order("2024-04-15", "2024-03-15", "bill.png", "image/png");
    assert!(!has(&agreeing, &Policy::default(), "port.invoice_format"));
}

#[test]
fn a_signer_of_another_role_is_named_in_the_params() {
    let mut request = port_order("2024-04-15", "2024-03-15", "a.pdf", "application/pdf");
    request["loa"]["signer_role"] = json!("other");
    let answer: Value =
        serde_json::from_str(&evaluate_json(&request.to_string(), &Policy::default()))
            .unwrap_or(Value::Null);
    let finding = item_with(
        &answer["findings"],
        "rule",
        "port.loa_signer_not_authorized",
    );
    assert_eq!(
        finding.map(|finding| &finding["params"]),
        Some(&json!({"signer_role": "other"}))
    );
}

#[test]
fn rescheduling_to_today_is_short_notice_but_not_in_the_past() {
    let request = json!({"check": "port_reschedule", "today": "2024-03-31",
        "current_date": "2024-04-20", "new_date": "2024-03-31", "foc_received": false});
    let found = findings(&request, &Policy::default());
    assert!(
        !found.iter().any(|(rule, _)| rule == "port.date_in_past"),
        "{found:?}"
    );
    assert!(found.contains(&(
        "port.short_notice_reschedule".to_owned(),
        "/new_date".to_owned()
    )));
}

fn removal(blocks: Value, remove: &[&str]) -> Value {
    json!({"check": "number_removal", "inventory": {"singles": [], "blocks": blocks}, "remove": remove})
}

#[test]
fn the_number_just_after_a_held_block_is_not_part_of_it() {
    let blocks = json!([{"id": "B", "first": "+1 415 555 0100", "size": 10}]);
    let request = removal(blocks, &["+1 415 555 0110"]);
    let found = findings(&request, &Policy::default());
    assert_eq!(
        found,
        [(
            "removal.not_in_inventory".to_owned(),
            "/remove/0".to_owned()
        )]
    );
}

#[test]
fn a_held_block_near_the_end_of_its_exchange_stops_at_line_9999() {
    // A block of 10 from line 9995 holds 9995–9999 only: removing those five removes it whole.
    let blocks = json!([{"id": "B", "first": "+1 415 555 9995", "size": 10}]);
    let all_five = [
        "+14155559995",
        "+14155559996",
        "+14155559997",
        "+14155559998",
        "+14155559999",
    ];
    let request = removal(blocks.clone(), &all_five);
    assert_eq!(findings(&request, &Policy::default()), []);
    let four = removal(blocks, &all_five[..4]);
    let found = findings(&four, &Policy::default());
    assert_eq!(
        found,
        [("removal.partial_block".to_owned(), "/remove/0".to_owned())]
    );
}

/// The answer's `code` and `path` when it is the malformed or too-large value.
fn refusal(request: &Value) -> Option<(String, String)> {
    let answer: Value =
        serde_json::from_str(&evaluate_json(&request.to_string(), &Policy::default())).ok()?;
    let text = |key: &str| answer.get(key).and_then(Value::as_str).map(str::to_owned);
    Some((text("code")?, text("path")?))
}

fn support_topic(topic: Value) -> Value {
    json!({"check": "support_route", "region": "na", "topic": topic})
}

/// `levels` arrays nested inside one another, the innermost holding a text.
fn nested(levels: usize) -> Value {
    (0..levels).fold(json!("x"), |inner, _| json!([inner]))
}

#[test]
fn a_value_sixteen_levels_below_the_request_is_read_seventeen_is_too_deep() {
    use callplan::limits::MAX_DEPTH;
    // `topic` is one level below the request; 15 arrays put its text 16 levels below.
    let deepest = support_topic(nested(MAX_DEPTH - 1));
    assert_eq!(
        refusal(&deepest),
        Some(("input.malformed".to_owned(), "/topic".to_owned())),
        "16 levels are read (and the topic is then of the wrong type)"
    );
    let too_deep = support_topic(nested(MAX_DEPTH));
    let path = format!("/topic{}", "/0".repeat(MAX_DEPTH));
    assert_eq!(
        refusal(&too_deep),
        Some(("input.too_large".to_owned(), path))
    );
}

#[test]
fn an_order_of_exactly_the_most_numbers_is_answered() {
    use callplan::limits::MAX_NUMBERS;
    let order = |quantity: u64| {
        json!({"check": "new_number_order", "org": {"trial": false}, "location": {"calling_plan_enabled": true},
            "auto_select": {"country": "US", "state": "NY", "area_code": "212", "quantity": quantity}})
    };
    assert_eq!(
        refusal(&order(MAX_NUMBERS)),
        None,
        "the most numbers get a verdict"
    );
    let mut with_a_single = order(MAX_NUMBERS);
    with_a_single["numbers"] = json!(["+1 415 555 2671"]);
    assert_eq!(
        refusal(&with_a_single),
        Some(("input.too_large".to_owned(), String::new())),
        "the most numbers by selection and one more written: the order is too large"
    );
    assert_eq!(
        refusal(&order(MAX_NUMBERS + 1)),
        Some((
            "input.too_large".to_owned(),
            "/auto_select/quantity".to_owned()
        ))
    );
    let blocks: Vec<Value> = (0..100)
        .map(|_| json!({"first": "+1 212 555 0000", "size": 10_000}))
        .collect();
    let full = json!({"check": "new_number_order", "org": {"trial": false},
        "location": {"calling_plan_enabled": true}, "blocks": blocks});
    assert_eq!(
        refusal(&full),
        None,
        "100 blocks of 10,000 are 1,000,000 numbers"
    );
    let one_more = json!({"check": "new_number_order", "org": {"trial": false},
        "location": {"calling_plan_enabled": true}, "blocks": full["blocks"], "numbers": ["+1 415 555 2671"]});
    assert_eq!(
        refusal(&one_more),
        Some(("input.too_large".to_owned(), String::new()))
    );
}

#[test]
fn a_missing_field_is_pointed_at_where_it_should_be() {
    let block_without_size = json!({"check": "new_number_order", "org": {"trial": false},
        "location": {"calling_plan_enabled": true}, "blocks": [{"first": "+1 415 555 0100"}]});
    assert_eq!(
        refusal(&block_without_size),
        Some(("input.malformed".to_owned(), "/blocks/0/size".to_owned()))
    );
    let unknown_inside = json!({"check": "port_reschedule", "today": "2024-03-01",
        "current_port_date": "2024-03-20", "requested_port_date": "2024-03-25"});
    assert_eq!(
        refusal(&unknown_inside),
        Some((
            "input.malformed".to_owned(),
            "/current_port_date".to_owned()
        ))
    );
}

#[test]
fn refusal_codes_read_as_their_names() {
    use callplan::MalformedCode;
    assert_eq!(MalformedCode::Malformed.to_string(), "input.malformed");
    assert_eq!(MalformedCode::TooLarge.to_string(), "input.too_large");
}

#[test]
fn a_value_of_the_wrong_type_is_named_as_json_names_it() {
    let message = |request: Value| {
        let answer: Value =
            serde_json::from_str(&evaluate_json(&request.to_string(), &Policy::default()))
                .unwrap_or(Value::Null);
        answer["message"].as_str().unwrap_or_default().to_owned()
    };
    let support = |topic: Value| json!({"check": "support_route", "region": "na", "topic": topic});
    assert_eq!(
        message(support(json!(7))),
        "invalid type: integer `7`, expected a string"
    );
    assert_eq!(
        message(support(json!(1.5))),
        "invalid type: floating point `1.5`, expected a string"
    );
    assert_eq!(
        message(support(json!(true))),
        "invalid type: boolean `true`, expected a string"
    );
    assert_eq!(
        message(json!({"check": "support_route", "region": null, "topic": "outage"})),
        "invalid type: null, expected one of `na`, `emea`, `apac`"
    );
    assert_eq!(
        message(support(json!(["outage"]))),
        "invalid type: array, expected a string"
    );
    assert_eq!(
        message(support(json!({"name": "outage"}))),
        "invalid type: object, expected a string"
    );
    let trial = json!({"check": "new_number_order", "org": {"trial": "yes \"é\""}});
    assert_eq!(
        message(trial),
        "invalid type: string \"yes \\\"é\\\"\", expected a boolean"
    );
}

#[test]
fn a_whole_number_out_of_its_range_is_named_with_the_range() {
    let used = |count: Value| {
        let request = json!({"check": "new_number_order", "org": {"trial": true,
            "trial_numbers_used": count}, "location": {"calling_plan_enabled": true}});
        let answer: Value =
            serde_json::from_str(&evaluate_json(&request.to_string(), &Policy::default()))
                .unwrap_or(Value::Null);
        (answer["path"].clone(), answer["message"].clone())
    };
    assert_eq!(
        used(json!(4_294_967_296_u64)),
        (
            json!("/org/trial_numbers_used"),
            json!(
                "invalid value: integer `4294967296`, expected a whole number from 0 to 4294967295"
            )
        )
    );
    assert_eq!(
        used(json!(-1)),
        (
            json!("/org/trial_numbers_used"),
            json!("invalid value: integer `-1`, expected a whole number from 0 to 4294967295")
        )
    );
    assert_eq!(used(json!(4_294_967_295_u64)).1, Value::Null);
}

/// The answer's path and message for a billing request with these items.
fn billing_refusal(items: Value) -> (Value, Value) {
    let request = json!({"check": "billing_start", "items": items});
    let answer: Value =
        serde_json::from_str(&evaluate_json(&request.to_string(), &Policy::default()))
            .unwrap_or(Value::Null);
    let field = |name: &str| answer.get(name).cloned().unwrap_or(Value::Null);
    (field("path"), field("message"))
}

#[test]
fn a_wrong_enum_value_names_the_values_it_may_take() {
    assert_eq!(
        billing_refusal(json!([{"kind": 5}])),
        (
            json!("/items/0/kind"),
            json!("invalid type: integer `5`, expected one of `outbound_calling_plan`, `calling_plan`, `number`, `usage`")
        )
    );
    assert_eq!(
        billing_refusal(json!([{"kind": "number", "origin": true}])),
        (
            json!("/items/0/origin"),
            json!("invalid type: boolean `true`, expected `new` or `ported`")
        )
    );
    assert_eq!(
        billing_refusal(json!([{"kind": "outbound_calling_plan", "source": 7}])),
        (
            json!("/items/0/source"),
            json!("invalid type: integer `7`, expected `ccw`")
        )
    );
    let port = json!({"check": "port_order", "today": "2024-03-31",
        "numbers": [{"number": "+1 415 555 2671", "line_type": 3}],
        "requested_port_date": "2024-04-15", "invoice": {"issued": "2024-03-15"}});
    let answer: Value =
        serde_json::from_str(&evaluate_json(&port.to_string(), &Policy::default())).unwrap();
    assert_eq!(
        answer["message"],
        "invalid type: integer `3`, expected one of `voice`, `dsl`, `alarm`, `security`, `line_system`, `fax`, `unknown`"
    );
}

#[test]
fn a_member_a_billing_item_does_not_have_is_refused_at_its_place() {
    assert_eq!(
        billing_refusal(json!([{"kind": "usage", "call_date": "2024-03-15", "colour": "red"}])),
        (
            json!("/items/0/colour"),
            json!("unknown field `colour`, expected `call_date`")
        )
    );
    assert_eq!(
        billing_refusal(json!([{"kind": "number", "origin": "new", "size": 1}])).0,
        json!("/items/0/size")
    );
}
