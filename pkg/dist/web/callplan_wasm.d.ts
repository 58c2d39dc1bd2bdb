/* tslint:disable */
/* eslint-disable */

/** A calendar date, "YYYY-MM-DD". */
export type CalendarDate = string;



/** A rule as `rules()` lists it. */
export interface RuleInfo { code: RuleCode; severity: Severity; seed_section: string; description: string }
/** A phone number's E.164 writing (null when invalid) and class. */
export interface NumberInfo { e164: string | null; class: NumberClass }



/** Every rule code of the catalogue. */
export type RuleCode =
| "partner.not_var_authorized"
| "partner.pstn_program_not_enrolled"
| "org.no_outbound_calling_plan"
| "location.country_unsupported"
| "location.existing_cannot_transition"
| "location.local_gateway_required"
| "contact.missing_field"
| "contact.invalid_email"
| "contact.invalid_phone"
| "address.missing_field"
| "address.country_unsupported"
| "address.invalid_state"
| "address.invalid_zip"
| "address.po_box"
| "notice.esa_applies_to_location"
| "location.calling_plan_not_enabled"
| "order.empty"
| "order.too_many_numbers"
| "trial.number_limit"
| "number.invalid"
| "number.not_us"
| "number.toll_free"
| "number.not_geographic"
| "number.duplicate"
| "block.invalid_size"
| "block.not_consecutive"
| "block.crosses_exchange"
| "search.country_unsupported"
| "search.invalid_state"
| "search.invalid_area_code"
| "search.invalid_prefix"
| "search.invalid_quantity"
| "notice.availability_not_guaranteed"
| "notice.block_removal"
| "notice.terms_of_service"
| "trial.porting_unavailable"
| "port.not_portable"
| "port.dsl_lead_number"
| "port.unsupported_line"
| "port.account_missing_field"
| "port.invoice_missing"
| "port.invoice_format"
| "port.invoice_content_mismatch"
| "port.invoice_too_old"
| "port.invoice_future_date"
| "port.loa_missing_name"
| "port.loa_signer_not_authorized"
| "port.date_in_past"
| "notice.port_inbound_numbers"
| "notice.verify_before_publishing"
| "port.foc_locked"
| "port.short_notice_reschedule"
| "removal.partial_block"
| "removal.not_in_inventory"
| "billing.missing_date"
| "support.unknown_topic";


/**
 * A block given as the list of its numbers.
 */
export interface BlockList {
    /**
     * The block's numbers.
     */
    numbers: string[];
}

/**
 * A block given by its first number and size.
 */
export interface BlockRange {
    /**
     * The block's first number.
     */
    first: string;
    /**
     * How many numbers the block holds.
     */
    size: number;
}

/**
 * A block of consecutive numbers: `{first, size}` or `{numbers: [...]}`.
 */
export type Block = BlockRange | BlockList;

/**
 * A block the location holds.
 */
export interface InventoryBlock {
    /**
     * The block's identifier.
     */
    id?: string;
    /**
     * The block's first number.
     */
    first: string;
    /**
     * How many numbers it holds.
     */
    size: number;
}

/**
 * A block the request removes only part of.
 */
export interface PartialBlock {
    /**
     * The block's identifier.
     */
    block_id: string;
    /**
     * Every number of the block, E.164, ascending.
     */
    numbers: string[];
}

/**
 * A number item, by origin.
 */
export type NumberItem = { origin: "new"; provisioned?: CalendarDate | undefined } | { origin: "ported"; port_completed?: CalendarDate };

/**
 * A postal address where emergency services are sent. Absent text fields count as empty.
 */
export interface Address {
    /**
     * Street address.
     */
    line1?: string;
    /**
     * Apartment, suite, floor (optional).
     */
    line2?: string;
    /**
     * City.
     */
    city?: string;
    /**
     * USPS state code, e.g. `CA`.
     */
    state?: string;
    /**
     * ZIP code, `NNNNN` or `NNNNN-NNNN`.
     */
    zip?: string;
    /**
     * ISO country code, e.g. `US`.
     */
    country?: string;
}

