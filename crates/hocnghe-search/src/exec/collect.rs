//! One pass over the matching documents: count, facet counts and the top of the
//! page, all from fast fields, so stored documents are read for the page only.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BinaryHeap, HashMap};
use std::sync::Arc;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Cardinality, Column, StrColumn};
use tantivy::query::Weight;
use tantivy::{DocAddress, DocId, DocSet, Score, SegmentOrdinal, SegmentReader, TERMINATED};

use crate::exec::bonus::BonusWeight;
use crate::exec::segment_cache::SegmentCache;
use crate::schema::{NO_VALUE, fast, value_at};

/// Largest boost given to a hit in the query's own commune; it halves at
/// `DISTANCE_HALF_KM`. Kept well under one matched query term (see `text_query`),
/// so proximity only reorders hits of similar relevance.
pub const DISTANCE_BOOST: f32 = 8.0;
pub const DISTANCE_HALF_KM: f64 = 5.0;

fn distance_boost(km: f64) -> f32 {
    DISTANCE_BOOST / (1.0 + (km / DISTANCE_HALF_KM) as f32)
}

/// A hit's distance from the query's commune and the boost it earns, worked
/// out once per commune: two divisions per matched document took half of
/// `flush`'s samples under `perf`.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Near {
    km: f64,
    boost: f32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Order {
    /// Relevance, plus the distance boost when the query has a commune.
    Score,
    /// Nearest commune first, then newest.
    Nearest,
    /// Highest id first.
    Newest,
}

pub(crate) struct HitCollector {
    pub order: Order,
    /// How many top hits to keep: offset + page size.
    pub keep: usize,
    pub facets: &'static [&'static str],
    /// Distance from the query's commune to every commune, when the query has one.
    pub distances: Option<Arc<HashMap<String, f64>>>,
    /// Multiplies the distance boost: 1 for the search's commune parameter,
    /// more for a place the person named in the query ("… ở Mê Linh"), which
    /// says where they want to learn or work, not just where they live.
    pub distance_weight: f32,
    pub segments: Arc<SegmentCache>,
    /// A text query's optional clauses, scored apart from the required ones so
    /// that documents that cannot reach the page are not scored in full.
    pub bonus: Option<BonusWeight>,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct RankedDoc {
    pub key: f64,
    pub id: i64,
    pub score: f32,
    pub distance_km: Option<f64>,
    pub address: DocAddress,
}

impl RankedDoc {
    /// Best first: higher key, then higher id.
    fn rank(&self, other: &Self) -> Ordering {
        other.key.total_cmp(&self.key).then(other.id.cmp(&self.id))
    }
}

impl PartialEq for RankedDoc {
    fn eq(&self, other: &Self) -> bool {
        self.rank(other) == Ordering::Equal
    }
}
impl Eq for RankedDoc {}
impl PartialOrd for RankedDoc {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
/// The heap's maximum is the worst kept hit.
impl Ord for RankedDoc {
    fn cmp(&self, other: &Self) -> Ordering {
        self.rank(other)
    }
}

#[derive(Debug, Default)]
pub(crate) struct Collected {
    pub total: usize,
    /// Best first, at most `keep`.
    pub top: Vec<RankedDoc>,
    pub facets: BTreeMap<String, BTreeMap<String, u64>>,
}

impl Collector for HitCollector {
    type Fruit = Collected;
    type Child = SegmentHits;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentHits> {
        let columns = self.segments.get(reader)?;
        let communes = columns.str_column(fast::COMMUNE);
        let near_by_ord = match (&self.distances, communes) {
            (Some(distances), Some(_)) => Some(
                columns
                    .commune_codes
                    .iter()
                    .map(|code| {
                        distances.get(code).map(|&km| Near {
                            km,
                            boost: distance_boost(km) * self.distance_weight,
                        })
                    })
                    .collect(),
            ),
            _ => None,
        };
        let mut facets = Vec::with_capacity(self.facets.len());
        for name in self.facets {
            if let Some(column) = columns.str_column(name) {
                facets.push(FacetCounts {
                    name,
                    column: column.clone(),
                    counts: vec![0; column.num_terms()],
                });
            }
        }
        Ok(SegmentHits {
            segment,
            order: self.order,
            keep: self.keep,
            ids: columns.ids.clone(),
            communes: communes.map(|c| c.ords().clone()),
            near_by_ord,
            facets,
            total: 0,
            heap: BinaryHeap::with_capacity(self.keep + 1),
            block: Block::default(),
        })
    }

