//! The three Vietnamese analyzers every text field is indexed with, registered in
//! one place so the index and the query builder always agree.
//!
//! * `vi_exact`: lowercase, canonical spelling (tone placement, i/y), diacritics kept.
//! * `vi_folded`: as exact, then ASCII folding ("điện" → "dien", "nấm" → "nam").
//! * `vi_bigram`: adjacent folded syllables joined by `_` ("sua_xe", "xe_may"), never
//!   across punctuation, so a multi-syllable word beats the same syllables scattered.
//!
//! Texts must be NFC before they reach these analyzers (see [`normalize_text`]):
//! tantivy's tokenizer splits a decomposed letter from its combining marks.
//!
//! Every text part of a document goes to up to five fields (the catch-all's
//! exact, folded and bigram fields, and its part's own folded and bigram ones),
//! and tantivy runs a field's analyzer for each. The registered analyzers
//! therefore share one analysis per short text (labels, names, titles) on each
//! indexing thread ([`Memo`]): the first field computes the three token lists in
//! one pass, the others read theirs. Long texts (descriptions) are unique to
//! their document and streamed word by word instead. Either way each distinct
//! word's forms are worked out once per thread ([`OnePass`]).

use std::rc::Rc;

use rustc_hash::FxHashMap;

use tantivy::Index;
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer, Token,
    TokenFilter, TokenStream, Tokenizer,
};

use crate::vietnamese::{canonical_syllable, nfc};

pub const EXACT: &str = "vi_exact";
pub const FOLDED: &str = "vi_folded";
pub const BIGRAM: &str = "vi_bigram";

/// Longest token kept, in bytes; longer ones are noise (URLs, base64) and bloat the index.
const MAX_TOKEN_BYTES: usize = 48;

/// Short texts (labels, names, titles) remembered per indexing thread: skill and
/// occupation labels are most of a document's texts and repeat across thousands
/// of documents, so they are analysed once per thread, not once per document.
const MEMO_SHORT_TEXTS: usize = 16_384;
/// Texts up to this many bytes count as short. Longer ones (descriptions) are
/// unique: they are analysed as they are read ([`StreamedTokens`]), once per
/// field, without a `String` per token.
const SHORT_TEXT_BYTES: usize = 256;

/// Registers every analyzer used by the schema on `index`.
pub fn register_analyzers(index: &Index) {
    let tokenizers = index.tokenizers();
    tokenizers.register(EXACT, TextAnalyzer::from(Memo(Form::Exact)));
    tokenizers.register(FOLDED, TextAnalyzer::from(Memo(Form::Folded)));
    tokenizers.register(BIGRAM, TextAnalyzer::from(Memo(Form::Bigrams)));
}

#[derive(Debug, Clone, Copy)]
enum Form {
    Exact,
    Folded,
    Bigrams,
}

/// One of the three analyses: short texts are served from the calling thread's
/// memo of [`OnePass`] results (computed on a miss), long ones streamed. Gives
/// exactly the tokens of [`exact_analyzer`], [`folded_analyzer`] and the bigrams
/// of the folded tokens.
#[derive(Clone)]
struct Memo(Form);

type MemoMap = FxHashMap<String, Rc<Analysed>>;

thread_local! {
    // Fx, not SipHash: every text of every document is hashed here, and SipHash
    // took 2% of a rebuild. The keys are our own documents' texts.
    static MEMO: std::cell::RefCell<(OnePass, MemoMap)> =
        std::cell::RefCell::new((OnePass::new(), MemoMap::default()));
}

fn memoised(text: &str) -> Rc<Analysed> {
    MEMO.with_borrow_mut(|(pass, memo)| {
        if let Some(analysed) = memo.get(text) {
            return Rc::clone(analysed);
        }
        if memo.len() >= MEMO_SHORT_TEXTS {
            memo.clear();
        }
        let analysed = Rc::new(pass.analyse(text));
        memo.insert(text.to_owned(), Rc::clone(&analysed));
        analysed
    })
}

/// Calls `each` with the byte span and folded form of every word of `text`:
/// the tokens of [`folded_analyzer`], without building them, from the calling
/// thread's table of word forms (highlighting a page reuses it across hits).
pub(crate) fn for_each_folded_word(text: &str, mut each: impl FnMut(usize, usize, &str)) {
    MEMO.with_borrow_mut(|(pass, _)| {
        for (from, to) in WordSpans::new(text) {
            let word = &text[from..to];
            if word.len() < MAX_TOKEN_BYTES {
                each(from, to, &pass.forms(word).1);
            }
        }
    });
}

