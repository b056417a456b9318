//! The HTTP face of hocnghe: JSON routes under `/api/v1` (`routes/`), the
//! server-rendered pages (`web/`), the service layer both call (`service/`),
//! sign-in and access rules (`auth/`), the OpenAPI document, and startup: the
//! composition of the store, search, indexer and matching crates.

pub mod auth;
pub mod error;
pub mod extract;
pub mod fallback;
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