    fn requires_scoring(&self) -> bool {
        self.order == Order::Score
    }

    fn collect_segment(
        &self,
        weight: &dyn Weight,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentFruit> {
        let mut hits = self.for_segment(segment, reader)?;
        let alive = reader.alive_bitset();
        let is_alive = |doc: DocId| alive.is_none_or(|a| a.is_alive(doc));
        match (&self.bonus, self.requires_scoring()) {
            (Some(bonus), true) => {
                let mut required = weight.scorer(reader, 1.0)?;
                let mut bonus = bonus.scorer(reader)?;
                // The distance boost is added later, in `offer`.
                let slack = if self.distances.is_some() {
                    DISTANCE_BOOST * self.distance_weight
                } else {
                    0.0
                };
                let mut doc = required.doc();
                while doc != TERMINATED {
                    if is_alive(doc) {
                        let base = required.score();
                        let needed = hits.floor() - slack - base;
                        hits.push(doc, base + bonus.score(doc, needed));
                    }
                    doc = required.advance();
                }
            }
            (None, true) => weight.for_each(reader, &mut |doc, score| {
                if is_alive(doc) {
                    hits.push(doc, score);
                }
            })?,
            (_, false) => weight.for_each_no_score(reader, &mut |docs| {
                for &doc in docs {
                    if is_alive(doc) {
                        hits.push(doc, 0.0);
                    }
                }
            })?,
        }
        Ok(hits.harvest())
    }

    fn merge_fruits(&self, fruits: Vec<SegmentFruit>) -> tantivy::Result<Collected> {
        let mut merged = Collected::default();
        for name in self.facets {
            merged.facets.insert((*name).to_string(), BTreeMap::new());
        }
        let mut top = Vec::new();
        for fruit in fruits {
            merged.total += fruit.total;
            top.extend(fruit.top);
            for (name, values) in fruit.facets {
                let counts = merged.facets.entry(name.to_string()).or_default();
                for (value, count) in values {
                    *counts.entry(value).or_default() += count;
                }
            }
        }
        top.sort();
        top.truncate(self.keep);
        merged.top = top;
        Ok(merged)
    }
}

struct FacetCounts {
    name: &'static str,
    column: StrColumn,
    counts: Vec<u64>,
}

/// Matching documents wait here until [`BLOCK`] of them can be looked up in the
/// fast fields at once: a column read for a block unpacks its values together,
/// where one read per document paid the column's dispatch every time.
const BLOCK: usize = 64;

#[derive(Default)]
struct Block {
    docs: Vec<DocId>,
    scores: Vec<Score>,
    /// Scratch space for one column's values of `docs`.
    values: Vec<Option<u64>>,
    nears: Vec<Option<Near>>,
}

pub(crate) struct SegmentHits {
    segment: SegmentOrdinal,
    order: Order,
    keep: usize,
    ids: Column<i64>,
    communes: Option<Column<u64>>,
    near_by_ord: Option<Vec<Option<Near>>>,
    facets: Vec<FacetCounts>,
    total: usize,
    heap: BinaryHeap<RankedDoc>,
    block: Block,
}

pub(crate) struct SegmentFruit {
    total: usize,
    top: Vec<RankedDoc>,
    facets: Vec<(&'static str, Vec<(String, u64)>)>,
}

impl SegmentHits {
    /// The score a document must exceed to get into the top: the worst kept
    /// one's, once the top is full (stale by up to a block, so only lower).
    fn floor(&self) -> Score {
        match self.heap.peek() {
            _ if self.keep == 0 => Score::INFINITY,
            Some(worst) if self.heap.len() >= self.keep => worst.key as Score,
            _ => Score::NEG_INFINITY,
        }
    }

    fn push(&mut self, doc: DocId, score: Score) {
        self.block.docs.push(doc);
        self.block.scores.push(score);
        if self.block.docs.len() == BLOCK {
            self.flush();
        }
    }

