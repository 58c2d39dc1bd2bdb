//! Valid-shaped requests of every check built from the fuzzer's bytes (`arbitrary`):
//! numbers of every class in every writing, blocks, dates, flags and texts, in each language
//! and under each built-in policy. The typed and
//! JSON entry points agree byte for byte, `ok` is true exactly when no finding is an
//! error, every message is filled in (no `{param}` left), and a second run gives the same
//! bytes.
#![no_main]

use arbitrary::Arbitrary;
use callplan::{evaluate, evaluate_json, Policy, Request};
use libfuzzer_sys::fuzz_target;
use serde_json::{json, Value};

/// A phone number as people write them, of any class.
#[derive(Arbitrary, Debug)]
enum Number {
    Us { area: u8, exchange: u16, line: u16, writing: u8 },
    Other { area: u16, exchange: u16, line: u16 },
    Text(String),
}

impl Number {
    fn written(&self) -> String {
        match self {
            Number::Us { area, exchange, line, writing } => {
                let area = [212, 415, 800, 416, 900, 876, 787, 911, 555, 100][usize::from(*area) % 10];
                let (exchange, line) = (200 + exchange % 800, line % 10_000);
                match writing % 6 {
                    0 => format!("+1{area}{exchange}{line:04}"),
                    1 => format!("+1 {area}-{exchange}-{line:04}"),
                    2 => format!("({area}) {exchange}-{line:04}"),
                    3 => format!("{area}.{exchange}.{line:04}"),
                    4 => format!("1-{area}-{exchange}-{line:04}"),
                    _ => format!("{area}{exchange}{line:04}"),
                }
            }
            Number::Other { area, exchange, line } => format!("+{} {exchange} {line}", area % 1000),
            Number::Text(text) => text.clone(),
        }
    }
}

/// A date near 2024, or not a date at all.
#[derive(Arbitrary, Debug)]
struct Date(u16);

impl Date {
    fn written(&self) -> String {
        let day = u32::from(self.0 % 1200);
        let (year, rest) = (2023 + day / 372, day % 372);
        format!("{year:04}-{:02}-{:02}", rest / 31 + 1, rest % 31 + 1)
    }
}

#[derive(Arbitrary, Debug)]
enum Fuzzed {
    Order { plan: bool, trial: bool, used: u8, enabled: bool, numbers: Vec<Number>, blocks: Vec<(Number, u16)>, lists: Vec<Vec<Number>>, select: Option<(u8, Number, i32)> },
    Port { today: Date, trial: bool, enabled: bool, numbers: Vec<(Number, Option<bool>, u8)>, provider: String, invoice: Option<(String, String, Date, Vec<u8>)>, signer: u8, date: Option<Date> },
    Removal { singles: Vec<Number>, blocks: Vec<(Number, u16)>, remove: Vec<Number> },
    Reschedule { today: Date, current: Date, new: Date, foc: bool },
    Billing { items: Vec<(u8, Option<Date>)> },
    Setup { names: (String, String), email: String, phone: Number, address: Address },
    Eligibility { flags: (bool, bool, bool), plans: u8, locations: Vec<(String, bool, u8, Option<bool>)> },
    Support { topic: u8, region: u8 },
    Emergency { location: Address, user: Option<Address> },
}

/// An emergency address in the US, Canada or elsewhere, with any texts.
#[derive(Arbitrary, Debug)]
struct Address { line1: String, city: String, state: String, zip: String, country: u8 }

impl Address {
    fn written(&self) -> Value {
        json!({"line1": self.line1, "city": self.city, "state": self.state, "zip": self.zip,
               "country": COUNTRIES[usize::from(self.country) % 4]})
    }
}

/// The request as fuzzed, the language of its messages and the built-in policy it is judged under.
#[derive(Arbitrary, Debug)]
struct Case { fuzzed: Fuzzed, locale: u8, cisco_2026: bool }

const STATES: [&str; 5] = ["CA", "NY", "PR", "ZZ", "dc"];
const COUNTRIES: [&str; 4] = ["US", "CA", "MX", ""];
const LOCALES: [&str; 3] = ["en", "sv", "fr"];
const LINE_TYPES: [&str; 7] = ["voice", "dsl", "alarm", "security", "line_system", "fax", "unknown"];
const SIGNERS: [&str; 3] = ["account_owner", "authorized_signer", "other"];
const PSTN: [&str; 3] = ["cisco_calling_plan", "cloud_connected_pstn", "premises_based_pstn"];
const REGIONS: [&str; 3] = ["na", "emea", "apac"];
const TOPICS: [&str; 8] = ["documentation", "expedite_port", "port_rejected", "outage", "billing_dispute", "order_cancellation", "call_quality", "weather"];

fn numbers(list: &[Number]) -> Vec<String> {
    list.iter().map(Number::written).collect()
}

