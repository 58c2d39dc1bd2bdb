//! Policies read from JSON [POLICY §4]: a policy is data, and fields left out keep the
//! `seed-2024` values.

use crate::catalogue::policy::Policy;
use crate::contract::json_text::from_json_text;
use crate::contract::malformed::Malformed;

impl Policy {
    /// Loads a policy from JSON text; absent fields keep the `seed-2024` value.
    pub fn from_json(text: &str) -> Result<Self, Malformed> {
        from_json_text(text)
    }
}
