//! One pass over the matching documents: count, facet counts and the top of the
//! page, all from fast fields, so stored documents are read for the page only.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BinaryHeap, HashMap};
use std::sync::Arc;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::{DocAddress, DocId, Score, SegmentOrdinal, SegmentReader};

use crate::schema::{NO_VALUE, fast};

/// Largest boost given to a hit in the query's own commune; it halves at
/// `DISTANCE_HALF_KM`. Kept well under one matched query term (see `text_query`),
/// so proximity only reorders hits of similar relevance.
pub const DISTANCE_BOOST: f32 = 8.0;
pub const DISTANCE_HALF_KM: f64 = 5.0;

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
        let fast_fields = reader.fast_fields();
        let ids = fast_fields.i64(fast::ID)?;
        let communes = fast_fields.str(fast::COMMUNE)?;
        let distance_by_ord = match (&self.distances, &communes) {
            (Some(distances), Some(column)) => Some(distance_by_ord(column, distances)?),
            _ => None,
        };
        let mut facets = Vec::with_capacity(self.facets.len());
        for name in self.facets {
            if let Some(column) = fast_fields.str(name)? {
                let counts = vec![0; column.num_terms()];
                facets.push(FacetCounts {
                    name,
                    column,
                    counts,
                });
            }
        }
        Ok(SegmentHits {
            segment,
            order: self.order,
            keep: self.keep,
            ids,
            communes: communes.map(|c| c.ords().clone()),
            distance_by_ord,
            facets,
            total: 0,
            heap: BinaryHeap::with_capacity(self.keep + 1),
        })
    }

    fn requires_scoring(&self) -> bool {
        self.order == Order::Score
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

fn distance_by_ord(
    column: &StrColumn,
    distances: &HashMap<String, f64>,
) -> tantivy::Result<Vec<Option<f64>>> {
    let mut code = String::new();
    let mut by_ord = Vec::with_capacity(column.num_terms());
    for ord in 0..column.num_terms() as u64 {
        column.ord_to_str(ord, &mut code)?;
        by_ord.push(distances.get(&code).copied());
    }
    Ok(by_ord)
}

struct FacetCounts {
    name: &'static str,
    column: StrColumn,
    counts: Vec<u64>,
}

pub(crate) struct SegmentHits {
    segment: SegmentOrdinal,
    order: Order,
    keep: usize,
    ids: Column<i64>,
    communes: Option<Column<u64>>,
    distance_by_ord: Option<Vec<Option<f64>>>,
    facets: Vec<FacetCounts>,
    total: usize,
    heap: BinaryHeap<RankedDoc>,
}

pub(crate) struct SegmentFruit {
    total: usize,
    top: Vec<RankedDoc>,
    facets: Vec<(&'static str, Vec<(String, u64)>)>,
}

impl SegmentHits {
    fn distance(&self, doc: DocId) -> Option<f64> {
        let ord = self.communes.as_ref()?.first(doc)?;
        self.distance_by_ord
            .as_ref()?
            .get(ord as usize)
            .copied()
            .flatten()
    }
}

impl SegmentCollector for SegmentHits {
    type Fruit = SegmentFruit;

    fn collect(&mut self, doc: DocId, score: Score) {
        self.total += 1;
        for facet in &mut self.facets {
            for ord in facet.column.term_ords(doc) {
                facet.counts[ord as usize] += 1;
            }
        }
        if self.keep == 0 {
            return;
        }
        let id = self.ids.first(doc).unwrap_or_default();
        let distance_km = self.distance(doc);
        let (key, score) = match self.order {
            Order::Score => {
                let boost = distance_km.map_or(0.0, |d| {
                    DISTANCE_BOOST / (1.0 + (d / DISTANCE_HALF_KM) as f32)
                });
                let score = score + boost;
                (f64::from(score), score)
            }
            Order::Nearest => (-distance_km.unwrap_or(f64::INFINITY), 0.0),
            Order::Newest => (id as f64, 0.0),
        };
        let candidate = RankedDoc {
            key,
            id,
            score,
            distance_km,
            address: DocAddress::new(self.segment, doc),
        };
        if self.heap.len() < self.keep {
            self.heap.push(candidate);
        } else if self.heap.peek().is_some_and(|worst| candidate < *worst) {
            self.heap.pop();
            self.heap.push(candidate);
        }
    }

    fn harvest(self) -> SegmentFruit {
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
