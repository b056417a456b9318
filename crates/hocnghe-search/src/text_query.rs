//! Turns free text into a scored tantivy query.
//!
//! Every query syllable becomes one clause that matches the syllable in any of its
//! forms, each worth a constant *credit* of [`MATCH_CREDIT`] times its quality:
//! same diacritics (1.0), telex repaired (0.8), same letters without the same
//! diacritics when the query has diacritics (0.7), synonym (0.6), typo (0.4). The
//! clause also carries the syllable's BM25 over the text parts with field boosts
//! (title > skills/occupation > modules > description > organisation). Adjacent
//! query syllables found adjacent in a document add [`ADJACENCY_CREDIT`] plus the
//! bigram's BM25.
//!
//! Default operator: all syllables are required, and when nothing matches the query
//! is relaxed to fewer required syllables (n, ⅔n, ⅓n, 1), so a stray word never
//! leads to an empty page. Among hits of a relaxed query, each extra matched
//! syllable is worth a full credit, far above what BM25 adds, so documents matching
//! more of the query come first. Strict-first keeps result counts and facets
//! meaningful (a union of "sửa", "xe", "máy" would count every phone-repair course)
//! and intersections are cheaper than unions at 100k documents.

use std::collections::{BTreeSet, HashSet};

use tantivy::query::{
    BooleanQuery, BoostQuery, ConstScoreQuery, DisjunctionMaxQuery, FuzzyTermQuery, Occur, Query,
    TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{Searcher, Term};

use crate::analyzers::{adjacent, exact_analyzer, fold, tokens};
use crate::error::Result;
use crate::schema::{Fields, Part, TextField};
use crate::synonyms::{Phrase, Synonyms};
use crate::vietnamese::{allowed_typos, edit_distance, nfc, repair_telex};

/// Query syllables beyond this are ignored, to keep queries bounded.
pub(crate) const MAX_QUERY_SYLLABLES: usize = 10;
const MAX_TYPO_DERIVATIONS: usize = 6;
/// Typo candidates scanned in the term dictionaries before ranking them.
const MAX_TYPO_CANDIDATES: usize = 64;

pub(crate) const MATCH_CREDIT: f32 = 100.0;
const TELEX_CREDIT: f32 = 0.8;
const FOLDED_ONLY_CREDIT: f32 = 0.7;
const SYNONYM_CREDIT: f32 = 0.6;
const TYPO_CREDIT: f32 = 0.4;
const ADJACENCY_CREDIT: f32 = 0.3;
/// BM25 weight of folded fields when the query has diacritics (exact fields weigh 1).
const FOLDED_BM25_WEIGHT_ACCENTED: f32 = 0.5;
const SYNONYM_BM25_WEIGHT: f32 = 0.5;

fn part_boost(part: Part) -> f32 {
    match part {
        Part::Title => 3.0,
        Part::Tags => 2.0,
        Part::Modules => 1.5,
        Part::Body => 1.0,
        Part::Org => 0.5,
    }
}

/// The analysed query, ready to produce tantivy queries for any number of
/// required syllables.
pub(crate) struct TextPlan {
    syllable_clauses: Vec<Box<dyn Query>>,
    bonus_clauses: Vec<Box<dyn Query>>,
    /// Folded syllables to highlight: the query's, and the typo, telex and synonym
    /// forms that can match.
    pub highlight_terms: HashSet<String>,
}

struct Syllable {
    exact: String,
    folded: String,
    /// Typed with telex keys; `folded` holds the repaired form.
    repaired: bool,
    offset_from: usize,
    offset_to: usize,
}

impl TextPlan {
    /// Analyses `q`; `None` when it has no searchable syllable.
    pub(crate) fn build(
        q: &str,
        fields: &Fields,
        searcher: &Searcher,
        synonyms: &Synonyms,
    ) -> Result<Option<TextPlan>> {
        let q = nfc(q);
        let mut syllables = analyse(&q);
        if syllables.is_empty() {
            return Ok(None);
        }
        let accented = syllables.iter().any(|s| s.exact != s.folded);
        let mut highlight_terms = HashSet::new();
        let mut credits: Vec<Vec<Box<dyn Query>>> = Vec::with_capacity(syllables.len());
        let mut clauses: Vec<Vec<Box<dyn Query>>> = Vec::with_capacity(syllables.len());
        for syllable in &mut syllables {
            let known = doc_freq(searcher, fields.all.folded, &syllable.folded)? > 0;
            if !known
                && let Some(repaired) = repair_telex(&syllable.folded)
                && doc_freq(searcher, fields.all.folded, &repaired)? > 0
            {
                syllable.folded = repaired.clone();
                syllable.exact = repaired;
                syllable.repaired = true;
            }
            highlight_terms.insert(syllable.folded.clone());
            let mut variants = matching_variants(syllable, fields, accented);
            let typos = typo_derivations(
                searcher,
                fields.all.folded,
                &syllable.folded,
                known || syllable.repaired,
            )?;
            if !typos.is_empty() {
                let terms = typos
                    .iter()
                    .map(|t| Term::from_field_text(fields.all.folded, t));
                variants.push(credit(
                    Box::new(tantivy::query::TermSetQuery::new(terms)),
                    TYPO_CREDIT,
                ));
                highlight_terms.extend(typos);
            }
            credits.push(variants);
            clauses.push(vec![bm25(syllable, fields, accented)]);
        }

        let mut bonus_clauses = Vec::new();
        let phrase = Phrase {
            exact: syllables.iter().map(|s| s.exact.clone()).collect(),
            folded: syllables.iter().map(|s| s.folded.clone()).collect(),
        };
        for expansion in synonyms.expand_phrase(&phrase) {
            for alternative in &expansion.alternatives {
                let Some(matcher) = phrase_matcher(alternative, fields.all, accented) else {
                    continue;
                };
                for covered in &mut credits[expansion.start..expansion.start + expansion.len] {
                    covered.push(credit(matcher.box_clone(), SYNONYM_CREDIT));
                }
                bonus_clauses.extend(synonym_bm25(alternative, fields));
                highlight_terms.extend(alternative.folded.iter().cloned());
            }
        }

        for pair in syllables.windows(2) {
            if !adjacent_in_query(&q, &pair[0], &pair[1]) {
                continue;
            }
            bonus_clauses.push(adjacency(&pair[0].folded, &pair[1].folded, fields));
        }

        let syllable_clauses = credits
            .into_iter()
            .zip(clauses)
            .map(|(variants, mut clause)| {
                clause.push(Box::new(DisjunctionMaxQuery::new(variants)));
                union(clause)
            })
            .collect();
        Ok(Some(TextPlan {
            syllable_clauses,
            bonus_clauses,
            highlight_terms,
        }))
    }

    pub(crate) fn syllable_count(&self) -> usize {
        self.syllable_clauses.len()
    }

    /// How many syllables to require, strictest first.
    pub(crate) fn relaxations(&self) -> Vec<usize> {
        let n = self.syllable_count();
        let mut steps = vec![n, (2 * n).div_ceil(3), n.div_ceil(3), 1];
        steps.dedup();
        steps
    }

    pub(crate) fn query(&self, required: usize) -> Box<dyn Query> {
        let clauses: Vec<Box<dyn Query>> = self
            .syllable_clauses
            .iter()
            .map(|c| c.box_clone())
            .collect();
        let core: Box<dyn Query> = if required >= clauses.len() {
            Box::new(BooleanQuery::intersection(clauses))
        } else {
            Box::new(BooleanQuery::union_with_minimum_required_clauses(
                clauses,
                required.max(1),
            ))
        };
        if self.bonus_clauses.is_empty() {
            return core;
        }
        let mut all = vec![(Occur::Must, core)];
        all.extend(
            self.bonus_clauses
                .iter()
                .map(|c| (Occur::Should, c.box_clone())),
        );
        Box::new(BooleanQuery::new(all))
    }
}

fn analyse(q: &str) -> Vec<Syllable> {
    let mut syllables: Vec<Syllable> = tokens(&mut exact_analyzer(), q)
        .into_iter()
        .map(|t| Syllable {
            folded: fold(&t.text),
            exact: t.text,
            repaired: false,
            offset_from: t.offset_from,
            offset_to: t.offset_to,
        })
        .collect();
    syllables.truncate(MAX_QUERY_SYLLABLES);
    syllables
}

fn adjacent_in_query(q: &str, a: &Syllable, b: &Syllable) -> bool {
    let token = |s: &Syllable| tantivy::tokenizer::Token {
        offset_from: s.offset_from,
        offset_to: s.offset_to,
        ..Default::default()
    };
    adjacent(q, &token(a), &token(b))
}

fn doc_freq(searcher: &Searcher, field: Field, text: &str) -> Result<u64> {
    Ok(searcher.doc_freq(&Term::from_field_text(field, text))?)
}

fn term(field: Field, text: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, text),
        IndexRecordOption::WithFreqs,
    ))
}

