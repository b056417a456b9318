//! The HTTP face of hocnghe: actix-web routes under `/api/v1`, the OpenAPI
//! document, and the composition of the store, search and matching crates.

pub mod auth;
pub mod error;
pub mod extract;
pub mod fallback;
/// The outbox indexer lives in its own crate; re-exported under its old path.
pub use hocnghe_indexer as indexer;
pub mod metrics;
pub mod routes;
pub mod security_headers;
pub mod service;
pub mod settings;
pub mod startup;
pub mod state;
pub mod telemetry;
pub mod web;

pub use settings::Settings;
pub use startup::{Application, StartupError, prepare_database};
