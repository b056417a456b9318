//! Query understanding: what each syllable of a query is for, before any
//! matching.
//!
//! People ask in sentences ("tôi muốn học nghề sửa điện thoại ở Gia Lâm").
//! Each syllable gets a [`Role`]:
//!
//! * **filler**: words about asking, not about the trade (tôi, em, muốn, học,
//!   nghề, khóa học, tìm, việc làm, tuyển, cần, ở, tại, gần, có… không). Never
//!   required; they only add a bonus where they match. A filler that stands
//!   next to a trade word as a phrase the index knows ("tin học", "giúp
//!   việc", "cơ khí", "xe tải") is a trade word. Typed with diacritics, only
//!   the filler's own spelling is a filler ("vẽ" is not "về", "ô" not "ở").
//! * **place**: a commune's name of two or more syllables after ở/tại/gần, or
//!   closing the query after the trade ("… gốm Bát Tràng"). Never required: it
//!   becomes the origin of the distance boost (when the search has no commune
//!   of its own) and the answer says so.
//! * **generic**: heads that name no trade alone (thợ, công nhân, sửa chữa,
//!   trồng, nuôi, lái, máy…). Required, but a relaxed search never keeps only
//!   these.
//! * **content**: everything else, grouped into *units* (see [`units`]):
//!   a relaxed search drops whole units, never half a word.
//!
//! When no content syllable is left (the query is only fillers and heads:
//! "việc làm", "thợ làm khóa"), fillers are taken as typed: all required.

use std::collections::HashSet;
use std::sync::LazyLock;

use crate::geo::CommuneLocator;
use crate::query::Intent;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Filler,
    Place,
    Generic,
    Content,
}

/// Filler words as typed with diacritics (both tone placements where they
/// differ).
const FILLERS: &[&str] = &[
    "tôi", "em", "mình", "tớ", "muốn", "học", "nghề", "tìm", "kiếm", "việc", "tuyển", "dụng",
    "cần", "ở", "tại", "gần", "cho", "có", "không", "ko", "k", "nào", "hỏi", "để", "xin", "về",
    "gì", "ạ", "nhé", "ơi", "với", "và", "được", "đang", "khu", "vực", "quanh", "chỗ", "nơi",
    "đâu", "ai", "biết", "cách", "những", "các", "một", "thì", "là", "mà", "hay", "bạn", "đi",
];

/// Fillers that also stand in trade phrases ("tin học", "giúp việc", "làng
/// nghề", "dân dụng"): typed with diacritics, these are checked against the
/// index; the other fillers typed with diacritics are fillers wherever they
/// stand ("ở" is never "ô").
const PROTECTABLE: &[&str] = &[
    "học", "việc", "làm", "nghề", "khóa", "khoá", "dụng", "cho", "có",
];

/// Fillers only next to their partner (folded): "việc làm", "làm việc",
/// "khóa học". Alone they are trade words: "làm gốm", "thợ làm khóa".
const PAIRED_FILLERS: &[(&str, &str)] = &[("làm", "viec"), ("khóa", "hoc"), ("khoá", "hoc")];
/// The same, typed without diacritics.
const PAIRED_FILLERS_FOLDED: &[(&str, &str)] = &[("lam", "viec"), ("khoa", "hoc")];

/// Heads that name no trade on their own.
const GENERIC: &[&str] = &[
    "thợ", "công", "nhân", "viên", "kỹ", "kĩ", "thuật", "lao", "động", "sửa", "chữa", "làm",
    "nuôi", "trồng", "chăn", "lái", "vận", "hành", "chăm", "sóc", "dạy", "đào", "tạo", "nghiệp",
    "sản", "xuất", "chế", "biến", "lắp", "đặt", "đóng", "cắt", "tiếng", "quản", "lý", "lí", "bán",
    "dịch", "vụ", "xưởng", "nhà", "máy", "cơ", "sở", "hộ", "người", "giáo", "phụ", "kinh", "doanh",
    "chuyên", "nghiệp", "cao", "cấp", "trung", "sơ", "mới", "đồ", "hướng", "dẫn", "an", "toàn",
    "thời", "ngày", "giờ", "tháng",
];

