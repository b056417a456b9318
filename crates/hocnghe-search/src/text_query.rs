//! Turns free text into a scored tantivy query.
//!
//! Every query syllable must match (see "default operator" below) in one of its
//! forms, each worth a constant *credit* of [`MATCH_CREDIT`] times its quality:
//! same letters, ignoring diacritics (1.0 for a query typed without diacritics),
//! telex repaired (0.8), synonym (0.6), typo (0.4). A query typed with diacritics
//! gets 0.7 for a match without the same diacritics and 0.3 more when the
//! diacritics agree, so "nấm" (mushroom) ranks above "năm" (year). On top come
//! the syllable's BM25 over the text parts with field boosts (title >
//! skills/occupation > modules > the whole text, which stands in for the
//! description and the organisation name), and a credit for
//! each pair of adjacent query syllables found adjacent in a document (more in the
//! title or skills than elsewhere), so "sửa xe máy" beats the same syllables
//! scattered. Credits are far larger than BM25, so match quality decides first
//! and BM25 orders documents of equal quality.
//!
//! Default operator: all syllables are required, and when nothing matches, the
//! query is relaxed to require only the rarest ⅔n, ⅓n, then 1 syllables (like
//! Meilisearch's "frequency" matching strategy: "có", "tại", "làm" go first), so a
//! stray word never leads to an empty page. The other syllables stay optional, and
//! each one matched adds a full credit, so documents matching more of the query
//! come first. Strict-first keeps totals and facets meaningful (a union of "sửa",
//! "xe", "máy" would count every phone-repair course), and intersections led by rare
//! posting lists are what keep long queries fast at 100k documents.

use std::collections::BTreeSet;

