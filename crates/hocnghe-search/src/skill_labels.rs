//! Which of a skill's labels are worth indexing.
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

use crate::analyzers::{folded_analyzer, tokens};
use crate::documents::SkillRef;

/// Skills remembered per thread; a catalogue has a few thousand.
const MEMO_SKILLS: usize = 16_384;

thread_local! {
    static MEMO: RefCell<FxHashMap<u64, Rc<[usize]>>> = RefCell::new(FxHashMap::default());
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
    fn changed_labels_are_not_served_from_the_memo() {
        let before = skill("An toàn lao động", &["an toan lao dong", "ATLĐ"]);
        assert_eq!(&*distinct_alt_labels(&before), &[1]);
        let after = skill("An toàn", &["an toan lao dong", "ATLĐ"]);
        assert_eq!(&*distinct_alt_labels(&after), &[0, 1]);
    }
}
