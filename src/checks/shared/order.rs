//! The new-number order and its rules [POLICY §3.3; article: Limitations, Order new numbers,
//! Number policy — New number ordering], shared by `new_number_order` and `order_plan`.
//!
//! An order holds single numbers, consecutive blocks and an automatic selection from
//! inventory; its count is singles + block sizes + quantity.

use callplan_derive::ReadJson;
use serde::Serialize;
use serde_json::Value;

use crate::catalogue::phrases;
use crate::catalogue::policy::{Country, Policy};
use crate::catalogue::rules::Params;
use crate::checks::shared::address::is_state_of;
use crate::checks::shared::numbers::{check_number, Duplicates, Usage};
use crate::findings::Findings;
use crate::numbers::{is_geographic_area_code_of, NanpNumber, LINES_PER_EXCHANGE};
use crate::pointer::Place;
use crate::pointer::Pointer;
use crate::read_json::{ReadError, ReadJson};

/// Request of the `new_number_order` (and `order_plan`) check.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct NewNumberOrder {
    /// The customer organisation.
    pub org: TrialOrg,
    /// The location the numbers are for.
    pub location: CallingPlanLocation,
    /// Single numbers, any common writing.
    pub numbers: Vec<String>,
    /// Consecutive blocks.
    pub blocks: Vec<Block>,
    /// Numbers the system picks from inventory.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_select: Option<AutoSelect>,
}

/// The organisation's trial standing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct TrialOrg {
    /// On the free Webex Calling trial.
    pub trial: bool,
    /// New numbers the trial has already created.
    pub trial_numbers_used: u32,
}

/// Whether the location has Cisco Calling Plan enabled.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct CallingPlanLocation {
    /// Cisco Calling Plan is enabled for the location.
    pub calling_plan_enabled: bool,
}

impl CallingPlanLocation {
    /// `location.calling_plan_not_enabled` when the location lacks Cisco Calling Plan
    /// (new numbers and ports alike).
    pub(crate) fn check(&self, findings: &mut Findings) {
        if !self.calling_plan_enabled {
            let path = "/location/calling_plan_enabled";
            findings.add(path, Params::LocationCallingPlanNotEnabled {});
        }
    }
}

/// A block of consecutive numbers: `{first, size}` or `{numbers: [...]}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(untagged)]
pub enum Block {
    /// The first number and how many follow it (itself included).
    Range(BlockRange),
    /// Every number of the block, in any order.
    List(BlockList),
}

/// A block given by its first number and size.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct BlockRange {
    /// The block's first number.
    pub first: String,
    /// How many numbers the block holds.
    pub size: u32,
}

/// A block given as the list of its numbers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct BlockList {
    /// The block's numbers.
    pub numbers: Vec<String>,
}

impl ReadJson for Block {
    /// A block with `numbers` is a list, any other a range (whose message names `first`
    /// and `size`).
    fn read(value: Value, place: &Place<'_>) -> Result<Self, ReadError> {
        let is_list = value
            .as_object()
            .is_some_and(|block| block.contains_key("numbers"));
        if is_list {
            BlockList::read(value, place).map(Block::List)
        } else {
            BlockRange::read(value, place).map(Block::Range)
        }
    }
}

impl<'de> serde::Deserialize<'de> for Block {
    /// Reads as the library reads it in a request, for Rust users who embed one in their types.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::read_json::deserialize_through_reader(deserializer)
    }
}

impl Block {
    /// How many numbers the block holds.
    pub fn size(&self) -> u64 {
        match self {
            Block::Range(range) => u64::from(range.size),
            Block::List(list) => u64::try_from(list.numbers.len()).unwrap_or(u64::MAX),
        }
    }
}

/// Numbers the system picks from inventory by country, state, area code and prefix.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct AutoSelect {
    /// ISO country code.
    pub country: String,
    /// State (US, USPS code) or province or territory (Canada, Canada Post code).
    pub state: String,
    /// Area code (NPA), three digits.
    pub area_code: String,
    /// Prefix (NXX), three digits.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
    /// How many numbers to pick.
    pub quantity: i64,
}

/// Whether the per-order limit is a finding (`new_number_order`) or is planned around
/// (`order_plan`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum OrderLimit {
    Enforced,
    PlannedAround,
}

/// What an order asks for, normalised: the input of the order planner.
#[derive(Debug, Default)]
pub(crate) struct OrderContents {
    /// Single numbers in E.164 (or as written when invalid).
    pub singles: Vec<String>,
    /// Blocks with their numbers in E.164.
    pub blocks: Vec<Block>,
    /// Numbers asked of the automatic selection (0 when none or negative).
    pub quantity: u64,
}

impl OrderContents {
    /// The order's count: singles + block sizes + quantity.
    pub fn count(&self) -> u64 {
        let singles = u64::try_from(self.singles.len()).unwrap_or(u64::MAX);
        let blocks: u64 = self.blocks.iter().map(Block::size).sum();
        singles.saturating_add(blocks).saturating_add(self.quantity)
    }
}

