//! `support_route` [POLICY §3.8; article: Support, table 1]: which desk answers a topic.

use callplan_derive::ReadJson;
use serde::Serialize;

use crate::catalogue::policy::Policy;
use crate::catalogue::rules::Params;
use crate::checks::shared::desks::{contact, desk_for_topic, Desk, Region};
use crate::checks::shared::policy_check::PolicyCheck;
use crate::findings::Findings;

/// Request of the `support_route` check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SupportRoute {
    /// What the question is about, e.g. `expedite_port`.
    #[serde(default)]
    pub topic: String,
    /// Where the caller is.
    pub region: Region,
}

/// The `support_route` check [POLICY §3.8].
pub(crate) struct SupportRouteCheck;

impl PolicyCheck for SupportRouteCheck {
    type Input = SupportRoute;
    type Output = Option<Desk>;

    /// Routes a topic to its desk; `support.unknown_topic` when none answers it.
    fn run(request: &SupportRoute, _policy: &Policy) -> (Findings, Option<Desk>) {
        let mut findings = Findings::default();
        let desk = desk_for_topic(&request.topic).map(|desk| contact(desk, request.region));
        if desk.is_none() {
            let topic = request.topic.clone();
            findings.add("/topic", Params::SupportUnknownTopic { topic });
        }
        (findings, desk)
    }
}
