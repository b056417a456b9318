//! Search for hocnghe (work in progress).

pub mod analyzers;
pub mod documents;
pub mod error;
pub mod geo;
pub mod synonyms;
pub mod vietnamese;

pub use analyzers::{normalize_text, register_analyzers};
pub use documents::{CourseDoc, DemandDoc, IndexOp, SkillRef};
pub use error::SearchError;
pub use geo::CommuneLocator;
pub use synonyms::Synonyms;
