//! Policies read from JSON [POLICY §4, §6]: a policy is data, and fields left out keep the
//! values of its `base`, a built-in policy (`seed-2024` unless it says otherwise): the file
//! is read over `seed-2024`'s values, then every field it left out takes its base's.

use crate::catalogue::policy::{BuiltInPolicy, Policy};
use crate::contract::json_text::{from_value, json_value};
use crate::contract::malformed::Malformed;
use crate::locale::Locale;

impl Policy {
    /// Loads a policy from JSON text: an object whose fields replace those of its `base`
    /// (`"seed-2024"`, the default, or `"cisco-2026"`).
    ///
    /// ```
    /// use callplan::Policy;
    /// let refused = Policy::from_json(r#"{"base": "cisco-2027"}"#).unwrap_err();
    /// assert_eq!(refused.path, "/base");
    /// let refused = Policy::from_json(r#"{"countries": ["US", "MX"]}"#).unwrap_err();
    /// assert_eq!(refused.path, "/countries/1");
    /// ```
    pub fn from_json(text: &str) -> Result<Self, Malformed> {
        let value = json_value(text)?;
        let given: Vec<String> = value
            .as_object()
            .map(|members| members.keys().cloned().collect())
            .unwrap_or_default();
        let mut policy: Policy = from_value(value, "", Locale::En)?;
        if policy.base != BuiltInPolicy::default() {
            policy.keep_base_values(policy.base.policy(), &given);
        }
        Ok(policy)
    }

    /// A built-in policy given by its name (`seed-2024`, `cisco-2026`), or a policy given
    /// as JSON text ([`Policy::from_json`]): what every door takes where a policy goes.
    ///
    /// ```
    /// use callplan::Policy;
    /// assert_eq!(Policy::parse("cisco-2026").unwrap().name, "cisco-2026");
    /// assert_eq!(Policy::parse(r#"{"short_notice_days": 5}"#).unwrap().short_notice_days, 5);
    /// ```
    ///
    /// Text that starts with a letter is a name; one the library does not know is refused
    /// with the names it knows.
    ///
    /// ```
    /// let refused = callplan::Policy::parse("cisco-2027").unwrap_err();
    /// assert!(refused.message.contains("`seed-2024` or `cisco-2026`"));
    /// ```
    pub fn parse(name_or_json: &str) -> Result<Self, Malformed> {
        let name = name_or_json.trim();
        if let Some(policy) = Policy::named(name) {
            return Ok(policy);
        }
        if name.starts_with(|first: char| first.is_ascii_alphabetic()) {
            let message = format!(
                "unknown built-in policy `{name}`, expected `seed-2024` or `cisco-2026` (or a policy as a JSON object)"
            );
            return Err(Malformed::new("", message));
        }
        Policy::from_json(name_or_json)
    }
}

/// Sets each field of `$policy` whose name is not among `$given` to `$base`'s value; the
/// destructuring names every field, so a new one cannot be left out.
macro_rules! keep_base_values {
    ($policy:expr, $base:expr, $given:expr; $( $field:ident ),* $(,)?) => {{
        let Policy { base: _, $( $field ),* } = $base;
        $( if !$given.iter().any(|name| name == stringify!($field)) {
            $policy.$field = $field;
        } )*
    }};
}

impl Policy {
    /// The values of `base` for every field a policy file left out (`given` names those it
    /// wrote).
    fn keep_base_values(&mut self, base: Policy, given: &[String]) {
        keep_base_values!(self, base, given;
            name, max_numbers_per_order, trial_number_allowance, block_sizes,
            invoice_max_age_days, invoice_formats, countries, short_notice_days, toll_free,
            min_outbound_calling_plans, outbound_calling_plan_waived_in_trial,
            unlisted_area_codes, existing_locations, contact_center_supported,
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::catalogue::policy::{BuiltInPolicy, Country, Policy};

    #[test]
    fn a_file_based_on_cisco_2026_keeps_its_values_where_it_says_nothing() {
        let policy = Policy::from_json(r#"{"base": "cisco-2026", "short_notice_days": 5}"#)
            .unwrap_or_default();
        let expected = Policy {
            short_notice_days: 5,
            ..Policy::cisco_2026()
        };
        assert_eq!(policy, expected);
        let named =
            Policy::from_json(r#"{"base": "cisco-2026", "name": "pilot", "countries": ["CA"]}"#)
                .unwrap_or_default();
        assert_eq!(
            (named.name.as_str(), named.countries.as_slice()),
            ("pilot", &[Country::CA][..])
        );
        assert!(named.toll_free.single_numbers && !named.contact_center_supported);
        assert_eq!(named.base, BuiltInPolicy::Cisco2026);
    }

    #[test]
    fn a_file_without_a_base_is_read_over_seed_2024() {
        let policy = Policy::from_json(r#"{"short_notice_days": 5}"#).unwrap_or_default();
        assert_eq!(
            policy,
            Policy {
                short_notice_days: 5,
                ..Policy::seed_2024()
            }
        );
    }
}
