//! HTML snippets with the matched syllables in `<mark>…</mark>`.
//!
//! Matching is on folded syllables, so an unaccented query ("sua xe may")
//! highlights the accented text ("Sửa chữa xe máy"); offsets come from the folded
//! analyzer, which keeps them on the original (NFC) text.
//!
//! A query syllable (or its typo or telex form) is marked wherever it stands,
//! as it matches wherever it stands. A synonym of several syllables matches
//! only as a whole (through its bigrams), so it is marked only where its
//! syllables stand next to each other: "trồng rau không đất", a synonym of
//! "thủy canh", must not mark every "không" in a description.

use rustc_hash::FxHashMap;

use crate::analyzers::{adjacent_spans, for_each_folded_word};

/// Longest description excerpt, in characters, before the ellipses.
const SNIPPET_CHARS: usize = 160;
/// Characters of context kept before the first match of an excerpt.
const CONTEXT_CHARS: usize = 30;

/// What a query marks, as folded syllables.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct HighlightTerms {
    /// Every syllable the query marks somewhere: one look-up per word of a text
    /// tells whether it can be marked at all.
    syllables: FxHashMap<String, Role>,
    /// Marked only where all their syllables stand next to each other, in order.
    phrases: Vec<Vec<String>>,
}

/// How a syllable is marked: on its own wherever it stands, as part of a
/// phrase, or both.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Role {
    alone: bool,
    in_phrase: bool,
}

impl HighlightTerms {
    pub(crate) fn add_word(&mut self, folded: &str) {
        self.role(folded).alone = true;
    }

    pub(crate) fn add_words(&mut self, folded: impl IntoIterator<Item = String>) {
        for word in folded {
            self.add_word(&word);
        }
    }

    /// A phrase of one syllable is a word.
    pub(crate) fn add_phrase(&mut self, folded: &[String]) {
        match folded {
            [] => {}
            [word] => self.add_word(word),
            many if !self.phrases.iter().any(|p| p == many) => {
                for word in many {
                    self.role(word).in_phrase = true;
                }
                self.phrases.push(many.to_vec());
            }
            _ => {}
        }
    }

    fn role(&mut self, folded: &str) -> &mut Role {
        self.syllables.entry(folded.to_string()).or_default()
    }

    fn is_empty(&self) -> bool {
        self.syllables.is_empty()
    }
}

/// Highlights the hits of one page.
pub(crate) struct Highlighter<'a> {
    terms: &'a HighlightTerms,
}

impl<'a> Highlighter<'a> {
    pub(crate) fn new(terms: &'a HighlightTerms) -> Self {
        Highlighter { terms }
    }

    /// The title when it has a match, else an excerpt of the description around
    /// its densest matches; `None` when neither matches (the hit matched on
    /// skills, say).
    pub(crate) fn highlight(&self, title: &str, description: &str) -> Option<String> {
        if self.terms.is_empty() {
            return None;
        }
        mark(title, self.terms, usize::MAX).or_else(|| mark(description, self.terms, SNIPPET_CHARS))
    }
}

fn mark(text: &str, terms: &HighlightTerms, max_chars: usize) -> Option<String> {
    let mut matched: Vec<(usize, usize)> = Vec::new();
    // Per phrase, its partial matches ending at the previous word: the spans of
    // its first syllables, next to each other. Several at once, as a phrase
    // may repeat its start ("a a b" in "a a a b").
    let mut partials: Vec<Vec<Vec<(usize, usize)>>> = vec![Vec::new(); terms.phrases.len()];
    let mut any_partial = false;
    let mut previous_to = None;
    for_each_folded_word(text, |from, to, folded| {
        let last_to = previous_to.replace(to);
        let role = terms.syllables.get(folded).copied().unwrap_or_default();
        if role.alone {
            matched.push((from, to));
        }
        if !role.in_phrase {
            // No phrase goes on through this word, and none starts here.
            if any_partial {
                partials.iter_mut().for_each(Vec::clear);
                any_partial = false;
            }
            return;
        }
        let continues = last_to.is_some_and(|last_to| adjacent_spans(text, last_to, from));
        for (phrase, partials) in terms.phrases.iter().zip(&mut partials) {
            if !continues {
                partials.clear();
            }
            partials.retain_mut(|spans| {
                if phrase[spans.len()] != folded {
                    return false;
                }
                spans.push((from, to));
                if spans.len() < phrase.len() {
                    return true;
                }
                matched.append(spans);
                false
            });
            if phrase[0] == folded {
                partials.push(vec![(from, to)]);
            }
            any_partial |= !partials.is_empty();
        }
    });
    if matched.is_empty() {
        return None;
    }
    matched.sort_unstable();
    matched.dedup();
    let (start, end) = window(text, &matched, max_chars);
    let mut html = String::with_capacity(end - start + 32);
    if start > 0 {
        html.push('…');
    }
    let mut at = start;
    for &(from, to) in matched
        .iter()
        .filter(|(from, to)| *from >= start && *to <= end)
    {
        escape_into(&text[at..from], &mut html);
        html.push_str("<mark>");
        escape_into(&text[from..to], &mut html);
        html.push_str("</mark>");
        at = to;
    }
    escape_into(&text[at..end], &mut html);
    if end < text.len() {
        html.push('…');
    }
    Some(html)
}

