//! The optional part of a text query, scored only as far as a document can
//! still reach the page.
//!
//! Next to its required syllables, a text query carries many bonus clauses:
//! optional syllables after relaxing, exact-diacritics credits, BM25 per part
//! and adjacency credits. Every matching document is counted (total and
//! facets), but only the best `offset + per_page` are shown, and most matching
//! documents end far below them. Each clause has an upper bound on what it can
//! add: its credit, or for BM25 `boost · idf · (1 + k1)`. Clauses are scored
//! largest bound first, and a document stops being scored as soon as what it
//! has plus every bound still ahead cannot reach the worst document kept
//! (Turtle and Flood's MaxScore, per document). A document pruned so is still
//! counted, with a score that cannot get it onto the page, so results are the
//! same as scoring everything.

use tantivy::query::{Bm25StatisticsProvider, BoostQuery, EnableScoring, Query, Scorer, Weight};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocId, DocSet, Score, Searcher, SegmentReader, Term};

use crate::exec::lazy_union::live_scorers;

/// tantivy's BM25 saturation: a term's score never exceeds `boost · idf · (1 + K1)`.
const BM25_K1: f32 = 1.2;
/// Scores are sums of f32: a bound is only trusted this far.
const BOUND_MARGIN: f32 = 0.01;

/// One bonus clause and how its upper bound is known.
#[derive(Debug)]
pub(crate) struct Bonus {
    query: Box<dyn Query>,
    bound: Bound,
}

#[derive(Debug, Clone)]
enum Bound {
    /// A constant credit, or the best of several.
    Known(Score),
    /// BM25 of one term, times a boost: bounded by its idf.
    Bm25 { term: Term, boost: Score },
    /// Anything else: always scored.
    Unknown,
}

impl Clone for Bonus {
    fn clone(&self) -> Self {
        Bonus {
            query: self.query.box_clone(),
            bound: self.bound.clone(),
        }
    }
}

impl Bonus {
    /// A clause scoring at most `bound` (a constant credit, or the best of some).
    pub(crate) fn bounded(query: Box<dyn Query>, bound: Score) -> Bonus {
        Bonus {
            query,
            bound: Bound::Known(bound),
        }
    }

    /// BM25 of `text` in `field`, times `boost`.
    pub(crate) fn bm25(field: Field, text: &str, boost: Score) -> Bonus {
        let term = Term::from_field_text(field, text);
        let query = tantivy::query::TermQuery::new(term.clone(), IndexRecordOption::WithFreqs);
        Bonus {
            query: Box::new(BoostQuery::new(Box::new(query), boost)),
            bound: Bound::Bm25 { term, boost },
        }
    }

    /// A clause without a known bound: scored on every matching document.
    pub(crate) fn unbounded(query: Box<dyn Query>) -> Bonus {
        Bonus {
            query,
            bound: Bound::Unknown,
        }
    }

    fn weight(&self, searcher: &Searcher) -> tantivy::Result<(Box<dyn Weight>, Score)> {
        match &self.bound {
            Bound::Known(bound) => Ok((
                self.query
                    .weight(EnableScoring::enabled_from_searcher(searcher))?,
                bound + BOUND_MARGIN,
            )),
            Bound::Unknown => Ok((
                self.query
                    .weight(EnableScoring::enabled_from_searcher(searcher))?,
                Score::INFINITY,
            )),
            Bound::Bm25 { term, boost } => {
                // The term's document frequency is looked up once, here, and
                // handed to tantivy's own BM25 weight.
                let doc_freq = searcher.doc_freq(term)?;
                let total_docs = Bm25StatisticsProvider::total_num_docs(searcher)?;
                let statistics = OneTermStatistics {
                    searcher,
                    term,
                    doc_freq,
                };
                let enable = EnableScoring::enabled_from_statistics_provider(&statistics, searcher);
                let weight = self.query.weight(enable)?;
                let bound = boost * idf(doc_freq, total_docs) * (1.0 + BM25_K1);
                Ok((weight, bound * 1.001 + BOUND_MARGIN))
            }
        }
    }
}

/// tantivy's idf: `ln(1 + (N − n + 0.5) / (n + 0.5))`.
fn idf(doc_freq: u64, total_docs: u64) -> Score {
    let x = (total_docs.saturating_sub(doc_freq) as Score + 0.5) / (doc_freq as Score + 0.5);
    (1.0 + x).ln()
}

/// The searcher's statistics, with one term's document frequency already known.
struct OneTermStatistics<'a> {
    searcher: &'a Searcher,
    term: &'a Term,
    doc_freq: u64,
}

impl Bm25StatisticsProvider for OneTermStatistics<'_> {
    fn total_num_tokens(&self, field: Field) -> tantivy::Result<u64> {
        Bm25StatisticsProvider::total_num_tokens(self.searcher, field)
    }

    fn total_num_docs(&self) -> tantivy::Result<u64> {
        Bm25StatisticsProvider::total_num_docs(self.searcher)
    }

    fn doc_freq(&self, term: &Term) -> tantivy::Result<u64> {
        if term == self.term {
            Ok(self.doc_freq)
        } else {
            self.searcher.doc_freq(term)
        }
    }
}

/// The bonus clauses' weights with their bounds, largest bound first.
pub(crate) struct BonusWeight {
    weights: Vec<(Box<dyn Weight>, Score)>,
}

impl BonusWeight {
    pub(crate) fn new(bonuses: &[Bonus], searcher: &Searcher) -> tantivy::Result<BonusWeight> {
        let mut weights = bonuses
            .iter()
            .map(|bonus| bonus.weight(searcher))
            .collect::<tantivy::Result<Vec<_>>>()?;
        weights.sort_by(|a, b| b.1.total_cmp(&a.1));
        Ok(BonusWeight { weights })
    }