fn boosted(query: Box<dyn Query>, boost: f32) -> Box<dyn Query> {
    Box::new(BoostQuery::new(query, boost))
}

fn credit(query: Box<dyn Query>, quality: f32) -> Box<dyn Query> {
    Box::new(ConstScoreQuery::new(query, MATCH_CREDIT * quality))
}

fn union(queries: Vec<Box<dyn Query>>) -> Box<dyn Query> {
    Box::new(BooleanQuery::union(queries))
}

/// The ways a syllable itself can match, each with its credit.
fn matching_variants(s: &Syllable, fields: &Fields, accented: bool) -> Vec<Box<dyn Query>> {
    let folded = term(fields.all.folded, &s.folded);
    if s.repaired {
        vec![credit(folded, TELEX_CREDIT)]
    } else if accented {
        vec![
            credit(term(fields.all.exact, &s.exact), 1.0),
            credit(folded, FOLDED_ONLY_CREDIT),
        ]
    } else {
        vec![credit(folded, 1.0)]
    }
}

/// BM25 of the syllable over every text part, with field boosts. A query without
/// diacritics cannot prefer any diacritics, so it scores on folded fields only.
fn bm25(s: &Syllable, fields: &Fields, accented: bool) -> Box<dyn Query> {
    let mut scored = Vec::with_capacity(2 * Part::ALL.len());
    for part in Part::ALL {
        let field = fields.part(part);
        let boost = part_boost(part);
        if accented && !s.repaired {
            scored.push(boosted(term(field.exact, &s.exact), boost));
            scored.push(boosted(
                term(field.folded, &s.folded),
                boost * FOLDED_BM25_WEIGHT_ACCENTED,
            ));
        } else {
            scored.push(boosted(term(field.folded, &s.folded), boost));
        }
    }
    union(scored)
}

