//! The kind filter (courses or demands) as runs of document ids.
//!
//! Every search restricts to one kind. As a posting list, the demands' kind
//! term lists nine documents in ten, and the required intersection sought
//! through it for every candidate. A segment's documents come in long runs of
//! one kind (a rebuild adds all courses, then all demands), and segments never
//! change, so each segment's runs are computed once from the `kind` fast field
//! (`segment_cache.rs`) and seeking to a candidate is a look at the current run.

use std::sync::Arc;

use tantivy::query::{EnableScoring, Explanation, Query, Scorer, Weight};
use tantivy::{DocId, DocSet, Score, SegmentReader, TERMINATED};

use crate::exec::column_filter;
use crate::exec::segment_cache::{Runs, SegmentCache};
use crate::schema::Kind;

/// Documents of one kind.
#[derive(Debug, Clone)]
pub(crate) struct OfKind {
    kind: Kind,
    segments: Arc<SegmentCache>,
}

impl OfKind {
    pub(crate) fn new(kind: Kind, segments: Arc<SegmentCache>) -> OfKind {
        OfKind { kind, segments }
    }
}

impl Query for OfKind {
    fn weight(&self, _: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(self.clone()))
    }
}

impl Weight for OfKind {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let runs = Arc::clone(&self.segments.get(reader)?.kind_runs[self.kind as usize]);
        Ok(Box::new(RunsScorer::new(runs, boost)))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let what = match self.kind {
            Kind::Course => "a course",
            Kind::Demand => "a job demand",
        };
        column_filter::explain(self, reader, doc, what)
    }
}

/// The documents of ascending, disjoint runs.
struct RunsScorer {
    runs: Runs,
    /// The run holding `doc`, or `runs.len()` when done.
    run: usize,
    doc: DocId,
    score: Score,
}

impl RunsScorer {
    fn new(runs: Runs, score: Score) -> RunsScorer {
        let doc = runs.first().map_or(TERMINATED, |r| r.start);
        RunsScorer {
            runs,
            run: 0,
            doc,
            score,
        }
    }
}

impl DocSet for RunsScorer {
    fn advance(&mut self) -> DocId {
        if self.doc == TERMINATED {
            return TERMINATED;
        }
        self.seek(self.doc + 1)
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if self.doc >= target {
            return self.doc;
        }
        // Runs ending at or before the target are behind us.
        let rest = &self.runs[self.run..];
        self.run += rest.partition_point(|r| r.end <= target);
        self.doc = self
            .runs
            .get(self.run)
            .map_or(TERMINATED, |r| r.start.max(target));
        self.doc
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        self.runs[self.run.min(self.runs.len())..]
            .iter()
            .map(|r| r.end - r.start)
            .sum()
    }
}

impl Scorer for RunsScorer {
    fn score(&mut self) -> Score {
        self.score
    }
}

#[cfg(test)]
mod tests {
    use std::ops::Range;

    use super::*;

    fn docs(runs: &[Range<DocId>]) -> Vec<DocId> {
        let mut scorer = RunsScorer::new(runs.to_vec().into(), 1.0);
        let mut out = Vec::new();
        while scorer.doc() != TERMINATED {
            out.push(scorer.doc());
            scorer.advance();
        }
        out
    }

    #[test]
    fn walks_every_document_of_every_run() {
        assert_eq!(docs(&[0..2, 5..6, 9..11]), [0, 1, 5, 9, 10]);
        assert_eq!(docs(&[]), Vec::<DocId>::new());
    }

    #[test]
    fn seeks_into_and_between_runs() {
        let mut scorer = RunsScorer::new(vec![2..4, 10..20, 30..31].into(), 1.0);
        assert_eq!(scorer.seek(3), 3);
        assert_eq!(scorer.seek(3), 3);
        assert_eq!(scorer.seek(4), 10);
        assert_eq!(scorer.seek(15), 15);
        assert_eq!(scorer.seek(25), 30);
        assert_eq!(scorer.seek(31), TERMINATED);
        assert_eq!(scorer.advance(), TERMINATED);
        assert_eq!(scorer.size_hint(), 0);
    }
}