/**
 * A request to one of the ten checks.
 *
 * ```
 * use callplan::{Check, Request};
 * let request = Request::from_json(r#"{"check": "support_route", "topic": "outage", "region": "emea"}"#).unwrap();
 * assert!(matches!(request.check, Check::SupportRoute(_)));
 * ```
 */
export type Request = Check & { locale?: Locale };

/**
 * A support desk and how to reach it.
 */
export interface Desk {
    /**
     * Which desk.
     */
    desk: DeskId;
    /**
     * What the desk is for, as the seed describes it.
     */
    purpose: string;
    /**
     * Phone number for the region, when the desk takes calls.
     */
    phone?: string;
    /**
     * Email address, when the desk takes email.
     */
    email?: string;
    /**
     * Web address, when the desk has one.
     */
    web?: string;
    /**
     * How to reach the desk.
     */
    channel: Channel;
}

/**
 * An invoice file format the porting flow knows how to recognise.
 */
export type InvoiceFormat = "pdf" | "png";

/**
 * Check-specific output, one shape per check that has one.
 */
export type CheckResult = BillingResult | Desk | OrderPlan | RemovalResult | EffectiveAddress;

/**
 * Contact details of the person who signs the legal agreement.
 */
export interface Contact {
    /**
     * First name.
     */
    first_name?: string;
    /**
     * Last name.
     */
    last_name?: string;
    /**
     * Email address.
     */
    email?: string;
    /**
     * Phone number, any common writing.
     */
    phone?: string;
}

/**
 * Every limit and list the rules consult. The default is the seed's policy, `seed-2024`.
 *
 * A backend loads another policy from JSON; fields left out keep the seed's value.
 *
 * ```
 * use callplan::Policy;
 * let policy = Policy::from_json(r#"{"name": "pilot", "max_numbers_per_order": 250}"#).unwrap();
 * assert_eq!(policy.max_numbers_per_order, 250);
 * assert_eq!(policy.trial_number_allowance, 10); // from seed-2024
 * ```
 */
export interface Policy {
    /**
     * The policy's name, e.g. `seed-2024`.
     */
    name?: string;
    /**
     * Most new numbers one order may hold [seed: Limitations].
     */
    max_numbers_per_order?: number;
    /**
     * Most new numbers an organisation in trial may create [seed: Limitations].
     */
    trial_number_allowance?: number;
    /**
     * Allowed sizes of a consecutive block [seed: Number policy — New number ordering].
     */
    block_sizes?: number[];
    /**
     * Oldest invoice, in days before `today`, a port order accepts [seed: Port numbers].
     */
    invoice_max_age_days?: number;
    /**
     * Invoice file formats a port order accepts [seed: Port numbers].
     */
    invoice_formats?: InvoiceFormat[];
    /**
     * ISO country codes where Cisco Calling Plan is sold [seed: Limitations].
     */
    countries?: string[];
    /**
     * A port date this many days from today or fewer is short notice (interpretation).
     */
    short_notice_days?: number;
    /**
     * Where toll-free numbers are accepted [seed: Limitations].
     */
    toll_free?: TollFreePolicy;
    /**
     * Fewest outbound calling plans an organisation must hold [seed: Billing].
     */
    min_outbound_calling_plans?: number;
    /**
     * Whether an organisation in trial is exempt from the outbound-calling-plan minimum
     * (interpretation).
     */
    outbound_calling_plan_waived_in_trial?: boolean;
}

/**
 * How a desk is reached.
 */
export type Channel = "phone_or_email" | "support_case" | "email_or_web";

/**
 * How much a finding matters.
 */
export type Severity = "error" | "warning" | "info";

/**
 * Input the library could not read as a request: what is wrong and where.
 *
 * Serialises as `{"code": "input.malformed", "message": …, "path": …}`.
 *
 * ```
 * let error = callplan::Request::from_json(r#"{"check": "port_order", "today": "2024-02-30"}"#)
 *     .unwrap_err();
 * assert_eq!(error.code, "input.malformed");
 * assert_eq!(error.path, "/today");
 * ```
 */
