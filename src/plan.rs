//! `order_plan` [POLICY §3.9]: split what was asked into the fewest orders that each pass
//! `new_number_order`, never splitting a block.
//!
//! Blocks are placed largest first into the first order with room (first-fit decreasing),
//! then single numbers in request order, then the automatic selection's quantity fills the
//! room left and opens new orders as needed. With the seed's block sizes (10, 50, 100 — each
//! divides the next and the limit of 100) this gives the fewest possible orders.

use serde::Serialize;
use serde_json::json;

use crate::order::{
    check_order, AutoSelect, Block, NewNumberOrder, OrderContents, OrderLimit, TrialOrg,
};
use crate::policy::Policy;
use crate::response::Findings;
use crate::rules::Rule;

/// Result of `order_plan`: the orders to place, each a `new_number_order` request body.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
pub struct OrderPlan {
    /// The orders, in the sequence to place them.
    pub orders: Vec<NewNumberOrder>,
}

/// One order being filled.
#[derive(Default)]
struct Bin {
    numbers: Vec<String>,
    blocks: Vec<Block>,
    quantity: u64,
    count: u64,
}

/// Applies the order rules (the per-order limit excepted) and, when nothing blocks it,
/// plans the orders.
pub(crate) fn order_plan(
    request: &NewNumberOrder,
    policy: &Policy,
) -> (Findings, Option<OrderPlan>) {
    let (mut findings, contents) = check_order(request, policy, OrderLimit::PlannedAround);
    let capacity = u64::from(policy.max_numbers_per_order);
    for (index, block) in contents.blocks.iter().enumerate() {
        if block.size() > capacity {
            let params = json!({ "limit": capacity, "actual": block.size() });
            findings.add(
                Rule::OrderTooManyNumbers,
                format!("/blocks/{index}"),
                params,
            );
        }
    }
    if capacity == 0 {
        let params = json!({ "limit": capacity, "actual": contents.count() });
        findings.add(Rule::OrderTooManyNumbers, "/numbers", params);
    }
    if findings.has_errors() {
        return (findings, None);
    }
    let bins = pack(contents, capacity);
    (findings, Some(to_plan(bins, request)))
}

fn pack(contents: OrderContents, capacity: u64) -> Vec<Bin> {
    let mut bins: Vec<Bin> = Vec::new();
    let mut blocks = contents.blocks;
    blocks.sort_by_key(|block| std::cmp::Reverse(block.size()));
    for block in blocks {
        place(&mut bins, block.size(), capacity, |bin| {
            bin.blocks.push(block)
        });
    }
    for number in contents.singles {
        place(&mut bins, 1, capacity, |bin| bin.numbers.push(number));
    }
    let mut quantity = contents.quantity;
    while quantity > 0 {
        let room = bins
            .iter()
            .find(|bin| bin.count < capacity)
            .map_or(capacity, |bin| capacity - bin.count);
        let taken = quantity.min(room);
        place(&mut bins, taken, capacity, |bin| bin.quantity += taken);
        quantity -= taken;
    }
    bins
}

/// Puts `size` numbers into the first order with room, opening a new one when none has.
fn place(bins: &mut Vec<Bin>, size: u64, capacity: u64, put: impl FnOnce(&mut Bin)) {
    let index = match bins.iter().position(|bin| bin.count + size <= capacity) {
        Some(index) => index,
        None => {
            bins.push(Bin::default());
            bins.len() - 1
        }
    };
    if let Some(bin) = bins.get_mut(index) {
        bin.count += size;
        put(bin);
    }
}

fn to_plan(bins: Vec<Bin>, request: &NewNumberOrder) -> OrderPlan {
    let mut used = request.org.trial_numbers_used;
    let orders = bins
        .into_iter()
        .map(|bin| {
            let org = TrialOrg {
                trial: request.org.trial,
                trial_numbers_used: used,
            };
            if request.org.trial {
                used = used.saturating_add(u32::try_from(bin.count).unwrap_or(u32::MAX));
            }
            let auto_select = request
                .auto_select
                .as_ref()
                .filter(|_| bin.quantity > 0)
                .map(|search| AutoSelect {
                    quantity: i64::try_from(bin.quantity).unwrap_or(i64::MAX),
                    ..search.clone()
                });
            NewNumberOrder {
                org,
                location: request.location.clone(),
                numbers: bin.numbers,
                blocks: bin.blocks,
                auto_select,
            }
        })
        .collect();
    OrderPlan { orders }
}