/// Whether `exact` (lowercased, canonical spelling, with diacritics) is a
/// head that names no trade on its own.
pub(crate) fn is_head(exact: &str) -> bool {
    GENERIC.contains(&exact)
}

/// Unaccented spellings of the generic heads that do not collide with a
/// trade word once folded ("may" is sewing as well as "máy": left out).
const GENERIC_FOLDED: &[&str] = &[
    "tho", "cong", "nhan", "vien", "ky", "ki", "thuat", "lao", "sua", "chua", "lam", "nuoi",
    "trong", "chan", "lai", "van", "hanh", "cham", "soc", "dao", "tao", "nghiep", "san", "xuat",
    "che", "bien", "lap", "dat", "cat", "tieng", "quan", "ly", "li", "ban", "dich", "vu", "xuong",
    "nha", "nguoi", "giao", "kinh", "doanh", "chuyen", "cap", "huong", "toan", "thoi",
];

/// Words that introduce a place.
const PLACE_WORDS: &[&str] = &["ở", "tại", "gần", "quanh", "vực"];

/// Syllables and pairs that make a query look like an organisation's name.
const NAME_WORDS: &[&str] = &["trường", "htx", "xưởng", "tiệm", "viện", "salon", "hội"];
const NAME_PAIRS: &[(&str, &str)] = &[
    ("cong", "ty"),
    ("trung", "tam"),
    ("hop", "tac"),
    ("cua", "hang"),
    ("hoc", "vien"),
    ("lang", "nghe"),
    ("tap", "doan"),
    ("xi", "nghiep"),
];

/// One syllable as the query has it.
pub(crate) struct Word<'a> {
    pub exact: &'a str,
    pub folded: &'a str,
    /// Adjacent to the previous syllable (no punctuation between).
    pub joined_to_previous: bool,
    /// Some word of the query has diacritics: the query's words are taken as
    /// typed ("may" in "học may công nghiệp" is sewing, not "máy").
    pub accented_query: bool,
}

/// A word list as typed and folded, folded once.
struct Words {
    exact: &'static [&'static str],
    folded: LazyLock<HashSet<String>>,
}

macro_rules! words {
    ($list:expr) => {
        Words {
            exact: $list,
            folded: LazyLock::new(|| $list.iter().map(|w| crate::analyzers::fold(w)).collect()),
        }
    };
}

static FILLER_SET: Words = words!(FILLERS);
static PLACE_SET: Words = words!(PLACE_WORDS);

impl Word<'_> {
    /// In `list` as typed, or, in a query typed without diacritics, folding
    /// to a word of `list`.
    fn is_in(&self, list: &Words) -> bool {
        if self.accented_query {
            list.exact.contains(&self.exact)
        } else {
            list.folded.contains(self.folded)
        }
    }

    /// The partner (folded) that makes this word a filler, if it is a
    /// paired filler.
    fn filler_partner(&self) -> Option<&'static str> {
        let (pairs, typed) = if self.accented_query {
            (PAIRED_FILLERS, self.exact)
        } else {
            (PAIRED_FILLERS_FOLDED, self.folded)
        };
        pairs
            .iter()
            .find_map(|&(word, partner)| (word == typed).then_some(partner))
    }

    fn is_generic(&self) -> bool {
        if self.accented_query {
            GENERIC.contains(&self.exact)
        } else {
            GENERIC_FOLDED.contains(&self.folded)
        }
    }

    /// A filler that may belong to a trade phrase: any filler typed without
    /// diacritics (its spelling is ambiguous), only some typed with them.
    fn protectable(&self) -> bool {
        !self.accented_query || PROTECTABLE.contains(&self.exact)
    }
}

pub(crate) struct Understood {
    pub roles: Vec<Role>,
    /// A course or a job, when the query's fillers say which.
    pub intent: Option<Intent>,
    /// A commune named in the query: (code, name as in the reference data).
    pub place: Option<(String, String)>,
    /// The query looks like an organisation's name: organisations' names match.
    pub name_like: bool,
}

