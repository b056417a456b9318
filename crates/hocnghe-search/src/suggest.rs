//! Typeahead over occupations and skills: prefix on the word being typed,
//! diacritic-insensitive, matching labels, alternative labels and English labels.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::analyzers::{fold, normalize_text};
use crate::error::Result;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SuggestItem {
    pub code: String,
    pub label: String,
    pub label_en: String,
    pub alt_labels: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestion {
    pub code: String,
    pub label: String,
    pub label_en: String,
}

/// Which name of an item matched; earlier is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum NameKind {
    Label,
    AltLabel,
    English,
}

#[derive(Debug)]
struct Name {
    item: u32,
    kind: NameKind,
    /// Normalised, diacritics kept.
    exact: String,
    folded: String,
    words: Vec<String>,
}

/// A typeahead list that can be replaced while it serves (an admin approves
/// a new skill): readers take the current list without waiting.
#[derive(Debug)]
pub struct LiveSuggester(arc_swap::ArcSwap<Suggester>);

impl LiveSuggester {
    pub fn new(suggester: Suggester) -> Self {
        Self(arc_swap::ArcSwap::from_pointee(suggester))
    }

    pub fn suggest(&self, q: &str, limit: usize) -> Vec<Suggestion> {
        self.0.load().suggest(q, limit)
    }

    pub fn replace(&self, suggester: Suggester) {
        self.0.store(std::sync::Arc::new(suggester));
    }
}

/// An in-memory typeahead index: a sorted list of (folded word, name) pairs
/// searched by binary search, so a prefix costs a lookup plus a scan of its
/// candidates; well under a millisecond for the 15,000 ESCO occupations and skills.
#[derive(Debug)]
pub struct Suggester {
    items: Vec<SuggestItem>,
    names: Vec<Name>,
    words: Vec<(String, u32)>,
}

impl Suggester {
    pub fn build(items: Vec<SuggestItem>) -> Result<Suggester> {
        let mut names = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let item_id = u32::try_from(i)
                .map_err(|_| crate::SearchError::InvalidQuery("too many suggest items".into()))?;
            let labelled = std::iter::once((NameKind::Label, &item.label))
                .chain(item.alt_labels.iter().map(|alt| (NameKind::AltLabel, alt)))
                .chain(std::iter::once((NameKind::English, &item.label_en)));
            for (kind, text) in labelled {
                let exact = normalize_text(text.trim());
                if exact.is_empty() {
                    continue;
                }
                let folded = fold(&exact);
                let words = split_words(&folded);
                names.push(Name {
                    item: item_id,
                    kind,
                    exact,
                    folded,
                    words,
                });
            }
        }
        let mut words: Vec<(String, u32)> = Vec::new();
        for (n, name) in names.iter().enumerate() {
            let n = n as u32;
            for word in &name.words {
                words.push((word.clone(), n));
            }
        }
        words.sort_unstable();
        words.dedup();
        Ok(Suggester {
            items,
            names,
            words,
        })
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Items whose label (or alternative or English label) contains every typed
    /// word, the last one as a prefix. Ranked: the label starts with the query
    /// with the same diacritics, then starts with it ignoring diacritics, then
    /// contains the words; labels before alternative labels before English labels;
    /// shorter names first.
    pub fn suggest(&self, q: &str, limit: usize) -> Vec<Suggestion> {
        let exact = normalize_text(q.trim_start());
        let folded = fold(&exact);
        let mut typed = split_words(&folded);
        let Some(prefix) = typed.pop() else {
            return Vec::new();
        };
        if limit == 0 {
            return Vec::new();
        }
        let exact_query = exact.trim_end();
        let folded_query = folded.trim_end();
        let candidates = self.narrowest_candidates(&typed, &prefix);
        let mut best: HashMap<u32, (u8, NameKind, usize, u32)> = HashMap::new();
        for &n in candidates {
            let name = &self.names[n as usize];
            // Every candidate has a word starting with the prefix; only check the rest.
            if !typed.is_empty() && !matches_words(&name.words, &typed, &prefix) {
                continue;
            }
            let tier = if name.exact.starts_with(exact_query) {
                0
            } else if name.folded.starts_with(folded_query) {
                1
            } else {
                2
            };
            let rank = (tier, name.kind, name.exact.chars().count(), name.item);
            best.entry(name.item)
                .and_modify(|r| *r = (*r).min(rank))
                .or_insert(rank);
        }
        let mut ranked: Vec<_> = best.into_values().collect();
        ranked.sort_unstable();
        ranked
            .into_iter()
            .take(limit)
            .map(|(_, _, _, item)| {
                let item = &self.items[item as usize];
                Suggestion {
                    code: item.code.clone(),
                    label: item.label.clone(),
                    label_en: item.label_en.clone(),
                }
            })
            .collect()
    }

