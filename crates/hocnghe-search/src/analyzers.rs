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

/// Registers every analyzer used by the schema on `index`.
pub fn register_analyzers(index: &Index) {
    let tokenizers = index.tokenizers();
    tokenizers.register(EXACT, exact_analyzer());
    tokenizers.register(FOLDED, folded_analyzer());
    tokenizers.register(
        BIGRAM,
        TextAnalyzer::from(BigramTokenizer {
            folded: folded_analyzer(),
        }),
    );
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

/// One text analysed the three ways, in one pass: what the registered analyzers
/// produce, for indexing a value into several fields without analysing it again
/// for each of them (see `schema::Fields::add_text`).
pub(crate) struct Analysed {
    pub exact: Vec<Token>,
    pub folded: Vec<Token>,
    pub bigrams: Vec<Token>,
}

/// Analyses texts (NFC) as [`EXACT`], [`FOLDED`] and [`BIGRAM`] would; keep one
/// for many texts.
pub(crate) struct OnePass {
    exact: TextAnalyzer,
    folding: TextAnalyzer,
}

impl OnePass {
    pub(crate) fn new() -> OnePass {
        OnePass {
            exact: exact_analyzer(),
            folding: folding_analyzer(),
        }
    }

    pub(crate) fn analyse(&mut self, text: &str) -> Analysed {
        let exact = tokens(&mut self.exact, text);
        let folded: Vec<Token> = exact
            .iter()
            .map(|t| Token {
                text: self.fold_token(&t.text),
                ..t.clone()
            })
            .collect();
        let bigrams = bigrams(text, &folded);
        Analysed {
            exact,
            folded,
            bigrams,
        }
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
            text: format!("{}_{}", pair[0].text, pair[1].text),
            position_length: 1,
        })
        .collect()
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

/// Emits `a_b` for every pair of adjacent folded syllables separated only by spaces
/// or hyphens. The bigram's position is the first syllable's.
#[derive(Clone)]
struct BigramTokenizer {
    folded: TextAnalyzer,
}

impl Tokenizer for BigramTokenizer {
    type TokenStream<'a> = VecTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> VecTokenStream {
        let syllables = tokens(&mut self.folded, text);
        VecTokenStream::new(bigrams(text, &syllables))
    }
}

pub(crate) fn adjacent(text: &str, first: &Token, second: &Token) -> bool {
    text.get(first.offset_to..second.offset_from)
        .is_some_and(|gap| gap.chars().all(|c| c.is_whitespace() || c == '-'))
}

pub(crate) struct VecTokenStream {
    tokens: Vec<Token>,
    next: usize,
}

impl VecTokenStream {
    fn new(tokens: Vec<Token>) -> Self {
        VecTokenStream { tokens, next: 0 }
    }
}

impl TokenStream for VecTokenStream {
    fn advance(&mut self) -> bool {
        self.next += 1;
        self.next <= self.tokens.len()
    }

    fn token(&self) -> &Token {
        &self.tokens[self.next - 1]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.next - 1]
    }
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
    fn one_pass_analysis_matches_the_registered_analyzers() {
        let index = Index::create_in_ram(Schema::builder().build());
        register_analyzers(&index);
        let texts = [
            "Sửa chữa XE MÁY, điện lạnh - điều hoà; thuỷ sản kỹ thuật",
            "Công ty TNHH Hoà Bình: tuyển 12 thợ hàn CO2 (hàn-MIG)",
            "",
            "ĐƯỜNG ỐNG ăn ở Ứng Hoà https://example.com/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        ];
        for text in texts {
            let text = nfc(text);
            let analysed = OnePass::new().analyse(&text);
            for (name, got) in [
                (EXACT, &analysed.exact),
                (FOLDED, &analysed.folded),
                (BIGRAM, &analysed.bigrams),
            ] {
                let mut analyzer = index.tokenizers().get(name).unwrap();
                let expected = tokens(&mut analyzer, &text);
                let key = |t: &Token| (t.text.clone(), t.offset_from, t.offset_to, t.position);
                assert_eq!(
                    got.iter().map(key).collect::<Vec<_>>(),
                    expected.iter().map(key).collect::<Vec<_>>(),
                    "{name}: {text}"
                );
            }
        }
    }

    #[test]
    fn normalize_text_keeps_punctuation() {
        assert_eq!(normalize_text("Hoà Lạc, THUỶ SẢN!"), "hòa lạc, thủy sản!");
        assert_eq!(fold("điện lạnh"), "dien lanh");
    }
}