export interface Malformed {
    /**
     * Always `input.malformed`.
     */
    code: "input.malformed";
    /**
     * What is wrong, in English.
     */
    message: string;
    /**
     * JSON Pointer (RFC 6901) to the offending value; `""` for the whole input.
     */
    path: string;
}

/**
 * Kinds of line a ported number can be.
 */
export type LineType = "voice" | "dsl" | "alarm" | "security" | "line_system" | "fax" | "unknown";

/**
 * Numbers the system picks from inventory by country, state, area code and prefix.
 */
export interface AutoSelect {
    /**
     * ISO country code.
     */
    country?: string;
    /**
     * USPS state code.
     */
    state?: string;
    /**
     * Area code (NPA), three digits.
     */
    area_code?: string;
    /**
     * Prefix (NXX), three digits.
     */
    prefix?: string;
    /**
     * How many numbers to pick.
     */
    quantity?: number;
}

/**
 * One location of the customer.
 */
export interface Location {
    /**
     * The location's identifier, echoed in messages.
     */
    id?: string;
    /**
     * ISO country code.
     */
    country?: string;
    /**
     * Already a Webex Calling location.
     */
    existing_webex_calling?: boolean;
    /**
     * The PSTN option the location chooses.
     */
    pstn: PstnOption;
    /**
     * Local gateway enabled (matters for premises-based PSTN).
     */
    local_gateway_enabled?: boolean;
}

/**
 * One number to port.
 */
export interface PortNumber {
    /**
     * The number, any common writing.
     */
    number: string;
    /**
     * The portability check's answer, when it has run.
     */
    portable?: boolean;
    /**
     * What kind of line it is, when known.
     */
    line_type?: LineType;
}

/**
 * One thing the policy has to say about a request.
 */
export interface Finding {
    /**
     * The rule's code, e.g. `number.toll_free`.
     */
    rule: RuleCode;
    /**
     * `error`, `warning` or `info`.
     */
    severity: Severity;
    /**
     * JSON Pointer to the field a form should highlight; `""` for the whole request.
     */
    path: string;
    /**
     * Text for the person filling the form, in the request's locale.
     */
    message: string;
    /**
     * The values behind the message.
     */
    params: Record<string, unknown>;
}

/**
 * Request of the `billing_start` check.
 */
export interface BillingStart {
    /**
     * The items to date.
     */
    items?: BillingItem[];
}

/**
 * Request of the `emergency_address` check: a location's ESA and optionally a user's own.
 */
export interface EmergencyAddressRequest {
    /**
     * The location's emergency address.
     */
    location_address?: Address;
    /**
     * A custom address for one user's number (e.g. someone working from home).
     */
    user_address?: Address;
}

/**
 * Request of the `location_eligibility` check. Absent flags count as `false`.
 */
export interface LocationEligibility {
    /**
     * The partner selling the service.
     */
    partner?: Partner;
    /**
     * The customer organisation.
     */
    org?: EligibilityOrg;
    /**
     * The customer's locations and the PSTN option each chooses.
     */
    locations?: Location[];
}

/**
 * Request of the `location_setup` check. Absent text fields count as empty.
 */
export interface LocationSetup {
    /**
     * The person who signs the legal agreement with Cisco.
     */
    contact?: Contact;
    /**
     * The location's emergency service address.
     */
    emergency_address?: Address;
}

/**
 * Request of the `new_number_order` (and `order_plan`) check.
 */
export interface NewNumberOrder {
    /**
     * The customer organisation.
     */
    org?: TrialOrg;
    /**
     * The location the numbers are for.
     */
    location?: CallingPlanLocation;
    /**
     * Single numbers, any common writing.
     */
    numbers?: string[];
    /**
     * Consecutive blocks.
     */
    blocks?: Block[];
    /**
     * Numbers the system picks from inventory.
     */
    auto_select?: AutoSelect;
}

/**
 * Request of the `number_removal` check.
 */
export interface NumberRemoval {
    /**
     * The numbers the location holds.
     */
    inventory?: Inventory;
    /**
     * The numbers to remove.
     */
    remove?: string[];
}

/**
 * Request of the `port_order` check.
 */
