//! The HTTP face of hocnghe: actix-web routes under `/api/v1`, the OpenAPI
//! document, and the composition of the store, search and matching crates.

pub mod auth;
pub mod candidates;
pub mod error;
pub mod extract;
pub mod fallback;
pub mod guidance;
pub mod indexer;
pub mod metrics;
pub mod ranking;
pub mod routes;
pub mod search_pool;
pub mod security_headers;
pub mod settings;
pub mod startup;
pub mod state;
pub mod telemetry;
pub mod training;
pub mod web;

pub use settings::Settings;
pub use startup::{Application, StartupError, prepare_database};
