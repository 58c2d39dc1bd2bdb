//! Cisco Calling Plan (the Webex Calling PSTN service) policy checks: know, before you
//! submit an order, a port request or a location set-up, whether Cisco will accept it — and
//! if not, which field is wrong and why, in words for the person filling the form.
//!
//! ```
//! use callplan::{check_new_number_order, Locale, NewNumberOrder, Policy};
//!
//! let order: NewNumberOrder = serde_json::from_str(
//!     r#"{"org": {"trial": false}, "location": {"calling_plan_enabled": true},
//!         "numbers": ["(415) 555-2671", "+1 800 555 0100"]}"#,
//! )?;
//! let response = check_new_number_order(&order, &Policy::default(), Locale::En);
//! assert!(!response.ok);
//! let error = &response.findings[0];
//! assert_eq!((error.rule.code(), error.path.as_str()), ("number.toll_free", "/numbers/1"));
//! assert_eq!(
//!     error.message,
//!     "+18005550100 is a toll-free number; toll-free numbers are not available with Cisco Calling Plan."
//! );
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! ## Which function do I call?
//!
//! | you have | call | you get |
//! |---|---|---|
//! | JSON text from a client | [`evaluate_json`] ([`evaluate_json_bytes`] for a body as received) | JSON text: the [`Response`] or the [`Malformed`] value |
//! | a typed [`Request`] (from [`Request::from_json`], or [`Request::from_json_bytes`] for a body as received) | [`evaluate`] | a [`Response`] |
//! | the input of one check | [`check_new_number_order`], [`check_port_order`], … (one per [`Check`]) | a [`Response`] |
//! | a request, to answer as every door does (JSON, outcome, codes) | [`answer::answer_json`], [`answer::answer_json_bytes`] | an [`Answer`] |
//! | many requests (lines of a file, rows of a column) | `answer::answer_all` / `answer::map_in_order` (feature `threads`) | the [`Answer`]s, in order, answered on several threads |
//! | a phone number as typed or pasted | [`classify`] (E.164, class, region, extension), [`class_of`] (class only), [`normalize`] | [`Classified`], [`NumberClass`], E.164 text |
//! | an HTTP `Accept-Language` header | [`Locale::negotiate`] | the [`Locale`] of the messages |
//! | a policy other than `seed-2024` | [`Policy::named`] (`"cisco-2026"`), [`Policy::from_json`], [`Policy::parse`] (either) | a [`Policy`] to pass to the above |
//! | the rule catalogue | [`Rule::ALL`] with [`Rule::code`], [`Rule::severity`], [`Rule::description`] | every rule |
//! | the numbering data's release | [`NUMBERING_DATA_VERSION`] | e.g. `"9.0.43"` |
//! | a folder of regression cases | the `callplan-testing` crate: `read_cases`, `Case::run` | what differs |
//!
//! ## Answers, not errors
//!
//! A request the policy refuses is a [`Response`] whose `ok` is false: every [`Finding`]
//! has its rule's stable code, a [`Severity`] (an error blocks submission, a warning asks
//! for a look, a notice tells what happens next), the JSON Pointer of the field it is about,
//! the message in the request's [`Locale`] (English, Swedish or Canadian French) and the
//! values the message names ([`Params`]). A request that cannot be read at all — bad JSON,
//! a wrong type, an unknown member, a value over a [`limits`] — is a [`Malformed`] value
//! with its path, never a panic, and its message is in the request's locale too when the
//! request names one.
//!
//! ## Policies
//!
//! Every limit and list the rules consult is data, a [`Policy`]: `seed-2024` (the default,
//! the 2024 article: US only, no toll-free numbers) and `cisco-2026` (Cisco's current
//! articles: the US and Canada, toll-free numbers one by one) are built in
//! ([`BuiltInPolicy`]); a policy file names the fields that differ from its `base`:
//!
//! ```
//! use callplan::{evaluate_json, Policy};
//!
//! let toronto = r#"{"check": "new_number_order", "org": {"trial": false},
//!     "location": {"calling_plan_enabled": true}, "numbers": ["+1 416 555 0123"], "locale": "fr"}"#;
//! assert!(evaluate_json(toronto, &Policy::default()).contains("number.country_unsupported"));
//! assert!(evaluate_json(toronto, &Policy::parse("cisco-2026")?).starts_with(r#"{"ok":true"#));
//! let pilot = Policy::from_json(r#"{"base": "cisco-2026", "max_numbers_per_order": 250}"#)?;
//! assert_eq!(pilot.max_numbers_per_order, 250);
//! # Ok::<(), callplan::Malformed>(())
//! ```
//!
//! ## Features
//!
//! - `json-schema`: `json_schema()`, the JSON Schema (draft 2020-12) of requests, responses
//!   and the policy, made from the same types (`callplan schema` writes it).
//! - `typescript`: TypeScript declarations of the same types, for the WASM package.
//! - `threads`: `answer::answer_all` and `answer::map_in_order`, many requests answered
//!   at once on rayon's threads, in their order (the command line's `--jsonl` and the
//!   Python package's column verbs).
//!
//! The same core answers through the `callplan` command line, the npm package
//! (WebAssembly), the Python package and its Arrow, Polars and Spark verbs, byte for byte.
//!
//! The library is pure and deterministic: no clock (`today` is an input), no randomness,
//! no I/O, no `unsafe`, and no panic on any input.
//!
//! ## Layers
//!
//! Modules are private and import only downwards: the contract (reading requests,
//! responses, malformed input, limits) → the checks (one module per POLICY §3 section,
//! plus what several share) → findings → the catalogue (rules with their messages, policy
//! parameters) → numbers and dates → the leaves (reading typed values out of JSON, and
//! ordering). `tests/architecture.rs` holds every import to that. Everything a user names
//! is re-exported here, at one path.
#![forbid(unsafe_code)]
// The core counts only with checked or saturating arithmetic, never prints, and has no
// unreachable or unfinished code (the workspace's lints add no unwrap, panic or indexing).
#![deny(
    clippy::arithmetic_side_effects,
    clippy::unreachable,
    clippy::print_stdout,
    clippy::print_stderr
)]

