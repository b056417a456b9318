//! Text normalisation applied to every string that enters the system.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Unicode NFC form. Tantivy's tokenizers split decomposed (NFD) Vietnamese
/// words and ASCII folding only knows precomposed letters, so every string is
/// composed before it is stored or searched.
pub fn nfc(s: &str) -> String {
    s.nfc().collect()
}

/// A single-line field: NFC, control characters removed, runs of whitespace
/// collapsed to one space, trimmed.
pub fn clean_line(s: &str) -> String {
    let composed = nfc(s);
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
    out
}

/// A free-text field: NFC, trimmed, Windows line endings unified, control
/// characters other than newlines and tabs removed.
pub fn clean_text(s: &str) -> String {
    nfc(s)
        .replace("\r\n", "\n")
        .chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect::<String>()
        .trim()
        .to_owned()
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