/// Byte range of at most `max_chars` characters holding the most matches, starting
/// a few words before the first of them and cut at word boundaries.
fn window(text: &str, matched: &[(usize, usize)], max_chars: usize) -> (usize, usize) {
    // A text has at least as many bytes as characters.
    if text.len() <= max_chars || text.chars().count() <= max_chars {
        return (0, text.len());
    }
    let best = densest_start(text, matched, max_chars);
    let (first_from, first_to) = matched[best];
    let lead = text[..first_from]
        .char_indices()
        .rev()
        .nth(CONTEXT_CHARS)
        .map_or(0, |(i, _)| i);
    let start = match text[lead..first_from].find(char::is_whitespace) {
        Some(space) if lead > 0 => lead + space + 1,
        _ => lead,
    };
    let end = text[start..]
        .char_indices()
        .nth(max_chars)
        .map_or(text.len(), |(i, _)| start + i);
    if end == text.len() {
        return (start, end);
    }
    let end = text[..end]
        .rfind(char::is_whitespace)
        .filter(|space| *space >= first_to)
        .unwrap_or(end);
    (start, end)
}

/// The first match starting the most matches that end within `max_chars`
/// characters of its start. One walk over the text: the matches are sorted and
/// do not overlap, so their character positions are counted from one to the
/// next, and the matches in reach of each start are found with a second index
/// that only moves forward.
fn densest_start(text: &str, matched: &[(usize, usize)], max_chars: usize) -> usize {
    let mut chars = Vec::with_capacity(matched.len());
    let (mut at_byte, mut at_char) = (0, 0);
    for &(from, to) in matched {
        let start = at_char + text[at_byte..from].chars().count();
        let end = start + text[from..to].chars().count();
        chars.push((start, end));
        (at_byte, at_char) = (to, end);
    }
    let (mut best, mut best_count) = (0, 0);
    let mut reach = 0;
    for (i, &(start, _)) in chars.iter().enumerate() {
        reach = reach.max(i);
        while reach < chars.len() && chars[reach].1 <= start + max_chars {
            reach += 1;
        }
        if reach - i > best_count {
            (best, best_count) = (i, reach - i);
        }
    }
    best
}

