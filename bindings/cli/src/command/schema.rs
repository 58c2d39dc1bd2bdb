//! `callplan schema`: the JSON Schema (draft 2020-12) of requests, responses and the policy,
//! made from the library's types, for other languages and OpenAPI documents.

use std::io::Write;
use std::process::ExitCode;

use clap::Args;

use super::{pretty, Output, Stop};

/// The arguments of `schema` (none).
#[derive(Args)]
pub(crate) struct SchemaArgs {}

/// Runs `schema`.
pub(crate) fn run(_: SchemaArgs, out: &mut Output) -> Result<ExitCode, Stop> {
    writeln!(out, "{}", pretty(&callplan::json_schema())?)?;
    Ok(ExitCode::SUCCESS)
}