/// Roles of the query's syllables. `known_pair(a, b)` says whether the folded
/// syllables `a b` stand next to each other in some title or skill.
pub(crate) fn understand(
    words: &[Word<'_>],
    known_pair: &mut dyn FnMut(&str, &str) -> bool,
    locator: &CommuneLocator,
) -> Understood {
    let n = words.len();
    let name_like = looks_like_a_name(words);
    if name_like || n < 2 {
        return Understood {
            roles: vec![Role::Content; n],
            intent: None,
            place: None,
            name_like,
        };
    }
    let mut roles: Vec<Role> = words
        .iter()
        .map(|w| {
            if w.is_generic() {
                Role::Generic
            } else {
                Role::Content
            }
        })
        .collect();
    let candidate: Vec<bool> = words.iter().map(|w| w.is_in(&FILLER_SET)).collect();
    let partners: Vec<Option<&str>> = words.iter().map(Word::filler_partner).collect();
    let paired: Vec<bool> = partners.iter().map(Option::is_some).collect();
    for i in 0..n {
        let filler = if candidate[i] {
            true
        } else if let Some(partner) = partners[i] {
            let is_partner = |j: usize| candidate[j] && words[j].folded == partner;
            (i > 0 && words[i].joined_to_previous && is_partner(i - 1))
                || (i + 1 < n && words[i + 1].joined_to_previous && is_partner(i + 1))
        } else {
            false
        };
        if filler {
            roles[i] = Role::Filler;
        }
    }
    // A filler in a known phrase with a trade word is a trade word.
    for i in 0..n {
        if roles[i] != Role::Filler || (paired[i] && !candidate[i]) || !words[i].protectable() {
            continue;
        }
        let before = i > 0
            && words[i].joined_to_previous
            && roles[i - 1] != Role::Filler
            && known_pair(words[i - 1].folded, words[i].folded);
        let after = i + 1 < n
            && words[i + 1].joined_to_previous
            && roles[i + 1] != Role::Filler
            && known_pair(words[i].folded, words[i + 1].folded);
        if before || after {
            roles[i] = if words[i].is_generic() {
                Role::Generic
            } else {
                Role::Content
            };
        }
    }
    let intent = intent_of(words, &roles);
    let place = find_place(words, &mut roles, locator);
    if !roles
        .iter()
        .any(|r| matches!(r, Role::Content | Role::Generic))
    {
        // Nothing names a trade, not even a head: take the words as typed.
        for role in &mut roles {
            if matches!(role, Role::Filler | Role::Place) {
                *role = Role::Content;
            }
        }
        return Understood {
            roles,
            intent,
            place: None,
            name_like,
        };
    }
    Understood {
        roles,
        intent,
        place,
        name_like,
    }
}

/// Filler words (folded) that ask for a course, and for a job.
const LEARN_WORDS: &[&str] = &["hoc"];
const WORK_WORDS: &[&str] = &["tuyen", "viec"];

/// A course or a job, as the query's fillers say: "học" (not "tin học") asks
/// for a course, "tuyển", "việc làm", "tìm việc" for a job; both or neither
/// say nothing.
fn intent_of(words: &[Word<'_>], roles: &[Role]) -> Option<Intent> {
    let said = |list: &[&str]| {
        words
            .iter()
            .zip(roles)
            .any(|(w, r)| *r == Role::Filler && list.contains(&w.folded))
    };
    match (said(LEARN_WORDS), said(WORK_WORDS)) {
        (true, false) => Some(Intent::Learn),
        (false, true) => Some(Intent::Work),
        _ => None,
    }
}

/// The longest commune name (2 to 4 syllables) after a place word, or closing
/// the query after a trade word; its syllables become [`Role::Place`].
fn find_place(
    words: &[Word<'_>],
    roles: &mut [Role],
    locator: &CommuneLocator,
) -> Option<(String, String)> {
    let n = words.len();
    for start in 0..n {
        let after_place_word = start > 0 && words[start - 1].is_in(&PLACE_SET);
        for len in (2..=4.min(n - start)).rev() {
            let end = start + len;
            let closing = end == n
                && roles[..start]
                    .iter()
                    .any(|r| matches!(r, Role::Content | Role::Generic));
            if !after_place_word && !closing {
                continue;
            }
            let folded: Vec<&str> = words[start..end].iter().map(|w| w.folded).collect();
            if let Some((code, name)) = locator.by_name(&folded) {
                for role in &mut roles[start..end] {
                    *role = Role::Place;
                }
                return Some((code.to_string(), name.to_string()));
            }
        }
    }
    None
}

fn looks_like_a_name(words: &[Word<'_>]) -> bool {
    words.iter().any(|w| w.folded.chars().any(|c| c.is_ascii_digit()))
        // Typed without diacritics, "vien" is "viên" as often as "viện".
        || words.iter().any(|w| NAME_WORDS.contains(&w.exact))
        || words
            .windows(2)
            .any(|p| NAME_PAIRS.contains(&(p[0].folded, p[1].folded)))
}

/// Groups the required syllables (content and generic, in query order) into
/// units a relaxed search keeps or drops whole. Adjacent pairs are taken
/// strongest first, each syllable in one unit:
///
/// 1. two trade syllables the index does not know as a phrase, taken as one
///    unknown word ("đồng hồ", "chim yến", "tóc giả"), unless the second
///    starts a known phrase ("nấm" in "trồng nấm xe máy") or the first ends
///    a known phrase of trade syllables ("máy" in "sửa xe máy zzz");
/// 2. a skill the index knows by these two words ("trồng hoa", "điều hòa",
///    see `skill_labels::label_keys`);
/// 3. any other phrase the index knows, the more documents have it the
///    stronger ("trồng hoa" in many titles before "hoa lan" in one), two
///    trade syllables before a head and a trade syllable;
///
/// left to right among equals, then one syllable. So "làm tóc giả" (wigs)
/// keeps the unknown word "tóc giả" whole rather than lending "tóc" to "làm
/// tóc" (hairdressing), "sửa điều hoà dân dụng" is "sửa", "điều hoà", "dân
/// dụng" (not "sửa điều", "hoà dân", "dụng"), and "trồng hoa lan" is "trồng
/// hoa" qualified by "lan". `pair_docs(a, b)` counts the documents with the
/// phrase `a b` (folded) in a title or skill, `label_pair(a, b)` says whether
/// it names a skill. Returns, per unit, its syllable indexes, in query order;
/// a unit is generic when all its syllables are.
pub(crate) fn units(
    words: &[Word<'_>],
    roles: &[Role],
    pair_docs: &mut dyn FnMut(&str, &str) -> u64,
    label_pair: &mut dyn FnMut(&str, &str) -> bool,
) -> Vec<Vec<usize>> {
    let n = words.len();
    let required = |i: usize| matches!(roles[i], Role::Content | Role::Generic);
    let pair_at =
        |i: usize| i + 1 < n && required(i) && required(i + 1) && words[i + 1].joined_to_previous;
    let docs: Vec<u64> = (0..n)
        .map(|i| {
            if pair_at(i) {
                pair_docs(words[i].folded, words[i + 1].folded)
            } else {
                0
            }
        })
        .collect();
    // (kind, documents with the pair (fewer last), with a head, first
    // syllable) of each adjacent pair of required syllables.
    let mut pairs = Vec::new();
    for i in (0..n).filter(|&i| pair_at(i)) {
        let trade = roles[i] == Role::Content && roles[i + 1] == Role::Content;
        let kind = if trade && docs[i] == 0 {
            // A known phrase next to it keeps its word: "xe máy" in "sửa xe
            // máy zzz", "nấm" in "trồng nấm xe máy".
            let left_trade_phrase = i > 0 && docs[i - 1] > 0 && roles[i - 1] == Role::Content;
            if docs[i + 1] > 0 || left_trade_phrase {
                continue;
            }
            0
        } else if label_pair(words[i].folded, words[i + 1].folded) {
            1
        } else if docs[i] > 0 {
            2
        } else {
            continue;
        };
        pairs.push((kind, std::cmp::Reverse(docs[i]), !trade, i));
    }
    pairs.sort_unstable();
    let mut taken = vec![false; n];
    let mut units = Vec::new();
    for (.., i) in pairs {
        if !taken[i] && !taken[i + 1] {
            taken[i] = true;
            taken[i + 1] = true;
            units.push(vec![i, i + 1]);
        }
    }
    units.extend(
        (0..n)
            .filter(|&i| required(i) && !taken[i])
            .map(|i| vec![i]),
    );
    units.sort_unstable_by_key(|unit| unit[0]);
    units
}