use tantivy::query::{
    BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, Query, TermQuery, TermSetQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{Searcher, Term};

use crate::analyzers::{adjacent, exact_analyzer, fold, tokens};
use crate::bonus::Bonus;
use crate::error::Result;
use crate::highlight::HighlightTerms;
use crate::lazy_union::LazyUnion;
use crate::query::Relaxed;
use crate::schema::{Fields, Part, TextField};
use crate::synonyms::{Phrase, Synonyms};
use crate::vietnamese::{allowed_typos, edit_distance, nfc, repair_telex};

/// Characters of a query analysed at most; a pasted essay costs no more than this.
const MAX_QUERY_CHARS: usize = 200;
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
/// Adjacent anywhere in the document...
const ADJACENCY_CREDIT: f32 = 0.1;
/// ...and this much more in the title or the skills.
const TITLE_ADJACENCY: f32 = 0.2;
/// Syllables in more than this share of the documents ("công", "làm", "có") are
/// scored on the title only: their exact-diacritics bonus and BM25 on every part
/// would cost five more long posting lists each, while their low IDF adds little
/// to the ranking. A common syllable is also taken as typed: no typo variants.
const COMMON_SYLLABLE_SHARE: f64 = 0.02;
/// ...but a syllable is never common below this many documents: short posting
/// lists cost nothing, and small indexes keep the full scoring.
const COMMON_SYLLABLE_MIN_DOCS: u64 = 1_000;
const SYNONYM_BM25_WEIGHT: f32 = 0.5;

fn part_boost(part: Part) -> f32 {
    match part {
        Part::Title => 3.0,
        Part::Tags => 2.0,
        Part::Modules => 1.5,
        // No fields of their own: scored through the catch-all.
        Part::Body | Part::Org => CATCH_ALL_BOOST,
    }
}

/// BM25 over the whole text, standing in for the parts without fields of their
/// own (the description and the organisation name).
const CATCH_ALL_BOOST: f32 = 1.0;

/// The analysed query, ready to produce tantivy queries for any number of
/// required syllables.
pub(crate) struct TextPlan {
    /// One per syllable: what makes it match, with its credit.
    syllable_clauses: Vec<Box<dyn Query>>,
    /// Per syllable, its best variant's credit: the most it adds when optional.
    syllable_credits: Vec<f32>,
    /// Per syllable, how many documents it matches; `u64::MAX` when it cannot
    /// match at all, so relaxing drops it first.
    rarity: Vec<u64>,
    /// Scoring only: exact-diacritics bonuses, BM25, adjacency, synonym BM25, as
    /// single term queries (a flat sum, see [`crate::bonus`]).
    bonus_clauses: Vec<Bonus>,
    /// Folded syllables to highlight: the query's, and the typo, telex and synonym
    /// forms that can match.
    pub highlight_terms: HighlightTerms,
    /// The syllables as the query has them (lowercased, telex repaired), to
    /// tell which ones a relaxed search required.
    words: Vec<String>,
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
        let q = nfc(truncate_chars(q, MAX_QUERY_CHARS));
        let mut syllables = analyse(&q);
        if syllables.is_empty() {
            return Ok(None);
        }
        let accented = syllables.iter().any(|s| s.exact != s.folded);
        let common_threshold = ((searcher.num_docs() as f64 * COMMON_SYLLABLE_SHARE) as u64)
            .max(COMMON_SYLLABLE_MIN_DOCS);
        let mut highlight_terms = HighlightTerms::default();
        let mut matchers: Vec<Vec<(Box<dyn Query>, f32)>> = Vec::with_capacity(syllables.len());
        let mut rarity = Vec::with_capacity(syllables.len());
        let mut bonus_clauses: Vec<Bonus> = Vec::new();
        for syllable in &mut syllables {
            let mut freq = doc_freq(searcher, fields.all.folded, &syllable.folded)?;
            let known = freq > 0;
            if !known && let Some(repaired) = repair_telex(&syllable.folded) {
                let repaired_freq = doc_freq(searcher, fields.all.folded, &repaired)?;
                if repaired_freq > 0 {
                    freq = repaired_freq;
                    syllable.folded = repaired.clone();
                    syllable.exact = repaired;
                    syllable.repaired = true;
                }
            }
            highlight_terms.add_word(&syllable.folded);
            let exact_counts = accented && !syllable.repaired;
            let quality = match (syllable.repaired, exact_counts) {
                (true, _) => TELEX_CREDIT,
                (false, true) => FOLDED_ONLY_CREDIT,
                (false, false) => 1.0,
            };
            let mut variants = vec![credited(term(fields.all.folded, &syllable.folded), quality)];
            let common = freq > common_threshold;
            let typos = if common {
                Vec::new()
            } else {
                typo_derivations(
                    searcher,
                    fields.all.folded,
                    &syllable.folded,
                    known || syllable.repaired,
                )?
            };
            if !typos.is_empty() {
                let terms = typos
                    .iter()
                    .map(|t| Term::from_field_text(fields.all.folded, t));
                variants.push(credited(Box::new(TermSetQuery::new(terms)), TYPO_CREDIT));
                highlight_terms.add_words(typos);
            }
            let has_typos = variants.len() > 1;
            matchers.push(variants);
            rarity.push(if freq > 0 || has_typos {
                freq
            } else {
                u64::MAX
            });
            if common {
                bonus_clauses.extend(bm25(syllable, fields, accented, false));
                continue;
            }
            if exact_counts && let Some(field) = fields.all.exact {
                let exact = term(field, &syllable.exact);
                bonus_clauses.push(bonus_credit(exact, 1.0 - FOLDED_ONLY_CREDIT));
            }
            bonus_clauses.extend(bm25(syllable, fields, accented, true));
        }

        let phrase = Phrase {
            exact: syllables.iter().map(|s| s.exact.clone()).collect(),
            folded: syllables.iter().map(|s| s.folded.clone()).collect(),
        };
        for expansion in synonyms.expand_phrase(&phrase) {
            for alternative in &expansion.alternatives {
                let Some(matcher) = phrase_matcher(alternative, fields.all, accented) else {
                    continue;
                };
                let covered = expansion.start..expansion.start + expansion.len;
                for variants in &mut matchers[covered.clone()] {
                    variants.push(credited(matcher.box_clone(), SYNONYM_CREDIT));
                }
                for unmatchable in rarity[covered].iter_mut().filter(|r| **r == u64::MAX) {
                    *unmatchable = 0;
                }
                bonus_clauses.extend(synonym_bm25(alternative, fields));
                highlight_terms.add_phrase(&alternative.folded);
            }
        }

        for pair in syllables.windows(2) {
            if !adjacent_in_query(&q, &pair[0], &pair[1]) {
                continue;
            }
            let bigram = format!("{}_{}", pair[0].folded, pair[1].folded);
            bonus_clauses.extend(adjacency(&bigram, fields));
        }

        let syllable_credits = matchers
            .iter()
            .map(|variants| variants.iter().map(|(_, c)| *c).fold(0.0, f32::max))
            .collect();
        let syllable_clauses = matchers
            .into_iter()
            .map(|variants| Box::new(LazyUnion::best_credit(variants)) as Box<dyn Query>)
            .collect();
        Ok(Some(TextPlan {
            syllable_clauses,
            syllable_credits,
            rarity,
            bonus_clauses,
            highlight_terms,
            words: syllables.into_iter().map(|s| s.exact).collect(),
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

    /// Which words a search requiring `required` syllables asked every hit for,
    /// and which it left optional; `None` when it required them all.
    pub(crate) fn relaxed(&self, required: usize) -> Option<Relaxed> {
        let (mut must, mut optional) = self.split_by_rarity(required);
        if optional.is_empty() {
            return None;
        }
        let words = |indexes: &mut Vec<usize>| {
            indexes.sort_unstable();
            indexes.iter().map(|&i| self.words[i].clone()).collect()
        };
        Some(Relaxed {
            required: words(&mut must),
            optional: words(&mut optional),
        })
    }

    /// The `required` rarest syllables (at least one) and the others, each
    /// rarest first.
    fn split_by_rarity(&self, required: usize) -> (Vec<usize>, Vec<usize>) {
        let mut must = self.by_rarity();
        let optional = must.split_off(required.clamp(1, must.len()));
        (must, optional)
    }

    /// What makes each syllable match (unscored), rarest first: relaxing
    /// requires a prefix of these.
    pub(crate) fn matchers_by_rarity(&self) -> Vec<Box<dyn Query>> {
        self.by_rarity()
            .into_iter()
            .map(|i| self.syllable_clauses[i].box_clone())
            .collect()
    }

    fn by_rarity(&self) -> Vec<usize> {
        let mut by_rarity: Vec<usize> = (0..self.syllable_clauses.len()).collect();
        by_rarity.sort_by_key(|&i| (self.rarity[i], i));
        by_rarity
    }

    /// A query requiring the `required` rarest syllables: their clauses, and the
    /// bonus that the others (each adding its credit when it matches) and the
    /// scoring clauses give to the documents the required ones match. The
    /// required clauses are not a query yet: the caller adds its filters to the
    /// same intersection.
    pub(crate) fn clauses(&self, required: usize) -> TextClauses {
        let (must, optional) = self.split_by_rarity(required);
        let required = must
            .iter()
            .map(|&i| (Occur::Must, self.syllable_clauses[i].box_clone()))
            .collect();
        let bonus = optional
            .iter()
            .map(|&i| {
                Bonus::bounded(
                    self.syllable_clauses[i].box_clone(),
                    self.syllable_credits[i],
                )
            })
            .chain(self.bonus_clauses.iter().cloned())
            .collect();
        TextClauses { required, bonus }
    }
}

/// A text query requiring some syllables, see [`TextPlan::clauses`].
pub(crate) struct TextClauses {
    pub required: Vec<(Occur, Box<dyn Query>)>,
    pub bonus: Vec<Bonus>,
}

fn truncate_chars(s: &str, max: usize) -> &str {
    s.char_indices().nth(max).map_or(s, |(end, _)| &s[..end])
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

/// A form of a syllable with the credit its quality earns where it matches.
fn credited(query: Box<dyn Query>, quality: f32) -> (Box<dyn Query>, f32) {
    (query, MATCH_CREDIT * quality)
}

/// A constant credit where `query` matches.
fn bonus_credit(query: Box<dyn Query>, quality: f32) -> Bonus {
    let (query, credit) = credited(query, quality);
    Bonus::bounded(
        Box::new(LazyUnion::best_credit(vec![(query, credit)])),
        credit,
    )
}

/// BM25 of the syllable with field boosts, on the title and, unless the
/// syllable is common, on the other parts with fields of their own and on the
/// catch-all. The parts are scored on their folded forms; the catch-all on its
/// exact forms for a query typed with diacritics (documents that only match
/// without them already got a lower credit), on its folded forms otherwise.
fn bm25(s: &Syllable, fields: &Fields, accented: bool, every_part: bool) -> Vec<Bonus> {
    let exact = accented && !s.repaired;
    let parts = Part::ALL
        .into_iter()
        .filter(|&part| every_part || part == Part::Title)
        .filter_map(|part| Some((fields.part(part)?, part_boost(part))));
    let catch_all = every_part.then_some((fields.all, CATCH_ALL_BOOST));
    parts
        .chain(catch_all)
        .map(|(field, boost)| match field.exact {
            Some(exact_field) if exact => Bonus::bm25(exact_field, &s.exact, boost),
            _ => Bonus::bm25(field.folded, &s.folded, boost),
        })
        .collect()
}

/// Adjacent query syllables found adjacent in a document: a credit that grows with
/// where they are (a phrase in the title or skills says more than one in the
/// description). A sum, not a max: tantivy's max-disjunction advances through a
/// heap on every document, too slow for long optional posting lists.
fn adjacency(bigram: &str, fields: &Fields) -> Vec<Bonus> {
    let places = [
        (fields.part(Part::Title), TITLE_ADJACENCY),
        (fields.part(Part::Tags), TITLE_ADJACENCY),
        (Some(fields.all), ADJACENCY_CREDIT),
    ];
    places
        .into_iter()
        .filter_map(|(field, weight)| Some(bonus_credit(term(field?.bigram?, bigram), weight)))
        .collect()
}

/// Matches a whole phrase: its single syllable, or all its bigrams.
fn phrase_matcher(phrase: &Phrase, field: TextField, accented: bool) -> Option<Box<dyn Query>> {
    match phrase.folded.as_slice() {
        [] => None,
        [single] if accented => {
            Some(term(field.exact?, &phrase.exact[0])).filter(|_| !single.is_empty())
        }
        [single] => Some(term(field.folded, single)),
        many => {
            let field = field.bigram?;
            let bigrams = many
                .windows(2)
                .map(|w| term(field, &format!("{}_{}", w[0], w[1])))
                .collect();
            Some(Box::new(BooleanQuery::intersection(bigrams)))
        }
    }
}

/// BM25 of a synonym phrase, with half the part's boost. A phrase's BM25 is a
/// sum over its bigrams, without a bound of its own: scored everywhere.
fn synonym_bm25(phrase: &Phrase, fields: &Fields) -> Vec<Bonus> {
    [Part::Title, Part::Tags]
        .into_iter()
        .filter_map(|part| {
            let matcher = phrase_matcher(phrase, fields.part(part)?, false)?;
            let scored = boosted(matcher, part_boost(part) * SYNONYM_BM25_WEIGHT);
            Some(Bonus::unbounded(scored))
        })
        .collect()
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
