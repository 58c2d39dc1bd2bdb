//! `number_removal` [POLICY §3.6; seed: Number policy — New number ordering]: numbers
//! ordered in a block cannot be removed one by one.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::number_rules::Duplicates;
use crate::numbers::{classify, NanpNumber, NumberClass};
use crate::response::Findings;
use crate::rules::Rule;

/// Request of the `number_removal` check.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(default, deny_unknown_fields, expecting = "an object")]
pub struct NumberRemoval {
    /// The numbers the location holds.
    pub inventory: Inventory,
    /// The numbers to remove.
    pub remove: Vec<String>,
}

/// The numbers a location holds: single numbers and blocks.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(default, deny_unknown_fields, expecting = "an inventory object")]
pub struct Inventory {
    /// Numbers ordered one by one.
    pub singles: Vec<String>,
    /// Numbers ordered as blocks.
    pub blocks: Vec<InventoryBlock>,
}

/// A block the location holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, expecting = "a block {id, first, size}")]
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
pub struct PartialBlock {
    /// The block's identifier.
    pub block_id: String,
    /// Every number of the block, E.164, ascending.
    pub numbers: Vec<String>,
}

/// Last line number of an exchange: a held block cannot reach past it.
const LAST_LINE: u64 = 9_999;

/// A held block's numbers.
struct HeldBlock<'a> {
    id: &'a str,
    numbers: Vec<NanpNumber>,
}

/// Applies the removal rules and works out what may be removed.
pub(crate) fn number_removal(request: &NumberRemoval) -> (Findings, RemovalResult) {
    let mut findings = Findings::default();
    let singles: BTreeSet<NanpNumber> = request
        .inventory
        .singles
        .iter()
        .filter_map(|n| valid_nanp(n))
        .collect();
    let blocks: Vec<HeldBlock> = request.inventory.blocks.iter().map(held_block).collect();

    let mut duplicates = Duplicates::default();
    let mut wanted: Vec<(String, NanpNumber)> = Vec::new();
    for (index, written) in request.remove.iter().enumerate() {
        let path = format!("/remove/{index}");
        let Some(number) = valid_nanp(written) else {
            findings.add(Rule::NumberInvalid, &path, json!({ "number": written }));
            continue;
        };
        if duplicates.note(&number.e164(), &path, &mut findings) {
            wanted.push((path, number));
        }
    }

    let mut result = RemovalResult::default();
    let mut partial: BTreeSet<usize> = BTreeSet::new();
    for (block_index, block) in blocks.iter().enumerate() {
        let removed: Vec<&(String, NanpNumber)> = wanted
            .iter()
            .filter(|(_, n)| block.numbers.contains(n))
            .collect();
        let Some((first_path, _)) = removed.first() else {
            continue;
        };
        if removed.len() < block.numbers.len() {
            partial.insert(block_index);
            let params = json!({
                "block_id": block.id,
                "block_size": block.numbers.len(),
                "removed": removed.len(),
                "missing": block.numbers.len() - removed.len(),
            });
            findings.add(Rule::RemovalPartialBlock, first_path.as_str(), params);
            result.partial_blocks.push(PartialBlock {
                block_id: block.id.to_owned(),
                numbers: block.numbers.iter().map(|n| n.e164()).collect(),
            });
        }
    }
    for (path, number) in &wanted {
        let holding_block = blocks
            .iter()
            .position(|block| block.numbers.contains(number));
        match holding_block {
            Some(index) if partial.contains(&index) => {}
            Some(_) => result.removable.push(number.e164()),
            None if singles.contains(number) => result.removable.push(number.e164()),
            None => findings.add(
                Rule::RemovalNotInInventory,
                path.as_str(),
                json!({ "number": number.e164() }),
            ),
        }
    }
    (findings, result)
}

/// A written number as a NANP number, if it is a valid one.
fn valid_nanp(written: &str) -> Option<NanpNumber> {
    let classified = classify(written);
    classified
        .nanp
        .filter(|_| classified.class != NumberClass::Invalid)
}

/// Expands a held block, stopping at the end of its exchange.
fn held_block(block: &InventoryBlock) -> HeldBlock<'_> {
    let numbers = valid_nanp(&block.first)
        .map(|first| {
            let room = LAST_LINE - u64::from(first.line()) + 1;
            (0..u64::from(block.size).min(room))
                .filter_map(|step| first.offset(step))
                .collect()
        })
        .unwrap_or_default();
    HeldBlock {
        id: &block.id,
        numbers,
    }
}