/// Applies the order rules and returns what the order asks for.
pub(crate) fn check_order(
    request: &NewNumberOrder,
    policy: &Policy,
    limit: OrderLimit,
) -> (Findings, OrderContents) {
    let mut findings = Findings::default();
    request.location.check(&mut findings);
    let mut duplicates = Duplicates::with_capacity(request.numbers.len());
    let singles = check_singles(&request.numbers, policy, &mut duplicates, &mut findings);
    let blocks = request
        .blocks
        .iter()
        .enumerate()
        .map(|(index, block)| {
            let base = Pointer::ROOT.key("blocks").index(index);
            check_block(block, &base, policy, &mut duplicates, &mut findings)
        })
        .collect();
    let quantity = request.auto_select.as_ref().map_or(0, |search| {
        check_search(search, policy, &mut findings);
        u64::try_from(search.quantity).unwrap_or(0)
    });
    let contents = OrderContents {
        singles,
        blocks,
        quantity,
    };
    check_count(&request.org, &contents, policy, limit, &mut findings);
    add_notices(request, &mut findings);
    (findings, contents)
}

fn check_singles(
    numbers: &[String],
    policy: &Policy,
    duplicates: &mut Duplicates,
    findings: &mut Findings,
) -> Vec<String> {
    numbers
        .iter()
        .enumerate()
        .map(|(index, written)| {
            let path = Pointer::ROOT.key("numbers").index(index);
            let classified = check_number(written, &path, Usage::Single, policy, findings);
            if let Some(key) = classified.key() {
                duplicates.note(key, &path, findings);
            }
            classified.e164.unwrap_or_else(|| written.clone())
        })
        .collect()
}

/// Checks one block and returns it with its numbers in E.164.
fn check_block(
    block: &Block,
    base: &Pointer,
    policy: &Policy,
    duplicates: &mut Duplicates,
    findings: &mut Findings,
) -> Block {
    let size = block.size();
    let size_path = match block {
        Block::Range(_) => base.key("size"),
        Block::List(_) => base.key("numbers"),
    };
    if !policy.allows_block_size(size) {
        let allowed = policy.block_sizes.clone();
        findings.add(size_path, Params::BlockInvalidSize { allowed, size });
    }
    match block {
        Block::Range(range) => check_range(range, base, policy, duplicates, findings),
        Block::List(list) => check_list(list, base, policy, duplicates, findings),
    }
}

fn check_range(
    range: &BlockRange,
    base: &Pointer,
    policy: &Policy,
    duplicates: &mut Duplicates,
    findings: &mut Findings,
) -> Block {
    let path = base.key("first");
    let classified = check_number(&range.first, &path, Usage::Block, policy, findings);
    let size = u64::from(range.size);
    if let (Some(first), Some(_)) = (classified.nanp, &classified.e164) {
        let last_line = u64::from(first.line()).saturating_add(size.saturating_sub(1));
        if last_line >= LINES_PER_EXCHANGE {
            let last = first
                .offset(size.saturating_sub(1))
                .map_or_else(String::new, NanpNumber::e164);
            let first = first.e164();
            findings.add(&path, Params::BlockCrossesExchange { first, last, size });
        }
        for step in 0..size.min(LINES_PER_EXCHANGE) {
            if let Some(number) = first.offset(step) {
                duplicates.note(number.e164_key(), &path, findings);
            }
        }
    }
    let first = classified.e164.unwrap_or_else(|| range.first.clone());
    Block::Range(BlockRange {
        first,
        size: range.size,
    })
}

fn check_list(
    list: &BlockList,
    base: &Pointer,
    policy: &Policy,
    duplicates: &mut Duplicates,
    findings: &mut Findings,
) -> Block {
    let mut nanp = Vec::with_capacity(list.numbers.len());
    let mut normalised = Vec::with_capacity(list.numbers.len());
    for (index, written) in list.numbers.iter().enumerate() {
        let path = base.key("numbers").index(index);
        let classified = check_number(written, &path, Usage::Block, policy, findings);
        if let Some(key) = classified.key() {
            duplicates.note(key, &path, findings);
        }
        nanp.extend(classified.nanp.filter(|_| classified.e164.is_some()));
        normalised.push(classified.e164.unwrap_or_else(|| written.clone()));
    }
    if nanp.len() == list.numbers.len() {
        check_run(nanp, base.key("numbers"), findings);
    }
    Block::List(BlockList {
        numbers: normalised,
    })
}

/// A listed block must be one run of consecutive numbers inside one exchange.
fn check_run(numbers: Vec<NanpNumber>, path: Pointer, findings: &mut Findings) {
    let mut numbers = NanpNumber::sort(numbers);
    numbers.dedup();
    let (Some(first), Some(last)) = (numbers.first().copied(), numbers.last().copied()) else {
        return;
    };
    let span = first.distance_to(last).unwrap_or(u64::MAX);
    let distinct = u64::try_from(numbers.len()).unwrap_or(u64::MAX);
    if span.saturating_add(1) != distinct {
        findings.add(path, Params::BlockNotConsecutive { size: distinct });
    } else if first.exchange() != last.exchange() {
        let params = Params::BlockCrossesExchange {
            first: first.e164(),
            last: last.e164(),
            size: distinct,
        };
        findings.add(path, params);
    }
}

