//! The files made from the Rust types and shipped in the packages are what the types make
//! today: a change of a type, a serde attribute or a hand-written schema that is not
//! regenerated fails here, in `cargo test` (where mutation testing sees it), not only in the
//! test command's diff.

#![cfg(feature = "json-schema")]

use std::path::Path;

/// The JSON Schema the Python and npm packages ship, as `callplan schema` writes it.
const SHIPPED_SCHEMA: &str = "schema/callplan.schema.json";

#[test]
fn the_shipped_json_schema_is_what_the_types_make() {
    let shipped =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(SHIPPED_SCHEMA))
            .expect("the shipped schema is readable");
    let made =
        serde_json::to_string_pretty(&callplan::json_schema()).expect("a schema is JSON") + "\n";
    assert!(
        shipped == made,
        "{SHIPPED_SCHEMA} is stale; regenerate it: cargo run --bin callplan -- schema > {SHIPPED_SCHEMA}"
    );
}
