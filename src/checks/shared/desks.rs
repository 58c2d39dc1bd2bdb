//! The support desks [POLICY §3.8; article: Support, table 1]: which desk answers which
//! topic, with contact details written exactly as the article writes them. Shared by
//! `support_route` and `port_reschedule` (after the FOC, PSTN technical support).

use crate::serde_name::serde_name;
use callplan_derive::ReadJson;
use serde::Serialize;

/// Support regions of the article's table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Region {
    /// North America.
    Na,
    /// Europe, Middle East and Africa.
    Emea,
    /// Asia Pacific.
    Apac,
}

/// The support desks of Cisco Calling Plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DeskId {
    /// Partner Help Desk (PHD).
    PartnerHelpDesk,
    /// PSTN Technical Support (PTS).
    PstnTechnicalSupport,
    /// Cisco Technical Assistance Center (TAC).
    Tac,
    /// PSTN Billing Support (PBS) / Cisco Partner Support (CPS).
    PstnBillingSupport,
}

/// How a desk is reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Channel {
    /// By phone (per region) or email.
    PhoneOrEmail,
    /// By opening a support case.
    SupportCase,
    /// By email or the web.
    EmailOrWeb,
}

/// A support desk and how to reach it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Desk {
    /// Which desk.
    pub desk: DeskId,
    /// What the desk is for, as the article describes it.
    pub purpose: &'static str,
    /// Phone number for the region, when the desk takes calls.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<&'static str>,
    /// Email address, when the desk takes email.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<&'static str>,
    /// Web address, when the desk has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub web: Option<&'static str>,
    /// How to reach the desk.
    pub channel: Channel,
}

impl DeskId {
    /// The desk as written in JSON, taken from its serde name.
    pub(crate) fn as_str(self) -> &'static str {
        serde_name(&self)
    }
}

/// The desk that answers `topic`, if the article names one.
pub(crate) fn desk_for_topic(topic: &str) -> Option<DeskId> {
    let desk = match topic.trim() {
        "documentation" => DeskId::PartnerHelpDesk,
        "partner_pstn_question"
        | "expedite_port"
        | "port_rescheduled"
        | "port_rejected"
        | "port_specific_time"
        | "port_date_change_after_foc"
        | "order_cancellation" => DeskId::PstnTechnicalSupport,
        "control_hub_issue" | "dropped_calls" | "call_quality" | "outage" => DeskId::Tac,
        "billing_question" | "billing_dispute" => DeskId::PstnBillingSupport,
        _ => return None,
    };
    Some(desk)
}

/// How to reach `desk` from `region`.
pub(crate) fn contact(desk: DeskId, region: Region) -> Desk {
    match desk {
        DeskId::PartnerHelpDesk => Desk {
            desk,
            purpose: "Information and documentation about Cisco Calling Plan",
            phone: Some(match region {
                Region::Na => "1-844-613-6108",
                Region::Emea => "+44 129 366 10 20",
                Region::Apac => "+61 3 7017 7272",
            }),
            email: Some("webexcalling-phd@cisco.com"),
            web: None,
            channel: Channel::PhoneOrEmail,
        },
        DeskId::PstnTechnicalSupport => Desk {
            desk,
            purpose: "Partner and PSTN questions, port expedites, rescheduled, rejected and timed ports, port date changes after FOC, order cancellations",
            phone: None,
            email: None,
            web: None,
            channel: Channel::SupportCase,
        },
        DeskId::Tac => Desk {
            desk,
            purpose: "Control Hub issues and service problems such as dropped calls, call quality and outages",
            phone: Some(match region {
                Region::Na => "1-800-553-2447",
                Region::Emea => "+32 2 704 5555",
                Region::Apac => "+61 2 8446 7411",
            }),
            email: Some("tac@cisco.com"),
            web: None,
            channel: Channel::PhoneOrEmail,
        },
        DeskId::PstnBillingSupport => Desk {
            desk,
            purpose: "PSTN billing questions and disputes",
            phone: None,
            email: Some("cloudinquiries@broadsoft.com"),
            web: Some("https://customerservice.cloudapps.cisco.com/"),
            channel: Channel::EmailOrWeb,
        },
    }
}
