//! Realistic, deterministic Vietnamese demo data for hocnghe.
//!
//! [`generate`] builds a demo set (providers, employers, modular courses,
//! demands, synthetic workers) from a seed and a `today` date, using only the
//! occupations and skills of the curated taxonomy; [`load_if_empty`] writes it
//! through the store's repository functions in one transaction. [`bulk`]
//! streams large catalogues for benchmarks. [`load_history`]
//! adds years of synthetic enrolments, certificates and outcomes.
//!
//! Password hashing lives in the API crate, so callers pass the hash of
//! [`DEMO_PASSWORD`] in; this crate never depends on the API.

pub mod bulk;
mod error;
mod generate;
mod history;
mod load;
mod people;
mod places;
mod providers;
mod trades;
mod vocab;

pub use error::DemoError;
pub use generate::{
    DemoAccount, DemoCourse, DemoDemand, DemoEmployer, DemoProvider, DemoSet, DemoWorker, Sizes,
    generate,
};
pub use history::{HistorySummary, load_history};
pub use load::{DemoSummary, LoadOutcome, load_if_empty};

/// The password of every demo account (the five role accounts and the
/// synthetic workers). Published in docs/data.md; demo databases only.
pub const DEMO_PASSWORD: &str = "hocnghe-demo-2025";

/// The seed of the demo set loaded by `serve --demo`.
pub const DEMO_SEED: u64 = 2025;
