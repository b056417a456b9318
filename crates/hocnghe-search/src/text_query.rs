//! Turns free text into a scored tantivy query.
//!
//! Every query syllable must match (see "default operator" below) in one of its
//! forms, each worth a constant *credit* of [`MATCH_CREDIT`] times its quality:
//! same letters, ignoring diacritics (1.0 for a query typed without diacritics),
//! telex repaired (0.8), synonym (0.6), typo (0.4). A query typed with diacritics
//! gets 0.7 for a match without the same diacritics and 0.3 more when the
//! diacritics agree, so "nấm" (mushroom) ranks above "năm" (year). On top come
//! the syllable's BM25 over the text parts with field boosts (title, then
//! modules, then the whole text, which stands in for the description; an
//! organisation's name never counts), a credit for each pair of adjacent
//! query syllables found adjacent in a document (more in the title than
//! elsewhere), so "sửa xe máy" beats the same syllables scattered, and BM25
//! and adjacency credits for the skills the query names as phrases
//! (`label_hits`: a skill counts whole, never through a word it merely starts
//! with). Credits are far larger than BM25, so match quality decides first
//! and BM25 orders documents of equal quality.
//!
//! Default operator: every trade word is required (fillers and a named place
//! never are, see `understand`), and when nothing matches, the query is
//! relaxed by whole units of trade words, rarest kept, never down to the heads
//! alone (see `relaxing_order`): "trồng nấm xe máy" falls back to "trồng nấm",
//! "sửa đồng hồ" answers nothing. Two known syllables that no text has side by
//! side ("đồng hồ" in a catalogue without watches) are an unknown word, not
//! two scattered matches. A query typed with diacritics throughout means its
//! marks: a syllable whose marked form no text has ("rèn") does not match its
//! folded twin ("ren"). A head the index knows takes no typo variants
//! ("trong" is "trồng", never "trứng"); a first trade word no text has keeps
//! its qualifiers from answering alone ("xăm hình nghệ thuật"); and in a
//! query of heads only, heads typed side by side must stand side by side
//! ("thợ cắt kính" is not "cắt" and "kinh nghiệm"). The dropped units stay optional, and each one matched
//! adds a full credit, so documents matching more of the query come first.
//! Strict-first keeps totals and facets meaningful (a union of "sửa",
//! "xe", "máy" would count every phone-repair course), and intersections led by rare
//! posting lists are what keep long queries fast at 100k documents.

use std::collections::BTreeSet;

