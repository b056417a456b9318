//! Which of a skill's labels are worth indexing, and the keys a label is
//! matched by as a phrase.
//!
//! Taxonomies list a skill's label again without diacritics ("ghi chep nhat ky
//! san xuat" for "Ghi chép nhật ký sản xuất") and shortened ("ghi chep nhat
//! ky"), for search engines that cannot fold. Folded, those alternatives are
//! the label's own words in the label's order: every folded syllable and
//! bigram they would index is already there. Indexed anyway, they were about a
//! fifth of a rebuild's tokens (each label goes to five fields) for no match
//! the label does not already give.

use std::cell::RefCell;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

use rustc_hash::{FxHashMap, FxHasher};

use crate::analyzers::{adjacent, exact_analyzer, fold, folded_analyzer, tokens};
use crate::documents::SkillRef;
use crate::understand::is_head;

/// Longest label phrase, in words, that a query is searched for: longer
/// labels are rare, and a query requires at most ten words.
pub(crate) const MAX_LABEL_WORDS: usize = 6;

/// Skills remembered per thread; a catalogue has a few thousand.
const MEMO_SKILLS: usize = 16_384;

thread_local! {
    static MEMO: RefCell<FxHashMap<u64, Rc<[usize]>>> = RefCell::new(FxHashMap::default());
    /// Label → its keys: labels repeat across thousands of documents.
    static KEYS: RefCell<FxHashMap<String, Rc<[String]>>> = RefCell::new(FxHashMap::default());
}

/// [`label_keys`], remembered per thread.
pub(crate) fn label_keys_memoised(label: &str) -> Rc<[String]> {
    if let Some(keys) = KEYS.with_borrow(|memo| memo.get(label).cloned()) {
        return keys;
    }
    let keys: Rc<[String]> = label_keys(label).into();
    KEYS.with_borrow_mut(|memo| {
        if memo.len() >= MEMO_SKILLS {
            memo.clear();
        }
        memo.insert(label.to_owned(), Rc::clone(&keys));
    });
    keys
}

/// The positions in `skill.alt_labels` of the alternatives that add a word or a
/// word order the label and the alternatives kept before them do not have.
/// Texts must be NFC.
pub(crate) fn distinct_alt_labels(skill: &SkillRef) -> Rc<[usize]> {
    let key = {
        let mut hasher = FxHasher::default();
        skill.label.hash(&mut hasher);
        skill.alt_labels.hash(&mut hasher);
        hasher.finish()
    };
    if let Some(kept) = MEMO.with_borrow(|memo| memo.get(&key).cloned()) {
        return kept;
    }
    let kept: Rc<[usize]> = compute(skill).into();
    MEMO.with_borrow_mut(|memo| {
        if memo.len() >= MEMO_SKILLS {
            memo.clear();
        }
        memo.insert(key, Rc::clone(&kept));
    });
    kept
}

fn compute(skill: &SkillRef) -> Vec<usize> {
    let mut analyzer = folded_analyzer();
    let mut words = |text: &str| -> Vec<String> {
        tokens(&mut analyzer, text)
            .into_iter()
            .map(|t| t.text)
            .collect()
    };
    let mut indexed = vec![words(&skill.label)];
    let mut kept = Vec::new();
    for (i, alt) in skill.alt_labels.iter().enumerate() {
        let alt = words(alt);
        let covered = indexed.iter().any(|label| contains_run(label, &alt));
        if !alt.is_empty() && !covered {
            indexed.push(alt);
            kept.push(i);
        }
    }
    kept
}

/// Whether `run` appears in `words` as consecutive words.
fn contains_run(words: &[String], run: &[String]) -> bool {
    !run.is_empty() && words.windows(run.len()).any(|w| w == run)
}

