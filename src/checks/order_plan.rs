//! `order_plan` [POLICY §3.9]: split what was asked into the fewest orders that each pass
//! `new_number_order`, never splitting a block.
//!
//! Blocks are placed largest first into the first order with room (first-fit decreasing),
//! then single numbers in request order, then the automatic selection's quantity fills the
//! room left and opens new orders as needed. With the 2024 article's block sizes (10, 50, 100 — each
//! divides the next and the limit of 100) this gives the fewest possible orders.

use serde::Serialize;

use crate::catalogue::policy::Policy;
use crate::checks::shared::order::{
    check_order, AutoSelect, Block, OrderContents, OrderLimit, TrialOrg,
};
use crate::checks::shared::policy_check::PolicyCheck;

/// The check's input: an order, as `new_number_order` takes it.
pub(crate) use crate::checks::shared::order::NewNumberOrder;
use crate::findings::Findings;
use crate::ordering::{in_order, sorted_indices};

/// Result of `order_plan`: the orders to place, each a `new_number_order` request body.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
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

/// The `order_plan` check [POLICY §3.9].
pub(crate) struct OrderPlanCheck;

impl PolicyCheck for OrderPlanCheck {
    type Input = NewNumberOrder;
    type Output = Option<OrderPlan>;

    /// Applies the order rules (the per-order limit excepted) and, when nothing blocks it,
    /// plans the orders.
    fn run(request: &NewNumberOrder, policy: &Policy) -> (Findings, Option<OrderPlan>) {
        let (findings, contents) = check_order(request, policy, OrderLimit::PlannedAround);
        let capacity = u64::from(policy.max_numbers_per_order);
        if findings.has_errors() {
            return (findings, None);
        }
        let bins = pack(contents, capacity);
        (findings, Some(to_plan(bins, request)))
    }
}

fn pack(contents: OrderContents, capacity: u64) -> Vec<Bin> {
    let selection_orders = usize::try_from(
        contents
            .quantity
            .checked_div(capacity)
            .unwrap_or(contents.quantity),
    )
    .unwrap_or(usize::MAX);
    let most_orders = contents
        .blocks
        .len()
        .saturating_add(contents.singles.len())
        .saturating_add(selection_orders)
        .saturating_add(2);
    let mut orders = FirstFit::new(capacity, most_orders);
    // Largest first; equal sizes in the order asked.
    let largest_first = sorted_indices(
        contents
            .blocks
            .iter()
            .map(|block| u64::MAX.saturating_sub(block.size())),
    );
    for block in in_order(contents.blocks, &largest_first) {
        orders.place(block.size(), |bin| bin.blocks.push(block));
    }
    for number in contents.singles {
        orders.place(1, |bin| bin.numbers.push(number));
    }
    let mut quantity = contents.quantity;
    loop {
        // Nothing left to take ends the loop (an open order always has room: the tree has
        // room for `most_orders`, so it can never loop for ever).
        let taken = quantity.min(orders.room_of_first_open());
        if taken == 0 {
            break;
        }
        orders.place(taken, |bin| {
            bin.quantity = bin.quantity.saturating_add(taken)
        });
        quantity = quantity.saturating_sub(taken);
    }
    orders.bins
}

/// Orders filled first-fit: each item goes into the first order with room for it, a new
/// one when none has. A tree over the orders keeps the most room left in each span, so the
/// first order with room is found in O(log n) instead of scanning the full ones.
struct FirstFit {
    bins: Vec<Bin>,
    /// `room[1]` is the root; the children of `i` are `2i` and `2i + 1`; leaf `leaves + b`
    /// is order `b`. Orders not opened yet have the whole capacity as room.
    room: Vec<u64>,
    leaves: usize,
}

impl FirstFit {
    /// Room for up to `most_orders` orders of `capacity` numbers.
    fn new(capacity: u64, most_orders: usize) -> Self {
        let leaves = most_orders.max(1).next_power_of_two();
        FirstFit {
            bins: Vec::new(),
            room: vec![capacity; leaves.saturating_mul(2)],
            leaves,
        }
    }

    fn room_at(&self, node: usize) -> u64 {
        self.room.get(node).copied().unwrap_or(0)
    }

    /// The leaf of the first order with at least `size` numbers of room.
    fn first_leaf_with_room(&self, size: u64) -> usize {
        let mut node = 1;
        while node < self.leaves {
            let (left, right) = children(node);
            node = if self.room_at(left) >= size {
                left
            } else {
                right
            };
        }
        node
    }

    /// The room left in the first order that is not full (a new order's when all are).
    fn room_of_first_open(&self) -> u64 {
        self.room_at(self.first_leaf_with_room(1))
    }

    /// Puts `size` numbers into the first order with room and lets `put` fill it in.
    fn place(&mut self, size: u64, put: impl FnOnce(&mut Bin)) {
        let leaf = self.first_leaf_with_room(size);
        let index = leaf.saturating_sub(self.leaves);
        while self.bins.len() <= index {
            self.bins.push(Bin::default());
        }
        if let Some(bin) = self.bins.get_mut(index) {
            bin.count = bin.count.saturating_add(size);
            put(bin);
        }
        let left = self.room_at(leaf).saturating_sub(size);
        self.set_room(leaf, left);
    }

    /// Sets a leaf's room and the most room of every span above it.
    fn set_room(&mut self, leaf: usize, room: u64) {
        if let Some(slot) = self.room.get_mut(leaf) {
            *slot = room;
        }
        let mut node = leaf / 2;
        while node >= 1 {
            let (left, right) = children(node);
            let most = self.room_at(left).max(self.room_at(right));
            if let Some(slot) = self.room.get_mut(node) {
                *slot = most;
            }
            node /= 2;
        }
    }
}

/// The two children of a node of the tree.
fn children(node: usize) -> (usize, usize) {
    let left = node.saturating_mul(2);
    (left, left.saturating_add(1))
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
