//! Policies read from JSON [POLICY §4, §6]: a policy is data, and fields left out keep the
//! values of its `base`, a built-in policy (`seed-2024` unless it says otherwise).

use serde_json::Value;

use crate::catalogue::policy::{BuiltInPolicy, Policy};
use crate::contract::json_text::{from_value, json_value};
use crate::contract::malformed::Malformed;

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
        let base = match value.get("base") {
            Some(base) => from_value::<BuiltInPolicy>(base.clone(), "/base")?,
            None => BuiltInPolicy::default(),
        };
        from_value(over_base(value, base)?, "")
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

/// The members of a policy object laid over those of its base (the object itself when the
/// base is the default, whose values the reader fills in; any other value as it is, for the
/// reader to refuse).
fn over_base(value: Value, base: BuiltInPolicy) -> Result<Value, Malformed> {
    let Value::Object(given) = value else {
        return Ok(value);
    };
    if base == BuiltInPolicy::default() {
        return Ok(Value::Object(given));
    }
    let written = serde_json::to_value(base.policy())
        .map_err(|error| Malformed::new("/base", format!("the base policy: {error}")))?;
    let Value::Object(mut merged) = written else {
        return Ok(Value::Object(given));
    };
    merged.extend(given);
    Ok(Value::Object(merged))
}
