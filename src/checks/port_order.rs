//! `port_order` [POLICY §3.4; article: Port numbers, Number policy — Port-In].

use callplan_derive::ReadJson;
use serde::Serialize;

use crate::catalogue::policy::{InvoiceFormat, Policy};
use crate::catalogue::rules::Params;
use crate::checks::shared::numbers::{check_number, Duplicates, Usage};
use crate::checks::shared::order::CallingPlanLocation;
use crate::checks::shared::policy_check::PolicyCheck;
use crate::date::CalendarDate;
use crate::findings::Findings;
use crate::pointer::Pointer;
use crate::serde_name::serde_name;

/// Request of the `port_order` check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PortOrder {
    /// Today's date (the library never reads a clock).
    pub today: CalendarDate,
    /// The customer organisation.
    #[serde(default)]
    pub org: PortOrg,
    /// The location the numbers move to.
    #[serde(default)]
    pub location: CallingPlanLocation,
    /// The account with the current provider.
    #[serde(default)]
    pub account: Account,
    /// The numbers to port.
    #[serde(default)]
    pub numbers: Vec<PortNumber>,
    /// A recent invoice from the current provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice: Option<Invoice>,
    /// The letter of agency's signer.
    #[serde(default)]
    pub loa: Loa,
    /// The date asked for the port.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requested_port_date: Option<CalendarDate>,
}

/// The organisation's trial standing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct PortOrg {
    /// On the free Webex Calling trial.
    pub trial: bool,
}

/// The account with the current provider, as on its bill.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Account {
    /// The current provider.
    pub provider: String,
    /// The account number.
    pub account_number: String,
    /// The name on the account.
    pub account_name: String,
    /// The account PIN, if there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pin: Option<String>,
    /// Whether a customer service record (CSR) is available.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub csr_available: Option<bool>,
}

/// One number to port.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PortNumber {
    /// The number, any common writing.
    pub number: String,
    /// The portability check's answer, when it has run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub portable: Option<bool>,
    /// What kind of line it is, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line_type: Option<LineType>,
}

/// Kinds of line a ported number can be.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum LineType {
    /// An ordinary voice line.
    Voice,
    /// A DSL/ADSL lead number.
    Dsl,
    /// An alarm line.
    Alarm,
    /// A security line.
    Security,
    /// A line system (key system, PBX trunk).
    LineSystem,
    /// A fax line.
    Fax,
    /// Not known.
    Unknown,
}

impl LineType {
    /// The type as written in JSON, taken from its serde name.
    fn as_str(self) -> &'static str {
        serde_name(&self)
    }
}

/// The warning a line of this type gets, if any [article: Number policy — Port-In].
fn line_type_warning(line_type: LineType, number: String) -> Option<Params> {
    let line_type_name = line_type.as_str();
    match line_type {
        LineType::Dsl => Some(Params::PortDslLeadNumber {
            line_type: line_type_name,
            number,
        }),
        LineType::Alarm | LineType::Security | LineType::LineSystem => {
            Some(Params::PortUnsupportedLine {
                line_type: line_type_name,
                number,
            })
        }
        LineType::Voice | LineType::Fax | LineType::Unknown => None,
    }
}

/// The uploaded invoice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Invoice {
    /// The file's name.
    #[serde(default)]
    pub file_name: String,
    /// The file's media type, e.g. `application/pdf`.
    #[serde(default)]
    pub media_type: String,
    /// The date on the invoice.
    pub issued: CalendarDate,
    /// Base64 of the file's first bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub magic: Option<String>,
}

/// The letter of agency's signer.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Loa {
    /// Signer's first name.
    pub first_name: String,
    /// Signer's last name.
    pub last_name: String,
    /// The signer's standing on the account.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signer_role: Option<SignerRole>,
}

/// Who signs the letter of agency.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum SignerRole {
    /// The current account owner.
    AccountOwner,
    /// An authorised signer of the account.
    AuthorizedSigner,
    /// Someone else.
    Other,
}

impl SignerRole {
    /// The role as written in JSON, taken from its serde name.
    fn as_str(self) -> &'static str {
        serde_name(&self)
    }
}

