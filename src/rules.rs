//! The rule catalogue [POLICY §3]: every rule code with its severity, the seed section it
//! encodes and a one-line description. Declaration order is the catalogue order findings
//! are sorted by.

use serde::{Serialize, Serializer};

/// How much a finding matters.
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
    /// The severity as written in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

macro_rules! rules {
    ($( $variant:ident = $code:literal, $severity:ident, $seed:literal, $description:literal; )*) => {
        /// A policy rule. Its code (`Rule::code`) is public API and never changes meaning.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
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
        }
    };
}

rules! {
    PartnerNotVarAuthorized = "partner.not_var_authorized", Error, "Requirements",
        "The partner must be an authorised Webex Calling VAR partner to sell Cisco Calling Plan.";
    PartnerPstnProgramNotEnrolled = "partner.pstn_program_not_enrolled", Error, "Requirements",
        "The partner must have accepted the addendum and enrolled in the Webex Calling VAR PSTN program.";
    OrgNoOutboundCallingPlan = "org.no_outbound_calling_plan", Error, "Billing",
        "The minimum order is one outbound calling plan (waived in trial: interpretation).";
    LocationCountryUnsupported = "location.country_unsupported", Error, "Limitations",
        "Cisco Calling Plan is only available for locations in the served countries (US).";
    LocationExistingCannotTransition = "location.existing_cannot_transition", Error, "Limitations",
        "An existing Webex Calling location cannot transition to Cisco Calling Plan.";
    LocationLocalGatewayRequired = "location.local_gateway_required", Error, "PSTN options",
        "A premises-based PSTN location needs its local gateway enabled.";
    ContactMissingField = "contact.missing_field", Error, "Set up a location, step 4",
        "Every field of the contact who signs the legal agreement is required.";
    ContactInvalidEmail = "contact.invalid_email", Error, "Set up a location, step 4",
        "The contact's email must be a plausible address.";
    ContactInvalidPhone = "contact.invalid_phone", Error, "Set up a location, step 4",
        "The contact's phone must be a valid number.";
    AddressMissingField = "address.missing_field", Error, "Emergency service address",
        "An emergency address needs line 1, city, state, ZIP code and country.";
    AddressCountryUnsupported = "address.country_unsupported", Error, "Emergency service address",
        "An emergency address must be in a served country (US).";
    AddressInvalidState = "address.invalid_state", Error, "Emergency service address",
        "The state must be the USPS code of one of the 50 states or DC.";
    AddressInvalidZip = "address.invalid_zip", Error, "Emergency service address",
        "The ZIP code must be NNNNN or NNNNN-NNNN.";
    AddressPoBox = "address.po_box", Warning, "Emergency service address",
        "A PO box is not where callers are; an emergency address must be (interpretation).";
    NoticeEsaAppliesToLocation = "notice.esa_applies_to_location", Info, "Set up a location, step 5",
        "The location's emergency address applies to all its numbers unless a user gets a custom one.";
    LocationCallingPlanNotEnabled = "location.calling_plan_not_enabled", Error, "Order new numbers; Port numbers",
        "Cisco Calling Plan must be enabled for the location before ordering or porting numbers.";
    OrderEmpty = "order.empty", Error, "Order new numbers; Port numbers",
        "The order asks for no numbers.";
    OrderTooManyNumbers = "order.too_many_numbers", Error, "Limitations",
        "An order holds at most 100 new numbers; more go in a separate order.";
    TrialNumberLimit = "trial.number_limit", Error, "Limitations",
        "An organisation in trial may create at most 10 new numbers.";
    NumberInvalid = "number.invalid", Error, "Number policy",
        "The number is not a possible, valid phone number.";
    NumberNotUs = "number.not_us", Error, "Limitations",
        "The number is outside the United States; the service is US-only.";
    NumberTollFree = "number.toll_free", Error, "Limitations",
        "Toll-free numbers cannot be ordered or ported.";
    NumberNotGeographic = "number.not_geographic", Error, "Number policy",
        "The number is not an ordinary US geographic line (premium-rate, personal, …).";
    NumberDuplicate = "number.duplicate", Error, "Number policy",
        "The same number appears twice.";
    BlockInvalidSize = "block.invalid_size", Error, "Number policy — New number ordering",
        "Blocks come in sizes of 10, 50 or 100 numbers.";
    BlockNotConsecutive = "block.not_consecutive", Error, "Number policy — New number ordering",
        "A block must be one run of consecutive numbers.";
    BlockCrossesExchange = "block.crosses_exchange", Error, "Number policy — New number ordering",
        "A block cannot run past line number 9999 of its area code and exchange.";
    SearchCountryUnsupported = "search.country_unsupported", Error, "Order new numbers, step 3",
        "Numbers can only be searched in a served country (US).";
    SearchInvalidState = "search.invalid_state", Error, "Order new numbers, step 3",
        "The state must be the USPS code of one of the 50 states or DC.";
    SearchInvalidAreaCode = "search.invalid_area_code", Error, "Order new numbers, step 3",
        "The area code must be a US geographic area code.";
    SearchInvalidPrefix = "search.invalid_prefix", Error, "Order new numbers, step 3",
        "The prefix must be a valid exchange code (NXX, not N11).";
    SearchInvalidQuantity = "search.invalid_quantity", Error, "Order new numbers, step 4",
        "At least one number must be asked for.";
    NoticeAvailabilityNotGuaranteed = "notice.availability_not_guaranteed", Info, "Number policy — General",
        "Listed numbers may still be taken before the order completes.";
    NoticeBlockRemoval = "notice.block_removal", Info, "Number policy — New number ordering",
        "Numbers ordered in a block cannot later be removed one by one.";
    NoticeTermsOfService = "notice.terms_of_service", Info, "Order new numbers, step 7",
        "New numbers activate only after a customer administrator accepts the terms of service.";
    TrialPortingUnavailable = "trial.porting_unavailable", Error, "Limitations",
        "Number porting is not available in a Webex Calling trial.";
    PortNotPortable = "port.not_portable", Error, "Port numbers, step 4",
        "The portability check flagged the number; PSTN technical support reviews such cases.";
    PortDslLeadNumber = "port.dsl_lead_number", Warning, "Number policy — Port-In",
        "Avoid porting a DSL/ADSL lead number.";
    PortUnsupportedLine = "port.unsupported_line", Warning, "Number policy — Port-In",
        "Alarm, security and line-system lines are not tested or supported on VoIP.";
    PortAccountMissingField = "port.account_missing_field", Error, "Port numbers, step 3",
        "The current provider, account number and account name are required.";
    PortInvoiceMissing = "port.invoice_missing", Error, "Port numbers, step 5",
        "A recent invoice from the current provider is required.";
    PortInvoiceFormat = "port.invoice_format", Error, "Port numbers, step 5",
        "The invoice must be a PDF or PNG file.";
    PortInvoiceContentMismatch = "port.invoice_content_mismatch", Error, "Port numbers, step 5",
        "The invoice file's content is not the format it claims to be.";
    PortInvoiceTooOld = "port.invoice_too_old", Error, "Port numbers, step 5",
        "The invoice must be from the last 30 days.";
    PortInvoiceFutureDate = "port.invoice_future_date", Error, "Port numbers, step 5",
        "The invoice cannot be dated after today.";
    PortLoaMissingName = "port.loa_missing_name", Error, "Port numbers, step 6",
        "The letter of agency needs the signer's first and last name.";
    PortLoaSignerNotAuthorized = "port.loa_signer_not_authorized", Error, "Port numbers, before you begin",
        "The letter of agency must be signed by the account owner or an authorised signer.";
    PortDateInPast = "port.date_in_past", Error, "Number policy — Port-In",
        "A port date cannot be in the past.";
    NoticePortInboundNumbers = "notice.port_inbound_numbers", Info, "Port numbers, before you begin",
        "Consider every number that receives inbound calls when planning a port.";
    NoticeVerifyBeforePublishing = "notice.verify_before_publishing", Info, "Number policy — Port-In",
        "Verify the port completed before publishing ported numbers; no time-of-day guarantee.";
    PortFocLocked = "port.foc_locked", Error, "Number policy — rescheduling; Support",
        "After the FOC, port date changes go through PSTN technical support.";
    PortShortNoticeReschedule = "port.short_notice_reschedule", Warning, "Number policy — rescheduling",
        "Rescheduling a port at short notice can cause an outage (interpretation: within 3 days).";
    RemovalPartialBlock = "removal.partial_block", Error, "Number policy — New number ordering",
        "Numbers of a block cannot be removed one by one; remove the whole block and order new numbers.";
    RemovalNotInInventory = "removal.not_in_inventory", Error, "Number policy — New number ordering",
        "Only numbers the location holds can be removed.";
    BillingMissingDate = "billing.missing_date", Error, "Billing",
        "The date billing starts from is missing.";
    SupportUnknownTopic = "support.unknown_topic", Error, "Support",
        "No support desk is known for this topic.";
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
