//! The rule catalogue [POLICY §3]: every rule code with its severity, the seed section it
//! encodes, a one-line description and the parameters its findings carry. One table
//! (`rules!` below) makes the [`Rule`] enum, its accessors and the typed [`Params`].

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use crate::date::CalendarDate;
use crate::serde_name::serde_name;

/// How much a finding matters. Findings of a response come in this order: errors, then
/// warnings, then notices.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
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
        }
    }
}

/// The types a parameter may have, each shown as one kind of [`ParamValue`].
trait ParamType {
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
}

/// A sample value of a parameter type, or its empty value: for tests of every message.
#[cfg(test)]
trait Sample {
    fn sample(empty: bool) -> Self;
}

#[cfg(test)]
mod samples {
    use super::{CalendarDate, FormField, Sample};

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

/// Declares every rule once: its variant, code, severity, seed section, description and
/// parameters (in alphabetical order, the order JSON writes them). A parameter marked
/// `#[optional]` may be empty: the request left the value out.
macro_rules! rules {
    ($(
        $variant:ident = $code:literal, $severity:ident, $seed:literal, $description:literal
            { $( $(#[$optional:ident])? $param:ident: $type:ty ),* };
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

            /// The section of the seed text the rule encodes.
            pub fn seed_section(self) -> &'static str {
                match self { $( Rule::$variant => $seed, )* }
            }

            /// What the rule checks, in English.
            pub fn description(self) -> &'static str {
                match self { $( Rule::$variant => $description, )* }
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
                            && (false $( || stringify!($optional) == "optional" )?))
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
                $variant { $( #[allow(missing_docs)] $param: $type ),* },
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
                        Params::$variant { $( $param ),* } => {
                            $( if name == stringify!($param) {
                                return Some(ParamType::value($param));
                            } )*
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
                        ) ),*
                    }, )*
                }
            }

            /// Every parameter with its name, in the order JSON writes them.
            pub fn entries(&self) -> impl Iterator<Item = (&'static str, ParamValue<'_>)> {
                self.rule()
                    .param_names()
                    .iter()
                    .filter_map(|name| Some((*name, self.get(name)?)))
            }
        }
    };
}

impl Serialize for Params {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        for (name, value) in self.entries() {
            map.serialize_entry(name, &value)?;
        }
        map.end()
    }
}

