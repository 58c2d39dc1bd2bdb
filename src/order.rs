//! `new_number_order` [POLICY §3.3; seed: Limitations, Order new numbers, Number policy —
//! New number ordering].
//!
//! An order holds single numbers, consecutive blocks and an automatic selection from
//! inventory; its count is singles + block sizes + quantity.

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{json, Value};

use crate::address::is_us_state;
use crate::number_rules::{check_number, Duplicates, Usage};
use crate::numbers::{is_us_geographic_area_code, NanpNumber, LINES_PER_EXCHANGE};
use crate::policy::Policy;
use crate::response::{Findings, Pointer};
use crate::rules::Rule;

/// Request of the `new_number_order` (and `order_plan`) check.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(default, deny_unknown_fields, expecting = "an object")]
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
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(default, deny_unknown_fields, expecting = "an org object")]
pub struct TrialOrg {
    /// On the free Webex Calling trial.
    pub trial: bool,
    /// New numbers the trial has already created.
    pub trial_numbers_used: u32,
}

/// Whether the location has Cisco Calling Plan enabled.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(default, deny_unknown_fields, expecting = "a location object")]
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
            findings.add(Rule::LocationCallingPlanNotEnabled, path, json!({}));
        }
    }
}

/// A block of consecutive numbers: `{first, size}` or `{numbers: [...]}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(untagged)]
pub enum Block {
    /// The first number and how many follow it (itself included).
    Range(BlockRange),
    /// Every number of the block, in any order.
    List(BlockList),
}

/// A block given by its first number and size.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, expecting = "a block {first, size}")]
pub struct BlockRange {
    /// The block's first number.
    pub first: String,
    /// How many numbers the block holds.
    pub size: u32,
}

/// A block given as the list of its numbers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, expecting = "a block {numbers}")]
pub struct BlockList {
    /// The block's numbers.
    pub numbers: Vec<String>,
}

impl<'de> Deserialize<'de> for Block {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        let is_list = value
            .as_object()
            .is_some_and(|block| block.contains_key("numbers"));
        let block = if is_list {
            BlockList::deserialize(value).map(Block::List)
        } else {
            BlockRange::deserialize(value).map(Block::Range)
        };
        block.map_err(serde::de::Error::custom)
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
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(default, deny_unknown_fields, expecting = "an auto_select object")]
pub struct AutoSelect {
    /// ISO country code.
    pub country: String,
    /// USPS state code.
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

/// Applies every `new_number_order` rule.
pub(crate) fn new_number_order(request: &NewNumberOrder, policy: &Policy) -> Findings {
    check_order(request, policy, OrderLimit::Enforced).0
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
            check_block(block, base, policy, &mut duplicates, &mut findings)
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
    check_count(&request.org, contents.count(), policy, limit, &mut findings);
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
            let classified = check_number(written, path, Usage::Single, policy, findings);
            if let Some(key) = classified.key() {
                duplicates.note(key, path, findings);
            }
            classified.e164.unwrap_or_else(|| written.clone())
        })
        .collect()
}

/// Checks one block and returns it with its numbers in E.164.
fn check_block(
    block: &Block,
    base: Pointer,
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
        let params = json!({ "size": size, "allowed": policy.block_sizes });
        findings.add(Rule::BlockInvalidSize, size_path, params);
    }
    match block {
        Block::Range(range) => check_range(range, base, policy, duplicates, findings),
        Block::List(list) => check_list(list, base, policy, duplicates, findings),
    }
}