/// The README's Rust examples, run as doctests (the README is the repository's front door,
/// not the crate's docs).
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

/// The Rust examples of the guide to countries and policies, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../docs/countries-and-policies.md")]
pub struct CountriesDoctests;

pub mod answer;
mod catalogue;
mod checks;
mod contract;
mod date;
mod findings;
mod locale;
mod numbers;
mod ordering;
mod pointer;
mod problem;
mod read_json;
mod serde_name;
mod template;

pub use answer::Answer;
pub use catalogue::declare::{FormField, ParamValue, Severity};
pub use catalogue::policy::{
    BuiltInPolicy, Country, ExistingLocations, InvoiceFormat, Policy, TollFreePolicy,
    UnlistedAreaCodes,
};
pub use catalogue::rules::{Params, Rule};
pub use checks::billing_start::{
    BillingItem, BillingOutcome, BillingResult, BillingStart, NumberItem, OcpSource, PendingOn,
    PlanSource,
};
pub use checks::emergency_address::{AddressSource, EffectiveAddress, EmergencyAddressRequest};
pub use checks::location_eligibility::{
    EligibilityOrg, Location, LocationEligibility, Partner, PstnOption,
};
pub use checks::location_setup::{Contact, LocationSetup};
pub use checks::number_removal::{
    Inventory, InventoryBlock, NumberRemoval, PartialBlock, RemovalResult,
};
pub use checks::order_plan::OrderPlan;
pub use checks::port_order::{
    Account, Invoice, LineType, Loa, PortNumber, PortOrder, PortOrg, SignerRole,
};
pub use checks::port_reschedule::PortReschedule;
pub use checks::shared::address::Address;
pub use checks::shared::desks::{Channel, Desk, DeskId, Region};
pub use checks::shared::order::{
    AutoSelect, Block, BlockList, BlockRange, CallingPlanLocation, NewNumberOrder, TrialOrg,
};
pub use checks::support_route::SupportRoute;
pub use checks::{Check, CheckResult};
pub use contract::malformed::{Malformed, MalformedCode};
pub use contract::request::Request;
pub use contract::response::Response;
pub use date::CalendarDate;
pub use findings::Finding;
pub use locale::Locale;
pub use numbers::{
    class_of, classify, is_geographic_area_code_of, is_us_geographic_area_code, normalize,
    Classified, NanpNumber, NumberClass, NUMBERING_DATA_VERSION,
};
pub use pointer::push_token as push_pointer_token;

