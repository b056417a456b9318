//! Optional scoring clauses evaluated only on the documents the required clauses
//! already matched.
//!
//! tantivy scores a `Should` union with a buffered union: every window of 4,096
//! documents it advances *every* optional posting list through the window and
//! scores each posting, whether or not a required document is there, and it
//! allocates 4,096 score slots per union and segment. The bonus clauses of a text
//! query (BM25 per part, exact-diacritics credits, adjacency) are many long
//! posting lists next to a much shorter required intersection, so that work was
//! most of a search's cost. [`BonusQuery`] is the same sum, computed lazily: the
//! required scorer asks for the score of its current document, and only the
//! optional scorers positioned on or before that document move (by skip-list
//! seeks), and only those that land on it are scored.

use tantivy::query::{EnableScoring, Explanation, Query, Scorer, Weight};
use tantivy::{DocId, DocSet, Score, SegmentReader, TERMINATED, Term};

/// The sum of the scores of the clauses matching a document; matches a document
/// when any clause does. Meant as the one `Should` clause next to `Must` clauses.
#[derive(Debug)]
pub(crate) struct BonusQuery {
    clauses: Vec<Box<dyn Query>>,
}

impl Clone for BonusQuery {
    fn clone(&self) -> Self {
        BonusQuery::new(self.clauses.iter().map(|c| c.box_clone()).collect())
    }
}

impl BonusQuery {
    pub(crate) fn new(clauses: Vec<Box<dyn Query>>) -> BonusQuery {
        BonusQuery { clauses }
    }
}

impl Query for BonusQuery {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let weights = self
            .clauses
            .iter()
            .map(|clause| clause.weight(enable_scoring))
            .collect::<tantivy::Result<Vec<_>>>()?;
        Ok(Box::new(BonusWeight { weights }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        for clause in &self.clauses {
            clause.query_terms(visitor);
        }
    }
}

struct BonusWeight {
    weights: Vec<Box<dyn Weight>>,
}

impl Weight for BonusWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let mut scorers = Vec::with_capacity(self.weights.len());
        for weight in &self.weights {
            let scorer = weight.scorer(reader, boost)?;
            if scorer.doc() != TERMINATED {
                scorers.push(scorer);
            }
        }
        Ok(Box::new(BonusScorer::new(scorers)))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let mut total = 0.0;
        let mut details = Vec::new();
        for weight in &self.weights {
            if let Ok(explanation) = weight.explain(reader, doc) {
                total += explanation.value();
                details.push(explanation);
            }
        }
        if details.is_empty() {
            return Err(tantivy::TantivyError::InvalidArgument(format!(
                "document {doc} matches no bonus clause"
            )));
        }
        let mut explanation = Explanation::new("sum of the matching bonus clauses", total);
        for detail in details {
            explanation.add_detail(detail);
        }
        Ok(explanation)
    }
}

/// An unbuffered union: its document is the smallest of its scorers' documents.
struct BonusScorer {
    scorers: Vec<Box<dyn Scorer>>,
    doc: DocId,
}

impl BonusScorer {
    fn new(scorers: Vec<Box<dyn Scorer>>) -> BonusScorer {
        let mut scorer = BonusScorer {
            scorers,
            doc: TERMINATED,
        };
        scorer.doc = scorer.min_doc();
        scorer
    }

    fn min_doc(&self) -> DocId {
        self.scorers
            .iter()
            .map(|s| s.doc())
            .min()
            .unwrap_or(TERMINATED)
    }
}

impl DocSet for BonusScorer {
    fn advance(&mut self) -> DocId {
        let current = self.doc;
        for scorer in &mut self.scorers {
            if scorer.doc() == current {
                scorer.advance();
            }
        }
        self.doc = self.min_doc();
        self.doc
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if self.doc >= target {
            return self.doc;
        }
        for scorer in &mut self.scorers {
            if scorer.doc() < target {
                scorer.seek(target);
            }
        }
        self.doc = self.min_doc();
        self.doc
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        self.scorers
            .iter()
            .map(|s| s.size_hint())
            .max()
            .unwrap_or(0)
    }

    fn cost(&self) -> u64 {
        self.scorers.iter().map(|s| s.cost()).sum()
    }
}

impl Scorer for BonusScorer {
    fn score(&mut self) -> Score {
        let doc = self.doc;
        self.scorers
            .iter_mut()
            .filter(|s| s.doc() == doc)
            .map(|s| s.score())
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use tantivy::collector::TopDocs;
    use tantivy::query::{BooleanQuery, BoostQuery, Occur, TermQuery};
    use tantivy::schema::{IndexRecordOption, STRING, Schema};
    use tantivy::{Index, TantivyDocument};

    use super::*;

    /// Required "a", bonus on "b" (boosted) and "c": the lazy sum must give the
    /// same scores as tantivy's own union of the same clauses.
    #[test]
    fn scores_like_a_boolean_union() {
        let mut builder = Schema::builder();
        let tag = builder.add_text_field("tag", STRING);
        let index = Index::create_in_ram(builder.build());
        let mut writer: tantivy::IndexWriter = index.writer(15_000_000).unwrap();
        for i in 0..5_000u32 {
            let mut doc = TantivyDocument::default();
            for (name, every) in [("a", 3), ("b", 2), ("c", 7)] {
                if i % every == 0 {
                    doc.add_text(tag, name);
                }
            }
            writer.add_document(doc).unwrap();
        }
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let term = |t: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(
                Term::from_field_text(tag, t),
                IndexRecordOption::WithFreqs,
            ))
        };
        let bonus = || -> Vec<Box<dyn Query>> { vec![Box::new(BoostQuery::new(term("b"), 2.0)), term("c")] };
        let lazy = BooleanQuery::new(vec![
            (Occur::Must, term("a")),
            (Occur::Should, Box::new(BonusQuery::new(bonus()))),
        ]);
        let mut clauses = vec![(Occur::Must, term("a"))];
        clauses.extend(bonus().into_iter().map(|q| (Occur::Should, q)));
        let eager = BooleanQuery::new(clauses);
        let top = |q: &BooleanQuery| {
            searcher
                .search(q, &TopDocs::with_limit(5_000).order_by_score())
                .unwrap()
                .into_iter()
                .map(|(score, address)| (address.doc_id, (score * 1e4).round() as i64))
                .collect::<std::collections::BTreeMap<_, _>>()
        };
        let expected = top(&eager);
        assert_eq!(expected.len(), 1_667);
        assert_eq!(top(&lazy), expected);
    }
}
