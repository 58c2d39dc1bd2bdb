//! The contract with clients [POLICY §1, §5]: how requests and policies are read (within
//! the limits, malformed input as a value) and what a response looks like. Above the
//! checks, which never see JSON text.

pub(crate) mod json_text;
pub(crate) mod limits;
pub(crate) mod malformed;
pub(crate) mod policy;
pub(crate) mod request;
pub(crate) mod response;