impl Tokenizer for Memo {
    type TokenStream<'a> = AnalysedTokens<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> AnalysedTokens<'a> {
        if text.len() > SHORT_TEXT_BYTES {
            return AnalysedTokens::Streamed(StreamedTokens::new(text, self.0));
        }
        AnalysedTokens::Memo(MemoTokenStream {
            analysed: memoised(text),
            form: self.0,
            next: 0,
            changed: None,
        })
    }
}

enum AnalysedTokens<'a> {
    Memo(MemoTokenStream),
    Streamed(StreamedTokens<'a>),
}

impl TokenStream for AnalysedTokens<'_> {
    fn advance(&mut self) -> bool {
        match self {
            AnalysedTokens::Memo(s) => s.advance(),
            AnalysedTokens::Streamed(s) => s.advance(),
        }
    }

    fn token(&self) -> &Token {
        match self {
            AnalysedTokens::Memo(s) => s.token(),
            AnalysedTokens::Streamed(s) => s.token(),
        }
    }

    fn token_mut(&mut self) -> &mut Token {
        match self {
            AnalysedTokens::Memo(s) => s.token_mut(),
            AnalysedTokens::Streamed(s) => s.token_mut(),
        }
    }
}

/// One form of a text's tokens, worked out word by word into one reused token
/// (the words' forms come from the thread's [`OnePass`] table).
struct StreamedTokens<'a> {
    text: &'a str,
    words: WordSpans<'a>,
    form: Form,
    /// Position of the next word, counting the words too long to keep.
    position: usize,
    token: Token,
    /// For bigrams: the last kept word (its span, position and folded form).
    previous: Option<(usize, usize, usize)>,
    previous_folded: String,
}

impl<'a> StreamedTokens<'a> {
    fn new(text: &'a str, form: Form) -> StreamedTokens<'a> {
        StreamedTokens {
            text,
            words: WordSpans::new(text),
            form,
            position: 0,
            token: Token::default(),
            previous: None,
            previous_folded: String::new(),
        }
    }
}

impl TokenStream for StreamedTokens<'_> {
    fn advance(&mut self) -> bool {
        while let Some((from, to)) = self.words.next() {
            let position = self.position;
            self.position += 1;
            let word = &self.text[from..to];
            if word.len() >= MAX_TOKEN_BYTES {
                continue;
            }
            let token = &mut self.token;
            token.text.clear();
            let emitted = MEMO.with_borrow_mut(|(pass, _)| {
                let (exact, folded) = pass.forms(word);
                match self.form {
                    Form::Exact => token.text.push_str(exact),
                    Form::Folded => token.text.push_str(folded),
                    Form::Bigrams => {
                        let pair = self
                            .previous
                            .filter(|&(_, prev_to, _)| adjacent_spans(self.text, prev_to, from));
                        let emitted = if let Some((prev_from, _, prev_position)) = pair {
                            token.text.push_str(&self.previous_folded);
                            token.text.push('_');
                            token.text.push_str(folded);
                            token.offset_from = prev_from;
                            token.offset_to = to;
                            token.position = prev_position;
                            true
                        } else {
                            false
                        };
                        self.previous = Some((from, to, position));
                        self.previous_folded.clear();
                        self.previous_folded.push_str(folded);
                        return emitted;
                    }
                }
                token.offset_from = from;
                token.offset_to = to;
                token.position = position;
                true
            });
            if emitted {
                self.token.position_length = 1;
                return true;
            }
        }
        false
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

/// Reads the memoised tokens in place; a token is copied only if a filter asks
/// to change it (none does: these analyzers have no filters after them).
struct MemoTokenStream {
    analysed: Rc<Analysed>,
    form: Form,
    next: usize,
    changed: Option<Token>,
}

impl MemoTokenStream {
    fn tokens(&self) -> &[Token] {
        match self.form {
            Form::Exact => &self.analysed.exact,
            Form::Folded => &self.analysed.folded,
            Form::Bigrams => &self.analysed.bigrams,
        }
    }
}

impl TokenStream for MemoTokenStream {
    fn advance(&mut self) -> bool {
        self.changed = None;
        self.next += 1;
        self.next <= self.tokens().len()
    }

    fn token(&self) -> &Token {
        match &self.changed {
            Some(token) => token,
            None => &self.tokens()[self.next - 1],
        }
    }

    fn token_mut(&mut self) -> &mut Token {
        let current = self.token().clone();
        self.changed.insert(current)
    }
}

/// NFC, lowercase and canonical spelling of every syllable, diacritics kept.
/// Punctuation and spacing are preserved, so the result is still readable text.
pub fn normalize_text(s: &str) -> String {
    let lower = nfc(s).to_lowercase();
    let mut out = String::with_capacity(lower.len());
    let mut word = String::new();
    for c in lower.chars() {
        if c.is_alphanumeric() {
            word.push(c);
        } else {
            out.push_str(&canonical_syllable(&word));
            word.clear();
            out.push(c);
        }
    }
    out.push_str(&canonical_syllable(&word));
    out
}

/// Folds one already normalised string to ASCII ("điện lạnh" → "dien lanh").
pub fn fold(s: &str) -> String {
    let mut folded = String::with_capacity(s.len());
    let mut analyzer = folding_analyzer();
    let mut stream = analyzer.token_stream(s);
    while let Some(token) = stream.next() {
        folded.push_str(&token.text);
    }
    folded
}

pub(crate) fn exact_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(CanonicalSpelling)
        .build()
}

pub(crate) fn folded_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(CanonicalSpelling)
        .filter(AsciiFoldingFilter)
        .build()
}