/// Appends `text` with the characters HTML gives a meaning escaped.
fn escape_into(text: &str, out: &mut String) {
    let mut plain = 0;
    for (i, byte) in text.bytes().enumerate() {
        let escaped = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&text[plain..i]);
        out.push_str(escaped);
        plain = i + 1;
    }
    out.push_str(&text[plain..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn highlight(title: &str, description: &str, terms: &HighlightTerms) -> Option<String> {
        Highlighter::new(terms).highlight(title, description)
    }

    fn terms(words: &[&str]) -> HighlightTerms {
        let mut terms = HighlightTerms::default();
        terms.add_words(words.iter().map(|w| w.to_string()));
        terms
    }

    fn phrase(words: &str) -> Vec<String> {
        words.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn unaccented_terms_mark_accented_title() {
        let html = highlight(
            "Sửa chữa xe máy <cơ bản>",
            "",
            &terms(&["sua", "xe", "may"]),
        )
        .unwrap();
        assert_eq!(
            html,
            "<mark>Sửa</mark> chữa <mark>xe</mark> <mark>máy</mark> &lt;cơ bản&gt;"
        );
    }

    #[test]
    fn description_excerpt_centres_on_matches() {
        let filler = "Lorem ipsum dolor sit amet. ".repeat(20);
        let description = format!("{filler}Học viên thực hành trồng nấm rơm trong nhà. {filler}");
        let html = highlight(
            "Khóa học nông nghiệp",
            &description,
            &terms(&["nam", "rom"]),
        )
        .unwrap();
        assert!(html.starts_with('…') && html.ends_with('…'), "{html}");
        assert!(html.contains("<mark>nấm</mark> <mark>rơm</mark>"), "{html}");
        assert!(html.chars().count() < SNIPPET_CHARS + 40, "{html}");
    }

    #[test]
    fn the_densest_start_is_the_one_reaching_the_most_matches() {
        // The definition, one start at a time.
        fn by_definition(text: &str, matched: &[(usize, usize)], max_chars: usize) -> usize {
            let density = |i: usize| {
                let (from, _) = matched[i];
                let limit = text[from..]
                    .char_indices()
                    .nth(max_chars)
                    .map_or(text.len(), |(at, _)| from + at);
                matched[i..]
                    .iter()
                    .take_while(|(_, to)| *to <= limit)
                    .count()
            };
            (0..matched.len())
                .max_by_key(|&i| (density(i), std::cmp::Reverse(i)))
                .unwrap_or(0)
        }
        let words = [
            "nấm", "rơm", "trồng", "và", "điều", "hòa", "sửa", "chữa", "xe", "máy",
        ];
        for seed in 0..200_usize {
            let text: Vec<&str> = (0..60)
                .map(|i| words[(i * 7 + seed * 13 + i * i * seed) % 10])
                .collect();
            let text = text.join(" ");
            let marked = ["nấm", "điều", "xe"];
            let mut matched = Vec::new();
            let mut at = 0;
            for word in text.split(' ') {
                if marked.contains(&word) {
                    matched.push((at, at + word.len()));
                }
                at += word.len() + 1;
            }
            if matched.is_empty() {
                continue;
            }
            for max_chars in [5, 20, 40, 160] {
                assert_eq!(
                    densest_start(&text, &matched, max_chars),
                    by_definition(&text, &matched, max_chars),
                    "{text} / {max_chars}"
                );
            }
        }
    }

    #[test]
    fn html_characters_are_escaped() {
        let mut out = String::new();
        escape_into("a<b> & \"c\" 'đ'", &mut out);
        assert_eq!(out, "a&lt;b&gt; &amp; &quot;c&quot; &#39;đ&#39;");
    }

    #[test]
    fn no_match_gives_no_highlight() {
        assert_eq!(highlight("Hàn điện", "Thợ hàn", &terms(&["may"])), None);
    }

    #[test]
    fn a_phrase_is_marked_only_where_its_syllables_stand_together() {
        let mut terms = terms(&["thuy", "canh"]);
        terms.add_phrase(&phrase("trong rau khong dat"));
        assert_eq!(
            highlight("Trồng rau thủy canh", "", &terms).unwrap(),
            "Trồng rau <mark>thủy</mark> <mark>canh</mark>"
        );
        assert_eq!(
            highlight("Kỹ thuật trồng rau trồng rau không đất", "", &terms).unwrap(),
            "Kỹ thuật trồng rau <mark>trồng</mark> <mark>rau</mark> <mark>không</mark> <mark>đất</mark>"
        );
        // Broken by punctuation, or only partly there: no mark.
        assert_eq!(
            highlight("Trồng rau, không đất", "Không cần nhiều đất.", &terms),
            None
        );
        // A phrase that repeats its start, found after a false start.
        let mut repeated = HighlightTerms::default();
        repeated.add_phrase(&phrase("ba ba ca"));
        assert_eq!(
            highlight("Ba ba ba cá", "", &repeated).unwrap(),
            "Ba <mark>ba</mark> <mark>ba</mark> <mark>cá</mark>"
        );
        // A syllable both on its own and in a phrase is marked once.
        terms.add_word("rau");
        assert_eq!(
            highlight("Trồng rau không đất", "", &terms).unwrap(),
            "<mark>Trồng</mark> <mark>rau</mark> <mark>không</mark> <mark>đất</mark>"
        );
    }
}
