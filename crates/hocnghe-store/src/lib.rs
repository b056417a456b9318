//! Persistence for hocnghe: sea-orm entities, migrations that run on SQLite
//! and PostgreSQL, reference data, importers and repository functions that
//! speak in domain types.

pub mod db;
mod entities;
mod error;
pub mod guidance;
pub mod migration;
pub mod reference;
pub mod repo;

pub use db::{DbSettings, begin_write, connect, migrate, ping};
pub use error::{StoreError, StoreResult};
pub use sea_orm::{DatabaseConnection, DatabaseTransaction, DbBackend};