    /// Counts the waiting documents and offers them to the top.
    fn flush(&mut self) {
        let mut block = std::mem::take(&mut self.block);
        let n = block.docs.len();
        if n == 0 {
            self.block = block;
            return;
        }
        self.total += n;
        block.values.resize(n, None);
        for facet in &mut self.facets {
            let ords = facet.column.ords();
            if ords.get_cardinality() == Cardinality::Multivalued {
                for &doc in &block.docs {
                    for ord in facet.column.term_ords(doc) {
                        facet.counts[ord as usize] += 1;
                    }
                }
                continue;
            }
            ords.first_vals(&block.docs, &mut block.values);
            for ord in block.values.iter().flatten() {
                facet.counts[*ord as usize] += 1;
            }
        }
        if self.keep > 0 {
            block.nears.clear();
            match (&self.communes, &self.near_by_ord) {
                (Some(communes), Some(by_ord)) => {
                    communes.first_vals(&block.docs, &mut block.values);
                    block.nears.extend(block.values.iter().map(|ord| {
                        ord.and_then(|ord| by_ord.get(ord as usize).copied().flatten())
                    }));
                }
                _ => block.nears.resize(n, None),
            }
            // Last first: ties go to the higher id, and a segment's documents
            // mostly come in id order, so browsing newest first (or a commune's
            // hits, equally near) lets only the block's best enter the top.
            for i in (0..n).rev() {
                self.offer(block.docs[i], block.scores[i], block.nears[i]);
            }
        }
        block.docs.clear();
        block.scores.clear();
        self.block = block;
    }

    fn offer(&mut self, doc: DocId, score: Score, near: Option<Near>) {
        let (key, score) = match self.order {
            Order::Score => {
                let score = score + near.map_or(0.0, |near| near.boost);
                (f64::from(score), score)
            }
            Order::Nearest => (-near.map_or(f64::INFINITY, |near| near.km), 0.0),
            Order::Newest => {
                let id = value_at(&self.ids, doc).unwrap_or_default();
                (id as f64, 0.0)
            }
        };
        // Ties are broken by id: read it only for a document that can get in.
        if self.heap.len() >= self.keep && self.heap.peek().is_some_and(|worst| key < worst.key) {
            return;
        }
        let candidate = RankedDoc {
            key,
            id: value_at(&self.ids, doc).unwrap_or_default(),
            score,
            distance_km: near.map(|near| near.km),
            address: DocAddress::new(self.segment, doc),
        };
        if self.heap.len() < self.keep {
            self.heap.push(candidate);
        } else if let Some(mut worst) = self.heap.peek_mut()
            && candidate < *worst
        {
            // One sift down when `worst` is dropped, where pop and push
            // sifted twice: browsing newest first replaces the worst kept
            // hit at nearly every document.
            *worst = candidate;
        }
    }
}

impl SegmentCollector for SegmentHits {
    type Fruit = SegmentFruit;

    fn collect(&mut self, doc: DocId, score: Score) {
        self.push(doc, score);
    }

    fn collect_block(&mut self, docs: &[DocId]) {
        for &doc in docs {
            self.push(doc, 0.0);
        }
    }

    fn harvest(mut self) -> SegmentFruit {
        self.flush();
        let mut facets = Vec::with_capacity(self.facets.len());
        for facet in self.facets {
            let mut values = Vec::new();
            let mut value = String::new();
            for (ord, count) in facet.counts.iter().enumerate() {
                if *count > 0
                    && facet
                        .column
                        .ord_to_str(ord as u64, &mut value)
                        .unwrap_or(false)
                    && value != NO_VALUE
                {
                    values.push((value.clone(), *count));
                }
            }
            facets.push((facet.name, values));
        }
        SegmentFruit {
            total: self.total,
            top: self.heap.into_vec(),
            facets,
        }
    }
}

#[cfg(test)]
mod tests {
    use tantivy::Term;
    use tantivy::query::{AllQuery, TermQuery};
    use tantivy::schema::IndexRecordOption;

    use super::*;
    use crate::exec::segment_cache::test_index;

    /// Two segments: ids 0..4 in communes a, b, a, c; ids 4..6 in b, a.
    fn two_segments() -> (tantivy::Index, tantivy::IndexWriter) {
        test_index(&[
            &[(1, "a"), (1, "b"), (1, "a"), (1, "c")],
            &[(1, "b"), (1, "a")],
        ])
    }

    fn collector(order: Order, keep: usize) -> HitCollector {
        HitCollector {
            order,
            keep,
            facets: &[fast::COMMUNE],
            distances: None,
            distance_weight: 1.0,
            segments: Arc::new(SegmentCache::default()),
            bonus: None,
        }
    }

