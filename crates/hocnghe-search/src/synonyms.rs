//! Query-time synonym expansion ("vi tính" ~ "tin học", "máy lạnh" ~ "điều hòa").

use std::collections::HashMap;

use crate::analyzers::{exact_analyzer, fold, tokens};
use crate::vietnamese::nfc;

/// Most alternatives kept for one matched phrase, to keep queries bounded.
const MAX_ALTERNATIVES: usize = 6;

/// A phrase as analysed syllables, with and without diacritics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    pub exact: Vec<String>,
    pub folded: Vec<String>,
}

impl Phrase {
    pub fn parse(text: &str) -> Phrase {
        let exact: Vec<String> = tokens(&mut exact_analyzer(), &nfc(text))
            .into_iter()
            .map(|t| t.text)
            .collect();
        let folded = exact.iter().map(|t| fold(t)).collect();
        Phrase { exact, folded }
    }

    pub fn text(&self) -> String {
        self.exact.join(" ")
    }
}

/// Where a synonym matched in a query: syllables `start..start + len`, and the
/// phrases that may replace them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expansion {
    pub start: usize,
    pub len: usize,
    pub alternatives: Vec<Phrase>,
}

/// Groups of equivalent phrases. Every phrase is normalised (NFC, lowercase,
/// canonical spelling) and folded once, when the table is built.
#[derive(Debug, Clone, Default)]
pub struct Synonyms {
    groups: Vec<Vec<Phrase>>,
    /// First folded syllable → (group, member) of the phrases starting with it.
    by_first_syllable: HashMap<String, Vec<(usize, usize)>>,
}

impl Synonyms {
    pub fn empty() -> Self {
        Self::default()
    }

    /// Builds the table from groups of equivalent phrases; groups with fewer than
    /// two distinct phrases are dropped.
    pub fn from_groups(groups: Vec<Vec<String>>) -> Self {
        let mut table = Synonyms::default();
        for group in groups {
            let mut phrases: Vec<Phrase> = Vec::with_capacity(group.len());
            for member in &group {
                let phrase = Phrase::parse(member);
                // Unaccented copies of a phrase ("lap dung nha mang") add nothing:
                // folded matching already finds them.
                if !phrase.exact.is_empty() && !phrases.iter().any(|p| p.folded == phrase.folded) {
                    phrases.push(phrase);
                }
            }
            if phrases.len() < 2 {
                continue;
            }
            let group_id = table.groups.len();
            for (member_id, phrase) in phrases.iter().enumerate() {
                table
                    .by_first_syllable
                    .entry(phrase.folded[0].clone())
                    .or_default()
                    .push((group_id, member_id));
            }
            table.groups.push(phrases);
        }
        table
    }

    /// Builds the table from `|`-separated groups, one per line ("vi tính|tin học"),
    /// the format of the taxonomy's `terms` column.
    pub fn from_pipe_groups<I, S>(lines: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let groups = lines
            .into_iter()
            .map(|line| {
                line.as_ref()
                    .split('|')
                    .map(|t| t.trim().to_string())
                    .filter(|t| !t.is_empty())
                    .collect()
            })
            .collect();
        Self::from_groups(groups)
    }

    pub fn len(&self) -> usize {
        self.groups.len()
    }

    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// Finds synonym phrases in free text; see [`Synonyms::expand_phrase`].
    pub fn expand(&self, text: &str) -> Vec<Expansion> {
        self.expand_phrase(&Phrase::parse(text))
    }

    /// Finds, left to right, the longest phrase of some group at each position of
    /// `query` and lists the other phrases of its groups. A query typed with
    /// diacritics matches phrases with the same diacritics; one typed without
    /// matches on folded syllables.
    pub fn expand_phrase(&self, query: &Phrase) -> Vec<Expansion> {
        let accented = query.exact != query.folded;
        let syllables = if accented {
            &query.exact
        } else {
            &query.folded
        };
        let mut expansions = Vec::new();
        let mut start = 0;
        while start < syllables.len() {
            let Some(len) = self.longest_match_at(query, syllables, start, accented) else {
                start += 1;
                continue;
            };
            let matched = &syllables[start..start + len];
            // The groups holding the matched phrase, in table order: a member
            // equal to it starts with the query's folded syllable, and the
            // candidates under that syllable are listed group by group.
            let mut groups: Vec<usize> = self
                .by_first_syllable
                .get(&query.folded[start])
                .into_iter()
                .flatten()
                .filter(|&&(g, m)| member_syllables(&self.groups[g][m], accented) == matched)
                .map(|&(g, _)| g)
                .collect();
            groups.dedup();
            let mut alternatives: Vec<Phrase> = Vec::new();
            for group in groups.into_iter().map(|g| &self.groups[g]) {
                for phrase in group {
                    if member_syllables(phrase, accented) != matched
                        && !alternatives.contains(phrase)
                    {
                        alternatives.push(phrase.clone());
                    }
                }
            }
            alternatives.truncate(MAX_ALTERNATIVES);
            expansions.push(Expansion {
                start,
                len,
                alternatives,
            });
            start += len;
        }
        expansions
    }

