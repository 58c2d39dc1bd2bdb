//! `port_reschedule` [POLICY §3.5; article: Number policy — rescheduling, Support].

use callplan_derive::ReadJson;
use serde::Serialize;

use crate::catalogue::policy::Policy;
use crate::catalogue::rules::Params;
use crate::checks::shared::desks::{contact, Desk, DeskId, Region};
use crate::checks::shared::policy_check::PolicyCheck;
use crate::date::CalendarDate;
use crate::findings::Findings;

/// Request of the `port_reschedule` check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PortReschedule {
    /// Today's date.
    pub today: CalendarDate,
    /// The port's currently scheduled date.
    pub current_date: CalendarDate,
    /// The date asked for instead.
    pub new_date: CalendarDate,
    /// Whether the firm order commitment (FOC) has been received.
    #[serde(default)]
    pub foc_received: bool,
}

/// The `port_reschedule` check [POLICY §3.5].
pub(crate) struct PortRescheduleCheck;

impl PolicyCheck for PortRescheduleCheck {
    type Input = PortReschedule;
    type Output = Option<Desk>;

    /// Applies the rescheduling rules; after the FOC, the result names the desk to contact.
    fn run(request: &PortReschedule, policy: &Policy) -> (Findings, Option<Desk>) {
        let mut findings = Findings::default();
        // PSTN technical support is reached by a support case, the same from every region.
        let desk = request
            .foc_received
            .then(|| contact(DeskId::PstnTechnicalSupport, Region::Na));
        if request.foc_received {
            let desk = DeskId::PstnTechnicalSupport.as_str();
            findings.add("/foc_received", Params::PortFocLocked { desk });
        }
        if request.new_date < request.today {
            let params = Params::PortDateInPast {
                date: request.new_date,
                today: request.today,
            };
            findings.add("/new_date", params);
        }
        for (path, date) in [
            ("/current_date", request.current_date),
            ("/new_date", request.new_date),
        ] {
            let days_until = request.today.days_until(date);
            if (0..=i64::from(policy.short_notice_days)).contains(&days_until) {
                let params = Params::PortShortNoticeReschedule {
                    date,
                    days_until,
                    short_notice_days: policy.short_notice_days,
                };
                findings.add(path, params);
            }
        }
        (findings, desk)
    }
}
