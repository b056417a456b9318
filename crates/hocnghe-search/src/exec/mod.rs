//! Query execution below tantivy's public query API: the parts of a search
//! that replace tantivy's generic machinery with something cheaper for this
//! index. Everything here is written against **tantivy 0.27.0** (Cargo.lock);
//! an upgrade must re-check the invariants below, which the unit tests in each
//! file pin down where they can.
//!
//! | file | replaces | why |
//! |---|---|---|
//! | `collect.rs` | `TopDocs` + `FacetCollector` + `Count` | one pass: count, facets and the page from fast fields |
//! | `bonus.rs` | optional `Should` clauses | MaxScore pruning of clauses that cannot lift a document onto the page |
//! | `lazy_union.rs` | `DisjunctionMaxQuery` of `ConstScoreQuery`s | a syllable's variants move only when the required clauses ask |
//! | `column_filter.rs` | `TermSetQuery` on the commune | the radius filter reads the commune column, no per-search bitset |
//! | `kind_filter.rs` | `TermQuery` on the kind | courses or demands as runs of doc ids |
//! | `segment_cache.rs` | reopening columns on every search | per-segment columns and kind runs, opened once |
//!
//! # Invariants they rely on
//! 1. **Segments never change.** What `segment_cache.rs` keeps per `SegmentId`
//!    (opened columns, kind runs, commune codes by ordinal) stays valid for the
//!    segment's life; entries of segments a merge removed are dropped by
//!    `SegmentCache::keep_only` on each new searcher. Deletes do not change a
//!    segment's columns: they arrive as an alive bitset, which the collector
//!    checks itself (`collect_segment`), so deleted documents are neither
//!    counted nor shown.
//! 2. **Every fast column is full**: each document has a value (strings use
//!    `schema::NO_VALUE` for "none", never shown as a facet). Block reads with
//!    `first_vals` and the column filter's walk from a candidate onward assume
//!    it; the schema builder (`schema.rs`) is the one place that guarantees it.
//! 3. **`DocSet` contract**: `advance`/`seek` return a doc ≥ the target or
//!    `TERMINATED`; `seek_danger` (tantivy 0.27) may answer
//!    `SeekLowerBound(d)` instead of positioning. `column_filter.rs`,
//!    `kind_filter.rs` and `lazy_union.rs` implement these exactly; a wrong
//!    lower bound would silently drop matches from an intersection.
//! 4. **Scores are sums with known bounds.** The required part of a text query
//!    is scored by tantivy; every bonus clause declares an upper bound (its
//!    constant credit, or BM25's `boost · idf · (1 + k1)` plus a margin for f32
//!    sums). A document stops being scored only when its score plus all bounds
//!    left cannot beat the worst kept hit (the collector's `floor`, which lags
//!    by at most one block and so is only ever lower). Hence the page and its
//!    order equal full scoring; only the scores of documents far below the page
//!    are lower than they would be.
//! 5. **The distance boost comes last.** It is added in `collect.rs` after the
//!    text score and bounded by `DISTANCE_BOOST × distance_weight`, which the
//!    pruning subtracts from the floor as slack.
//! 6. **Ties go to the higher id**, in every order, so pages are stable across
//!    segments and merges (`RankedDoc::rank`).
//! 7. Kind runs are a speed assumption, not a correctness one: a rebuild adds
//!    all courses then all demands, so a segment has few runs; any interleaving
//!    still gives correct (slower) results.

pub(crate) mod bonus;
pub(crate) mod collect;
pub(crate) mod column_filter;
pub(crate) mod kind_filter;
pub(crate) mod lazy_union;
pub(crate) mod segment_cache;
