//! The name serde writes for a unit enum variant: the one source of every `as_str` of an
//! enum that is also serialised, so that the two can never disagree.

use serde::Serialize;

/// The JSON name of a unit variant (as its `#[serde(rename…)]` attributes make it).
pub(crate) fn serde_name<T: Serialize>(variant: &T) -> &'static str {
    // Only unit variants are passed here, and their names are always known.
    serde_variant::to_variant_name(variant).unwrap_or_default()
}
