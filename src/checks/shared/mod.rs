//! What several checks share: the contract each check implements, the address rules, the
//! per-number rules, the new-number order, and the support desks. Shared modules never
//! import a check.

pub(crate) mod address;
pub(crate) mod desks;
pub(crate) mod numbers;
pub(crate) mod order;
pub(crate) mod policy_check;