/// What a request read from JSON may hold; over a limit the answer is `input.too_large`.
pub mod limits {
    pub use crate::contract::limits::{
        check_request_size, MAX_DEPTH, MAX_LIST_ITEMS, MAX_NUMBERS, MAX_REQUEST_BYTES,
        MAX_TEXT_CHARS,
    };
}

/// The JSON Schema (draft 2020-12) of the contract, made from the same types and serde
/// attributes as the reader and the TypeScript declarations: `$defs` holds `Request`,
/// `Response`, `Malformed` and `Policy` and every shape they name. The schema is as lenient
/// as the reader or more: what the reader accepts, it accepts. It cannot say the limits
/// (sizes, depth, counts) nor which dates exist (`2024-02-30` has the date's shape).
#[cfg(feature = "json-schema")]
pub fn json_schema() -> serde_json::Value {
    let mut generator = schemars::generate::SchemaSettings::draft2020_12().into_generator();
    let roots = [
        ("Request", generator.subschema_for::<Request>()),
        ("Response", generator.subschema_for::<Response>()),
        ("Malformed", generator.subschema_for::<Malformed>()),
        ("Policy", generator.subschema_for::<Policy>()),
    ];
    let mut definitions = generator.take_definitions(true);
    for (name, schema) in roots {
        definitions.entry(name).or_insert_with(|| schema.to_value());
    }
    serde_json::json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": concat!("https://github.com/callplan/callplan/schema/", env!("CARGO_PKG_VERSION"), ".json"),
        "title": "callplan: requests, responses and the policy",
        "$defs": definitions,
    })
}

/// Evaluates a request under a policy.
///
/// ```
/// use callplan::{evaluate, Policy, Request};
/// let request = Request::from_json(r#"{"check": "support_route", "topic": "billing_dispute", "region": "na"}"#).unwrap();
/// let response = evaluate(&request, &Policy::default());
/// assert!(response.ok);
/// ```
pub fn evaluate(request: &Request, policy: &Policy) -> Response {
    Response::new(request.check.run(policy), request.locale)
}

/// Evaluates a request given as JSON text and answers with JSON text: the response, or
/// the `input.malformed` error value.
///
/// ```
/// use callplan::{evaluate_json, Policy};
/// let response = evaluate_json(
///     r#"{"check": "new_number_order", "org": {"trial": false},
///         "location": {"calling_plan_enabled": true}, "numbers": ["+1 800 555 0100"]}"#,
///     &Policy::default(),
/// );
/// assert!(response.contains(r#""rule":"number.toll_free""#));
/// ```
pub fn evaluate_json(request: &str, policy: &Policy) -> String {
    answer::answer_json(request, policy).to_json()
}

/// Evaluates a request given as the bytes of JSON text, as a server or a pipe receives them,
/// and answers with JSON text: bytes that are not UTF-8 or over the size limit are the
/// `input.malformed` / `input.too_large` value.
///
/// ```
/// use callplan::{evaluate_json_bytes, Policy};
/// let response = evaluate_json_bytes(b"{\"check\": \"\xff\"}", &Policy::default());
/// assert!(response.starts_with(r#"{"code":"input.malformed""#));
/// ```
pub fn evaluate_json_bytes(request: &[u8], policy: &Policy) -> String {
    answer::answer_json_bytes(request, policy).to_json()
}

/// Makes the public `check_*` functions from the table of checks.
macro_rules! public_check_functions {
    ($(
        $variant:ident {
            name: $name:literal,
            module: $module:ident,
            check: $check:ident,
            input: $input:ident,
            rust: $rust:ident,
            js: $js:literal,
            section: $section:literal,
            doc: $doc:literal,
        }
    )*) => {$(
        #[doc = concat!("`", $name, "`: ", $doc, " [POLICY ", $section, "]")]
        pub fn $rust(input: &$input, policy: &Policy, locale: Locale) -> Response {
            Response::new(checks::run::<checks::$module::$check>(input, policy), locale)
        }
    )*};
}

for_each_check!(public_check_functions);