/// The keys a skill label or an occupation name is indexed under in the
/// label field, so that a query hits the label only when it names the label
/// as a phrase: each phrase of the label (its runs of words between
/// punctuation; "người làm vườn, trồng hoa" has two) folded, its words joined
/// by spaces, and the same without heads at its ends, which say what is done
/// or who does it, not the trade ("trồng nấm" is also keyed "nam", "sửa chữa
/// xe máy" "xe may" and "xe", "điều dưỡng viên" "dieu duong", "may công
/// nghiệp" "may"). A query that merely starts like a label ("xây dựng" and
/// "xây dựng thực đơn", "lái xe" and "lái xe nâng", "hàn" and "hàn thiếc")
/// has none of its keys. Texts must be NFC.
pub(crate) fn label_keys(label: &str) -> Vec<String> {
    let words = tokens(&mut exact_analyzer(), label);
    let mut keys = Vec::new();
    let mut start = 0;
    while start < words.len() {
        let mut end = start + 1;
        while end < words.len() && adjacent(label, &words[end - 1], &words[end]) {
            end += 1;
        }
        let phrase = &words[start..end];
        let head: Vec<bool> = phrase.iter().map(|w| is_head(&w.text)).collect();
        let folded: Vec<String> = phrase.iter().map(|w| fold(&w.text)).collect();
        // The phrase, then without one more head at its start, or its end,
        // while a word that is not a head is left.
        let core_from = head.iter().position(|h| !h).unwrap_or(0);
        let core_to = head
            .iter()
            .rposition(|h| !h)
            .map_or(phrase.len(), |i| i + 1);
        for from in 0..=core_from {
            for to in (core_to..=phrase.len()).rev() {
                if to - from <= MAX_LABEL_WORDS {
                    let key = folded[from..to].join(" ");
                    if !keys.contains(&key) {
                        keys.push(key);
                    }
                }
            }
        }
        start = end;
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    fn skill(label: &str, alts: &[&str]) -> SkillRef {
        SkillRef {
            code: "s".into(),
            label: label.into(),
            alt_labels: alts.iter().map(|a| a.to_string()).collect(),
            essential: false,
        }
    }

    #[test]
    fn drops_alternatives_made_of_the_label_words_in_order() {
        let s = skill(
            "Ghi chép nhật ký sản xuất",
            &[
                "ghi chep nhat ky san xuat",
                "nhật ký đồng ruộng",
                "sổ ghi chép",
                "ghi nhật ký",
                "ghi chep nhat ky",
                "Nhật ký đồng ruộng",
                "",
            ],
        );
        // "ghi nhật ký" skips a word of the label: a bigram the label lacks.
        assert_eq!(&*distinct_alt_labels(&s), &[1, 2, 3]);
    }

    #[test]
    fn keeps_other_words_and_other_orders() {
        let s = skill("Sửa chữa xe máy", &["xe máy sửa chữa", "sửa xe", "VOM"]);
        assert_eq!(&*distinct_alt_labels(&s), &[0, 1, 2]);
    }

    #[test]
    fn labels_are_keyed_whole_and_without_their_heads() {
        assert_eq!(label_keys("Trồng nấm"), ["trong nam", "nam"]);
        assert_eq!(
            label_keys("sửa chữa xe máy"),
            [
                "sua chua xe may",
                "sua chua xe",
                "chua xe may",
                "chua xe",
                "xe may",
                "xe"
            ]
        );
        assert_eq!(
            label_keys("điều dưỡng viên"),
            ["dieu duong vien", "dieu duong"]
        );
        // "xây" is no head: the menu skill is never keyed "xay dung".
        assert_eq!(label_keys("Xây dựng thực đơn"), ["xay dung thuc don"]);
        assert_eq!(label_keys("lái xe nâng"), ["lai xe nang", "xe nang"]);
        assert_eq!(label_keys("hàn thiếc"), ["han thiec"]);
        // Heads only: kept whole.
        assert_eq!(label_keys("sửa chữa"), ["sua chua"]);
        assert_eq!(
            label_keys("Người làm vườn, trồng hoa"),
            ["nguoi lam vuon", "lam vuon", "vuon", "trong hoa", "hoa"]
        );
        assert!(label_keys("").is_empty());
    }

    #[test]
    fn changed_labels_are_not_served_from_the_memo() {
        let before = skill("An toàn lao động", &["an toan lao dong", "ATLĐ"]);
        assert_eq!(&*distinct_alt_labels(&before), &[1]);
        let after = skill("An toàn", &["an toan lao dong", "ATLĐ"]);
        assert_eq!(&*distinct_alt_labels(&after), &[0, 1]);
    }
}
