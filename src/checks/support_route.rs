//! `support_route` [POLICY §3.8; seed: Support, table 1]: which desk answers a topic.

use callplan_derive::ReadJson;
use serde::Serialize;

use crate::catalogue::policy::Policy;
use crate::catalogue::rules::Params;
use crate::checks::shared::desks::{contact, desk_for_topic, Desk, Region};
use crate::findings::Findings;

/// Request of the `support_route` check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, expecting = "an object")]
pub struct SupportRoute {
    /// What the question is about, e.g. `expedite_port`.
    #[serde(default)]
    pub topic: String,
    /// Where the caller is.
    pub region: Region,
}

/// Routes a topic to its desk; `support.unknown_topic` when none answers it.
pub(crate) fn support_route(request: &SupportRoute, _policy: &Policy) -> (Findings, Option<Desk>) {
    let mut findings = Findings::default();
    let desk = desk_for_topic(&request.topic).map(|desk| contact(desk, request.region));
    if desk.is_none() {
        let topic = request.topic.clone();
        findings.add("/topic", Params::SupportUnknownTopic { topic });
    }
    (findings, desk)
}