    /// Names containing the rarest typed word (complete words match whole, the
    /// last word as a prefix). May repeat a name.
    fn narrowest_candidates<'a>(
        &'a self,
        typed: &[String],
        prefix: &str,
    ) -> impl Iterator<Item = &'a u32> + 'a {
        let mut narrowest = self.range(prefix, true);
        for word in typed {
            let range = self.range(word, false);
            if range.len() < narrowest.len() {
                narrowest = range;
            }
        }
        self.words[narrowest].iter().map(|(_, n)| n)
    }

    fn range(&self, word: &str, as_prefix: bool) -> std::ops::Range<usize> {
        let start = self.words.partition_point(|(w, _)| w.as_str() < word);
        let len = self.words[start..].partition_point(|(w, _)| {
            if as_prefix {
                w.starts_with(word)
            } else {
                w == word
            }
        });
        start..start + len
    }
}

/// Every typed word equals a distinct name word and the prefix starts another one.
fn matches_words(words: &[String], typed: &[String], prefix: &str) -> bool {
    let mut used = vec![false; words.len()];
    for typed_word in typed {
        let Some(at) = words
            .iter()
            .enumerate()
            .position(|(i, w)| !used[i] && w == typed_word)
        else {
            return false;
        };
        used[at] = true;
    }
    words
        .iter()
        .enumerate()
        .any(|(i, w)| !used[i] && w.starts_with(prefix))
}

fn split_words(folded: &str) -> Vec<String> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {

    use super::*;

    fn item(code: &str, label: &str, label_en: &str, alts: &[&str]) -> SuggestItem {
        SuggestItem {
            code: code.into(),
            label: label.into(),
            label_en: label_en.into(),
            alt_labels: alts.iter().map(|a| a.to_string()).collect(),
        }
    }

    /// `n` items of four syllables each, with an alternative label of three.
    fn many_items(n: usize) -> Vec<SuggestItem> {
        let syllables = [
            "điện", "dân", "dụng", "nấm", "trồng", "hàn", "máy", "may", "sửa", "chữa", "chăm",
            "sóc",
        ];
        (0..n)
            .map(|i| {
                let words: Vec<&str> = (0..4)
                    .map(|k| syllables[(i * 7 + k * 5 + i / 13) % syllables.len()])
                    .collect();
                item(
                    &i.to_string(),
                    &words.join(" "),
                    &format!("skill {i}"),
                    &[&words[1..].join(" ")],
                )
            })
            .collect()
    }

    fn suggester() -> Suggester {
        Suggester::build(vec![
            item(
                "7411",
                "Điện dân dụng",
                "building electrician",
                &["thợ điện"],
            ),
            item("7412", "Điện công nghiệp", "industrial electrician", &[]),
            item(
                "7127",
                "Điện lạnh",
                "air conditioning mechanic",
                &["sửa điều hoà", "máy lạnh"],
            ),
            item("7231", "Sửa chữa xe máy", "motorcycle mechanic", &[]),
            item("7533", "May công nghiệp", "sewing machinist", &["thợ may"]),
            item("9999", "Diễn viên", "actor", &[]),
        ])
        .unwrap()
    }

    fn codes(s: &Suggester, q: &str) -> Vec<String> {
        s.suggest(q, 10).into_iter().map(|s| s.code).collect()
    }

    #[test]
    fn last_word_is_a_prefix_and_diacritics_are_optional() {
        let s = suggester();
        assert_eq!(codes(&s, "dien d"), ["7411"]);
        assert_eq!(codes(&s, "điện c"), ["7412"]);
        assert_eq!(codes(&s, "sua xe"), ["7231"]);
        assert!(codes(&s, "").is_empty());
    }

    #[test]
    fn exact_diacritics_prefix_ranks_first() {
        let s = suggester();
        assert_eq!(codes(&s, "diễ")[0], "9999");
        assert_eq!(
            &codes(&s, "điệ")[..3],
            ["7127", "7411", "7412"],
            "shorter first"
        );
        assert_eq!(codes(&s, "may")[0], "7533");
        assert_eq!(
            codes(&s, "máy")[0],
            "7127",
            "alt label 'máy lạnh' starts with máy"
        );
    }

    #[test]
    fn alt_and_english_labels_match() {
        let s = suggester();
        assert_eq!(codes(&s, "tho dien"), ["7411"]);
        assert_eq!(
            codes(&s, "dieu hoa"),
            ["7127"],
            "old tone placement in the alt label"
        );
        assert_eq!(codes(&s, "motorc"), ["7231"]);
    }

    #[test]
    fn fifteen_thousand_items_answer_prefixes_without_diacritics() {
        // Timed (printed, not asserted) by `tests/perf.rs`.
        let s = Suggester::build(many_items(15_000)).unwrap();
        for q in ["d", "dien d", "sửa ch", "cham s", "skill 12", "m"] {
            let found = s.suggest(q, 10);
            assert_eq!(found.len(), 10, "{q}");
        }
        let codes: Vec<String> = s
            .suggest("skill 1234", 10)
            .into_iter()
            .map(|h| h.code)
            .collect();
        assert_eq!(codes.first().map(String::as_str), Some("1234"));
    }
}