    /// a is here, b is 10 km away; c is not in the table (no known place).
    fn near_a() -> Option<Arc<HashMap<String, f64>>> {
        Some(Arc::new(HashMap::from([
            ("a".to_string(), 0.0),
            ("b".to_string(), 10.0),
        ])))
    }

    fn ids(collected: &Collected) -> Vec<i64> {
        collected.top.iter().map(|hit| hit.id).collect()
    }

    #[test]
    fn newest_keeps_the_highest_ids_of_all_segments_and_counts_every_match() {
        let (index, _writer) = two_segments();
        let searcher = index.reader().unwrap().searcher();
        let collected = searcher
            .search(&AllQuery, &collector(Order::Newest, 3))
            .unwrap();
        assert_eq!(collected.total, 6);
        assert_eq!(ids(&collected), [5, 4, 3]);
    }

    #[test]
    fn facets_count_every_match_across_segments_not_only_the_page() {
        let (index, _writer) = two_segments();
        let searcher = index.reader().unwrap().searcher();
        let collected = searcher
            .search(&AllQuery, &collector(Order::Newest, 1))
            .unwrap();
        let communes = &collected.facets[fast::COMMUNE];
        assert_eq!(communes.get("a"), Some(&3));
        assert_eq!(communes.get("b"), Some(&2));
        assert_eq!(communes.get("c"), Some(&1));
    }

    #[test]
    fn an_empty_page_still_counts_and_keeps_nothing() {
        let (index, _writer) = two_segments();
        let searcher = index.reader().unwrap().searcher();
        let collected = searcher
            .search(&AllQuery, &collector(Order::Score, 0))
            .unwrap();
        assert_eq!(collected.total, 6);
        assert!(collected.top.is_empty());
    }

    #[test]
    fn equal_scores_go_to_the_higher_id() {
        let (index, _writer) = two_segments();
        let searcher = index.reader().unwrap().searcher();
        let collected = searcher
            .search(&AllQuery, &collector(Order::Score, 6))
            .unwrap();
        assert_eq!(ids(&collected), [5, 4, 3, 2, 1, 0]);
    }

    #[test]
    fn with_a_commune_nearer_hits_rank_first_and_unknown_places_last() {
        let (index, _writer) = two_segments();
        let searcher = index.reader().unwrap().searcher();
        let mut nearest = collector(Order::Nearest, 6);
        nearest.distances = near_a();
        let collected = searcher.search(&AllQuery, &nearest).unwrap();
        assert_eq!(ids(&collected), [5, 2, 0, 4, 1, 3]);
        let km: Vec<_> = collected.top.iter().map(|hit| hit.distance_km).collect();
        assert_eq!(km[0], Some(0.0));
        assert_eq!(km[3], Some(10.0));
        assert_eq!(km[5], None, "a commune with no distance has none to show");

        let mut by_score = collector(Order::Score, 6);
        by_score.distances = near_a();
        let collected = searcher.search(&AllQuery, &by_score).unwrap();
        assert_eq!(ids(&collected), [5, 2, 0, 4, 1, 3]);
        assert!(collected.top[0].score > collected.top[3].score);
        assert!(collected.top[3].score > collected.top[5].score);
    }

    #[test]
    fn deleted_documents_are_neither_counted_nor_shown() {
        let (index, mut writer) = two_segments();
        let commune = index.schema().get_field(fast::COMMUNE).unwrap();
        writer.delete_term(Term::from_field_text(commune, "a"));
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let collected = searcher
            .search(&AllQuery, &collector(Order::Newest, 10))
            .unwrap();
        assert_eq!(collected.total, 3);
        assert_eq!(ids(&collected), [4, 3, 1]);
        assert!(!collected.facets[fast::COMMUNE].contains_key("a"));
    }

    #[test]
    fn only_documents_the_query_matches_are_collected() {
        let (index, _writer) = two_segments();
        let commune = index.schema().get_field(fast::COMMUNE).unwrap();
        let in_b = TermQuery::new(
            Term::from_field_text(commune, "b"),
            IndexRecordOption::Basic,
        );
        let searcher = index.reader().unwrap().searcher();
        let collected = searcher
            .search(&in_b, &collector(Order::Score, 10))
            .unwrap();
        assert_eq!(collected.total, 2);
        assert_eq!(ids(&collected), [4, 1]);
    }
}
