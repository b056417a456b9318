//! A union that only does work at the documents it is asked about.
//!
//! tantivy evaluates a union (a `Should` group, and `DisjunctionMaxQuery`) with
//! a buffered union: for every window of 4,096 documents it advances *every*
//! posting list of the union through the window and scores each posting, whether
//! or not the rest of the query matches there, and it allocates 4,096 score slots
//! per union and segment. A syllable's variants (typos, synonyms) are such a
//! union inside a much shorter required intersection. [`LazyUnion`] gives the
//! same scores lazily: when the intersection seeks it to a document, or asks for
//! the score of its current document, only the clauses positioned before that
//! document move (by skip-list seeks), and only those that land on it are
//! scored. (The bonus clauses next to the intersection are the same idea with
//! pruning: see [`crate::exec::bonus`].)

use tantivy::query::{EnableScoring, Explanation, Query, Scorer, Weight};
use tantivy::{DocId, DocSet, Score, SegmentReader, TERMINATED, Term};

/// Matches a document when any clause does; scores it with the best credit of
/// the clauses matching it. Clauses are matched, never scored: each carries
/// a constant credit, so finding the best is a look at an array.
#[derive(Debug)]
pub(crate) struct LazyUnion {
    clauses: Vec<(Box<dyn Query>, Score)>,
}

impl Clone for LazyUnion {
    fn clone(&self) -> Self {
        LazyUnion {
            clauses: self
                .clauses
                .iter()
                .map(|(query, credit)| (query.box_clone(), *credit))
                .collect(),
        }
    }
}

impl LazyUnion {
    /// The best credit of the clauses (query, credit) matching: a syllable's
    /// forms, like a `DisjunctionMaxQuery` of `ConstScoreQuery`s.
    pub(crate) fn best_credit(mut clauses: Vec<(Box<dyn Query>, Score)>) -> LazyUnion {
        // Best first: the first clause found at a document has its score.
        clauses.sort_by(|a, b| b.1.total_cmp(&a.1));
        LazyUnion { clauses }
    }
}

impl Query for LazyUnion {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let unscored = match enable_scoring {
            EnableScoring::Enabled { searcher, .. } => {
                EnableScoring::disabled_from_searcher(searcher)
            }
            disabled => disabled,
        };
        let weights = self
            .clauses
            .iter()
            .map(|(clause, credit)| Ok((clause.weight(unscored)?, *credit)))
            .collect::<tantivy::Result<Vec<_>>>()?;
        Ok(Box::new(LazyWeight { weights }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        for (clause, _) in &self.clauses {
            clause.query_terms(visitor);
        }
    }
}

struct LazyWeight {
    weights: Vec<(Box<dyn Weight>, Score)>,
}

impl Weight for LazyWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let (scorers, mut credits) = live_scorers(&self.weights, reader)?;
        credits.iter_mut().for_each(|credit| *credit *= boost);
        Ok(Box::new(LazyScorer::new(scorers, credits)))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let mut details = Vec::new();
        for (weight, credit) in &self.weights {
            if weight.explain(reader, doc).is_ok() {
                details.push(Explanation::new("credit of a matching clause", *credit));
            }
        }
        if details.is_empty() {
            return Err(tantivy::TantivyError::InvalidArgument(format!(
                "document {doc} matches no clause of the union"
            )));
        }
        let best = details.iter().map(Explanation::value).fold(0.0, f32::max);
        let mut explanation = Explanation::new("best of the matching clauses", best);
        for detail in details {
            explanation.add_detail(detail);
        }
        Ok(explanation)
    }
}

/// Scorers, each with the value its weight was paired with.
pub(crate) type Paired<T> = (Vec<Box<dyn Scorer>>, Vec<T>);

