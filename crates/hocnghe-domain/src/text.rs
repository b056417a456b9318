//! Text normalisation applied to every string that enters the system.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Unicode NFC form. Tantivy's tokenizers split decomposed (NFD) Vietnamese
/// words and ASCII folding only knows precomposed letters, so every string is
/// composed before it is stored or searched.
pub fn nfc(s: &str) -> String {
    s.nfc().collect()
}

/// Bidirectional formatting characters (embeddings, overrides, isolates and
/// marks). They can make stored text display in another order than it reads
/// ("Trojan Source"), and Vietnamese never needs them, so they are removed.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Characters that draw nothing: zero-width spaces and joiners, the word
/// joiner and invisible operators, the byte-order mark, the soft hyphen,
/// combining grapheme joiner, Mongolian vowel separator and Hangul fillers.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200D}'
            | '\u{2060}'..='\u{2064}'
            | '\u{FEFF}'
            | '\u{00AD}'
            | '\u{034F}'
            | '\u{180E}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{3164}'
            | '\u{FFA0}'
    )
}

/// Zero-width joiners (which emoji sequences need) stay inside visible text;
/// the other invisible characters and all bidi controls go.
fn drop_hidden(s: &str) -> String {
    s.chars()
        .filter(|c| {
            !is_bidi_control(*c) && (!is_invisible(*c) || matches!(c, '\u{200C}' | '\u{200D}'))
        })
        .collect()
}

/// Text with nothing a person can see (only spaces and invisible characters)
/// becomes empty, so a required field reports it as missing.
fn empty_if_invisible(s: String) -> String {
    if s.chars()
        .all(|c| c.is_whitespace() || c.is_control() || is_invisible(c))
    {
        String::new()
    } else {
        s
    }
}

/// A single-line field: NFC, control, bidi and zero-width characters removed,
/// runs of whitespace collapsed to one space, trimmed; empty when nothing
/// visible is left.
pub fn clean_line(s: &str) -> String {
    let composed = drop_hidden(&nfc(s));
    let mut out = String::with_capacity(composed.len());
    for word in composed.split(|c: char| c.is_whitespace() || c.is_control()) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    empty_if_invisible(out)
}

/// A free-text field: NFC, trimmed, Windows line endings unified, control
/// characters other than newlines and tabs removed, bidi and zero-width
/// characters removed; empty when nothing visible is left.
pub fn clean_text(s: &str) -> String {
    let cleaned = drop_hidden(&nfc(s))
        .replace("\r\n", "\n")
        .chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect::<String>()
        .trim()
        .to_owned();
    empty_if_invisible(cleaned)
}

/// Vietnamese without diacritics, lowercased: "Điện dân dụng" -> "dien dan dung".
pub fn fold(s: &str) -> String {
    s.nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| match c {
            'đ' | 'Đ' => 'd',
            other => other,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// A lowercase ASCII slug: "Sửa chữa xe máy" -> "sua-chua-xe-may".
pub fn slugify(s: &str) -> String {
    let folded = fold(s);
    let mut slug = String::with_capacity(folded.len());
    for part in folded.split(|c: char| !c.is_ascii_alphanumeric()) {
        if part.is_empty() {
            continue;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(part);
    }
    slug
}

/// Number of user-perceived characters, used for length limits so that a
/// Vietnamese letter with two diacritics counts once.
pub fn char_len(s: &str) -> usize {
    s.chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfc_composes_decomposed_vietnamese() {
        let decomposed = "Su\u{31b}\u{309}a xe ma\u{301}y";
        assert_eq!(nfc(decomposed), "Sửa xe máy");
        assert_eq!(clean_line(decomposed), "Sửa xe máy");
    }

    #[test]
    fn clean_line_collapses_whitespace_and_controls() {
        assert_eq!(clean_line("  Hàn \t\n điện\u{0}  "), "Hàn điện");
    }

    #[test]
    fn invisible_only_text_is_empty_and_bidi_controls_go() {
        for hidden in [
            "\u{200B}\u{200B}",
            "\u{FEFF}",
            "\u{200D}\u{2060} \u{00AD}",
            "\u{202E}",
        ] {
            assert_eq!(clean_line(hidden), "", "{hidden:?}");
            assert_eq!(clean_text(hidden), "", "{hidden:?}");
        }
        assert_eq!(clean_line("Thợ\u{202E}hàn\u{202C} điện"), "Thợhàn điện");
        assert_eq!(clean_line("Thợ hàn\u{200B}"), "Thợ hàn");
        assert_eq!(clean_text("a\u{2066}b\u{2069}\nc"), "ab\nc");
        // A joiner inside an emoji sequence stays.
        assert_eq!(clean_line("Thợ 👩\u{200D}🔧"), "Thợ 👩\u{200D}🔧");
    }

    #[test]
    fn clean_text_keeps_newlines() {
        assert_eq!(clean_text(" dòng 1\r\ndòng 2 \u{7}"), "dòng 1\ndòng 2");
    }

    #[test]
    fn fold_and_slugify_remove_all_vietnamese_marks() {
        assert_eq!(fold("Đường ĐIỆN Ổn"), "duong dien on");
        assert_eq!(slugify("Sửa chữa xe máy (FI)"), "sua-chua-xe-may-fi");
        assert_eq!(slugify("Ngư dân & Thủy sản"), "ngu-dan-thuy-san");
    }
}