/// One text analysed the three ways, in one pass.
pub(crate) struct Analysed {
    pub exact: Vec<Token>,
    pub folded: Vec<Token>,
    pub bigrams: Vec<Token>,
}

/// Analyses texts (NFC) into exact, folded and bigram tokens; keep one for many
/// texts. Gives the tokens of [`exact_analyzer`] and [`folded_analyzer`], but
/// works out each distinct word's forms once: a rebuild meets a few thousand
/// distinct words in millions of tokens, and lowercasing, respelling and
/// folding them one by one was a fifth of its time.
pub(crate) struct OnePass {
    folding: TextAnalyzer,
    /// Word as written → its index in `forms`. An index, not the forms, so that
    /// a word already met costs one look-up: returning a borrow of the map's
    /// value from a `get` that may miss needs a second look-up under today's
    /// borrow checker.
    words: FxHashMap<Box<str>, usize>,
    /// (exact, folded) form of each word of `words`.
    forms: Vec<(String, String)>,
}

/// Distinct words remembered by a [`OnePass`] before it starts over.
const MEMO_WORDS: usize = 65_536;

impl OnePass {
    pub(crate) fn new() -> OnePass {
        OnePass {
            folding: folding_analyzer(),
            words: FxHashMap::default(),
            forms: Vec::new(),
        }
    }

    pub(crate) fn analyse(&mut self, text: &str) -> Analysed {
        let mut exact = Vec::new();
        let mut folded = Vec::new();
        for (position, (from, to)) in WordSpans::new(text).enumerate() {
            let word = &text[from..to];
            // RemoveLongFilter's rule, on the word as written.
            if word.len() >= MAX_TOKEN_BYTES {
                continue;
            }
            let (exact_form, folded_form) = self.forms(word);
            let token = |text: &String| Token {
                offset_from: from,
                offset_to: to,
                position,
                text: text.clone(),
                position_length: 1,
            };
            exact.push(token(exact_form));
            folded.push(token(folded_form));
        }
        let bigrams = bigrams(text, &folded);
        Analysed {
            exact,
            folded,
            bigrams,
        }
    }

    fn forms(&mut self, word: &str) -> &(String, String) {
        if let Some(&known) = self.words.get(word) {
            return &self.forms[known];
        }
        if self.words.len() >= MEMO_WORDS {
            self.words.clear();
            self.forms.clear();
        }
        let lower = lowercase(word);
        let exact = match canonical_syllable(&lower) {
            std::borrow::Cow::Owned(canonical) => canonical,
            std::borrow::Cow::Borrowed(_) => lower,
        };
        let folded = self.fold_token(&exact);
        self.words.insert(word.into(), self.forms.len());
        self.forms.push((exact, folded));
        &self.forms[self.forms.len() - 1]
    }

    /// [`AsciiFoldingFilter`] on one token: what the folded analyzer adds to the
    /// exact one. Many syllables are ASCII already.
    fn fold_token(&mut self, token: &str) -> String {
        if token.is_ascii() {
            return token.to_owned();
        }
        let mut folded = String::with_capacity(token.len());
        self.folding
            .token_stream(token)
            .process(&mut |t| folded.push_str(&t.text));
        folded
    }
}

/// Byte spans of the words of `text` as [`SimpleTokenizer`] cuts them: maximal
/// runs of alphanumeric characters.
struct WordSpans<'a> {
    text: &'a str,
    chars: std::iter::Peekable<std::str::CharIndices<'a>>,
}