export interface PortOrder {
    /**
     * Today's date (the library never reads a clock).
     */
    today: CalendarDate;
    /**
     * The customer organisation.
     */
    org?: PortOrg;
    /**
     * The location the numbers move to.
     */
    location?: CallingPlanLocation;
    /**
     * The account with the current provider.
     */
    account?: Account;
    /**
     * The numbers to port.
     */
    numbers?: PortNumber[];
    /**
     * A recent invoice from the current provider.
     */
    invoice?: Invoice;
    /**
     * The letter of agency's signer.
     */
    loa?: Loa;
    /**
     * The date asked for the port.
     */
    requested_port_date?: CalendarDate;
}

/**
 * Request of the `port_reschedule` check.
 */
export interface PortReschedule {
    /**
     * Today's date.
     */
    today: CalendarDate;
    /**
     * The port's currently scheduled date.
     */
    current_date: CalendarDate;
    /**
     * The date asked for instead.
     */
    new_date: CalendarDate;
    /**
     * Whether the firm order commitment (FOC) has been received.
     */
    foc_received?: boolean;
}

/**
 * Request of the `support_route` check.
 */
export interface SupportRoute {
    /**
     * What the question is about, e.g. `expedite_port`.
     */
    topic?: string;
    /**
     * Where the caller is.
     */
    region: Region;
}

/**
 * Result of `billing_start`.
 */
export interface BillingResult {
    /**
     * For each item, when it bills; `null` where its date is missing.
     */
    items: (BillingOutcome | undefined)[];
    /**
     * Extra charge for ported numbers: always 0.
     */
    porting_fee: number;
}

/**
 * Result of `emergency_address`: the address that applies to the user's number.
 */
export interface EffectiveAddress {
    /**
     * Whose address it is.
     */
    source: AddressSource;
    /**
     * The address itself, as given.
     */
    effective: Address;
}

/**
 * Result of `number_removal`.
 */
export interface RemovalResult {
    /**
     * Numbers (E.164) that may be removed as requested, in request order.
     */
    removable: string[];
    /**
     * For each block the request would only partly remove, every number a whole-block
     * removal would take.
     */
    partial_blocks: PartialBlock[];
}

/**
 * Result of `order_plan`: the orders to place, each a `new_number_order` request body.
 */
export interface OrderPlan {
    /**
     * The orders, in the sequence to place them.
     */
    orders: NewNumberOrder[];
}

/**
 * Something Cisco bills for.
 */
export type BillingItem = { kind: "outbound_calling_plan"; source?: OcpSource; requested_service_date?: CalendarDate | undefined } | { kind: "calling_plan"; source?: PlanSource; provisioned?: CalendarDate | undefined } | ({ kind: "number" } & NumberItem) | { kind: "usage"; call_date?: CalendarDate | undefined };

/**
 * Support regions of the seed's table.
 */
export type Region = "na" | "emea" | "apac";

/**
 * The PSTN options of Webex Calling.
 */
export type PstnOption = "cisco_calling_plan" | "cloud_connected_pstn" | "premises_based_pstn";

/**
 * The account with the current provider, as on its bill.
 */
export interface Account {
    /**
     * The current provider.
     */
    provider?: string;
    /**
     * The account number.
     */
    account_number?: string;
    /**
     * The name on the account.
     */
    account_name?: string;
    /**
     * The account PIN, if there is one.
     */
    pin?: string;
    /**
     * Whether a customer service record (CSR) is available.
     */
    csr_available?: boolean;
}

/**
 * The customer organisation, as eligibility sees it.
 */
export interface EligibilityOrg {
    /**
     * On the free Webex Calling trial.
     */
    trial?: boolean;
    /**
     * Outbound calling plans held (ordered in CCW).
     */
    outbound_calling_plans?: number;
}

/**
 * The language of messages.
 */
export type Locale = "en" | "sv";

/**
 * The letter of agency's signer.
 */
export interface Loa {
    /**
     * Signer's first name.
     */
    first_name?: string;
    /**
     * Signer's last name.
     */
    last_name?: string;
    /**
     * The signer's standing on the account.
     */
    signer_role?: SignerRole;
}

