//! `port_reschedule` [POLICY §3.5; seed: Number policy — rescheduling, Support].

use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::date::CalendarDate;
use crate::policy::Policy;
use crate::response::Findings;
use crate::rules::Rule;
use crate::support::{contact, Desk, DeskId, Region};

/// Request of the `port_reschedule` check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, expecting = "an object")]
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

/// Applies the rescheduling rules; after the FOC, the result names the desk to contact.
pub(crate) fn port_reschedule(
    request: &PortReschedule,
    policy: &Policy,
) -> (Findings, Option<Desk>) {
    let mut findings = Findings::default();
    // PSTN technical support is reached by a support case, the same from every region.
    let desk = request
        .foc_received
        .then(|| contact(DeskId::PstnTechnicalSupport, Region::Na));
    if request.foc_received {
        findings.add(
            Rule::PortFocLocked,
            "/foc_received",
            json!({ "desk": "pstn_technical_support" }),
        );
    }
    if request.new_date < request.today {
        let params = json!({ "date": request.new_date, "today": request.today });
        findings.add(Rule::PortDateInPast, "/new_date", params);
    }
    for (path, date) in [
        ("/current_date", request.current_date),
        ("/new_date", request.new_date),
    ] {
        let days_until = request.today.days_until(date);
        if (0..=i64::from(policy.short_notice_days)).contains(&days_until) {
            let params = json!({ "date": date, "days_until": days_until, "short_notice_days": policy.short_notice_days });
            findings.add(Rule::PortShortNoticeReschedule, path, params);
        }
    }
    (findings, desk)
}
