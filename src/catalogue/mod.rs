//! The catalogue: every rule with its code, severity and parameters (`rules.rs`, declared
//! through the machinery of `declare.rs`), the messages that explain them, and the policy
//! parameters they consult. Below the findings; above only numbers and dates.

pub(crate) mod declare;
pub(crate) mod messages;
pub(crate) mod phrases;
pub(crate) mod policy;
pub(crate) mod rules;