rules! {
    PartnerNotVarAuthorized = "partner.not_var_authorized", Error, "Requirements",
        "The partner must be an authorised Webex Calling VAR partner to sell Cisco Calling Plan." {};
    PartnerPstnProgramNotEnrolled = "partner.pstn_program_not_enrolled", Error, "Requirements",
        "The partner must have accepted the addendum and enrolled in the Webex Calling VAR PSTN program." {};
    OrgNoOutboundCallingPlan = "org.no_outbound_calling_plan", Error, "Billing",
        "The minimum order is one outbound calling plan (waived in trial: interpretation)."
        { actual: u32, minimum: u32 };
    LocationCountryUnsupported = "location.country_unsupported", Error, "Limitations",
        "Cisco Calling Plan is only available for locations in the served countries (US)."
        { #[optional] allowed: Vec<String>, #[optional] country: String, #[optional] location_id: String };
    LocationExistingCannotTransition = "location.existing_cannot_transition", Error, "Limitations",
        "An existing Webex Calling location cannot transition to Cisco Calling Plan."
        { #[optional] location_id: String };
    LocationLocalGatewayRequired = "location.local_gateway_required", Error, "PSTN options",
        "A premises-based PSTN location needs its local gateway enabled."
        { #[optional] location_id: String };
    ContactMissingField = "contact.missing_field", Error, "Set up a location, step 4",
        "Every field of the contact who signs the legal agreement is required."
        { field: FormField };
    ContactInvalidEmail = "contact.invalid_email", Error, "Set up a location, step 4",
        "The contact's email must be a plausible address." { email: String };
    ContactInvalidPhone = "contact.invalid_phone", Error, "Set up a location, step 4",
        "The contact's phone must be a valid number." { phone: String };
    AddressMissingField = "address.missing_field", Error, "Emergency service address",
        "An emergency address needs line 1, city, state, ZIP code and country."
        { field: FormField };
    AddressCountryUnsupported = "address.country_unsupported", Error, "Emergency service address",
        "An emergency address must be in a served country (US)."
        { #[optional] allowed: Vec<String>, country: String };
    AddressInvalidState = "address.invalid_state", Error, "Emergency service address",
        "The state must be the USPS code of one of the 50 states or DC." { state: String };
    AddressInvalidZip = "address.invalid_zip", Error, "Emergency service address",
        "The ZIP code must be NNNNN or NNNNN-NNNN." { zip: String };
    AddressPoBox = "address.po_box", Warning, "Emergency service address",
        "A PO box is not where callers are; an emergency address must be (interpretation)."
        { line1: String };
    NoticeEsaAppliesToLocation = "notice.esa_applies_to_location", Info, "Set up a location, step 5",
        "The location's emergency address applies to all its numbers unless a user gets a custom one." {};
    LocationCallingPlanNotEnabled = "location.calling_plan_not_enabled", Error, "Order new numbers; Port numbers",
        "Cisco Calling Plan must be enabled for the location before ordering or porting numbers." {};
    OrderEmpty = "order.empty", Error, "Order new numbers; Port numbers",
        "The order asks for no numbers." {};
    OrderTooManyNumbers = "order.too_many_numbers", Error, "Limitations",
        "An order holds at most 100 new numbers; more go in a separate order."
        { actual: u64, limit: u64 };
    TrialNumberLimit = "trial.number_limit", Error, "Limitations",
        "An organisation in trial may create at most 10 new numbers."
        { limit: u64, requested: u64, used: u64 };
    NumberInvalid = "number.invalid", Error, "Number policy",
        "The number is not a possible, valid phone number." { #[optional] number: String };
    NumberNotUs = "number.not_us", Error, "Limitations",
        "The number is outside the United States; the service is US-only." { number: String };
    NumberTollFree = "number.toll_free", Error, "Limitations",
        "Toll-free numbers cannot be ordered or ported." { number: String };
    NumberNotGeographic = "number.not_geographic", Error, "Number policy",
        "The number is not an ordinary US geographic line (premium-rate, personal, …)."
        { number: String };
    NumberDuplicate = "number.duplicate", Error, "Number policy",
        "The same number appears twice." { first_path: String, number: String };
    NumberHasExtension = "number.has_extension", Error, "Order new numbers; Port numbers (interpretation)",
        "A number ordered, ported or removed is a whole line: it cannot carry an extension."
        { extension: String, number: String };
    NumberUnlistedAreaCode = "number.unlisted_area_code", Warning, "Number policy (interpretation)",
        "The area code is not in the numbering data but has the shape of a new one (policy `unlisted_area_codes: warn`)."
        { area_code: String, data_version: &'static str, number: String };
    BlockInvalidSize = "block.invalid_size", Error, "Number policy — New number ordering",
        "Blocks come in sizes of 10, 50 or 100 numbers." { #[optional] allowed: Vec<u32>, size: u64 };
    BlockNotConsecutive = "block.not_consecutive", Error, "Number policy — New number ordering",
        "A block must be one run of consecutive numbers." { size: u64 };
    BlockCrossesExchange = "block.crosses_exchange", Error, "Number policy — New number ordering",
        "A block cannot run past line number 9999 of its area code and exchange."
        { first: String, #[optional] last: String, size: u64 };
    SearchCountryUnsupported = "search.country_unsupported", Error, "Order new numbers, step 3",
        "Numbers can only be searched in a served country (US)."
        { #[optional] allowed: Vec<String>, #[optional] country: String };
    SearchInvalidState = "search.invalid_state", Error, "Order new numbers, step 3",
        "The state must be the USPS code of one of the 50 states or DC." { #[optional] state: String };
    SearchInvalidAreaCode = "search.invalid_area_code", Error, "Order new numbers, step 3",
        "The area code must be a US geographic area code." { #[optional] area_code: String };
    SearchInvalidPrefix = "search.invalid_prefix", Error, "Order new numbers, step 3",
        "The prefix must be a valid exchange code (NXX, not N11)." { #[optional] prefix: String };
    SearchInvalidQuantity = "search.invalid_quantity", Error, "Order new numbers, step 4",
        "At least one number must be asked for." { quantity: i64 };
    NoticeAvailabilityNotGuaranteed = "notice.availability_not_guaranteed", Info, "Number policy — General",
        "Listed numbers may still be taken before the order completes." {};
    NoticeBlockRemoval = "notice.block_removal", Info, "Number policy — New number ordering",
        "Numbers ordered in a block cannot later be removed one by one." {};
    NoticeTermsOfService = "notice.terms_of_service", Info, "Order new numbers, step 7",
        "New numbers activate only after a customer administrator accepts the terms of service." {};
    TrialPortingUnavailable = "trial.porting_unavailable", Error, "Limitations",
        "Number porting is not available in a Webex Calling trial." {};
    PortNotPortable = "port.not_portable", Error, "Port numbers, step 4",
        "The portability check flagged the number; PSTN technical support reviews such cases."
        { #[optional] number: String };
    PortDslLeadNumber = "port.dsl_lead_number", Warning, "Number policy — Port-In",
        "Avoid porting a DSL/ADSL lead number." { line_type: &'static str, #[optional] number: String };
    PortUnsupportedLine = "port.unsupported_line", Warning, "Number policy — Port-In",
        "Alarm, security and line-system lines are not tested or supported on VoIP."
        { line_type: &'static str, #[optional] number: String };
    PortAccountMissingField = "port.account_missing_field", Error, "Port numbers, step 3",
        "The current provider, account number and account name are required."
        { field: FormField };
    PortInvoiceMissing = "port.invoice_missing", Error, "Port numbers, step 5",
        "A recent invoice from the current provider is required." {};
    PortInvoiceFormat = "port.invoice_format", Error, "Port numbers, step 5",
        "The invoice must be a PDF or PNG file."
        { #[optional] allowed: Vec<String>, #[optional] file_name: String, #[optional] media_type: String };
    PortInvoiceContentMismatch = "port.invoice_content_mismatch", Error, "Port numbers, step 5",
        "The invoice file's content is not the format it claims to be." { claimed: &'static str };
    PortInvoiceTooOld = "port.invoice_too_old", Error, "Port numbers, step 5",
        "The invoice must be from the last 30 days."
        { age_days: i64, issued: CalendarDate, max_age_days: u32 };
    PortInvoiceFutureDate = "port.invoice_future_date", Error, "Port numbers, step 5",
        "The invoice cannot be dated after today." { issued: CalendarDate, today: CalendarDate };
    PortLoaMissingName = "port.loa_missing_name", Error, "Port numbers, step 6",
        "The letter of agency needs the signer's first and last name." { field: FormField };
    PortLoaSignerNotAuthorized = "port.loa_signer_not_authorized", Error, "Port numbers, before you begin",
        "The letter of agency must be signed by the account owner or an authorised signer."
        { #[optional] signer_role: &'static str };
    PortDateInPast = "port.date_in_past", Error, "Number policy — Port-In",
        "A port date cannot be in the past." { date: CalendarDate, today: CalendarDate };
    NoticePortInboundNumbers = "notice.port_inbound_numbers", Info, "Port numbers, before you begin",
        "Consider every number that receives inbound calls when planning a port." {};
    NoticeVerifyBeforePublishing = "notice.verify_before_publishing", Info, "Number policy — Port-In",
        "Verify the port completed before publishing ported numbers; no time-of-day guarantee." {};
    PortFocLocked = "port.foc_locked", Error, "Number policy — rescheduling; Support",
        "After the FOC, port date changes go through PSTN technical support." { desk: &'static str };
    PortShortNoticeReschedule = "port.short_notice_reschedule", Warning, "Number policy — rescheduling",
        "Rescheduling a port at short notice can cause an outage (interpretation: within 3 days)."
        { date: CalendarDate, days_until: i64, short_notice_days: u32 };
    RemovalPartialBlock = "removal.partial_block", Error, "Number policy — New number ordering",
        "Numbers of a block cannot be removed one by one; remove the whole block and order new numbers."
        { #[optional] block_id: String, block_size: u64, first: String, missing: u64, removed: u64 };
    RemovalNotInInventory = "removal.not_in_inventory", Error, "Number policy — New number ordering",
        "Only numbers the location holds can be removed." { number: String };
    BillingMissingDate = "billing.missing_date", Error, "Billing",
        "The date billing starts from is missing." { field: FormField, kind: &'static str };
    SupportUnknownTopic = "support.unknown_topic", Error, "Support",
        "No support desk is known for this topic." { #[optional] topic: String };
}

impl Rule {
    /// Finds a rule by its code.
    ///
    /// ```
    /// use callplan::Rule;
    /// assert_eq!(Rule::from_code("block.invalid_size"), Some(Rule::BlockInvalidSize));
    /// ```
    pub fn from_code(code: &str) -> Option<Rule> {
        Rule::ALL.iter().copied().find(|rule| rule.code() == code)
    }
}

impl Serialize for Rule {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_are_declared_in_the_order_json_writes_them() {
        for rule in Rule::ALL {
            let names = rule.param_names();
            let mut sorted = names.to_vec();
            sorted.sort_unstable();
            assert_eq!(names, sorted.as_slice(), "{}", rule.code());
        }
    }

    #[test]
    fn severity_names_are_the_json_names() {
        for (severity, name) in [
            (Severity::Error, "\"error\""),
            (Severity::Warning, "\"warning\""),
            (Severity::Info, "\"info\""),
        ] {
            assert_eq!(format!("\"{}\"", severity.as_str()), name);
            assert_eq!(serde_json::to_string(&severity).ok().as_deref(), Some(name));
        }
    }
}
