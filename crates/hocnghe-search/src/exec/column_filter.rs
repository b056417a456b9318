//! Filters read from a fast field instead of the inverted index.
//!
//! The radius filter (the communes in range) was a `TermSetQuery`: it built a
//! term automaton and a bitset of the whole segment on every search, a twentieth
//! of the search mix's time. Here a segment gets a table of the allowed values
//! of a full column, and seeking to a candidate reads the column from the
//! candidate on until an allowed value.
//!
//! The kind filter is not read this way: course searches would read every
//! demand between two candidates. It uses runs of document ids instead
//! (`kind_filter.rs`).

use std::collections::HashSet;
use std::sync::Arc;

use tantivy::columnar::Column;
use tantivy::query::{EmptyScorer, EnableScoring, Explanation, Query, Scorer, Weight};
use tantivy::{DocId, DocSet, Score, SeekDangerResult, SegmentReader, TERMINATED};

use crate::exec::segment_cache::SegmentCache;
use crate::schema::{fast, value_at};

/// Documents whose commune (a fast field) is one of `communes`.
#[derive(Debug, Clone)]
pub(crate) struct InCommunes {
    communes: Arc<HashSet<String>>,
    segments: Arc<SegmentCache>,
}

impl InCommunes {
    pub(crate) fn new(communes: HashSet<String>, segments: Arc<SegmentCache>) -> InCommunes {
        InCommunes {
            communes: Arc::new(communes),
            segments,
        }
    }
}

impl Query for InCommunes {
    fn weight(&self, _: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(self.clone()))
    }
}

impl InCommunes {
    /// The segment's commune filter, not positioned yet; `None` without a
    /// commune column.
    fn column_scorer(
        &self,
        reader: &SegmentReader,
        boost: Score,
    ) -> tantivy::Result<Option<ColumnScorer>> {
        let segment = self.segments.get(reader)?;
        let Some(column) = segment.str_column(fast::COMMUNE) else {
            return Ok(None);
        };
        let allowed = segment
            .commune_codes
            .iter()
            .map(|code| self.communes.contains(code))
            .collect();
        Ok(Some(ColumnScorer::new(
            column.ords().clone(),
            allowed,
            reader,
            boost,
        )))
    }
}

impl Weight for InCommunes {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        Ok(match self.column_scorer(reader, boost)? {
            Some(mut scorer) => {
                scorer.doc = scorer.next_from(0);
                Box::new(scorer)
            }
            None => Box::new(EmptyScorer),
        })
    }

    /// Checks `target` only: positioning first would read the column from
    /// the segment's start to its first match.
    fn scorer_danger(
        &self,
        reader: &SegmentReader,
        target: DocId,
        boost: Score,
    ) -> tantivy::Result<(SeekDangerResult, Box<dyn Scorer>)> {
        Ok(match self.column_scorer(reader, boost)? {
            Some(mut scorer) => (scorer.seek_danger(target), Box::new(scorer)),
            None => (
                SeekDangerResult::SeekLowerBound(TERMINATED),
                Box::new(EmptyScorer),
            ),
        })
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        explain(self, reader, doc, "commune within the radius")
    }
}

/// The explanation of a filter's match: its constant score, or an error when
/// `doc` does not pass it.
pub(crate) fn explain(
    weight: &dyn Weight,
    reader: &SegmentReader,
    doc: DocId,
    what: &'static str,
) -> tantivy::Result<Explanation> {
    let mut scorer = weight.scorer(reader, 1.0)?;
    if scorer.seek(doc) != doc {
        return Err(tantivy::TantivyError::InvalidArgument(format!(
            "document {doc} does not match: {what}"
        )));
    }
    Ok(Explanation::new(what, scorer.score()))
}

/// The documents whose value in a single-valued column is allowed.
struct ColumnScorer {
    column: Column<u64>,
    allowed: Vec<bool>,
    max_doc: DocId,
    size_hint: u32,
    doc: DocId,
    score: Score,
}

impl ColumnScorer {
    /// Not positioned yet: the caller seeks.
    fn new(column: Column<u64>, allowed: Vec<bool>, reader: &SegmentReader, score: Score) -> Self {
        let share = allowed.iter().filter(|a| **a).count() as f64 / allowed.len().max(1) as f64;
        ColumnScorer {
            column,
            allowed,
            max_doc: reader.max_doc(),
            size_hint: (f64::from(reader.max_doc()) * share) as u32,
            doc: 0,
            score,
        }
    }

    fn matches(&self, doc: DocId) -> bool {
        value_at(&self.column, doc)
            .is_some_and(|value| self.allowed.get(value as usize).copied().unwrap_or(false))
    }

    fn next_from(&self, mut doc: DocId) -> DocId {
        while doc < self.max_doc {
            if self.matches(doc) {
                return doc;
            }
            doc += 1;
        }
        TERMINATED
    }
}

impl DocSet for ColumnScorer {
    fn advance(&mut self) -> DocId {
        if self.doc != TERMINATED {
            self.doc = self.next_from(self.doc + 1);
        }
        self.doc
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if self.doc < target {
            self.doc = self.next_from(target);
        }
        self.doc
    }

    /// One read of the column: an intersection asks about its candidates, and
    /// reading on to the next allowed document is wasted when another clause
    /// then skips past it.
    fn seek_danger(&mut self, target: DocId) -> SeekDangerResult {
        if target >= self.max_doc {
            self.doc = TERMINATED;
            return SeekDangerResult::SeekLowerBound(TERMINATED);
        }
        self.doc = target;
        if self.matches(target) {
            SeekDangerResult::Found
        } else {
            SeekDangerResult::SeekLowerBound(target + 1)
        }
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        self.size_hint
    }
}

impl Scorer for ColumnScorer {
    fn score(&mut self) -> Score {
        self.score
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exec::segment_cache::test_index;

    /// Documents 0..5 in communes a, b, a, c, a.
    fn searcher() -> tantivy::Searcher {
        let (index, _) = test_index(&[&[(1, "a"), (1, "b"), (1, "a"), (1, "c"), (1, "a")]]);
        index.reader().unwrap().searcher()
    }

    #[test]
    fn the_commune_filter_walks_its_matches_and_checks_single_candidates() {
        let searcher = searcher();
        let reader = &searcher.segment_readers()[0];
        let in_a = InCommunes::new(
            HashSet::from(["a".to_string()]),
            Arc::new(SegmentCache::default()),
        );

        let mut scorer = in_a.scorer(reader, 1.0).unwrap();
        let mut docs = vec![scorer.doc()];
        while scorer.advance() != TERMINATED {
            docs.push(scorer.doc());
        }
        assert_eq!(docs, [0, 2, 4]);

        let (found, mut scorer) = in_a.scorer_danger(reader, 1, 1.0).unwrap();
        assert_eq!(found, SeekDangerResult::SeekLowerBound(2));
        assert_eq!(scorer.seek_danger(2), SeekDangerResult::Found);
        assert_eq!(scorer.doc(), 2);
        assert_eq!(scorer.advance(), 4);
        assert_eq!(
            scorer.seek_danger(5),
            SeekDangerResult::SeekLowerBound(TERMINATED)
        );

        let (found, scorer) = in_a.scorer_danger(reader, 4, 1.0).unwrap();
        assert_eq!(found, SeekDangerResult::Found);
        assert_eq!(scorer.doc(), 4);
    }
}
