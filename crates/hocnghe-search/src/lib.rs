//! Course and job-demand search for hocnghe, built for Vietnamese typed on cheap
//! phones: without diacritics, with old-style tone marks, in decomposed Unicode,
//! with telex leftovers and typos.
//!
//! # Usage
//! [`SearchIndex::open`] an index directory (or [`SearchIndex::open_in_ram`]); when
//! it answers [`OpenOutcome::NeedsRebuild`], feed every course and demand to
//! [`IndexWriterHandle::rebuild`], otherwise replay the outbox after
//! `last_applied` with [`IndexWriterHandle::apply`]. Each commit records the outbox
//! id it reached, so a crash loses nothing. Search from blocking threads with
//! [`SearchIndex::search_courses`] / [`SearchIndex::search_demands`]; the index is
//! `Send + Sync`, share it in an `Arc`. [`Suggester`] is a separate in-memory
//! typeahead over occupations and skills.
//!
//! # Analyzers
//! Every string is NFC-normalised first (tantivy's tokenizer would split a
//! decomposed letter from its marks). Texts are analysed three ways (see
//! [`analyzers`]): *exact* (lowercase, diacritics kept, one spelling convention:
//! tone on the first vowel of open "oa/oe/uy" as in "hòa", "thủy", and "i" for a
//! lone final "y" as in "kĩ", "lí"), *folded* ("điện" → "dien") and *bigrams* of
//! adjacent folded syllables ("sua_xe", "xe_may"), never across punctuation. A
//! catch-all of the text parts (title, skills and occupation, module titles,
//! description) is indexed all three ways and serves matching, typo expansion,
//! exact-diacritics credits and adjacency. The title, the tags and the module
//! titles also have folded fields of their own for per-part BM25 (title and
//! tags bigrams too); the description is scored through the catch-all. The
//! provider's or employer's name is only in a folded field of its own, matched
//! only by queries that look like a name ("Trường…", "Công ty…", "May 10").
//!
//! # Scoring
//! A query syllable matches in its best form and earns a constant credit by
//! quality: same diacritics (or the query has none) 1.0, telex repaired 0.8,
//! same letters but other diacritics 0.7, synonym 0.6, typo 0.4 (typos only on
//! syllables of 5+ letters, 9+ for two typos, same first letter; an unknown
//! 4-letter syllable may have one). Credits dwarf BM25, so "trồng nấm" puts the
//! mushroom course above "trồng cây lâu năm"; BM25 with field boosts (title 3,
//! skills/occupation 2, modules 1.5, the whole text 1) and a credit
//! for each pair of query syllables found adjacent (more in the title or skills)
//! order documents of equal quality. A query understanding step (`understand`)
//! first tells fillers ("tôi muốn học nghề", "tìm việc", "ở", "có… không") and a
//! named commune ("ở Gia Lâm") from the trade words: only trade words are
//! required; fillers add a small bonus, and a named commune becomes the origin
//! of a stronger proximity boost, reported in [`SearchResults::place`]. When
//! nothing matches, relaxing drops whole trade words (units: "xe máy", an
//! unknown "đồng hồ"), rarest kept, never down to a head like "sửa", "nuôi",
//! "thợ" alone: an honest empty page beats a confident wrong one, and a
//! partial page is flagged by `relaxed`. Synonyms (taxonomy groups and skill labels) expand single
//! syllables or phrases at query time. With a commune, hits get their distance and
//! a mild proximity boost (at most [`DISTANCE_BOOST_MAX`] points, a twelfth of a
//! matched syllable); a radius is an exact filter on the communes within it,
//! read from the commune fast field (`exec/column_filter.rs`).
//!
//! # Cost
//! Filters and facets read fast fields, every one of them full (a value for every
//! document), a block of matches at a time; stored documents are read for the
//! current page only, from 4 KiB doc-store blocks; queries are bounded (10 syllables, 6 typo and 6 synonym variants);
//! very common syllables ("công", "làm") only count as matched, without per-field
//! BM25. Syllable variants and the bonus clauses are lazy unions
//! (`exec/lazy_union.rs`): they are only advanced to, and scored at, the documents the
//! required syllables match. Indexing analyses each text once for all the fields
//! it goes to (a per-thread memo in [`analyzers`]); bigrams are indexed only for
//! the title, the tags and the catch-all, the only ones queries read. A rebuild
//! ends with a merge into one segment. `tests/perf.rs` measures p99 ≤ 10 ms at
//! 100k demands and 10k courses on two cores.

pub mod analyzers;
pub mod documents;
mod engine;
pub mod error;
mod exec;
pub mod geo;
mod highlight;
mod open;
pub mod query;
mod relaxing;
mod schema;
mod skill_labels;
pub mod suggest;
pub mod synonyms;
mod text_query;
mod understand;
pub mod vietnamese;
mod writer;

pub use analyzers::{normalize_text, register_analyzers};
pub use documents::{CourseDoc, DemandDoc, IndexOp, IntakeDoc, SkillRef};
pub use engine::SearchIndex;
pub use error::SearchError;
pub use exec::collect::DISTANCE_BOOST as DISTANCE_BOOST_MAX;
pub use geo::CommuneLocator;
pub use open::{OpenOutcome, RebuildReason};
pub use query::{
    CourseHit, CourseQuery, DemandHit, DemandQuery, Intent, NearMatches, Place, Relaxed,
    SearchResults,
};
pub use schema::{SCHEDULES, SCHEMA_VERSION};
pub use suggest::{LiveSuggester, SuggestItem, Suggester, Suggestion};
pub use synonyms::Synonyms;
pub use writer::{IndexWriterHandle, RebuildTimings};
