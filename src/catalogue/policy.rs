//! Policy parameters as data [POLICY §4, §6]: every limit the rules use, versioned by name,
//! and the built-in policies `seed-2024` (the default) and `cisco-2026`.

use callplan_derive::ReadJson;
use serde::Serialize;

/// Every limit and list the rules consult. The default is the seed's policy, `seed-2024`;
/// `cisco-2026` is Cisco's current text ([`Policy::named`]).
///
/// A backend loads another policy from JSON; fields left out keep the values of its `base`
/// (`seed-2024` unless it says `"base": "cisco-2026"`).
///
/// ```
/// use callplan::Policy;
/// let policy = Policy::from_json(r#"{"name": "pilot", "max_numbers_per_order": 250}"#).unwrap();
/// assert_eq!(policy.max_numbers_per_order, 250);
/// assert_eq!(policy.trial_number_allowance, 10); // from seed-2024
///
/// let canada = Policy::from_json(r#"{"base": "cisco-2026", "name": "pilot-ca"}"#).unwrap();
/// assert!(canada.toll_free.single_numbers); // from cisco-2026
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct Policy {
    /// The policy's name, e.g. `seed-2024`.
    pub name: String,
    /// The built-in policy whose values the fields left out of a policy file keep.
    pub base: BuiltInPolicy,
    /// Most new numbers one order may hold [article: Limitations].
    pub max_numbers_per_order: u32,
    /// Most new numbers an organisation in trial may create [article: Limitations].
    pub trial_number_allowance: u32,
    /// Allowed sizes of a consecutive block [article: Number policy — New number ordering].
    pub block_sizes: Vec<u32>,
    /// Oldest invoice, in days before `today`, a port order accepts [article: Port numbers].
    pub invoice_max_age_days: u32,
    /// Invoice file formats a port order accepts [article: Port numbers].
    pub invoice_formats: Vec<InvoiceFormat>,
    /// The countries where Cisco Calling Plan is sold, by every check [article: Limitations;
    /// POLICY §6].
    pub countries: Vec<Country>,
    /// A port date this many days from today or fewer is short notice (interpretation).
    pub short_notice_days: u32,
    /// Where toll-free numbers are accepted [article: Limitations].
    pub toll_free: TollFreePolicy,
    /// Fewest outbound calling plans an organisation must hold [article: Billing].
    pub min_outbound_calling_plans: u32,
    /// Whether an organisation in trial is exempt from the outbound-calling-plan minimum
    /// (interpretation).
    pub outbound_calling_plan_waived_in_trial: bool,
    /// What a number in an area code the numbering data does not hold is [POLICY §2].
    pub unlisted_area_codes: UnlistedAreaCodes,
    /// What becomes of an existing Webex Calling location that chooses Cisco Calling Plan
    /// [article: Limitations; POLICY §6].
    pub existing_locations: ExistingLocations,
    /// Whether a location serving Webex Contact Center (or other high-volume,
    /// high-concurrency calling) may choose Cisco Calling Plan [POLICY §6].
    pub contact_center_supported: bool,
}

/// A built-in policy, by name.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub enum BuiltInPolicy {
    /// The policy of the 2024 article the library was first written from (the default).
    #[default]
    #[serde(rename = "seed-2024")]
    Seed2024,
    /// Cisco's current articles (2025–2026): the US and Canada, toll-free single numbers,
    /// existing locations along supported migration paths, no Webex Contact Center.
    #[serde(rename = "cisco-2026")]
    Cisco2026,
}

impl BuiltInPolicy {
    /// Every built-in policy, the default first.
    pub const ALL: [BuiltInPolicy; 2] = [BuiltInPolicy::Seed2024, BuiltInPolicy::Cisco2026];

    /// The name the policy is known by (`"seed-2024"`, `"cisco-2026"`).
    pub fn name(self) -> &'static str {
        crate::serde_name::serde_name(&self)
    }

    /// The policy's values.
    pub fn policy(self) -> Policy {
        match self {
            BuiltInPolicy::Seed2024 => Policy::seed_2024(),
            BuiltInPolicy::Cisco2026 => Policy::cisco_2026(),
        }
    }
}

/// A country the library can judge: its numbers (by libphonenumber region), its addresses
/// (states or provinces and postal codes) and its area codes [POLICY §6].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub enum Country {
    /// The United States: the 50 states and DC (the territories have regions of their own).
    US,
    /// Canada: its 13 provinces and territories.
    CA,
}