    fn longest_match_at(
        &self,
        query: &Phrase,
        syllables: &[String],
        start: usize,
        accented: bool,
    ) -> Option<usize> {
        let candidates = self.by_first_syllable.get(&query.folded[start])?;
        candidates
            .iter()
            .map(|&(g, m)| member_syllables(&self.groups[g][m], accented))
            .filter(|member| syllables[start..].starts_with(member))
            .map(<[String]>::len)
            .max()
    }
}

fn member_syllables(phrase: &Phrase, accented: bool) -> &[String] {
    if accented {
        &phrase.exact
    } else {
        &phrase.folded
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Synonyms {
        Synonyms::from_pipe_groups([
            "vi tính|tin học",
            "máy lạnh|điều hoà|điện lạnh",
            "hàn xì|hàn",
            "online|trực tuyến",
            "solo",
            "lắp đặt điện|lap dat dien",
        ])
    }

    fn alternatives(s: &Synonyms, q: &str) -> Vec<(usize, usize, Vec<String>)> {
        s.expand(q)
            .into_iter()
            .map(|e| {
                (
                    e.start,
                    e.len,
                    e.alternatives.iter().map(Phrase::text).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn groups_are_normalised_and_singletons_dropped() {
        let s = table();
        assert_eq!(
            s.len(),
            4,
            "'solo' and the unaccented copy leave single-phrase groups"
        );
        assert_eq!(
            alternatives(&s, "học VI TÍNH"),
            [(1, 2, vec!["tin học".to_string()])]
        );
    }

    #[test]
    fn unaccented_query_matches_folded_phrases() {
        let s = table();
        assert_eq!(
            alternatives(&s, "sua may lanh"),
            [(1, 2, vec!["điều hòa".to_string(), "điện lạnh".to_string()])]
        );
        assert_eq!(
            alternatives(&s, "ban hang online"),
            [(2, 1, vec!["trực tuyến".to_string()])]
        );
    }

    #[test]
    fn accented_query_needs_the_same_diacritics() {
        let s = table();
        assert_eq!(
            alternatives(&s, "hàn xì"),
            [(0, 2, vec!["hàn".to_string()])]
        );
        assert!(alternatives(&s, "hán xì").is_empty());
        assert_eq!(
            alternatives(&s, "thợ hàn"),
            [(1, 1, vec!["hàn xì".to_string()])]
        );
    }

    #[test]
    fn alternatives_are_those_of_a_scan_of_every_group() {
        // The definition: every group holding the matched phrase, in table
        // order, each phrase once.
        fn by_scan(table: &Synonyms, query: &Phrase, e: &Expansion) -> Vec<Phrase> {
            let accented = query.exact != query.folded;
            let query_syllables = member_syllables(query, accented);
            let matched = &query_syllables[e.start..e.start + e.len];
            let mut alternatives: Vec<Phrase> = Vec::new();
            for group in &table.groups {
                if group
                    .iter()
                    .any(|p| member_syllables(p, accented) == matched)
                {
                    for phrase in group {
                        if member_syllables(phrase, accented) != matched
                            && !alternatives.contains(phrase)
                        {
                            alternatives.push(phrase.clone());
                        }
                    }
                }
            }
            alternatives.truncate(MAX_ALTERNATIVES);
            alternatives
        }
        let table = Synonyms::from_pipe_groups([
            "vi tính|tin học",
            "máy lạnh|điều hoà|điện lạnh",
            "điện lạnh|sửa tủ lạnh|điện máy",
            "hàn xì|hàn",
            "hàn|hàn điện|hàn mig",
            "máy|thiết bị|máy móc|cơ khí|máy công cụ|động cơ|máy nổ",
            "online|trực tuyến",
        ]);
        let words = [
            "sửa", "điện", "lạnh", "dien", "lanh", "hàn", "han", "xì", "máy", "may", "tin", "học",
            "online", "vi", "tính",
        ];
        let mut checked = 0;
        for seed in 0..500_usize {
            let len = 1 + seed % 4;
            let text: Vec<&str> = (0..len)
                .map(|i| words[(seed * 7 + i * 11 + i * i * seed) % words.len()])
                .collect();
            let query = Phrase::parse(&text.join(" "));
            for e in table.expand_phrase(&query) {
                assert_eq!(e.alternatives, by_scan(&table, &query, &e), "{text:?}");
                checked += 1;
            }
        }
        assert!(checked > 100, "{checked}");
    }

    #[test]
    fn old_tone_placement_matches() {
        let s = table();
        assert_eq!(alternatives(&s, "sửa điều hòa")[0].2[0], "máy lạnh");
    }
}
