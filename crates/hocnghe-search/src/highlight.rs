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

use std::collections::HashSet;

use crate::analyzers::{adjacent_spans, for_each_folded_word};

/// Longest description excerpt, in characters, before the ellipses.
const SNIPPET_CHARS: usize = 160;
/// Characters of context kept before the first match of an excerpt.
const CONTEXT_CHARS: usize = 30;

/// What a query marks, as folded syllables.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct HighlightTerms {
    /// Marked wherever they stand.
    words: HashSet<String>,
    /// Marked only where all their syllables stand next to each other, in order.
    phrases: Vec<Vec<String>>,
}

impl HighlightTerms {
    pub(crate) fn add_word(&mut self, folded: &str) {
        self.words.insert(folded.to_string());
    }

    pub(crate) fn add_words(&mut self, folded: impl IntoIterator<Item = String>) {
        self.words.extend(folded);
    }

    /// A phrase of one syllable is a word.
    pub(crate) fn add_phrase(&mut self, folded: &[String]) {
        match folded {
            [] => {}
            [word] => self.add_word(word),
            many if !self.phrases.iter().any(|p| p == many) => self.phrases.push(many.to_vec()),
            _ => {}
        }
    }

    fn is_empty(&self) -> bool {
        self.words.is_empty() && self.phrases.is_empty()
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
    let mut previous_to = None;
    for_each_folded_word(text, |from, to, folded| {
        if terms.words.contains(folded) {
            matched.push((from, to));
        }
        if terms.phrases.is_empty() {
            return;
        }
        let continues = previous_to.is_some_and(|last_to| adjacent_spans(text, last_to, from));
        previous_to = Some(to);
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
    if text.chars().count() <= max_chars {
        return (0, text.len());
    }
    let end_after = |from: usize| {
        text[from..]
            .char_indices()
            .nth(max_chars)
            .map_or(text.len(), |(i, _)| from + i)
    };
    let density = |i: usize| {
        let limit = end_after(matched[i].0);
        matched[i..]
            .iter()
            .take_while(|(_, to)| *to <= limit)
            .count()
    };
    let best = (0..matched.len())
        .max_by_key(|&i| (density(i), std::cmp::Reverse(i)))
        .unwrap_or(0);
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
    let end = end_after(start);
    if end == text.len() {
        return (start, end);
    }
    let end = text[..end]
        .rfind(char::is_whitespace)
        .filter(|space| *space >= first_to)
        .unwrap_or(end);
    (start, end)
}

fn escape_into(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
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