fn check_range(
    range: &BlockRange,
    base: Pointer,
    policy: &Policy,
    duplicates: &mut Duplicates,
    findings: &mut Findings,
) -> Block {
    let path = base.key("first");
    let classified = check_number(&range.first, path, Usage::Block, policy, findings);
    let size = u64::from(range.size);
    if let (Some(first), Some(_)) = (classified.nanp, &classified.e164) {
        let last_line = u64::from(first.line()) + size.saturating_sub(1);
        if size > 0 && last_line >= LINES_PER_EXCHANGE {
            let last = first
                .offset(size - 1)
                .map_or_else(String::new, NanpNumber::e164);
            let params = json!({ "first": first.e164(), "last": last, "size": size });
            findings.add(Rule::BlockCrossesExchange, path, params);
        }
        for step in 0..size.min(LINES_PER_EXCHANGE) {
            if let Some(number) = first.offset(step) {
                duplicates.note(number.e164_key(), path, findings);
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
    base: Pointer,
    policy: &Policy,
    duplicates: &mut Duplicates,
    findings: &mut Findings,
) -> Block {
    let mut nanp = Vec::with_capacity(list.numbers.len());
    let mut normalised = Vec::with_capacity(list.numbers.len());
    for (index, written) in list.numbers.iter().enumerate() {
        let path = base.key("numbers").index(index);
        let classified = check_number(written, path, Usage::Block, policy, findings);
        if let Some(key) = classified.key() {
            duplicates.note(key, path, findings);
        }
        nanp.extend(classified.nanp.filter(|_| classified.e164.is_some()));
        normalised.push(classified.e164.unwrap_or_else(|| written.clone()));
    }
    if nanp.len() == list.numbers.len() {
        check_run(&mut nanp, base.key("numbers"), findings);
    }
    Block::List(BlockList {
        numbers: normalised,
    })
}

/// A listed block must be one run of consecutive numbers inside one exchange.
fn check_run(numbers: &mut Vec<NanpNumber>, path: Pointer, findings: &mut Findings) {
    numbers.sort_unstable();
    numbers.dedup();
    let (Some(first), Some(last)) = (numbers.first().copied(), numbers.last().copied()) else {
        return;
    };
    let span = first.distance_to(last).unwrap_or(u64::MAX);
    let distinct = u64::try_from(numbers.len()).unwrap_or(u64::MAX);
    if span.saturating_add(1) != distinct {
        findings.add(Rule::BlockNotConsecutive, path, json!({ "size": distinct }));
    } else if first.exchange() != last.exchange() {
        let params = json!({ "first": first.e164(), "last": last.e164(), "size": distinct });
        findings.add(Rule::BlockCrossesExchange, path, params);
    }
}

/// The `search.*` rules of an automatic selection.
fn check_search(search: &AutoSelect, policy: &Policy, findings: &mut Findings) {
    if !policy.serves_country(&search.country) {
        let params = json!({ "country": search.country, "allowed": policy.countries });
        findings.add(
            Rule::SearchCountryUnsupported,
            "/auto_select/country",
            params,
        );
    }
    if !is_us_state(&search.state) {
        findings.add(
            Rule::SearchInvalidState,
            "/auto_select/state",
            json!({ "state": search.state }),
        );
    }
    let area_code = three_digits(&search.area_code).filter(|npa| is_us_geographic_area_code(*npa));
    if area_code.is_none() {
        findings.add(
            Rule::SearchInvalidAreaCode,
            "/auto_select/area_code",
            json!({ "area_code": search.area_code }),
        );
    }
    if let Some(prefix) = &search.prefix {
        if !three_digits(prefix).is_some_and(is_valid_nxx) {
            findings.add(
                Rule::SearchInvalidPrefix,
                "/auto_select/prefix",
                json!({ "prefix": prefix }),
            );
        }
    }
    if search.quantity < 1 {
        findings.add(
            Rule::SearchInvalidQuantity,
            "/auto_select/quantity",
            json!({ "quantity": search.quantity }),
        );
    }
}

/// The value of exactly three ASCII digits (blanks around ignored).
fn three_digits(text: &str) -> Option<u32> {
    let text = text.trim();
    (text.len() == 3 && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// `[2-9][0-9][0-9]` and not an N11 service code.
fn is_valid_nxx(code: u32) -> bool {
    (200..=999).contains(&code) && code % 100 != 11
}

/// `order.empty`, `order.too_many_numbers` and `trial.number_limit`.
fn check_count(
    org: &TrialOrg,
    count: u64,
    policy: &Policy,
    limit: OrderLimit,
    findings: &mut Findings,
) {
    if count == 0 {
        findings.add(Rule::OrderEmpty, "", json!({}));
    }
    let max = u64::from(policy.max_numbers_per_order);
    if limit == OrderLimit::Enforced && count > max {
        findings.add(
            Rule::OrderTooManyNumbers,
            "/numbers",
            json!({ "limit": max, "actual": count }),
        );
    }
    let used = u64::from(org.trial_numbers_used);
    let allowance = u64::from(policy.trial_number_allowance);
    if org.trial && used.saturating_add(count) > allowance {
        let params = json!({ "limit": allowance, "used": used, "requested": count });
        findings.add(Rule::TrialNumberLimit, "/numbers", params);
    }
}

fn add_notices(request: &NewNumberOrder, findings: &mut Findings) {
    if !findings.has_errors() {
        findings.add(Rule::NoticeAvailabilityNotGuaranteed, "", json!({}));
    }
    if !request.blocks.is_empty() {
        findings.add(Rule::NoticeBlockRemoval, "/blocks", json!({}));
    }
    findings.add(Rule::NoticeTermsOfService, "", json!({}));
}
