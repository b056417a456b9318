//! Search endpoints, typeahead, and how the index follows the database.

mod consistency;
mod endpoints;
mod pg_baseline;
mod suggest;
mod validation;
