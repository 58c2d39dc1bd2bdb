//! `new_number_order` [POLICY §3.3; article: Limitations, Order new numbers, Number policy —
//! New number ordering]: single numbers, blocks and automatic selection, within the
//! per-order limit. The order and its rules are in `shared::order`, which `order_plan`
//! shares.

use crate::catalogue::policy::Policy;
use crate::checks::shared::order::{check_order, OrderLimit};
use crate::checks::shared::policy_check::PolicyCheck;
use crate::findings::Findings;

/// The check's input (shared with `order_plan`).
pub(crate) use crate::checks::shared::order::NewNumberOrder;

/// The `new_number_order` check [POLICY §3.3].
pub(crate) struct NewNumberOrderCheck;

impl PolicyCheck for NewNumberOrderCheck {
    type Input = NewNumberOrder;
    type Output = ();

    /// Applies every `new_number_order` rule.
    fn run(request: &NewNumberOrder, policy: &Policy) -> (Findings, ()) {
        (check_order(request, policy, OrderLimit::Enforced).0, ())
    }
}
