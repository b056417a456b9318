//! Pure Vietnamese text helpers shared by the analyzers, the query builder,
//! the synonym table and the suggester.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::{compose, decompose_canonical};

/// The five Vietnamese tone marks as combining characters (grave, acute,
/// tilde, hook above, dot below).
const TONE_MARKS: [char; 5] = ['\u{0300}', '\u{0301}', '\u{0303}', '\u{0309}', '\u{0323}'];

const CONSONANTS: &str = "bcdđghklmnprstvx";

/// NFC-normalises `s`; borrows when it already is NFC (the common case).
pub fn nfc(s: &str) -> Cow<'_, str> {
    if s.chars().all(always_nfc)
        || unicode_normalization::is_nfc_quick(s.chars())
            == unicode_normalization::IsNormalized::Yes
    {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.nfc().collect())
    }
}

/// Characters that pass the NFC quick check on their own and never combine
/// with a neighbour (quick check "yes", combining class 0), so a text made of
/// them only is NFC: everything below the combining diacritics (U+0300) and
/// the precomposed letters of Latin Extended Additional, where most of
/// Vietnamese's tone-marked vowels are. Checking a range is cheaper than the
/// quick check's two table look-ups per character, and every text indexed
/// goes through here.
fn always_nfc(c: char) -> bool {
    c < '\u{0300}' || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

/// Splits a precomposed letter into the letter without its tone mark and the tone mark.
/// `'ờ'` gives `('ơ', Some('\u{300}'))`; `'a'` gives `('a', None)`.
fn split_tone(c: char) -> (char, Option<char>) {
    if c.is_ascii() {
        return (c, None);
    }
    let mut parts = Vec::with_capacity(3);
    decompose_canonical(c, |p| parts.push(p));
    let Some(tone_at) = parts.iter().position(|p| TONE_MARKS.contains(p)) else {
        return (c, None);
    };
    let tone = parts.remove(tone_at);
    let mut base = parts[0];
    for mark in &parts[1..] {
        base = compose(base, *mark).unwrap_or(base);
    }
    (base, Some(tone))
}

fn with_tone(base: char, tone: Option<char>) -> char {
    tone.and_then(|t| compose(base, t)).unwrap_or(base)
}

/// Canonical spelling of one lowercased NFC syllable, so that both spelling
/// conventions found in the wild meet in the index:
///
/// * tone placement on the open rimes "oa", "oe", "uy": the mark goes on the first
///   vowel ("hoà" → "hòa", "khoẻ" → "khỏe", "thuỷ" → "thủy"; "quý" is untouched
///   because "qu" is the initial consonant);
/// * a lone final "y" after a consonant is written "i" ("kỹ" → "kĩ", "lý" → "lí",
///   "công ty" → "công ti"), the i/y variation of the 1980s spelling reform.
pub fn canonical_syllable(token: &str) -> Cow<'_, str> {
    // Both rules only touch a syllable ending in a toned vowel or in "y": most
    // syllables end in a plain ASCII letter and need no work (this runs for every
    // token indexed).
    match token.chars().next_back() {
        Some(last) if last.is_ascii() && last != 'y' => return Cow::Borrowed(token),
        None => return Cow::Borrowed(token),
        Some(_) => {}
    }
    let mut chars: Vec<char> = token.chars().collect();
    let mut changed = move_open_rime_tone(&mut chars);
    changed |= final_y_to_i(&mut chars);
    if changed {
        Cow::Owned(chars.into_iter().collect())
    } else {
        Cow::Borrowed(token)
    }
}

fn move_open_rime_tone(chars: &mut [char]) -> bool {
    let n = chars.len();
    if n < 2 {
        return false;
    }
    let (first, first_tone) = split_tone(chars[n - 2]);
    let (second, second_tone) = split_tone(chars[n - 1]);
    let (Some(tone), None) = (second_tone, first_tone) else {
        return false;
    };
    let open_rime = matches!((first, second), ('o', 'a') | ('o', 'e') | ('u', 'y'));
    let after_qu = first == 'u' && n >= 3 && chars[n - 3] == 'q';
    if !open_rime || after_qu {
        return false;
    }
    chars[n - 2] = with_tone(first, Some(tone));
    chars[n - 1] = second;
    true
}

fn final_y_to_i(chars: &mut [char]) -> bool {
    let n = chars.len();
    if n < 2 || !chars[..n - 1].iter().all(|c| CONSONANTS.contains(*c)) {
        return false;
    }
    let (last, tone) = split_tone(chars[n - 1]);
    if last != 'y' {
        return false;
    }
    chars[n - 1] = with_tone('i', tone);
    true
}