/// The `search.*` rules of an automatic selection [POLICY §3.3, §6]: a search in a country
/// the policy does not serve is that one finding (its state, area code and prefix are not
/// judged); one that names no country is that finding too, and is judged as a search in
/// the policy's first country, as a form for that country would be.
fn check_search(search: &AutoSelect, policy: &Policy, findings: &mut Findings) {
    let base = Pointer::ROOT.key("auto_select");
    let served = policy.served_country(&search.country);
    if served.is_none() {
        let params = Params::SearchCountryUnsupported {
            allowed: policy.countries.clone(),
            country: search.country.clone(),
        };
        findings.add(base.key("country"), params);
    }
    let unnamed = search.country.trim().is_empty();
    let judged_as = served.or_else(|| policy.countries.first().copied().filter(|_| unnamed));
    if let Some(country) = judged_as {
        check_search_place(search, country, &base, findings);
    }
    if search.quantity < 1 {
        let quantity = search.quantity;
        findings.add(
            base.key("quantity"),
            Params::SearchInvalidQuantity { quantity },
        );
    }
}

/// The state, area code and prefix of a search in `country`.
fn check_search_place(
    search: &AutoSelect,
    country: Country,
    base: &Pointer,
    findings: &mut Findings,
) {
    if !is_state_of(country, &search.state) {
        let params = Params::SearchInvalidState {
            format: phrases::state_format(country),
            place: phrases::state_place(country),
            state: search.state.clone(),
        };
        findings.add(base.key("state"), params);
    }
    let area_code = three_digits(&search.area_code)
        .filter(|npa| is_geographic_area_code_of(*npa, country.code()));
    if area_code.is_none() {
        let params = Params::SearchInvalidAreaCode {
            area_code: search.area_code.clone(),
            place: phrases::area_code_place(country),
        };
        findings.add(base.key("area_code"), params);
    }
    if let Some(prefix) = &search.prefix {
        if !three_digits(prefix).is_some_and(is_valid_nxx) {
            let prefix = prefix.clone();
            findings.add(base.key("prefix"), Params::SearchInvalidPrefix { prefix });
        }
    }
}

/// The value of exactly three ASCII digits (blanks around ignored).
fn three_digits(text: &str) -> Option<u32> {
    let [first, second, third] = text.trim().as_bytes() else {
        return None;
    };
    [first, second, third]
        .into_iter()
        .try_fold(0, |value: u32, &digit| {
            let digit = char::from(digit).to_digit(10)?;
            Some(value.saturating_mul(10).saturating_add(digit))
        })
}

/// `[2-9][0-9][0-9]` and not an N11 service code.
fn is_valid_nxx(code: u32) -> bool {
    (200..=999).contains(&code) && code % 100 != 11
}

/// `order.empty`, `order.too_many_numbers` and `trial.number_limit`.
fn check_count(
    org: &TrialOrg,
    contents: &OrderContents,
    policy: &Policy,
    limit: OrderLimit,
    findings: &mut Findings,
) {
    let count = contents.count();
    if count == 0 {
        findings.add("", Params::OrderEmpty {});
    }
    let max = u64::from(policy.max_numbers_per_order);
    if limit == OrderLimit::Enforced && count > max {
        findings.add(
            "/numbers",
            Params::OrderTooManyNumbers {
                actual: count,
                limit: max,
            },
        );
    }
    let used = u64::from(org.trial_numbers_used);
    let allowance = u64::from(policy.trial_number_allowance);
    if org.trial && used.saturating_add(count) > allowance {
        let params = Params::TrialNumberLimit {
            limit: allowance,
            requested: count,
            used,
        };
        findings.add("/numbers", params);
    }
    if limit == OrderLimit::PlannedAround {
        check_plannable(contents, max, findings);
    }
}

/// `order.too_many_numbers` when the limit is planned around: only what no plan can hold
/// is too many — any number at all when an order may hold none, otherwise each block
/// larger than an order.
fn check_plannable(contents: &OrderContents, max: u64, findings: &mut Findings) {
    let too_many = |actual| Params::OrderTooManyNumbers { actual, limit: max };
    let count = contents.count();
    if max == 0 {
        if count > 0 {
            findings.add("/numbers", too_many(count));
        }
        return;
    }
    for (index, block) in contents.blocks.iter().enumerate() {
        if block.size() > max {
            findings.add(
                Pointer::ROOT.key("blocks").index(index),
                too_many(block.size()),
            );
        }
    }
}

fn add_notices(request: &NewNumberOrder, findings: &mut Findings) {
    if !findings.has_errors() {
        findings.add("", Params::NoticeAvailabilityNotGuaranteed {});
    }
    if !request.blocks.is_empty() {
        findings.add("/blocks", Params::NoticeBlockRemoval {});
    }
    findings.add("", Params::NoticeTermsOfService {});
}