impl Fuzzed {
    fn request(&self) -> Value {
        match self {
            Fuzzed::Order { plan, trial, used, enabled, numbers: singles, blocks, lists, select } => {
                let mut blocks: Vec<Value> = blocks.iter().map(|(first, size)| json!({"first": first.written(), "size": size % 120})).collect();
                blocks.extend(lists.iter().map(|list| json!({"numbers": numbers(list)})));
                let mut request = json!({"check": if *plan { "order_plan" } else { "new_number_order" },
                    "org": {"trial": trial, "trial_numbers_used": used}, "location": {"calling_plan_enabled": enabled},
                    "numbers": numbers(singles), "blocks": blocks});
                if let Some((state, area, quantity)) = select {
                    let area: String = area.written().chars().filter(char::is_ascii_digit).take(3).collect();
                    request["auto_select"] = json!({"country": "US", "state": STATES[usize::from(*state) % 5], "area_code": area, "quantity": quantity % 300});
                }
                request
            }
            Fuzzed::Port { today, trial, enabled, numbers: entries, provider, invoice, signer, date } => {
                let entries: Vec<Value> = entries.iter().map(|(number, portable, line)| {
                    let mut entry = json!({"number": number.written(), "line_type": LINE_TYPES[usize::from(*line) % 7]});
                    if let Some(portable) = portable { entry["portable"] = json!(portable); }
                    entry
                }).collect();
                let mut request = json!({"check": "port_order", "today": today.written(), "org": {"trial": trial},
                    "location": {"calling_plan_enabled": enabled}, "numbers": entries,
                    "account": {"provider": provider, "account_number": "1", "account_name": "A"},
                    "loa": {"first_name": "Ada", "last_name": "L", "signer_role": SIGNERS[usize::from(*signer) % 3]}});
                if let Some((name, media_type, issued, head)) = invoice {
                    let magic: String = head.iter().take(12).map(|byte| char::from(b'A' + byte % 26)).collect();
                    request["invoice"] = json!({"file_name": name, "media_type": media_type, "issued": issued.written(), "magic": magic});
                }
                if let Some(date) = date { request["requested_port_date"] = json!(date.written()); }
                request
            }
            Fuzzed::Removal { singles, blocks, remove } => {
                let blocks: Vec<Value> = blocks.iter().enumerate().map(|(index, (first, size))| json!({"id": format!("B{index}"), "first": first.written(), "size": size % 200})).collect();
                json!({"check": "number_removal", "inventory": {"singles": numbers(singles), "blocks": blocks}, "remove": numbers(remove)})
            }
            Fuzzed::Reschedule { today, current, new, foc } => json!({"check": "port_reschedule",
                "today": today.written(), "current_date": current.written(), "new_date": new.written(), "foc_received": foc}),
            Fuzzed::Billing { items } => {
                let items: Vec<Value> = items.iter().map(|(kind, date)| {
                    let date = date.as_ref().map(Date::written);
                    match kind % 5 {
                        0 => json!({"kind": "outbound_calling_plan", "source": "ccw", "requested_service_date": date}),
                        1 => json!({"kind": "calling_plan", "source": "control_hub", "provisioned": date}),
                        2 => json!({"kind": "number", "origin": "new", "provisioned": date}),
                        3 => json!({"kind": "number", "origin": "ported", "port_completed": date}),
                        _ => json!({"kind": "usage", "call_date": date}),
                    }
                }).collect();
                json!({"check": "billing_start", "items": items})
            }
            Fuzzed::Setup { names, email, phone, address } => json!({"check": "location_setup",
                "contact": {"first_name": names.0, "last_name": names.1, "email": email, "phone": phone.written()},
                "emergency_address": address.written()}),
            Fuzzed::Emergency { location, user } => json!({"check": "emergency_address",
                "location_address": location.written(), "user_address": user.as_ref().map(Address::written)}),
            Fuzzed::Eligibility { flags, plans, locations } => {
                let locations: Vec<Value> = locations.iter().map(|(id, existing, pstn, gateway)| {
                    let mut location = json!({"id": id, "country": if *existing { "US" } else { "CA" }, "existing_webex_calling": existing,
                        "pstn": PSTN[usize::from(*pstn) % 3]});
                    if let Some(gateway) = gateway { location["local_gateway_enabled"] = json!(gateway); }
                    location
                }).collect();
                json!({"check": "location_eligibility", "partner": {"var_authorized": flags.0, "pstn_program_enrolled": flags.1},
                    "org": {"trial": flags.2, "outbound_calling_plans": plans}, "locations": locations})
            }
            Fuzzed::Support { topic, region } => json!({"check": "support_route",
                "topic": TOPICS[usize::from(*topic) % 8], "region": REGIONS[usize::from(*region) % 3]}),
        }
    }
}

fuzz_target!(|case: Case| {
    let mut request = case.fuzzed.request();
    request["locale"] = json!(LOCALES[usize::from(case.locale) % 3]);
    let policy = if case.cisco_2026 { Policy::parse("cisco-2026").unwrap() } else { Policy::default() };
    let text = request.to_string();
    let answer = evaluate_json(&text, &policy);
    assert_eq!(answer, evaluate_json(&text, &policy), "same request, same bytes");
    let Ok(typed) = Request::from_value(request) else { return };
    let response = evaluate(&typed, &policy);
    assert_eq!(answer, response.to_json(), "typed and JSON entry points agree");
    let has_error = response.findings.iter().any(|finding| finding.severity == callplan::Severity::Error);
    assert_eq!(response.ok, !has_error);
    for finding in &response.findings {
        let unfilled = finding.message.contains('{') && !finding.params.entries().any(|(_, value)| serde_json::to_string(&value).unwrap_or_default().contains('{'));
        assert!(!unfilled, "unfilled message: {}", finding.message);
    }
});