/// Adjacent query syllables found adjacent in a document: a credit that depends on
/// where (a phrase in the title or skills says more than one in the description),
/// plus the bigram's BM25.
fn adjacency(first: &str, second: &str, fields: &Fields) -> Box<dyn Query> {
    let bigram = format!("{first}_{second}");
    let mut credits = Vec::with_capacity(Part::ALL.len());
    let mut scored = Vec::with_capacity(Part::ALL.len() + 1);
    for part in Part::ALL {
        let field = fields.part(part).bigram;
        credits.push(credit(
            term(field, &bigram),
            ADJACENCY_CREDIT * adjacency_weight(part),
        ));
        scored.push(boosted(term(field, &bigram), part_boost(part)));
    }
    scored.push(Box::new(DisjunctionMaxQuery::new(credits)));
    union(scored)
}

fn adjacency_weight(part: Part) -> f32 {
    match part {
        Part::Title | Part::Tags => 1.0,
        Part::Modules => 0.6,
        Part::Body | Part::Org => 0.3,
    }
}

/// Matches a whole phrase: its single syllable, or all its bigrams.
fn phrase_matcher(phrase: &Phrase, field: TextField, accented: bool) -> Option<Box<dyn Query>> {
    match phrase.folded.as_slice() {
        [] => None,
        [single] if accented => {
            Some(term(field.exact, &phrase.exact[0])).filter(|_| !single.is_empty())
        }
        [single] => Some(term(field.folded, single)),
        many => {
            let bigrams = many
                .windows(2)
                .map(|w| term(field.bigram, &format!("{}_{}", w[0], w[1])))
                .collect();
            Some(Box::new(BooleanQuery::intersection(bigrams)))
        }
    }
}

fn synonym_bm25(phrase: &Phrase, fields: &Fields) -> Option<Box<dyn Query>> {
    let mut scored = Vec::new();
    for part in [Part::Title, Part::Tags] {
        let matcher = phrase_matcher(phrase, fields.part(part), false)?;
        scored.push(boosted(matcher, part_boost(part) * SYNONYM_BM25_WEIGHT));
    }
    Some(union(scored))
}

/// Indexed folded syllables within the allowed number of typos of `folded`, with
/// the same first letter, closest and most frequent first. Known syllables follow
/// the length rule ([`allowed_typos`]); a syllable absent from the index is surely
/// mistyped, so from 4 letters it may have one typo ("dugn" → "dung").
fn typo_derivations(
    searcher: &Searcher,
    field: Field,
    folded: &str,
    known: bool,
) -> Result<Vec<String>> {
    let mut distance = allowed_typos(folded);
    if !known && distance == 0 && folded.chars().count() == 4 {
        distance = 1;
    }
    if distance == 0 {
        return Ok(Vec::new());
    }
    let automaton =
        FuzzyTermQuery::new(Term::from_field_text(field, folded), distance, true).automaton()?;
    let first = folded.chars().next();
    let mut candidates = BTreeSet::new();
    'segments: for segment in searcher.segment_readers() {
        let inverted = segment.inverted_index(field)?;
        let mut stream = inverted.terms().search(&automaton).into_stream()?;
        while stream.advance() {
            let Ok(word) = std::str::from_utf8(stream.key()) else {
                continue;
            };
            if word != folded && word.chars().next() == first {
                candidates.insert(word.to_string());
                if candidates.len() >= MAX_TYPO_CANDIDATES {
                    break 'segments;
                }
            }
        }
    }
    let mut ranked = Vec::with_capacity(candidates.len());
    for word in candidates {
        let freq = doc_freq(searcher, field, &word)?;
        ranked.push((edit_distance(folded, &word), std::cmp::Reverse(freq), word));
    }
    ranked.sort();
    Ok(ranked
        .into_iter()
        .take(MAX_TYPO_DERIVATIONS)
        .map(|(_, _, w)| w)
        .collect())
}