/// The `port_order` check [POLICY §3.4].
pub(crate) struct PortOrderCheck;

impl PolicyCheck for PortOrderCheck {
    type Input = PortOrder;
    type Output = ();

    /// Applies every `port_order` rule.
    fn run(request: &PortOrder, policy: &Policy) -> (Findings, ()) {
        let mut findings = Findings::default();
        request.location.check(&mut findings);
        if request.org.trial {
            findings.add("/org/trial", Params::TrialPortingUnavailable {});
        }
        check_numbers(&request.numbers, policy, &mut findings);
        check_account(&request.account, &mut findings);
        match &request.invoice {
            Some(invoice) => check_invoice(invoice, request.today, policy, &mut findings),
            None => findings.add("/invoice", Params::PortInvoiceMissing {}),
        }
        check_loa(&request.loa, &mut findings);
        if let Some(date) = request.requested_port_date {
            if date < request.today {
                let params = Params::PortDateInPast {
                    date,
                    today: request.today,
                };
                findings.add("/requested_port_date", params);
            }
        }
        findings.add("/numbers", Params::NoticePortInboundNumbers {});
        findings.add("", Params::NoticeVerifyBeforePublishing {});
        (findings, ())
    }
}

fn check_numbers(numbers: &[PortNumber], policy: &Policy, findings: &mut Findings) {
    if numbers.is_empty() {
        findings.add("/numbers", Params::OrderEmpty {});
    }
    let mut duplicates = Duplicates::with_capacity(numbers.len());
    for (index, entry) in numbers.iter().enumerate() {
        let base = Pointer::ROOT.key("numbers").index(index);
        let number_path = base.key("number");
        let classified = check_number(&entry.number, &number_path, Usage::Port, policy, findings);
        if let Some(key) = classified.key() {
            duplicates.note(key, &number_path, findings);
        }
        let shown = classified.e164.unwrap_or_else(|| entry.number.clone());
        if entry.portable == Some(false) {
            let number = shown.clone();
            findings.add(&number_path, Params::PortNotPortable { number });
        }
        if let Some(line_type) = entry.line_type {
            if let Some(params) = line_type_warning(line_type, shown) {
                findings.add(base.key("line_type"), params);
            }
        }
    }
}

fn check_account(account: &Account, findings: &mut Findings) {
    let fields = [
        ("provider", account.provider.as_str()),
        ("account_number", &account.account_number),
        ("account_name", &account.account_name),
    ];
    let base = Pointer::ROOT.key("account");
    findings.require_filled(&base, &fields, |field| Params::PortAccountMissingField {
        field,
    });
}

fn check_invoice(invoice: &Invoice, today: CalendarDate, policy: &Policy, findings: &mut Findings) {
    let allowed = |format: &InvoiceFormat| policy.invoice_formats.contains(format);
    let by_media_type = format_of_media_type(&invoice.media_type).filter(allowed);
    let by_file_name = format_of_file_name(&invoice.file_name).filter(allowed);
    let format_problem = match (by_media_type, by_file_name) {
        (None, _) => Some("/invoice/media_type"),
        (Some(_), None) => Some("/invoice/file_name"),
        (Some(a), Some(b)) if a != b => Some("/invoice/file_name"),
        _ => None,
    };
    if let Some(path) = format_problem {
        let allowed = policy.invoice_formats.iter().map(|f| f.label().to_owned());
        let params = Params::PortInvoiceFormat {
            allowed: allowed.collect(),
            file_name: invoice.file_name.clone(),
            media_type: invoice.media_type.clone(),
        };
        findings.add(path, params);
    }
    if let (Some(magic), Some(claimed)) = (&invoice.magic, by_media_type.or(by_file_name)) {
        if !starts_with_signature(magic, claimed) {
            let claimed = claimed.label();
            findings.add(
                "/invoice/magic",
                Params::PortInvoiceContentMismatch { claimed },
            );
        }
    }
    let issued = invoice.issued;
    let age_days = issued.days_until(today);
    if age_days > i64::from(policy.invoice_max_age_days) {
        let params = Params::PortInvoiceTooOld {
            age_days,
            issued,
            max_age_days: policy.invoice_max_age_days,
        };
        findings.add("/invoice/issued", params);
    } else if age_days < 0 {
        let params = Params::PortInvoiceFutureDate { issued, today };
        findings.add("/invoice/issued", params);
    }
}

