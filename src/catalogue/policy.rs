//! Policy parameters as data [POLICY §4]: every limit the rules use, versioned by name.

use callplan_derive::ReadJson;
use serde::Serialize;

/// Every limit and list the rules consult. The default is the seed's policy, `seed-2024`.
///
/// A backend loads another policy from JSON; fields left out keep the seed's value.
///
/// ```
/// use callplan::Policy;
/// let policy = Policy::from_json(r#"{"name": "pilot", "max_numbers_per_order": 250}"#).unwrap();
/// assert_eq!(policy.max_numbers_per_order, 250);
/// assert_eq!(policy.trial_number_allowance, 10); // from seed-2024
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields, expecting = "a policy object")]
#[non_exhaustive]
pub struct Policy {
    /// The policy's name, e.g. `seed-2024`.
    pub name: String,
    /// Most new numbers one order may hold [seed: Limitations].
    pub max_numbers_per_order: u32,
    /// Most new numbers an organisation in trial may create [seed: Limitations].
    pub trial_number_allowance: u32,
    /// Allowed sizes of a consecutive block [seed: Number policy — New number ordering].
    pub block_sizes: Vec<u32>,
    /// Oldest invoice, in days before `today`, a port order accepts [seed: Port numbers].
    pub invoice_max_age_days: u32,
    /// Invoice file formats a port order accepts [seed: Port numbers].
    pub invoice_formats: Vec<InvoiceFormat>,
    /// ISO country codes where Cisco Calling Plan is sold [seed: Limitations].
    pub countries: Vec<String>,
    /// A port date this many days from today or fewer is short notice (interpretation).
    pub short_notice_days: u32,
    /// Where toll-free numbers are accepted [seed: Limitations].
    pub toll_free: TollFreePolicy,
    /// Fewest outbound calling plans an organisation must hold [seed: Billing].
    pub min_outbound_calling_plans: u32,
    /// Whether an organisation in trial is exempt from the outbound-calling-plan minimum
    /// (interpretation).
    pub outbound_calling_plan_waived_in_trial: bool,
    /// What a number in an area code the numbering data does not hold is [POLICY §2].
    pub unlisted_area_codes: UnlistedAreaCodes,
}

/// What a number is whose area code is not in the numbering data at all but has the shape
/// of a newly opened one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum UnlistedAreaCodes {
    /// `number.invalid`, as the numbering data says (the default).
    #[default]
    Invalid,
    /// Accepted with the warning `number.unlisted_area_code`: for a frontend that cannot
    /// follow every release of the numbering data.
    Warn,
}

/// Where toll-free numbers are accepted. The seed allows them nowhere; Cisco's later text is
/// reported to allow toll-free single numbers, never in blocks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(
    default,
    deny_unknown_fields,
    expecting = "an object of toll-free switches"
)]
pub struct TollFreePolicy {
    /// Toll-free numbers ordered one by one.
    pub single_numbers: bool,
    /// Toll-free numbers in consecutive blocks.
    pub blocks: bool,
    /// Porting existing toll-free numbers in.
    pub porting: bool,
}

/// An invoice file format the porting flow knows how to recognise.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum InvoiceFormat {
    /// Portable Document Format.
    Pdf,
    /// Portable Network Graphics.
    Png,
}

impl InvoiceFormat {
    /// Every format the library can recognise.
    pub const ALL: [InvoiceFormat; 2] = [InvoiceFormat::Pdf, InvoiceFormat::Png];

    /// The name people know the format by.
    pub fn label(self) -> &'static str {
        match self {
            InvoiceFormat::Pdf => "PDF",
            InvoiceFormat::Png => "PNG",
        }
    }

    /// The media (MIME) type of the format.
    pub fn media_type(self) -> &'static str {
        match self {
            InvoiceFormat::Pdf => "application/pdf",
            InvoiceFormat::Png => "image/png",
        }
    }

    /// The file-name extension of the format, lower case, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            InvoiceFormat::Pdf => "pdf",
            InvoiceFormat::Png => "png",
        }
    }

    /// The bytes every file of the format starts with.
    pub fn signature(self) -> &'static [u8] {
        match self {
            InvoiceFormat::Pdf => b"%PDF-",
            InvoiceFormat::Png => b"\x89PNG\r\n\x1a\n",
        }
    }
}

impl Default for Policy {
    fn default() -> Self {
        Policy::seed_2024()
    }
}

impl Policy {
    /// The policy of the seed text, named `seed-2024`.
    pub fn seed_2024() -> Self {
        Policy {
            name: "seed-2024".to_owned(),
            max_numbers_per_order: 100,
            trial_number_allowance: 10,
            block_sizes: vec![10, 50, 100],
            invoice_max_age_days: 30,
            invoice_formats: InvoiceFormat::ALL.to_vec(),
            countries: vec!["US".to_owned()],
            short_notice_days: 3,
            toll_free: TollFreePolicy::default(),
            min_outbound_calling_plans: 1,
            outbound_calling_plan_waived_in_trial: true,
            unlisted_area_codes: UnlistedAreaCodes::Invalid,
        }
    }

    /// Whether `country` (any case, surrounding blanks ignored) is served.
    pub fn serves_country(&self, country: &str) -> bool {
        let country = country.trim();
        self.countries
            .iter()
            .any(|served| served.eq_ignore_ascii_case(country))
    }

    /// Whether a block of `size` numbers may be ordered.
    pub fn allows_block_size(&self, size: u64) -> bool {
        self.block_sizes
            .iter()
            .any(|allowed| u64::from(*allowed) == size)
    }
}
