//! What every search reads from a segment whatever the query: the kind runs,
//! the opened fast-field columns and the commune code of each commune ordinal.
//!
//! Opening a column parses its header and, for a blockwise-linear one, its
//! block table; the collector and the filters did that for six columns on every
//! search, a thirtieth of the search mix's instructions. Segments never change,
//! so each segment's columns are opened once, on its first search, and shared.

use std::ops::Range;
use std::sync::{Arc, Mutex};

use rustc_hash::{FxHashMap, FxHashSet};
use tantivy::columnar::{Column, StrColumn};
use tantivy::index::SegmentId;
use tantivy::{DocId, Searcher, SegmentReader};

use crate::schema::fast;

/// The string columns searches read: the facets and the commune. A facet
/// missing here would silently count nothing (a test in `engine.rs` checks).
pub(crate) const STR_COLUMNS: &[&str] = &[
    fast::COMMUNE,
    fast::SECTOR,
    fast::LEVEL,
    fast::MODE,
    fast::EMPLOYMENT_TYPE,
];

pub(crate) type Runs = Arc<[Range<DocId>]>;

/// One segment's query-independent columns and tables.
pub(crate) struct SegmentColumns {
    /// Per kind, the ascending runs of its documents' ids.
    pub kind_runs: [Runs; 2],
    pub ids: Column<i64>,
    str_columns: FxHashMap<&'static str, StrColumn>,
    /// The commune code of each ordinal of the commune column.
    pub commune_codes: Vec<String>,
}

impl SegmentColumns {
    fn open(reader: &SegmentReader) -> tantivy::Result<SegmentColumns> {
        let fast_fields = reader.fast_fields();
        let mut str_columns = FxHashMap::default();
        for &name in STR_COLUMNS {
            if let Some(column) = fast_fields.str(name)? {
                str_columns.insert(name, column);
            }
        }
        let mut commune_codes = Vec::new();
        if let Some(communes) = str_columns.get(fast::COMMUNE) {
            let mut code = String::new();
            for ord in 0..communes.num_terms() as u64 {
                communes.ord_to_str(ord, &mut code)?;
                commune_codes.push(code.clone());
            }
        }
        Ok(SegmentColumns {
            kind_runs: kind_runs(reader)?,
            ids: fast_fields.i64(fast::ID)?,
            str_columns,
            commune_codes,
        })
    }

    /// A string column searches read (see [`STR_COLUMNS`]), if the segment has it.
    pub fn str_column(&self, name: &str) -> Option<&StrColumn> {
        self.str_columns.get(name)
    }
}

/// Per segment, its [`SegmentColumns`], opened on first use. The columns map
/// the segment's files, so a segment merged away is dropped with the searcher
/// generation that no longer has it ([`SegmentCache::keep_only`]): its files
/// can then be deleted for real.
#[derive(Default)]
pub(crate) struct SegmentCache(Mutex<CacheState>);

#[derive(Default)]
struct CacheState {
    /// The searcher generation the cache was last pruned for.
    generation: Option<u64>,
    segments: FxHashMap<SegmentId, Arc<SegmentColumns>>,
}

impl std::fmt::Debug for SegmentCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SegmentCache")
    }
}

impl SegmentCache {
    pub(crate) fn get(&self, reader: &SegmentReader) -> tantivy::Result<Arc<SegmentColumns>> {
        let id = reader.segment_id();
        let mut state = self.lock();
        if let Some(columns) = state.segments.get(&id) {
            return Ok(Arc::clone(columns));
        }
        let columns = Arc::new(SegmentColumns::open(reader)?);
        state.segments.insert(id, Arc::clone(&columns));
        Ok(columns)
    }

    /// Forgets the segments `searcher` does not have, once per searcher generation.
    pub(crate) fn keep_only(&self, searcher: &Searcher) {
        let generation = searcher.generation().generation_id();
        let mut state = self.lock();
        if state.generation == Some(generation) {
            return;
        }
        let live: FxHashSet<SegmentId> = searcher
            .segment_readers()
            .iter()
            .map(SegmentReader::segment_id)
            .collect();
        state.segments.retain(|id, _| live.contains(id));
        state.generation = Some(generation);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, CacheState> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.lock().segments.len()
    }
}

fn kind_runs(reader: &SegmentReader) -> tantivy::Result<[Runs; 2]> {
    let column = reader.fast_fields().u64(fast::KIND)?;
    let mut runs: [Vec<Range<DocId>>; 2] = [Vec::new(), Vec::new()];
    for doc in 0..reader.max_doc() {
        // Indexed by `Kind as usize`.
        let Some(kind) = column.first(doc).and_then(|k| usize::try_from(k).ok()) else {
            continue;
        };
        let Some(kind_runs) = runs.get_mut(kind) else {
            continue;
        };
        match kind_runs.last_mut() {
            Some(run) if run.end == doc => run.end = doc + 1,
            _ => kind_runs.push(doc..doc + 1),
        }
    }
    Ok(runs.map(Into::into))
}

/// An in-RAM index with the columns every search reads, for unit tests: one
/// committed segment per slice of `(kind, commune)` documents, ids counting
/// from 0.
#[cfg(test)]
pub(crate) fn test_index(segments: &[&[(u64, &str)]]) -> (tantivy::Index, tantivy::IndexWriter) {
    use tantivy::schema::{FAST, INDEXED, STRING, Schema};
    use tantivy::{Index, doc};

    let mut schema = Schema::builder();
    let kind = schema.add_u64_field(fast::KIND, FAST | INDEXED);
    let id = schema.add_i64_field(fast::ID, FAST);
    let commune = schema.add_text_field(fast::COMMUNE, STRING | FAST);
    let index = Index::create_in_ram(schema.build());
    let mut writer = index.writer_with_num_threads(1, 15_000_000).unwrap();
    let mut next_id = 0i64;
    for segment in segments {
        for &(k, code) in *segment {
            writer
                .add_document(doc!(kind => k, id => next_id, commune => code))
                .unwrap();
            next_id += 1;
        }
        writer.commit().unwrap();
    }
    (index, writer)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opens_a_segment_once_and_forgets_it_when_merged_away() {
        let (index, mut writer) =
            test_index(&[&[(0, "00004"), (1, "09700"), (1, "00004")], &[(0, "10015")]]);
        let reader = index.reader().unwrap();
        let cache = SegmentCache::default();
        let searcher = reader.searcher();
        cache.keep_only(&searcher);
        let first = &searcher.segment_readers()[0];
        let columns = cache.get(first).unwrap();
        assert!(Arc::ptr_eq(&columns, &cache.get(first).unwrap()));
        for segment in searcher.segment_readers() {
            cache.get(segment).unwrap();
        }
        assert_eq!(cache.len(), 2);

        let ids = index.searchable_segment_ids().unwrap();
        writer.merge(&ids).wait().unwrap();
        reader.reload().unwrap();
        let merged = reader.searcher();
        cache.keep_only(&merged);
        assert_eq!(cache.len(), 0, "merged-away segments are dropped");

        let columns = cache.get(&merged.segment_readers()[0]).unwrap();
        let runs = |kind: usize| columns.kind_runs[kind].to_vec();
        assert_eq!(runs(0).iter().map(|r| r.len()).sum::<usize>(), 2);
        assert_eq!(runs(1).iter().map(|r| r.len()).sum::<usize>(), 2);
        let mut codes = columns.commune_codes.clone();
        codes.sort();
        assert_eq!(codes, ["00004", "09700", "10015"]);
        assert!(columns.str_column(fast::COMMUNE).is_some());
        assert!(columns.str_column(fast::LEVEL).is_none());
    }
}
