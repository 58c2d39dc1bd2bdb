//! `number_removal` [POLICY §3.6; article: Number policy — New number ordering]: numbers
//! ordered in a block cannot be removed one by one.

use callplan_derive::ReadJson;
use serde::Serialize;

use crate::catalogue::policy::Policy;
use crate::catalogue::rules::Params;
use crate::checks::shared::numbers::{check_number, usable_nanp, Duplicates, Usage};
use crate::checks::shared::policy_check::PolicyCheck;
use crate::findings::Findings;
use crate::numbers::{NanpNumber, LINES_PER_EXCHANGE};
use crate::ordering::sorted_indices;
use crate::pointer::Pointer;

/// Request of the `number_removal` check.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct NumberRemoval {
    /// The numbers the location holds.
    pub inventory: Inventory,
    /// The numbers to remove.
    pub remove: Vec<String>,
}

/// The numbers a location holds: single numbers and blocks.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Inventory {
    /// Numbers ordered one by one.
    pub singles: Vec<String>,
    /// Numbers ordered as blocks.
    pub blocks: Vec<InventoryBlock>,
}

/// A block the location holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct InventoryBlock {
    /// The block's identifier.
    #[serde(default)]
    pub id: String,
    /// The block's first number.
    pub first: String,
    /// How many numbers it holds.
    pub size: u32,
}

/// Result of `number_removal`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct RemovalResult {
    /// Numbers (E.164) that may be removed as requested, in request order.
    pub removable: Vec<String>,
    /// For each block the request would only partly remove, every number a whole-block
    /// removal would take.
    pub partial_blocks: Vec<PartialBlock>,
}

/// A block the request removes only part of.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct PartialBlock {
    /// The block's identifier.
    pub block_id: String,
    /// Every number of the block, E.164, ascending.
    pub numbers: Vec<String>,
}

/// A held block: a run of numbers inside one exchange (empty when its first number is
/// not a valid number).
struct HeldBlock<'a> {
    id: &'a str,
    first: Option<NanpNumber>,
    len: u64,
}

impl HeldBlock<'_> {
    /// Every number of the block, ascending.
    fn numbers(&self) -> impl Iterator<Item = NanpNumber> + '_ {
        let first = self.first;
        (0..self.len).filter_map(move |step| first?.offset(step))
    }
}

/// A number the request asks to remove, first mention only.
struct Wanted {
    number: NanpNumber,
    path: Pointer,
}

/// The `number_removal` check [POLICY §3.6].
pub(crate) struct NumberRemovalCheck;

impl PolicyCheck for NumberRemovalCheck {
    type Input = NumberRemoval;
    type Output = RemovalResult;

    /// Applies the removal rules and works out what may be removed. Linear in the request:
    /// blocks are held as ranges, never expanded, and found by binary search.
    fn run(request: &NumberRemoval, policy: &Policy) -> (Findings, RemovalResult) {
        let mut findings = Findings::default();
        let wanted = wanted_numbers(&request.remove, policy, &mut findings);
        let blocks: Vec<HeldBlock> = request
            .inventory
            .blocks
            .iter()
            .map(|block| held_block(block, policy))
            .collect();

        let by_number = sorted_indices(wanted.iter().map(|w| w.number.e164_key()));
        let mut holder: Vec<Option<usize>> = vec![None; wanted.len()];
        let mut partial = vec![false; blocks.len()];
        let mut result = RemovalResult::default();
        for (block_index, block) in blocks.iter().enumerate() {
            let inside = wanted_inside(block, &by_number, &wanted);
            for &index in inside {
                if let Some(slot @ None) = holder.get_mut(index) {
                    *slot = Some(block_index);
                }
            }
            let removed = u64::try_from(inside.len()).unwrap_or(u64::MAX);
            let first_mention = inside.iter().min().and_then(|&index| wanted.get(index));
            let Some(first_mention) = first_mention.filter(|_| removed < block.len) else {
                continue;
            };
            if let Some(flag) = partial.get_mut(block_index) {
                *flag = true;
            }
            let params = Params::RemovalPartialBlock {
                block_id: block.id.to_owned(),
                block_size: block.len,
                first: block.first.map_or_else(String::new, NanpNumber::e164),
                missing: block.len.saturating_sub(removed),
                removed,
            };
            findings.add(&first_mention.path, params);
            result.partial_blocks.push(PartialBlock {
                block_id: block.id.to_owned(),
                numbers: block.numbers().map(NanpNumber::e164).collect(),
            });
        }

        let singles: Vec<NanpNumber> = request
            .inventory
            .singles
            .iter()
            .filter_map(|n| usable_nanp(n, policy))
            .collect();
        let singles = NanpNumber::sort(singles);
        for (wanted, holder) in wanted.iter().zip(holder) {
            match holder {
                Some(block) if partial.get(block) == Some(&true) => {}
                Some(_) => result.removable.push(wanted.number.e164()),
                None if singles.binary_search(&wanted.number).is_ok() => {
                    result.removable.push(wanted.number.e164());
                }
                None => {
                    let number = wanted.number.e164();
                    findings.add(&wanted.path, Params::RemovalNotInInventory { number });
                }
            }
        }
        (findings, result)
    }
}

/// The numbers to remove, each valid one once, in request order; invalid and repeated
/// ones are reported.
fn wanted_numbers(remove: &[String], policy: &Policy, findings: &mut Findings) -> Vec<Wanted> {
    let mut duplicates = Duplicates::with_capacity(remove.len());
    let mut wanted = Vec::with_capacity(remove.len());
    for (index, written) in remove.iter().enumerate() {
        let path = Pointer::ROOT.key("remove").index(index);
        let classified = check_number(written, &path, Usage::Removal, policy, findings);
        let nanp = classified.nanp.filter(|_| classified.e164.is_some());
        if let Some(number) = nanp {
            if duplicates.note(number.e164_key(), &path, findings) {
                wanted.push(Wanted { number, path });
            }
        } else if classified.e164.is_some() {
            // Another country's number: no location holds it.
            let number = written.clone();
            findings.add(path, Params::NumberInvalid { number });
        }
    }
    wanted
}

/// The indices (into `wanted`) of the wanted numbers inside `block`, given those indices
/// sorted by number.
fn wanted_inside<'a>(block: &HeldBlock, by_number: &'a [usize], wanted: &[Wanted]) -> &'a [usize] {
    let Some(first) = block.first else {
        return &[];
    };
    let number_at = |index: &usize| wanted.get(*index).map(|w| w.number);
    let start = by_number.partition_point(|index| number_at(index) < Some(first));
    let end = first.offset(block.len).map_or(by_number.len(), |end| {
        by_number.partition_point(|index| number_at(index) < Some(end))
    });
    by_number.get(start..end.max(start)).unwrap_or_default()
}

/// A held block as a range, stopping at the end of its exchange.
fn held_block<'a>(block: &'a InventoryBlock, policy: &Policy) -> HeldBlock<'a> {
    let first = usable_nanp(&block.first, policy);
    let room = first.map_or(0, |first| {
        LINES_PER_EXCHANGE.saturating_sub(u64::from(first.line()))
    });
    HeldBlock {
        id: &block.id,
        first,
        len: u64::from(block.size).min(room),
    }
}
