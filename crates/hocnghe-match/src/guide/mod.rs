//! Career guidance: what an occupation offers locally ([`outlook`]), which
//! occupations share its skills ([`related`]), skills discovered from
//! everyday activities ([`discovery`]) and occupations ranked by interest
//! fit, local demand and training nearby ([`interests`]).
//!
//! Pure and deterministic like the rest of the crate: the curated data
//! (`data/guidance/`) and the open courses and demands come in as arguments.

pub mod discovery;
pub mod interests;
pub mod outlook;
pub mod related;