/// Best-effort repair of a syllable typed with Telex keys that the phone's keyboard
/// did not convert ("chawm" → "cham", "maays" → "may", "ddien" → "dien").
/// Works on folded (ASCII) syllables; returns `None` when nothing looks like Telex.
/// Vietnamese has no w, f, j, z and no syllable ends in s, r, x, so these are safe signals.
pub fn repair_telex(folded: &str) -> Option<String> {
    if !folded.is_ascii() || folded.len() < 3 || !folded.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    let mut s = folded.to_string();
    if let Some(last) = s.chars().last()
        && "sfrxj".contains(last)
        && s[..s.len() - 1].chars().any(|c| "aeiouy".contains(c))
    {
        s.pop();
    }
    for (from, to) in [
        ("dd", "d"),
        ("aa", "a"),
        ("ee", "e"),
        ("oo", "o"),
        ("aw", "a"),
        ("ow", "o"),
        ("uw", "u"),
        ("w", "u"),
    ] {
        s = s.replace(from, to);
    }
    s.retain(|c| !"fjz".contains(c));
    (s != folded && !s.is_empty()).then_some(s)
}

/// Levenshtein distance with adjacent transpositions counted as one edit
/// (optimal string alignment), on chars.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev2 = vec![0usize; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0usize; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                cur[j] = cur[j].min(prev2[j - 2] + 1);
            }
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// How many typos a folded syllable of this length may contain (Meilisearch's rule:
/// none under 5 letters, one from 5, two from 9).
pub fn allowed_typos(folded: &str) -> u8 {
    match folded.chars().count() {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_taken_as_nfc_pass_the_quick_check_and_never_combine() {
        let taken = (0..=0x10FFFF_u32)
            .filter_map(char::from_u32)
            .filter(|&c| always_nfc(c));
        for c in taken {
            assert_eq!(
                unicode_normalization::is_nfc_quick(std::iter::once(c)),
                unicode_normalization::IsNormalized::Yes,
                "{c:?}"
            );
            assert_eq!(
                unicode_normalization::char::canonical_combining_class(c),
                0,
                "{c:?}"
            );
        }
        assert!(always_nfc('ệ') && always_nfc('đ') && always_nfc('ư'));
        assert!(!always_nfc('\u{0301}'));
        // Decomposed text still goes through the full check.
        assert_eq!(nfc("hoa\u{0300}"), "hoà");
    }

    #[test]
    fn tone_moves_to_first_vowel_of_open_rimes() {
        assert_eq!(canonical_syllable("hoà"), "hòa");
        assert_eq!(canonical_syllable("khoẻ"), "khỏe");
        assert_eq!(canonical_syllable("thuỷ"), "thủy");
        assert_eq!(canonical_syllable("tuỳ"), "tùy");
        assert_eq!(canonical_syllable("hòa"), "hòa");
        assert_eq!(canonical_syllable("hoàng"), "hoàng");
        assert_eq!(canonical_syllable("quý"), "quý");
        assert_eq!(canonical_syllable("quỳnh"), "quỳnh");
        assert_eq!(canonical_syllable("ngoài"), "ngoài");
    }

    #[test]
    fn final_y_after_consonants_becomes_i() {
        assert_eq!(canonical_syllable("kỹ"), "kĩ");
        assert_eq!(canonical_syllable("lý"), "lí");
        assert_eq!(canonical_syllable("ty"), "ti");
        assert_eq!(canonical_syllable("ky"), "ki");
        assert_eq!(canonical_syllable("y"), "y");
        assert_eq!(canonical_syllable("máy"), "máy");
        assert_eq!(canonical_syllable("tuyến"), "tuyến");
    }

    #[test]
    fn telex_leftovers_are_repaired() {
        assert_eq!(repair_telex("chawm").as_deref(), Some("cham"));
        assert_eq!(repair_telex("maays").as_deref(), Some("may"));
        assert_eq!(repair_telex("ddien").as_deref(), Some("dien"));
        assert_eq!(repair_telex("trongf").as_deref(), Some("trong"));
        assert_eq!(repair_telex("dien"), None);
    }

    #[test]
    fn transposition_is_one_edit() {
        assert_eq!(edit_distance("dugn", "dung"), 1);
        assert_eq!(edit_distance("chawm", "cham"), 1);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "ab"), 2);
    }

    #[test]
    fn nfd_input_is_composed() {
        let nfd: String = "Sửa chữa".nfd().collect();
        assert_ne!(nfd, "Sửa chữa");
        assert_eq!(nfc(&nfd), "Sửa chữa");
    }
}