/// The format a media type names (parameters such as `; charset=` ignored, any case).
fn format_of_media_type(media_type: &str) -> Option<InvoiceFormat> {
    let essence = media_type.split(';').next().unwrap_or_default().trim();
    InvoiceFormat::ALL
        .into_iter()
        .find(|format| format.media_type().eq_ignore_ascii_case(essence))
}

/// The format a file name's extension names (any case).
fn format_of_file_name(file_name: &str) -> Option<InvoiceFormat> {
    let (_, extension) = file_name.trim().rsplit_once('.')?;
    InvoiceFormat::ALL
        .into_iter()
        .find(|format| format.extension().eq_ignore_ascii_case(extension))
}

/// Whether base64 `magic` decodes to bytes starting with the format's signature.
fn starts_with_signature(magic: &str, format: InvoiceFormat) -> bool {
    let mut head = [0u8; SIGNATURE_BYTES];
    decode_base64_head(magic.trim(), &mut head).is_some_and(|length| {
        head.get(..length)
            .is_some_and(|bytes| bytes.starts_with(format.signature()))
    })
}

/// The longest signature of an invoice format (PNG's eight bytes).
const SIGNATURE_BYTES: usize = 8;

/// Reads base64 `text` (RFC 4648's standard alphabet; the closing `=` padding may be left
/// out in part or whole, and the last symbol's unused bits need not be zero) into `head`,
/// as far as it holds, and gives how much of it was written; `None` when the text is not
/// base64. Only a file's first bytes are wanted: a general base64 engine would cost the
/// WebAssembly module 1 KB (BENCHMARKS.md).
fn decode_base64_head(text: &str, head: &mut [u8]) -> Option<usize> {
    let symbols = text.trim_end_matches('=');
    let padding = text.len().saturating_sub(symbols.len());
    let most_padding = match symbols.len() % 4 {
        0 => 0,
        2 => 2,
        3 => 1,
        _ => return None,
    };
    if padding > most_padding {
        return None;
    }
    let mut written = 0;
    for quantum in symbols.as_bytes().chunks(4) {
        let mut word = 0u32;
        for symbol in quantum {
            word = word.wrapping_shl(6) | u32::from(sextet(*symbol)?);
        }
        let missing = 4usize.saturating_sub(quantum.len());
        word = word.wrapping_shl(u32::try_from(missing.saturating_mul(6)).unwrap_or(0));
        // Four symbols hold three bytes, three hold two, two hold one.
        for byte in word
            .to_be_bytes()
            .into_iter()
            .skip(1)
            .take(quantum.len().saturating_sub(1))
        {
            if let Some(slot) = head.get_mut(written) {
                *slot = byte;
                written = written.saturating_add(1);
            }
        }
    }
    Some(written)
}

/// The standard base64 alphabet (RFC 4648 §4): a symbol stands for its place.
const BASE64_ALPHABET: &[u8; 64] =
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// The six bits a symbol of the standard base64 alphabet stands for.
fn sextet(symbol: u8) -> Option<u8> {
    let place = BASE64_ALPHABET
        .iter()
        .position(|&letter| letter == symbol)?;
    u8::try_from(place).ok()
}

fn check_loa(loa: &Loa, findings: &mut Findings) {
    let names = [
        ("first_name", loa.first_name.as_str()),
        ("last_name", &loa.last_name),
    ];
    let base = Pointer::ROOT.key("loa");
    findings.require_filled(&base, &names, |field| Params::PortLoaMissingName { field });
    let authorised = matches!(
        loa.signer_role,
        Some(SignerRole::AccountOwner | SignerRole::AuthorizedSigner)
    );
    if !authorised {
        let signer_role = loa.signer_role.map_or("", SignerRole::as_str);
        let params = Params::PortLoaSignerNotAuthorized { signer_role };
        findings.add(base.key("signer_role"), params);
    }
}