/// The scorers of `weights` (each paired with a value) that match something
/// in the segment, and their values: clauses with nothing to find are left
/// out, so no document pays for them.
pub(crate) fn live_scorers<T: Copy>(
    weights: &[(Box<dyn Weight>, T)],
    reader: &SegmentReader,
) -> tantivy::Result<Paired<T>> {
    let mut scorers = Vec::with_capacity(weights.len());
    let mut values = Vec::with_capacity(weights.len());
    for (weight, value) in weights {
        let scorer = weight.scorer(reader, 1.0)?;
        if scorer.doc() != TERMINATED {
            scorers.push(scorer);
            values.push(*value);
        }
    }
    Ok((scorers, values))
}

/// An unbuffered union: its document is the smallest of its scorers' documents.
/// Each scorer's position is kept in `docs`, so moving and scoring the union
/// reads a plain array instead of asking every boxed scorer where it is (those
/// virtual calls were an eighth of a search's time).
struct LazyScorer {
    scorers: Vec<Box<dyn Scorer>>,
    docs: Vec<DocId>,
    credits: Vec<Score>,
    doc: DocId,
}

impl LazyScorer {
    fn new(scorers: Vec<Box<dyn Scorer>>, credits: Vec<Score>) -> LazyScorer {
        let docs: Vec<DocId> = scorers.iter().map(|s| s.doc()).collect();
        let doc = docs.iter().copied().min().unwrap_or(TERMINATED);
        LazyScorer {
            scorers,
            docs,
            credits,
            doc,
        }
    }
}

impl DocSet for LazyScorer {
    fn advance(&mut self) -> DocId {
        let current = self.doc;
        let mut min = TERMINATED;
        for (scorer, doc) in self.scorers.iter_mut().zip(&mut self.docs) {
            if *doc == current {
                *doc = scorer.advance();
            }
            min = min.min(*doc);
        }
        self.doc = min;
        min
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if self.doc >= target {
            return self.doc;
        }
        let mut min = TERMINATED;
        for (scorer, doc) in self.scorers.iter_mut().zip(&mut self.docs) {
            if *doc < target {
                *doc = scorer.seek(target);
            }
            min = min.min(*doc);
        }
        self.doc = min;
        min
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

impl Scorer for LazyScorer {
    fn score(&mut self) -> Score {
        let doc = self.doc;
        let at_doc = self.docs.iter().position(|at| *at == doc);
        at_doc.map_or(0.0, |i| self.credits[i])
    }
}

#[cfg(test)]
mod tests {
    use tantivy::collector::TopDocs;
    use tantivy::query::{BooleanQuery, ConstScoreQuery, DisjunctionMaxQuery, Occur, TermQuery};
    use tantivy::schema::{IndexRecordOption, STRING, Schema};
    use tantivy::{Index, TantivyDocument};

    use super::*;

    /// Required "a" and "b (credit 20) or c (credit 30)": the lazy union must
    /// give the same documents and scores as tantivy's own
    /// `DisjunctionMaxQuery` of `ConstScoreQuery`s.
    #[test]
    fn scores_like_tantivy_unions() {
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
        let credits = [("b", 20.0), ("c", 30.0)];
        let top = |q: &BooleanQuery| {
            searcher
                .search(q, &TopDocs::with_limit(5_000).order_by_score())
                .unwrap()
                .into_iter()
                .map(|(score, address)| (address.doc_id, (score * 1e4).round() as i64))
                .collect::<std::collections::BTreeMap<_, _>>()
        };
        let required = |union: Box<dyn Query>| {
            BooleanQuery::new(vec![(Occur::Must, term("a")), (Occur::Must, union)])
        };
        let eager = required(Box::new(DisjunctionMaxQuery::new(
            credits
                .iter()
                .map(|(t, c)| Box::new(ConstScoreQuery::new(term(t), *c)) as Box<dyn Query>)
                .collect(),
        )));
        let lazy = required(Box::new(LazyUnion::best_credit(
            credits.iter().map(|(t, c)| (term(t), *c)).collect(),
        )));
        let expected = top(&eager);
        assert_eq!(expected.len(), 953);
        assert_eq!(top(&lazy), expected);
    }
}