use tantivy::query::{
    BooleanQuery, BoostQuery, EmptyQuery, FuzzyTermQuery, Occur, Query, TermQuery, TermSetQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{Searcher, Term};

use crate::analyzers::{adjacent, exact_analyzer, fold, tokens};
use crate::error::Result;
use crate::exec::bonus::Bonus;
use crate::exec::lazy_union::LazyUnion;
use crate::geo::CommuneLocator;
use crate::highlight::HighlightTerms;
use crate::query::Relaxed;
use crate::schema::{Fields, Part, TextField};
use crate::skill_labels::MAX_LABEL_WORDS;
use crate::synonyms::{Phrase, Synonyms};
use crate::understand::{Role, Word, understand, units};
use crate::vietnamese::{allowed_typos, edit_distance, nfc, repair_telex};

/// Characters of a query analysed at most; a pasted essay costs no more than this.
const MAX_QUERY_CHARS: usize = 200;
/// Query syllables beyond this are ignored, to keep queries bounded; a
/// longer sentence loses its filler words first (see [`within_limit`]).
pub(crate) const MAX_QUERY_SYLLABLES: usize = 10;
/// Syllables read to tell fillers from trade words in a long sentence.
const MAX_ANALYSED_SYLLABLES: usize = 24;
const MAX_TYPO_DERIVATIONS: usize = 6;
/// Typo candidates scanned in the term dictionaries before ranking them.
const MAX_TYPO_CANDIDATES: usize = 64;

pub(crate) const MATCH_CREDIT: f32 = 100.0;
const TELEX_CREDIT: f32 = 0.8;
const FOLDED_ONLY_CREDIT: f32 = 0.7;
const SYNONYM_CREDIT: f32 = 0.6;
const TYPO_CREDIT: f32 = 0.4;
/// A typo candidate that stands next to another query word somewhere in the
/// index ("hoa lann" → "hoa lan"): it fits the query better than one that
/// does not ("lạnh").
const FITTING_TYPO_CREDIT: f32 = 0.5;
/// A filler word ("tôi", "muốn", "học"…) found in a document: a tie-breaker,
/// never a match.
const FILLER_CREDIT: f32 = 0.05;
/// A place named in the query found in a document's text.
const PLACE_CREDIT: f32 = 0.3;
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
    /// Per syllable, the share of its credit it adds when optional: fillers
    /// and places add a little, trade words their whole credit.
    syllable_scales: Vec<f32>,
    /// Scoring only: exact-diacritics bonuses, BM25, adjacency, synonym BM25, as
    /// single term queries (a flat sum, see [`crate::exec::bonus`]).
    bonus_clauses: Vec<Bonus>,
    /// Folded syllables to highlight: the query's, and the typo, telex and synonym
    /// forms that can match.
    pub highlight_terms: HighlightTerms,
    /// The syllables as the query has them (lowercased, telex repaired), to
    /// tell which ones a relaxed search required.
    words: Vec<String>,
    /// The syllables every hit must match, in the order relaxing keeps them:
    /// the generic heads, then the units of trade words rarest first.
    order: Vec<usize>,
    /// How many of `order` to require, strictest first: all of them, then
    /// fewer whole units, never fewer than the heads and one trade unit.
    steps: Vec<usize>,
    /// The syllables near matches may lack: of the trade units after the
    /// first (Vietnamese names the trade first, then qualifies it), the most
    /// common. `None` with a single trade unit.
    near_drop: Option<Vec<usize>>,
    /// A commune named in the query: (code, name).
    pub place: Option<(String, String)>,
    /// A course or a job, as the query's own words ask.
    pub intent: Option<crate::query::Intent>,
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
        locator: &CommuneLocator,
    ) -> Result<Option<TextPlan>> {
        let q = nfc(truncate_chars(q, MAX_QUERY_CHARS));
        let mut syllables = analyse(&q);
        if syllables.is_empty() {
            return Ok(None);
        }
        // A phrase of a title or a skill: descriptions run words together
        // ("làm việc tại Hàn Quốc") that are no phrase.
        let phrase_fields: Vec<Field> = [Part::Title, Part::Tags]
            .into_iter()
            .filter_map(|part| fields.part(part)?.bigram)
            .collect();
        let mut known_pair = |a: &str, b: &str| {
            let bigram = format!("{a}_{b}");
            phrase_fields
                .iter()
                .any(|&field| doc_freq(searcher, field, &bigram).is_ok_and(|f| f > 0))
        };
        let mut understood = understand_syllables(&q, &syllables, &mut known_pair, locator);
        // Read before a long sentence loses its fillers.
        let intent = understood.intent;
        if syllables.len() > MAX_QUERY_SYLLABLES {
            // A long sentence: its fillers go first ("cho em hỏi ... có ... nào
            // không ạ"), then whatever is past the limit.
            let keep = within_limit(&understood.roles);
            let mut kept = keep.iter();
            syllables.retain(|_| kept.next().copied().unwrap_or(false));
            syllables.truncate(MAX_QUERY_SYLLABLES);
            understood = understand_syllables(&q, &syllables, &mut known_pair, locator);
        }
        let words = words_of(&q, &syllables);
        let roles = understood.roles;
        let mut label_pair = |a: &str, b: &str| {
            doc_freq(searcher, fields.label, &format!("{a} {b}")).is_ok_and(|f| f > 0)
        };
        let mut pair_docs = |a: &str, b: &str| {
            let bigram = format!("{a}_{b}");
            phrase_fields
                .iter()
                .map(|&field| doc_freq(searcher, field, &bigram).unwrap_or(0))
                .sum()
        };
        let syllable_units = units(&words, &roles, &mut pair_docs, &mut label_pair);
        drop(words);
        let org_field = fields
            .part(Part::Org)
            .filter(|_| understood.name_like)
            .map(|f| f.folded);
        let accented = syllables.iter().any(|s| s.exact != s.folded);
        // Typed with diacritics throughout (every plain syllable is a word the
        // index has as typed, like "xe"): the marks are meant, and a syllable
        // whose marked form no text has is another word than its folded twin
        // ("thợ rèn" is no "thêu ren", "thợ lặn" no "lan").
        let marks_meant = match fields.all.exact {
            Some(exact) if accented => {
                let mut meant = true;
                for s in syllables.iter().filter(|s| s.exact == s.folded) {
                    meant &= doc_freq(searcher, exact, &s.exact)? > 0;
                }
                meant
            }
            _ => false,
        };
        let common_threshold = ((searcher.num_docs() as f64 * COMMON_SYLLABLE_SHARE) as u64)
            .max(COMMON_SYLLABLE_MIN_DOCS);
        let mut highlight_terms = HighlightTerms::default();
        let mut matchers: Vec<Vec<(Box<dyn Query>, f32)>> = Vec::with_capacity(syllables.len());
        let mut rarity = Vec::with_capacity(syllables.len());
        let mut bonus_clauses: Vec<Bonus> = Vec::new();
        let neighbours: Vec<[Option<String>; 2]> = (0..syllables.len())
            .map(|i| {
                let joined =
                    |a: usize, b: usize| adjacent_in_query(&q, &syllables[a], &syllables[b]);
                [
                    (i > 0 && joined(i - 1, i)).then(|| syllables[i - 1].folded.clone()),
                    (i + 1 < syllables.len() && joined(i, i + 1))
                        .then(|| syllables[i + 1].folded.clone()),
                ]
            })
            .collect();
        let mut plain_known = Vec::with_capacity(syllables.len());
        for (index, syllable) in syllables.iter_mut().enumerate() {
            let mut freq = doc_freq(searcher, fields.all.folded, &syllable.folded)?;
            let known = freq > 0;
            plain_known.push(known);
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
            let marked_form_unknown = marks_meant
                && exact_counts
                && syllable.exact != syllable.folded
                && roles[index] == Role::Content
                && match fields.all.exact {
                    Some(exact) => doc_freq(searcher, exact, &syllable.exact)? == 0,
                    None => false,
                };
            if marked_form_unknown {
                // Matches nothing: as unknown as a word the index never saw.
                matchers.push(vec![credited(Box::new(EmptyQuery), quality)]);
                plain_known.pop();
                plain_known.push(false);
                rarity.push(u64::MAX);
                continue;
            }
            let mut variants = vec![credited(term(fields.all.folded, &syllable.folded), quality)];
            if let Some(org) = org_field {
                variants.push(credited(term(org, &syllable.folded), quality));
                freq += doc_freq(searcher, org, &syllable.folded)?;
            }
            let common = freq > common_threshold;
            // Fillers and places are never required: no typo variants, no
            // BM25, just their small constant credit where they stand.
            let aside = matches!(roles[index], Role::Filler | Role::Place);
            // A head the index knows is a closed-class word typed as meant:
            // "trong" is "trồng", not a typo of "trứng".
            let known_head = known && roles[index] == Role::Generic;
            let typos = if common || aside || known_head {
                Typos::default()
            } else {
                typo_derivations(
                    searcher,
                    fields.all,
                    &syllable.folded,
                    known || syllable.repaired,
                    &neighbours[index],
                )?
            };
            let has_typos = !typos.fitting.is_empty() || !typos.other.is_empty();
            for (candidates, credit) in [
                (typos.fitting, FITTING_TYPO_CREDIT),
                (typos.other, TYPO_CREDIT),
            ] {
                if candidates.is_empty() {
                    continue;
                }
                let terms = candidates
                    .iter()
                    .map(|t| Term::from_field_text(fields.all.folded, t));
                variants.push(credited(Box::new(TermSetQuery::new(terms)), credit));
                highlight_terms.add_words(candidates);
            }
            matchers.push(variants);
            rarity.push(if freq > 0 || has_typos {
                freq
            } else {
                u64::MAX
            });
            if aside {
                continue;
            }
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

        bonus_clauses.extend(label_hits(searcher, fields, &q, &syllables, &roles)?);

        let phrase = Phrase {
            exact: syllables.iter().map(|s| s.exact.clone()).collect(),
            folded: syllables.iter().map(|s| s.folded.clone()).collect(),
        };
        let mut has_synonym = vec![false; syllables.len()];
        for expansion in synonyms.expand_phrase(&phrase) {
            for alternative in &expansion.alternatives {
                let Some(matcher) = phrase_matcher(alternative, fields.all, accented) else {
                    continue;
                };
                let covered = expansion.start..expansion.start + expansion.len;
                for synonymous in &mut has_synonym[covered.clone()] {
                    *synonymous = true;
                }
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

        let syllable_scales: Vec<f32> = roles
            .iter()
            .map(|role| match role {
                Role::Filler => FILLER_CREDIT,
                Role::Place => PLACE_CREDIT,
                Role::Generic | Role::Content => 1.0,
            })
            .collect();
        let syllable_credits = matchers
            .iter()
            .zip(&syllable_scales)
            .map(|(variants, scale)| scale * variants.iter().map(|(_, c)| *c).fold(0.0, f32::max))
            .collect();

        let mut syllable_clauses: Vec<Box<dyn Query>> = matchers
            .into_iter()
            .map(|variants| Box::new(LazyUnion::best_credit(variants)) as Box<dyn Query>)
            .collect();
        // Two trade syllables the index knows, each alone, but never side by
        // side, and without a synonym: an unknown word ("đồng hồ" where no
        // text has it). Its syllables scattered over a text ("Đông Anh", "hộ
        // nghèo") are no match: the unit requires its bigram, which no
        // document has.
        if let Some(bigrams) = fields.all.bigram.filter(|_| !understood.name_like) {
            for unit in &syllable_units {
                let &[a, b] = unit.as_slice() else {
                    continue;
                };
                let word_like =
                    |i: usize| roles[i] == Role::Content && plain_known[i] && !has_synonym[i];
                if !(word_like(a) && word_like(b)) {
                    continue;
                }
                let bigram = format!("{}_{}", syllables[a].folded, syllables[b].folded);
                if doc_freq(searcher, bigrams, &bigram)? == 0 {
                    syllable_clauses[a] = term(bigrams, &bigram);
                    rarity[a] = u64::MAX;
                }
            }
        }
        // A query of heads only ("thợ cắt kính") names its trade by the heads
        // themselves: two of them typed side by side must stand side by side
        // in some text, not scattered ("thợ", "cắt", "kinh nghiệm").
        let heads_only = !roles.contains(&Role::Content);
        if let Some(bigrams) = fields
            .all
            .bigram
            .filter(|_| heads_only && !understood.name_like)
        {
            for a in 0..syllables.len().saturating_sub(1) {
                let b = a + 1;
                let head = |i: usize| roles[i] == Role::Generic && plain_known[i];
                if !(head(a) && head(b) && adjacent_in_query(&q, &syllables[a], &syllables[b])) {
                    continue;
                }
                let bigram = format!("{}_{}", syllables[a].folded, syllables[b].folded);
                if doc_freq(searcher, bigrams, &bigram)? == 0 {
                    syllable_clauses[a] = term(bigrams, &bigram);
                }
            }
        }
        let (order, steps) = relaxing_order(&roles, &syllable_units, &rarity);
        let near_drop = near_drop(&roles, &syllable_units, &rarity);
        Ok(Some(TextPlan {
            syllable_clauses,
            syllable_credits,
            syllable_scales,
            bonus_clauses,
            highlight_terms,
            words: syllables.into_iter().map(|s| s.exact).collect(),
            order,
            steps,
            near_drop,
            place: understood.place,
            intent: understood.intent.or(intent),
        }))
    }

    /// How many syllables to require, strictest first.
    pub(crate) fn relaxations(&self) -> Vec<usize> {
        self.steps.clone()
    }

    /// Which words a search requiring `required` syllables asked every hit for,
    /// and which trade words it left optional; `None` when it required them
    /// all (fillers and places are never required, and not reported).
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

    /// A query for near matches: every required syllable but the least
    /// telling qualifier, and what that leaves out; `None` when the query has
    /// no qualifier to leave out.
    pub(crate) fn near(&self) -> Option<(TextClauses, Relaxed)> {
        let dropped = self.near_drop.as_ref()?;
        let mut must: Vec<usize> = self
            .order
            .iter()
            .copied()
            .filter(|i| !dropped.contains(i))
            .collect();
        let mut optional = dropped.clone();
        let clauses = self.clauses_requiring(&must);
        let words = |indexes: &mut Vec<usize>| {
            indexes.sort_unstable();
            indexes.iter().map(|&i| self.words[i].clone()).collect()
        };
        let relaxed = Relaxed {
            required: words(&mut must),
            optional: words(&mut optional),
        };
        Some((clauses, relaxed))
    }

    /// The first `required` syllables of the relaxing order and the other
    /// required ones.
    fn split_by_rarity(&self, required: usize) -> (Vec<usize>, Vec<usize>) {
        let mut must = self.order.clone();
        let optional = must.split_off(required.min(must.len()));
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
        self.order.clone()
    }

    /// A query requiring the `required` rarest syllables: their clauses, and the
    /// bonus that the others (each adding its credit when it matches) and the
    /// scoring clauses give to the documents the required ones match. The
    /// required clauses are not a query yet: the caller adds its filters to the
    /// same intersection.
    pub(crate) fn clauses(&self, required: usize) -> TextClauses {
        let (must, _) = self.split_by_rarity(required);
        self.clauses_requiring(&must)
    }

    fn clauses_requiring(&self, must: &[usize]) -> TextClauses {
        let required = must
            .iter()
            .map(|&i| (Occur::Must, self.syllable_clauses[i].box_clone()))
            .collect();
        let optional = (0..self.syllable_clauses.len()).filter(|i| !must.contains(i));
        let bonus = optional
            .map(|i| {
                let clause = self.syllable_clauses[i].box_clone();
                let scale = self.syllable_scales[i];
                let clause = if scale < 1.0 {
                    boosted(clause, scale)
                } else {
                    clause
                };
                Bonus::bounded(clause, self.syllable_credits[i])
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

fn words_of<'a>(q: &str, syllables: &'a [Syllable]) -> Vec<Word<'a>> {
    let accented_query = syllables.iter().any(|s| s.exact != s.folded);
    syllables
        .iter()
        .enumerate()
        .map(|(i, s)| Word {
            exact: &s.exact,
            folded: &s.folded,
            joined_to_previous: i > 0 && adjacent_in_query(q, &syllables[i - 1], s),
            accented_query,
        })
        .collect()
}

fn understand_syllables(
    q: &str,
    syllables: &[Syllable],
    known_pair: &mut dyn FnMut(&str, &str) -> bool,
    locator: &CommuneLocator,
) -> crate::understand::Understood {
    understand(&words_of(q, syllables), known_pair, locator)
}

/// Which syllables of an over-long query to keep: fillers are dropped first,
/// from the start, except one that introduces a place ("ở" before "Gia Lâm").
fn within_limit(roles: &[Role]) -> Vec<bool> {
    let mut keep = vec![true; roles.len()];
    let mut excess = roles.len().saturating_sub(MAX_QUERY_SYLLABLES);
    for i in 0..roles.len() {
        if excess == 0 {
            break;
        }
        let before_place = roles.get(i + 1) == Some(&Role::Place);
        if roles[i] == Role::Filler && !before_place {
            keep[i] = false;
            excess -= 1;
        }
    }
    keep
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
    syllables.truncate(MAX_ANALYSED_SYLLABLES);
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
        // An organisation's name is no trade: it only matches a name-like query.
        .filter(|&part| part != Part::Org)
        // Skills count as whole phrases only (`label_hits`).
        .filter(|&part| part != Part::Tags)
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
    // Not the skills' bigrams: "xây dựng" is no skill of a course that
    // teaches "xây dựng thực đơn" (see `label_hits`).
    let places = [
        (fields.part(Part::Title), TITLE_ADJACENCY),
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

/// BM25 of a synonym phrase, with half the part's boost: in the title a sum
/// over its bigrams, without a bound of its own (scored everywhere); in the
/// skills, as a whole label (see [`label_hits`]).
fn synonym_bm25(phrase: &Phrase, fields: &Fields) -> Vec<Bonus> {
    let title = fields.part(Part::Title).and_then(|field| {
        let matcher = phrase_matcher(phrase, field, false)?;
        let scored = boosted(matcher, part_boost(Part::Title) * SYNONYM_BM25_WEIGHT);
        Some(Bonus::unbounded(scored))
    });
    let words = phrase.folded.len();
    let label = (words > 0).then(|| {
        let boost = part_boost(Part::Tags) * SYNONYM_BM25_WEIGHT * words as f32;
        Bonus::bm25(fields.label, &phrase.folded.join(" "), boost)
    });
    title.into_iter().chain(label).collect()
}

/// Skill labels and occupation names the query names as phrases: every run
/// of adjacent query syllables (up to [`MAX_LABEL_WORDS`], with a trade word
/// or a head) that is a label's key (the label, or the label without its
/// heads: "nấm" names "trồng nấm"). Each earns BM25 on the label field,
/// boosted as its words were in the skills, and the adjacency credit of its
/// word pairs. A query that only starts like a label ("xây dựng" and
/// "xây dựng thực đơn") earns nothing from it; the label's words still match
/// in the catch-all.
fn label_hits(
    searcher: &Searcher,
    fields: &Fields,
    q: &str,
    syllables: &[Syllable],
    roles: &[Role],
) -> Result<Vec<Bonus>> {
    let mut hits = Vec::new();
    for start in 0..syllables.len() {
        let mut key = String::new();
        let mut names_a_trade = false;
        for end in start..syllables.len().min(start + MAX_LABEL_WORDS) {
            if end > start {
                if !adjacent_in_query(q, &syllables[end - 1], &syllables[end]) {
                    break;
                }
                key.push(' ');
            }
            key.push_str(&syllables[end].folded);
            names_a_trade |= matches!(roles[end], Role::Content | Role::Generic);
            if !names_a_trade || doc_freq(searcher, fields.label, &key)? == 0 {
                continue;
            }
            let words = end - start + 1;
            let boost = part_boost(Part::Tags) * words as f32;
            hits.push(Bonus::bm25(fields.label, &key, boost));
            if words > 1 {
                let credit = TITLE_ADJACENCY * (words - 1) as f32;
                hits.push(bonus_credit(term(fields.label, &key), credit));
            }
        }
    }
    Ok(hits)
}

/// The syllables every hit must match in the order relaxing keeps them, and
/// how many of them each relaxation round requires (strictest first).
///
/// Fillers and places are never required. The generic heads come first and
/// are always required; then the units of trade words (see
/// [`crate::understand::units`]), rarest first (a unit that cannot match
/// goes last). A relaxed round drops whole units from the end, and keeps at
/// least one trade unit: "trồng nấm xe máy" may fall back to "trồng nấm",
/// but "sửa đồng hồ" never to "sửa" alone, which would answer a watch repairer
/// with motorbike repair.
fn relaxing_order(
    roles: &[Role],
    units: &[Vec<usize>],
    rarity: &[u64],
) -> (Vec<usize>, Vec<usize>) {
    let is_generic = |unit: &Vec<usize>| unit.iter().all(|&i| roles[i] == Role::Generic);
    let unit_rarity = |unit: &Vec<usize>| {
        let rarities = unit.iter().map(|&i| rarity[i]);
        if rarities.clone().any(|r| r == u64::MAX) {
            u64::MAX
        } else {
            rarities.min().unwrap_or(u64::MAX)
        }
    };
    let mut order: Vec<usize> = units
        .iter()
        .filter(|u| is_generic(u))
        .flatten()
        .copied()
        .collect();
    // The rarest head leads the one-pass relaxing scan (`relaxing`).
    order.sort_by_key(|&i| (rarity[i], i));
    let heads = order.len();
    let mut trade: Vec<&Vec<usize>> = units.iter().filter(|u| !is_generic(u)).collect();
    trade.sort_by_key(|u| (unit_rarity(u), u[0]));
    // Vietnamese names the trade first and qualifies it after. When the
    // first trade word is one no text has ("xăm hình nghệ thuật"), the trade
    // asked for is missing: relaxing must not answer with its qualifiers.
    let first_trade = units.iter().find(|u| !is_generic(u));
    if let Some(first) = first_trade.filter(|u| unit_rarity(u) == u64::MAX) {
        trade.retain(|u| *u != first);
        trade.insert(0, first);
    }
    let mut steps = Vec::new();
    let mut kept = heads;
    for unit in &trade {
        order.extend(unit.iter().copied());
        kept += unit.len();
        steps.push(kept);
    }
    steps.reverse();
    if order.is_empty() {
        order = (0..roles.len()).collect();
    }
    if steps.is_empty() {
        steps.push(order.len());
    }
    (order, steps)
}

/// See [`TextPlan::near_drop`].
fn near_drop(roles: &[Role], units: &[Vec<usize>], rarity: &[u64]) -> Option<Vec<usize>> {
    let is_generic = |unit: &Vec<usize>| unit.iter().all(|&i| roles[i] == Role::Generic);
    let frequency = |unit: &Vec<usize>| unit.iter().map(|&i| rarity[i]).min().unwrap_or(0);
    units
        .iter()
        .filter(|u| !is_generic(u))
        .skip(1)
        .max_by_key(|u| (frequency(u), u[0]))
        .cloned()
}

/// Typo candidates of a syllable: those that fit the neighbouring query
/// words (they stand next to one of them somewhere in the index), the others.
#[derive(Default)]
struct Typos {
    fitting: Vec<String>,
    other: Vec<String>,
}

/// Indexed folded syllables within the allowed number of typos of `folded`, with
/// the same first letter: for a syllable absent from the index, those that fit
/// the neighbouring query words first; then closest and most frequent first.
/// Known syllables follow the length rule ([`allowed_typos`]); a syllable absent
/// from the index is surely mistyped, so from 4 letters it may have one typo
/// ("dugn" → "dung").
fn typo_derivations(
    searcher: &Searcher,
    all: TextField,
    folded: &str,
    known: bool,
    neighbours: &[Option<String>; 2],
) -> Result<Typos> {
    let field = all.folded;
    let mut distance = allowed_typos(folded);
    if !known && distance == 0 && folded.chars().count() == 4 {
        distance = 1;
    }
    if distance == 0 {
        return Ok(Typos::default());
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
        // Only for a syllable the index lacks: the check costs two term
        // lookups per candidate, and a known syllable's typos rarely matter.
        let fits = !known && fits_neighbours(searcher, all.bigram, &word, neighbours)?;
        let freq = doc_freq(searcher, field, &word)?;
        ranked.push((
            !fits,
            edit_distance(folded, &word),
            std::cmp::Reverse(freq),
            word,
        ));
    }
    ranked.sort();
    let mut typos = Typos::default();
    for (misfit, _, _, word) in ranked.into_iter().take(MAX_TYPO_DERIVATIONS) {
        if misfit {
            typos.other.push(word);
        } else {
            typos.fitting.push(word);
        }
    }
    Ok(typos)
}

/// Whether `word` stands next to the query's neighbouring words somewhere in
/// the index (a bigram of the catch-all).
fn fits_neighbours(
    searcher: &Searcher,
    bigrams: Option<Field>,
    word: &str,
    [before, after]: &[Option<String>; 2],
) -> Result<bool> {
    let Some(field) = bigrams else {
        return Ok(false);
    };
    if let Some(before) = before
        && doc_freq(searcher, field, &format!("{before}_{word}"))? > 0
    {
        return Ok(true);
    }
    if let Some(after) = after
        && doc_freq(searcher, field, &format!("{word}_{after}"))? > 0
    {
        return Ok(true);
    }
    Ok(false)
}
