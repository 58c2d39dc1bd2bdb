//! `new_number_order` [POLICY §3.3; seed: Limitations, Order new numbers, Number policy —
//! New number ordering]: single numbers, blocks and automatic selection, within the
//! per-order limit. The order and its rules are in `shared::order`, which `order_plan`
//! shares.

use crate::catalogue::policy::Policy;
use crate::checks::shared::order::{check_order, OrderLimit};
use crate::findings::Findings;

/// The check's input (shared with `order_plan`).
pub(crate) use crate::checks::shared::order::NewNumberOrder;

/// Applies every `new_number_order` rule.
pub(crate) fn new_number_order(request: &NewNumberOrder, policy: &Policy) -> Findings {
    check_order(request, policy, OrderLimit::Enforced).0
}