/**
 * The numbers a location holds: single numbers and blocks.
 */
export interface Inventory {
    /**
     * Numbers ordered one by one.
     */
    singles?: string[];
    /**
     * Numbers ordered as blocks.
     */
    blocks?: InventoryBlock[];
}

/**
 * The organisation's trial standing.
 */
export interface PortOrg {
    /**
     * On the free Webex Calling trial.
     */
    trial?: boolean;
}

/**
 * The organisation's trial standing.
 */
export interface TrialOrg {
    /**
     * On the free Webex Calling trial.
     */
    trial?: boolean;
    /**
     * New numbers the trial has already created.
     */
    trial_numbers_used?: number;
}

/**
 * The partner's standing with Cisco.
 */
export interface Partner {
    /**
     * An authorised Webex Calling VAR partner.
     */
    var_authorized?: boolean;
    /**
     * Accepted the addendum by enrolling in the Webex Calling VAR PSTN program.
     */
    pstn_program_enrolled?: boolean;
}

/**
 * The support desks of Cisco Calling Plan.
 */
export type DeskId = "partner_help_desk" | "pstn_technical_support" | "tac" | "pstn_billing_support";

/**
 * The ten checks and their inputs, tagged by `"check"` in JSON.
 */
export type Check = ({ check: "location_eligibility" } & LocationEligibility) | ({ check: "location_setup" } & LocationSetup) | ({ check: "new_number_order" } & NewNumberOrder) | ({ check: "port_order" } & PortOrder) | ({ check: "port_reschedule" } & PortReschedule) | ({ check: "number_removal" } & NumberRemoval) | ({ check: "billing_start" } & BillingStart) | ({ check: "support_route" } & SupportRoute) | ({ check: "order_plan" } & NewNumberOrder) | ({ check: "emergency_address" } & EmergencyAddressRequest);

/**
 * The uploaded invoice.
 */
export interface Invoice {
    /**
     * The file's name.
     */
    file_name?: string;
    /**
     * The file's media type, e.g. `application/pdf`.
     */
    media_type?: string;
    /**
     * The date on the invoice.
     */
    issued: CalendarDate;
    /**
     * Base64 of the file's first bytes.
     */
    magic?: string;
}

/**
 * What a check says about a request.
 *
 * Findings are ordered by severity (errors, then warnings, then notices); within a
 * severity, in the order the check meets them, which follows its input as POLICY lists it
 * (for an order: location, single numbers in list order, blocks, selection, count).
 */
export interface Response {
    /**
     * True iff no finding is an error.
     */
    ok: boolean;
    /**
     * What the policy has to say, in a deterministic order.
     */
    findings: Finding[];
    /**
     * Check-specific output; `null` when the check has none.
     */
    result: CheckResult | undefined;
}

/**
 * What a pending item's billing waits for.
 */
export type PendingOn = "port_completion";

/**
 * What a phone number is, as far as the Cisco Calling Plan policy cares.
 */
export type NumberClass = "invalid" | "not_us" | "toll_free" | "not_geographic" | "us_geographic";

/**
 * When one item bills.
 */
export type BillingOutcome = { starts: CalendarDate } | { pending: PendingOn } | { billed_in: string };

/**
 * Where a calling plan is provisioned.
 */
export type PlanSource = "control_hub";

/**
 * Where an outbound calling plan is ordered.
 */
export type OcpSource = "ccw";

/**
 * Where toll-free numbers are accepted. The seed allows them nowhere; Cisco's later text is
 * reported to allow toll-free single numbers, never in blocks.
 */
export interface TollFreePolicy {
    /**
     * Toll-free numbers ordered one by one.
     */
    single_numbers?: boolean;
    /**
     * Toll-free numbers in consecutive blocks.
     */
    blocks?: boolean;
    /**
     * Porting existing toll-free numbers in.
     */
    porting?: boolean;
}

/**
 * Whether the location has Cisco Calling Plan enabled.
 */
export interface CallingPlanLocation {
    /**
     * Cisco Calling Plan is enabled for the location.
     */
    calling_plan_enabled?: boolean;
}

