//! The contract every check of POLICY §3 implements.

use crate::catalogue::policy::Policy;
use crate::findings::Findings;

/// One check of POLICY §3: the contract a check module implements. The module's input
/// type is what the request holds besides `check` and `locale`; its output becomes the
/// response's `result` (`()` when the check has none).
pub(crate) trait PolicyCheck {
    /// The check's input, read from the request.
    type Input;
    /// What the check answers besides its findings: `()`, or what becomes the response's
    /// `result`.
    type Output;

    /// Applies every rule of the check to `input` under `policy`.
    fn run(input: &Self::Input, policy: &Policy) -> (Findings, Self::Output);
}
