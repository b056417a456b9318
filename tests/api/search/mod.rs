//! Search endpoints, typeahead, and how the index follows the database.

mod consistency;
mod endpoints;
mod suggest;
mod validation;
