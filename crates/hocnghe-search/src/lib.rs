//! Search for hocnghe (work in progress).

pub mod analyzers;
mod collect;
pub mod documents;
mod engine;
pub mod error;
pub mod geo;
mod highlight;
mod open;
pub mod query;
mod schema;
pub mod suggest;
pub mod synonyms;
mod text_query;
pub mod vietnamese;
mod writer;

pub use analyzers::{normalize_text, register_analyzers};
pub use documents::{CourseDoc, DemandDoc, IndexOp, SkillRef};
pub use engine::SearchIndex;
pub use error::SearchError;
pub use geo::CommuneLocator;
pub use open::{OpenOutcome, RebuildReason};
pub use query::{CourseHit, CourseQuery, DemandHit, DemandQuery, SearchResults};
pub use schema::SCHEMA_VERSION;
pub use suggest::{SuggestItem, Suggester, Suggestion};
pub use synonyms::Synonyms;
pub use writer::IndexWriterHandle;