impl<'a> WordSpans<'a> {
    fn new(text: &'a str) -> WordSpans<'a> {
        WordSpans {
            text,
            chars: text.char_indices().peekable(),
        }
    }
}

impl Iterator for WordSpans<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let (from, _) = self.chars.find(|(_, c)| is_word_char(*c))?;
        let mut to = self.text.len();
        while let Some(&(offset, c)) = self.chars.peek() {
            if !is_word_char(c) {
                to = offset;
                break;
            }
            self.chars.next();
        }
        Some((from, to))
    }
}

/// [`char::is_alphanumeric`], [`SimpleTokenizer`]'s rule, answered at once for
/// the Latin letters Vietnamese is written with: the standard library looks
/// every non-ASCII character up in its Unicode tables, and a fifth of the
/// characters of a Vietnamese text are not ASCII.
fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        '\u{00C0}'..='\u{024F}' => c != '\u{00D7}' && c != '\u{00F7}',
        '\u{1E00}'..='\u{1EFF}' => true,
        _ if c.is_ascii() => false,
        _ => c.is_alphanumeric(),
    }
}

/// [`LowerCaser`]'s rule: ASCII lowercasing, or every character's lowercase.
fn lowercase(word: &str) -> String {
    if word.is_ascii() {
        word.to_ascii_lowercase()
    } else {
        word.chars().flat_map(char::to_lowercase).collect()
    }
}

fn folding_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(tantivy::tokenizer::RawTokenizer::default())
        .filter(AsciiFoldingFilter)
        .build()
}

fn bigrams(text: &str, syllables: &[Token]) -> Vec<Token> {
    syllables
        .windows(2)
        .filter(|pair| adjacent(text, &pair[0], &pair[1]))
        .map(|pair| Token {
            offset_from: pair[0].offset_from,
            offset_to: pair[1].offset_to,
            position: pair[0].position,
            text: join_bigram(&pair[0].text, &pair[1].text),
            position_length: 1,
        })
        .collect()
}

/// "sua" + "xe" → "sua_xe", without the formatting machinery of `format!`
/// (a few percent of a rebuild).
fn join_bigram(first: &str, second: &str) -> String {
    let mut joined = String::with_capacity(first.len() + 1 + second.len());
    joined.push_str(first);
    joined.push('_');
    joined.push_str(second);
    joined
}

/// Runs `analyzer` over `text` and collects its tokens.
pub(crate) fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    analyzer
        .token_stream(text)
        .process(&mut |t| out.push(t.clone()));
    out
}

/// Token filter applying [`canonical_syllable`] to lowercased tokens.
#[derive(Clone, Copy)]
struct CanonicalSpelling;

impl TokenFilter for CanonicalSpelling {
    type Tokenizer<T: Tokenizer> = CanonicalSpellingTokenizer<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> Self::Tokenizer<T> {
        CanonicalSpellingTokenizer(tokenizer)
    }
}

#[derive(Clone)]
struct CanonicalSpellingTokenizer<T>(T);

impl<T: Tokenizer> Tokenizer for CanonicalSpellingTokenizer<T> {
    type TokenStream<'a> = CanonicalSpellingStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        CanonicalSpellingStream(self.0.token_stream(text))
    }
}

struct CanonicalSpellingStream<S>(S);

impl<S: TokenStream> TokenStream for CanonicalSpellingStream<S> {
    fn advance(&mut self) -> bool {
        if !self.0.advance() {
            return false;
        }
        let token = self.0.token_mut();
        if let std::borrow::Cow::Owned(canonical) = canonical_syllable(&token.text) {
            token.text = canonical;
        }
        true
    }

    fn token(&self) -> &Token {
        self.0.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.0.token_mut()
    }
}

pub(crate) fn adjacent(text: &str, first: &Token, second: &Token) -> bool {
    adjacent_spans(text, first.offset_to, second.offset_from)
}

/// Whether only spaces and hyphens lie between two words.
pub(crate) fn adjacent_spans(text: &str, first_end: usize, second_start: usize) -> bool {
    text.get(first_end..second_start)
        .is_some_and(|gap| gap.chars().all(|c| c.is_whitespace() || c == '-'))
}

#[cfg(test)]
mod tests {
    use tantivy::schema::Schema;
    use unicode_normalization::UnicodeNormalization;

    use super::*;

    fn analyze(name: &str, text: &str) -> Vec<String> {
        let index = Index::create_in_ram(Schema::builder().build());
        register_analyzers(&index);
        let mut analyzer = index.tokenizers().get(name).unwrap();
        tokens(&mut analyzer, &nfc(text))
            .into_iter()
            .map(|t| t.text)
            .collect()
    }