impl Country {
    /// Every country the library can judge.
    pub const ALL: [Country; 2] = [Country::US, Country::CA];

    /// The ISO 3166-1 alpha-2 code, which is also libphonenumber's region (`"US"`, `"CA"`).
    pub fn code(self) -> &'static str {
        match self {
            Country::US => "US",
            Country::CA => "CA",
        }
    }

    /// The country a request names (ISO code, any case, blanks around ignored), when the
    /// library can judge it.
    pub fn of_code(code: &str) -> Option<Country> {
        let code = code.trim();
        Country::ALL
            .into_iter()
            .find(|country| country.code().eq_ignore_ascii_case(code))
    }
}

/// What becomes of an existing Webex Calling location that chooses Cisco Calling Plan.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ExistingLocations {
    /// It cannot move: `location.existing_cannot_transition` (error; `seed-2024`).
    #[default]
    Refuse,
    /// It can move only along Cisco's supported migration paths:
    /// `location.existing_transition_limited` (warning; `cisco-2026`).
    CheckMigrationPath,
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

/// Where toll-free numbers are accepted. The 2024 article allows them nowhere; Cisco's later text is
/// reported to allow toll-free single numbers, never in blocks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, ReadJson)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
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
    /// The built-in policy of that name (`"seed-2024"`, `"cisco-2026"`), if there is one.
    ///
    /// ```
    /// use callplan::{Country, Policy};
    /// let current = Policy::named("cisco-2026").unwrap();
    /// assert_eq!(current.countries, [Country::US, Country::CA]);
    /// assert!(Policy::named("cisco-2027").is_none());
    /// ```
    pub fn named(name: &str) -> Option<Self> {
        BuiltInPolicy::ALL
            .into_iter()
            .find(|built_in| built_in.name() == name)
            .map(BuiltInPolicy::policy)
    }

    /// The policy of the seed text, named `seed-2024`.
    pub fn seed_2024() -> Self {
        Policy {
            name: "seed-2024".to_owned(),
            base: BuiltInPolicy::Seed2024,
            max_numbers_per_order: 100,
            trial_number_allowance: 10,
            block_sizes: vec![10, 50, 100],
            invoice_max_age_days: 30,
            invoice_formats: InvoiceFormat::ALL.to_vec(),
            countries: vec![Country::US],
            short_notice_days: 3,
            toll_free: TollFreePolicy::default(),
            min_outbound_calling_plans: 1,
            outbound_calling_plan_waived_in_trial: true,
            unlisted_area_codes: UnlistedAreaCodes::Invalid,
            existing_locations: ExistingLocations::Refuse,
            contact_center_supported: true,
        }
    }

    /// Cisco's current text (2025–2026), named `cisco-2026` [POLICY §6]: the US and Canada,
    /// toll-free numbers one by one (not in blocks, not ported), existing locations along
    /// supported migration paths, no Webex Contact Center; every other value as `seed-2024`.
    pub fn cisco_2026() -> Self {
        Policy {
            name: "cisco-2026".to_owned(),
            base: BuiltInPolicy::Cisco2026,
            countries: vec![Country::US, Country::CA],
            toll_free: TollFreePolicy {
                single_numbers: true,
                blocks: false,
                porting: false,
            },
            existing_locations: ExistingLocations::CheckMigrationPath,
            contact_center_supported: false,
            ..Policy::seed_2024()
        }
    }

    /// The served country a request names (ISO code, any case, blanks around ignored).
    pub fn served_country(&self, country: &str) -> Option<Country> {
        Country::of_code(country).filter(|country| self.countries.contains(country))
    }

    /// Whether `country` (any case, surrounding blanks ignored) is served.
    pub fn serves_country(&self, country: &str) -> bool {
        self.served_country(country).is_some()
    }

    /// Whether numbers of the libphonenumber region `region` (`"US"`, `"CA"`, `"PR"`, …)
    /// are served.
    pub fn serves_region(&self, region: &str) -> bool {
        self.countries
            .iter()
            .any(|country| country.code() == region)
    }

    /// Whether a block of `size` numbers may be ordered.
    pub fn allows_block_size(&self, size: u64) -> bool {
        self.block_sizes
            .iter()
            .any(|allowed| u64::from(*allowed) == size)
    }
}