    pub(crate) fn scorer(&self, reader: &SegmentReader) -> tantivy::Result<BonusScorer> {
        let (scorers, bounds) = live_scorers(&self.weights, reader)?;
        // ahead[i]: the most that clauses i.. can still add.
        let mut ahead = vec![0.0; bounds.len() + 1];
        for i in (0..bounds.len()).rev() {
            ahead[i] = ahead[i + 1] + bounds[i];
        }
        Ok(BonusScorer {
            docs: scorers.iter().map(|s| s.doc()).collect(),
            scorers,
            bounds,
            ahead,
        })
    }
}

/// Scores the bonus clauses at increasing documents. Each clause's position is
/// kept in `docs`, so a clause already past the document costs no call.
pub(crate) struct BonusScorer {
    scorers: Vec<Box<dyn Scorer>>,
    docs: Vec<DocId>,
    bounds: Vec<Score>,
    ahead: Vec<Score>,
}

impl BonusScorer {
    /// The bonus of `doc` (documents must come in increasing order). Scoring
    /// stops once the bonus cannot reach `needed`; what was summed by then is
    /// returned, and it is below `needed`.
    pub(crate) fn score(&mut self, doc: DocId, needed: Score) -> Score {
        let mut total = 0.0;
        for (i, (scorer, at)) in self.scorers.iter_mut().zip(&mut self.docs).enumerate() {
            if total + self.ahead[i] < needed {
                return total;
            }
            if *at < doc {
                *at = scorer.seek(doc);
            }
            if *at == doc {
                let score = scorer.score();
                // Every debug-built test search checks the bounds pruning trusts.
                debug_assert!(
                    score <= self.bounds[i],
                    "bonus clause scored {score} over its bound {}",
                    self.bounds[i]
                );
                total += score;
            }
        }
        total
    }
}

#[cfg(test)]
mod tests {
    use tantivy::collector::TopDocs;
    use tantivy::query::{BooleanQuery, ConstScoreQuery, Occur, TermQuery};
    use tantivy::schema::{STRING, Schema, TEXT};
    use tantivy::{Index, TantivyDocument, doc};

    use super::*;

    /// The bonus of every document, scored in full, equals tantivy's sum of
    /// the same clauses; and a bonus cut short stays below what was needed.
    #[test]
    fn scores_like_tantivy_and_prunes_only_below_the_need() {
        let mut builder = Schema::builder();
        let tag = builder.add_text_field("tag", STRING);
        let text = builder.add_text_field("text", TEXT);
        let index = Index::create_in_ram(builder.build());
        let mut writer: tantivy::IndexWriter = index.writer(15_000_000).unwrap();
        for i in 0..3_000u32 {
            let mut doc = TantivyDocument::default();
            for (name, every) in [("b", 2), ("c", 7)] {
                if i % every == 0 {
                    doc.add_text(tag, name);
                }
            }
            let words = ["x"; 5][..(i % 5) as usize + 1].join(" ");
            doc.add_text(text, format!("{words} y{}", i % 3));
            writer.add_document(doc).unwrap();
        }
        writer.add_document(doc!(tag => "z")).unwrap();
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let tag_term = |t: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(
                Term::from_field_text(tag, t),
                IndexRecordOption::Basic,
            ))
        };
        let bonuses = vec![
            Bonus::bounded(Box::new(ConstScoreQuery::new(tag_term("b"), 20.0)), 20.0),
            Bonus::bounded(Box::new(ConstScoreQuery::new(tag_term("c"), 30.0)), 30.0),
            Bonus::bm25(text, "x", 3.0),
            Bonus::bm25(text, "y1", 1.5),
            Bonus::unbounded(Box::new(BoostQuery::new(
                Box::new(TermQuery::new(
                    Term::from_field_text(text, "y2"),
                    IndexRecordOption::WithFreqs,
                )),
                2.0,
            ))),
        ];
        let eager = BooleanQuery::new(
            bonuses
                .iter()
                .map(|b| (Occur::Should, b.query.box_clone()))
                .collect(),
        );
        let expected: Vec<(DocId, Score)> = searcher
            .search(&eager, &TopDocs::with_limit(10_000).order_by_score())
            .unwrap()
            .into_iter()
            .map(|(score, address)| (address.doc_id, score))
            .collect();
        assert_eq!(expected.len(), 3_000);

        let weight = BonusWeight::new(&bonuses, &searcher).unwrap();
        assert_eq!(
            weight.weights[0].1,
            Score::INFINITY,
            "unknown bounds go first"
        );
        let reader = searcher.segment_reader(0);
        let mut full = weight.scorer(reader).unwrap();
        let mut scores = std::collections::HashMap::new();
        for doc in 0..reader.max_doc() {
            scores.insert(doc, full.score(doc, Score::NEG_INFINITY));
        }
        for (doc, score) in &expected {
            assert!((scores[doc] - score).abs() < 1e-3, "doc {doc}");
        }

        let mut pruned = weight.scorer(reader).unwrap();
        let mut cut = 0;
        for doc in 0..reader.max_doc() {
            let needed = 40.0 + (doc % 5) as Score;
            let score = pruned.score(doc, needed);
            if (score - scores[&doc]).abs() > 1e-3 {
                cut += 1;
                assert!(scores[&doc] < needed, "doc {doc} could reach {needed}");
                assert!(score <= scores[&doc] + 1e-3);
            }
        }
        assert!(cut > 1_000, "only {cut} documents were cut short");
    }
}