    #[test]
    fn exact_keeps_diacritics_and_canonicalises_spelling() {
        assert_eq!(
            analyze(EXACT, "Sửa chữa XE MÁY"),
            ["sửa", "chữa", "xe", "máy"]
        );
        assert_eq!(
            analyze(EXACT, "Điều hoà, thuỷ sản"),
            ["điều", "hòa", "thủy", "sản"]
        );
        assert_eq!(analyze(EXACT, "kỹ thuật"), analyze(EXACT, "kĩ thuật"));
    }

    #[test]
    fn folded_removes_every_vietnamese_mark() {
        assert_eq!(analyze(FOLDED, "Điện dân dụng"), ["dien", "dan", "dung"]);
        assert_eq!(
            analyze(FOLDED, "trồng nấm ươm cây"),
            ["trong", "nam", "uom", "cay"]
        );
        assert_eq!(
            analyze(FOLDED, "Ăn ở, đường ống"),
            ["an", "o", "duong", "ong"]
        );
    }

    #[test]
    fn nfd_input_analyses_like_nfc() {
        let nfd: String = "Chăm sóc người cao tuổi".nfd().collect();
        assert_eq!(
            analyze(FOLDED, &nfd),
            ["cham", "soc", "nguoi", "cao", "tuoi"]
        );
        assert_eq!(
            analyze(EXACT, &nfd),
            analyze(EXACT, "Chăm sóc người cao tuổi")
        );
    }

    #[test]
    fn bigrams_join_adjacent_syllables_only() {
        assert_eq!(
            analyze(BIGRAM, "Sửa chữa xe máy"),
            ["sua_chua", "chua_xe", "xe_may"]
        );
        assert_eq!(
            analyze(BIGRAM, "xe máy, điện lạnh"),
            ["xe_may", "dien_lanh"]
        );
        assert_eq!(analyze(BIGRAM, "nấm"), Vec::<String>::new());
    }

    #[test]
    fn registered_analyzers_match_the_plain_chains() {
        let index = Index::create_in_ram(Schema::builder().build());
        register_analyzers(&index);
        let texts = [
            "Sửa chữa XE MÁY, điện lạnh - điều hoà; thuỷ sản kỹ thuật",
            "Công ty TNHH Hoà Bình: tuyển 12 thợ hàn CO2 (hàn-MIG)",
            "",
            "ĐƯỜNG ỐNG ăn ở Ứng Hoà https://example.com/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "ÔNG BÀ  ΣΑΣ 123abc ĐỒNG-HỒ ĐỒNG hồ Ǆ…xe—máy ",
        ];
        // Longer than a short text: streamed instead of memoised.
        let long = [
            texts[0].repeat(5),
            format!("{} {} {} {} sửa xe", texts[3], texts[1], texts[4], texts[0]),
            format!(
                "{} aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa xe máy",
                texts[1].repeat(5)
            ),
        ];
        assert!(long.iter().all(|t| t.len() > SHORT_TEXT_BYTES));
        let texts: Vec<&str> = texts
            .iter()
            .copied()
            .chain(long.iter().map(String::as_str))
            .collect();
        // Twice: the second round is served from the memo.
        for text in texts.iter().chain(&texts) {
            let text = nfc(text);
            let folded = tokens(&mut folded_analyzer(), &text);
            for (name, expected) in [
                (EXACT, tokens(&mut exact_analyzer(), &text)),
                (BIGRAM, bigrams(&text, &folded)),
                (FOLDED, folded.clone()),
            ] {
                let mut analyzer = index.tokenizers().get(name).unwrap();
                let got = tokens(&mut analyzer, &text);
                let key = |t: &Token| (t.text.clone(), t.offset_from, t.offset_to, t.position);
                assert_eq!(
                    got.iter().map(key).collect::<Vec<_>>(),
                    expected.iter().map(key).collect::<Vec<_>>(),
                    "{name}: {text}"
                );
            }
            let mut words = Vec::new();
            for_each_folded_word(&text, |from, to, form| {
                words.push((form.to_owned(), from, to))
            });
            let spans = |t: &Token| (t.text.clone(), t.offset_from, t.offset_to);
            assert_eq!(
                words,
                folded.iter().map(spans).collect::<Vec<_>>(),
                "{text}"
            );
        }
    }

    #[test]
    fn word_chars_are_the_alphanumeric_ones() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn normalize_text_keeps_punctuation() {
        assert_eq!(normalize_text("Hoà Lạc, THUỶ SẢN!"), "hòa lạc, thủy sản!");
        assert_eq!(fold("điện lạnh"), "dien lanh");
    }
}