/**
 * Who signs the letter of agency.
 */
export type SignerRole = "account_owner" | "authorized_signer" | "other";

/**
 * Whose address applies to a user's number.
 */
export type AddressSource = "user" | "location";


export function checkBillingStart(input: BillingStart & { locale?: Locale }): Response | Malformed;

export function checkEmergencyAddress(input: EmergencyAddressRequest & { locale?: Locale }): Response | Malformed;

export function checkLocationEligibility(input: LocationEligibility & { locale?: Locale }): Response | Malformed;

export function checkLocationSetup(input: LocationSetup & { locale?: Locale }): Response | Malformed;

export function checkNewNumberOrder(input: NewNumberOrder & { locale?: Locale }): Response | Malformed;

export function checkNumberRemoval(input: NumberRemoval & { locale?: Locale }): Response | Malformed;

export function checkOrderPlan(input: NewNumberOrder & { locale?: Locale }): Response | Malformed;

export function checkPortOrder(input: PortOrder & { locale?: Locale }): Response | Malformed;

export function checkPortReschedule(input: PortReschedule & { locale?: Locale }): Response | Malformed;

export function checkSupportRoute(input: SupportRoute & { locale?: Locale }): Response | Malformed;

/**
 * Normalises and classifies one phone number, e.g. as a person types it.
 */
export function classifyNumber(number: string): NumberInfo;

/**
 * Evaluates a request under the seed-2024 policy.
 */
export function evaluate(request: Request): Response | Malformed;

/**
 * Evaluates a request under a policy given as a JS object (fields left out keep the
 * seed-2024 values). A malformed policy comes back as `input.malformed` with a path
 * inside the policy, prefixed `/policy`.
 */
export function evaluateWithPolicy(request: Request, policy: Partial<Policy>): Response | Malformed;

/**
 * Every rule: code, severity, seed section and English description.
 */
export function rules(): RuleInfo[];

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

export interface InitOutput {
    readonly memory: WebAssembly.Memory;
    readonly checkBillingStart: (a: any) => any;
    readonly checkEmergencyAddress: (a: any) => any;
    readonly checkLocationEligibility: (a: any) => any;
    readonly checkLocationSetup: (a: any) => any;
    readonly checkNewNumberOrder: (a: any) => any;
    readonly checkNumberRemoval: (a: any) => any;
    readonly checkOrderPlan: (a: any) => any;
    readonly checkPortOrder: (a: any) => any;
    readonly checkPortReschedule: (a: any) => any;
    readonly checkSupportRoute: (a: any) => any;
    readonly classifyNumber: (a: number, b: number) => any;
    readonly evaluate: (a: any) => any;
    readonly evaluateWithPolicy: (a: any, b: any) => any;
    readonly rules: () => any;
    readonly __wbindgen_malloc: (a: number, b: number) => number;
    readonly __wbindgen_realloc: (a: number, b: number, c: number, d: number) => number;
    readonly __wbindgen_free: (a: number, b: number, c: number) => void;
    readonly __wbindgen_exn_store: (a: number) => void;
    readonly __externref_table_alloc: () => number;
    readonly __wbindgen_externrefs: WebAssembly.Table;
    readonly __wbindgen_start: () => void;
}

export type SyncInitInput = BufferSource | WebAssembly.Module;

/**
 * Instantiates the given `module`, which can either be bytes or
 * a precompiled `WebAssembly.Module`.
 *
 * @param {{ module: SyncInitInput }} module - Passing `SyncInitInput` directly is deprecated.
 *
 * @returns {InitOutput}
 */
export function initSync(module: { module: SyncInitInput } | SyncInitInput): InitOutput;

/**
 * If `module_or_path` is {RequestInfo} or {URL}, makes a request and
 * for everything else, calls `WebAssembly.instantiate` directly.
 *
 * @param {{ module_or_path: InitInput | Promise<InitInput> }} module_or_path - Passing `InitInput` directly is deprecated.
 *
 * @returns {Promise<InitOutput>}
 */
export default function __wbg_init (module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<InitOutput>;
