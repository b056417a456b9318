//! Which relaxation round of a text query has a match, found in one pass.
//!
//! A query that matches nothing with every syllable required is run again
//! requiring only its rarest ⅔, ⅓, then one syllable (see `text_query`). Each
//! failing round was a whole intersection over long posting lists, and a
//! quarter of the benchmark's text queries relax, some through all four
//! rounds. Round `k` requires the `k` rarest syllables, so a document matches
//! it when the rarest `k` all match there: one pass over the documents of the
//! rarest syllable (and the filters), checking the other syllables rarest
//! first, finds the strictest round any document reaches.

use tantivy::query::{EnableScoring, Occur, Query};
use tantivy::{DocSet, Searcher, TERMINATED};

use crate::engine::with_filters;

/// The first of `steps` (syllables to require, strictest first) that some
/// document reaches, given what makes each syllable match, rarest first;
/// `None` when no document matches even the rarest syllable.
pub(crate) fn strictest_round(
    searcher: &Searcher,
    matchers: &[Box<dyn Query>],
    filters: &[Box<dyn Query>],
    steps: &[usize],
) -> tantivy::Result<Option<usize>> {
    let (Some(rarest), Some(&strictest)) = (matchers.first(), steps.first()) else {
        return Ok(None);
    };
    let unscored = EnableScoring::disabled_from_searcher(searcher);
    let lead = with_filters(vec![(Occur::Must, rarest.box_clone())], filters).weight(unscored)?;
    let others = matchers[1..strictest.min(matchers.len())]
        .iter()
        .map(|matcher| matcher.weight(unscored))
        .collect::<tantivy::Result<Vec<_>>>()?;
    let mut reached = 0;
    for reader in searcher.segment_readers() {
        let mut docs = lead.scorer(reader, 1.0)?;
        let mut syllables = others
            .iter()
            .map(|weight| weight.scorer(reader, 1.0))
            .collect::<tantivy::Result<Vec<_>>>()?;
        let alive = reader.alive_bitset();
        let mut doc = docs.doc();
        while doc != TERMINATED {
            if alive.is_none_or(|a| a.is_alive(doc)) {
                let mut matched = 1;
                for syllable in &mut syllables {
                    if syllable.doc() < doc {
                        syllable.seek(doc);
                    }
                    if syllable.doc() != doc {
                        break;
                    }
                    matched += 1;
                }
                reached = reached.max(matched);
                if reached >= strictest {
                    return Ok(Some(strictest));
                }
            }
            doc = docs.advance();
        }
    }
    Ok(steps.iter().copied().find(|&step| reached >= step))
}
