//! `billing_start` [POLICY §3.7; article: Billing]: when each item starts billing.

use callplan_derive::ReadJson;
use serde::Serialize;

use crate::catalogue::declare::FormField;
use crate::catalogue::policy::Policy;
use crate::catalogue::rules::Params;
use crate::checks::shared::policy_check::PolicyCheck;
use crate::date::CalendarDate;
use crate::findings::Findings;
use crate::pointer::Pointer;

/// Request of the `billing_start` check.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct BillingStart {
    /// The items to date.
    pub items: Vec<BillingItem>,
}

/// Something Cisco bills for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum BillingItem {
    /// An outbound calling plan ordered in CCW: billed from the requested service date.
    OutboundCallingPlan {
        /// Where it was ordered (`ccw`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        source: Option<OcpSource>,
        /// The requested service date (RSD).
        #[serde(default)]
        requested_service_date: Option<CalendarDate>,
    },
    /// A calling plan provisioned in Control Hub: billed at once.
    CallingPlan {
        /// Where it was provisioned (`control_hub`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        source: Option<PlanSource>,
        /// The provisioning date.
        #[serde(default)]
        provisioned: Option<CalendarDate>,
    },
    /// A phone number: new ones bill at once, ported ones when the port completes.
    Number(NumberItem),
    /// International call usage: billed the month after the call.
    Usage {
        /// The day of the call.
        #[serde(default)]
        call_date: Option<CalendarDate>,
    },
}

/// Where an outbound calling plan is ordered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum OcpSource {
    /// Cisco Commerce Workspace.
    Ccw,
}

/// Where a calling plan is provisioned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PlanSource {
    /// Webex Control Hub.
    ControlHub,
}

/// A number item, by origin.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(tag = "origin", rename_all = "snake_case", deny_unknown_fields)]
pub enum NumberItem {
    /// Ordered new from Cisco.
    New {
        /// The provisioning date in Control Hub.
        #[serde(default)]
        provisioned: Option<CalendarDate>,
    },
    /// Ported from another provider.
    Ported {
        /// The day the port completed, once it has.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        port_completed: Option<CalendarDate>,
    },
}

/// When one item bills.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BillingOutcome {
    /// Billing starts on this date.
    Starts(CalendarDate),
    /// Billing waits for an event (`port_completion`).
    Pending(PendingOn),
    /// Usage billed on the invoice of this month, `YYYY-MM`.
    BilledIn(String),
}

/// What a pending item's billing waits for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PendingOn {
    /// The port completing.
    PortCompletion,
}

/// Result of `billing_start`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct BillingResult {
    /// For each item, when it bills; `null` where its date is missing.
    pub items: Vec<Option<BillingOutcome>>,
    /// Extra charge for ported numbers: always 0.
    pub porting_fee: u32,
}

/// The `billing_start` check [POLICY §3.7].
pub(crate) struct BillingStartCheck;

impl PolicyCheck for BillingStartCheck {
    type Input = BillingStart;
    type Output = BillingResult;

    /// Dates every item; `billing.missing_date` where an item lacks its date.
    fn run(request: &BillingStart, _policy: &Policy) -> (Findings, BillingResult) {
        let mut findings = Findings::default();
        let items = request
            .items
            .iter()
            .enumerate()
            .map(|(index, item)| {
                let outcome = outcome(item);
                if let Err((field, kind)) = outcome {
                    let path = Pointer::ROOT.key("items").index(index).key(field);
                    let field = FormField(field);
                    findings.add(path, Params::BillingMissingDate { field, kind });
                }
                outcome.ok()
            })
            .collect();
        (
            findings,
            BillingResult {
                items,
                porting_fee: 0,
            },
        )
    }
}

/// When an item bills, or the missing date field and the item's kind.
fn outcome(item: &BillingItem) -> Result<BillingOutcome, (&'static str, &'static str)> {
    match item {
        BillingItem::OutboundCallingPlan {
            requested_service_date,
            ..
        } => requested_service_date
            .map(BillingOutcome::Starts)
            .ok_or(("requested_service_date", "outbound_calling_plan")),
        BillingItem::CallingPlan { provisioned, .. } => provisioned
            .map(BillingOutcome::Starts)
            .ok_or(("provisioned", "calling_plan")),
        BillingItem::Number(NumberItem::New { provisioned }) => provisioned
            .map(BillingOutcome::Starts)
            .ok_or(("provisioned", "number")),
        BillingItem::Number(NumberItem::Ported { port_completed }) => Ok(port_completed.map_or(
            BillingOutcome::Pending(PendingOn::PortCompletion),
            BillingOutcome::Starts,
        )),
        BillingItem::Usage { call_date } => call_date
            .map(|date| BillingOutcome::BilledIn(date.next_month()))
            .ok_or(("call_date", "usage")),
    }
}
