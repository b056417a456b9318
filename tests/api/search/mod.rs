//! Search endpoints, typeahead, and how the index follows the database.

mod consistency;
mod endpoints;
#[cfg(feature = "bench")]
mod pg_baseline;
mod suggest;
mod validation;
