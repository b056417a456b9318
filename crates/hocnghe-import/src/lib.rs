//! Importing courses and demands from spreadsheets saved as CSV (UTF-8), and
//! the ESCO taxonomy. Each course or demand is validated like an API request
//! and written in its own transaction: a bad one is reported with its row
//! numbers and nothing of it is written; the good ones are imported.

mod cells;
pub mod courses;
pub mod demands;
mod error;
pub mod esco;
mod owner;
mod report;

pub use error::ImportError;
pub use report::{ImportReport, RowError};
