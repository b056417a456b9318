#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Runs every query of `relevance/queries.toml` against an in-RAM index of
//! `relevance/corpus.json`, and against a baseline (plain tantivy: one folded
//! text field, ASCII folding, OR of the words), prints a table per query
//! category (NDCG@10, MRR, P@5, and the honest rate on no-answer queries), and
//! fails when hocnghe falls under the thresholds below.
//!
//! Grades: `best` 3, `relevant` 2 (`first`, where given, 3), `partial` 1.
//! MRR, recall@3 and "first" count grades 2 and 3 as relevant; NDCG@10 uses
//! the gains 2^grade - 1; P@5 counts hits of any grade among the first five.
//! A `no_answer` query is honest when it returns **zero hits** (strict); the
//! table also shows the looser "flagged" rate (zero hits, or hits that the
//! engine marks as partial through `relaxed`). Answerable queries and
//! no-answer queries are scored apart: NDCG, MRR and P@5 only over the first.
//! `HOCNGHE_RELEVANCE_DUMP=path` writes every query's ranked ids as JSON.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::NaiveDate;
use hocnghe_domain::{CourseLevel, DeliveryMode, EmploymentType};
use hocnghe_search::{
    CommuneLocator, CourseDoc, CourseQuery, DemandDoc, DemandQuery, IndexOp, SearchIndex, Synonyms,
};
use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;

const MIN_MRR: f64 = 0.98;
/// Over grades 2 and 3: the 77 older queries alone keep 0.98; the newer ones
/// list more acceptable documents than three.
const MIN_RECALL_AT_3: f64 = 0.90;
const MIN_FIRST_RIGHT: f64 = 0.97;
const MIN_NDCG: f64 = 0.95;
/// Natural sentences ("tôi muốn học nghề sửa điện thoại ở gia lâm").
const MIN_SENTENCE_NDCG: f64 = 0.88;
/// No-answer queries answered with zero hits (issue 25's line).
const MIN_HONEST: f64 = 0.95;
/// ... and every one of them either empty or flagged as a partial match.
const MIN_FLAGGED: f64 = 0.97;
/// Ranks looked at for the reciprocal rank.
const DEPTH: u32 = 10;

#[derive(Deserialize)]
struct Corpus {
    courses: Vec<CourseDoc>,
    demands: Vec<DemandDoc>,
}

#[derive(Deserialize)]
struct Judgements {
    query: Vec<Judged>,
}

#[derive(Deserialize)]
struct Judged {
    kind: String,
    category: String,
    q: String,
    #[serde(default)]
    relevant: Vec<i64>,
    first: Option<i64>,
    #[serde(default)]
    best: Vec<i64>,
    #[serde(default)]
    partial: Vec<i64>,
    #[serde(default)]
    no_answer: bool,
    #[serde(default)]
    nfd: bool,
    commune: Option<String>,
    radius_km: Option<f64>,
    level: Option<CourseLevel>,
    mode: Option<DeliveryMode>,
    max_fee: Option<i64>,
    starts_after: Option<NaiveDate>,
    employment_type: Option<EmploymentType>,
    min_wage: Option<i64>,
    active_on: Option<NaiveDate>,
}

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/relevance")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn locator() -> CommuneLocator {
    let csv = fixture("communes.csv");
    let rows: Vec<Vec<&str>> = csv
        .lines()
        .skip(1)
        .map(|line| line.split(',').collect())
        .collect();
    let centroids = rows
        .iter()
        .map(|cols| {
            (
                cols[0].to_string(),
                cols[2].parse().unwrap(),
                cols[3].parse().unwrap(),
            )
        })
        .collect();
    let names = rows
        .iter()
        .map(|cols| (cols[0].to_string(), cols[1].to_string()));
    CommuneLocator::new(centroids).with_names(names)
}

/// The shipped synonym groups (`data/taxonomy/synonyms.csv`, what the API
/// loads) and this set's own few, plus one group per skill (label and
/// alternative labels), as the API builds them.
fn synonyms(corpus: &Corpus) -> Synonyms {
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/taxonomy/synonyms.csv");
    let shipped =
        std::fs::read_to_string(&shipped).unwrap_or_else(|e| panic!("{}: {e}", shipped.display()));
    let mut groups: Vec<Vec<String>> = fixture("synonyms.csv")
        .lines()
        .skip(1)
        .chain(shipped.lines().skip(1))
        .map(|l| l.split('|').map(str::to_string).collect())
        .collect();
    let skills = corpus
        .courses
        .iter()
        .flat_map(|c| &c.skills)
        .chain(corpus.demands.iter().flat_map(|d| &d.skills));
    for skill in skills {
        let mut group = vec![skill.label.clone()];
        group.extend(skill.alt_labels.iter().cloned());
        groups.push(group);
    }
    Synonyms::from_groups(groups)
}

fn corpus() -> Corpus {
    serde_json::from_str(&fixture("corpus.json")).unwrap()
}

fn build_index() -> SearchIndex {
    let corpus = corpus();
    let index = SearchIndex::open_in_ram(locator(), synonyms(&corpus)).unwrap();
    let ops = corpus
        .courses
        .into_iter()
        .map(IndexOp::UpsertCourse)
        .chain(corpus.demands.into_iter().map(IndexOp::UpsertDemand));
    index.writer().unwrap().rebuild(ops, 1).unwrap();
    index
}

/// The ranked ids (at most [`DEPTH`]) and whether the engine said they are
/// partial matches.
fn run(index: &SearchIndex, j: &Judged) -> (Vec<i64>, bool) {
    let q = if j.nfd {
        j.q.nfd().collect()
    } else {
        j.q.clone()
    };
    run_q(index, j, Some(q), 1, DEPTH)
}

fn run_q(
    index: &SearchIndex,
    j: &Judged,
    q: Option<String>,
    page: u32,
    per_page: u32,
) -> (Vec<i64>, bool) {
    match j.kind.as_str() {
        "course" => {
            let query = CourseQuery {
                q: q.clone(),
                commune: j.commune.clone(),
                radius_km: j.radius_km,
                level: j.level,
                mode: j.mode,
                max_fee: j.max_fee,
                starts_after: j.starts_after,
                page,
                per_page,
                ..Default::default()
            };
            let found = index.search_courses(&query).unwrap();
            // A page shows the full matches, then the near ones.
            let near = found.near.iter().flat_map(|n| &n.hits);
            (
                found.hits.iter().chain(near).map(|h| h.id).collect(),
                found.relaxed.is_some(),
            )
        }
        "demand" => {
            let query = DemandQuery {
                q,
                commune: j.commune.clone(),
                radius_km: j.radius_km,
                employment_type: j.employment_type,
                min_wage: j.min_wage,
                active_on: j.active_on,
                page,
                per_page,
                ..Default::default()
            };
            let found = index.search_demands(&query).unwrap();
            // A page shows the full matches, then the near ones.
            let near = found.near.iter().flat_map(|n| &n.hits);
            (
                found.hits.iter().chain(near).map(|h| h.id).collect(),
                found.relaxed.is_some(),
            )
        }
        other => panic!("unknown kind {other}"),
    }
}

/// Every id passing the query's filters (no text), for the baseline, which
/// has no filters of its own.
fn allowed(index: &SearchIndex, j: &Judged) -> Vec<i64> {
    let mut ids = Vec::new();
    for page in 1.. {
        let (found, _) = run_q(index, j, None, page, 100);
        let done = found.len() < 100;
        ids.extend(found);
        if done {
            break;
        }
    }
    ids
}

/// Plain tantivy: the title and all the other text in two fields, analysed
/// with the simple tokenizer, lowercasing and ASCII folding; the query parser's
/// default OR of the words, title boosted 2.
mod baseline {
    use super::Corpus;
    use tantivy::collector::TopDocs;
    use tantivy::query::QueryParser;
    use tantivy::schema::{
        Field, INDEXED, IndexRecordOption, STORED, Schema, TextFieldIndexing, TextOptions, Value,
    };
    use tantivy::tokenizer::{AsciiFoldingFilter, LowerCaser, SimpleTokenizer, TextAnalyzer};
    use tantivy::{Index, IndexReader, TantivyDocument, doc};

    pub struct Baseline {
        index: Index,
        reader: IndexReader,
        id: Field,
        kind: Field,
        title: Field,
        body: Field,
    }

    impl Baseline {
        pub fn build(corpus: &Corpus) -> Baseline {
            let mut builder = Schema::builder();
            let text = TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer("folding")
                    .set_index_option(IndexRecordOption::WithFreqsAndPositions),
            );
            let id = builder.add_i64_field("id", INDEXED | STORED);
            let kind = builder.add_text_field("kind", tantivy::schema::STRING | STORED);
            let title = builder.add_text_field("title", text.clone());
            let body = builder.add_text_field("body", text);
            let index = Index::create_in_ram(builder.build());
            index.tokenizers().register(
                "folding",
                TextAnalyzer::builder(SimpleTokenizer::default())
                    .filter(LowerCaser)
                    .filter(AsciiFoldingFilter)
                    .build(),
            );
            // One thread, one segment: equal scores keep one order from run to run.
            let mut writer = index.writer_with_num_threads(1, 50_000_000).unwrap();
            let skills = |s: &[hocnghe_search::SkillRef]| {
                s.iter()
                    .flat_map(|s| std::iter::once(s.label.clone()).chain(s.alt_labels.clone()))
                    .collect::<Vec<_>>()
                    .join(". ")
            };
            for c in &corpus.courses {
                let rest = [
                    c.description.clone(),
                    c.occupation_name.clone().unwrap_or_default(),
                    skills(&c.skills),
                    c.module_titles.join(". "),
                    c.provider_name.clone(),
                ]
                .join(". ");
                writer
                    .add_document(
                        doc!(id => c.id, kind => "course", title => c.title.clone(), body => rest),
                    )
                    .unwrap();
            }
            for d in &corpus.demands {
                let rest = [
                    d.description.clone(),
                    d.occupation_name.clone().unwrap_or_default(),
                    skills(&d.skills),
                    d.employer_name.clone(),
                ]
                .join(". ");
                writer
                    .add_document(
                        doc!(id => d.id, kind => "demand", title => d.title.clone(), body => rest),
                    )
                    .unwrap();
            }
            writer.commit().unwrap();
            let reader = index.reader().unwrap();
            Baseline {
                index,
                reader,
                id,
                kind,
                title,
                body,
            }
        }

        /// The best `depth` ids of `kind` among `allowed`.
        pub fn search(&self, kind: &str, q: &str, allowed: &[i64], depth: usize) -> Vec<i64> {
            let mut parser = QueryParser::for_index(&self.index, vec![self.title, self.body]);
            parser.set_field_boost(self.title, 2.0);
            // Query syntax characters are text to a searcher.
            let q: String = q
                .chars()
                .map(|c| if c.is_alphanumeric() { c } else { ' ' })
                .collect();
            let (query, _) = parser.parse_query_lenient(&q);
            let searcher = self.reader.searcher();
            let top = searcher
                .search(&query, &TopDocs::with_limit(1_000).order_by_score())
                .unwrap();
            top.into_iter()
                .filter_map(|(_, address)| {
                    let doc: TantivyDocument = searcher.doc(address).unwrap();
                    let doc_kind = doc.get_first(self.kind)?.as_str()?.to_string();
                    let id = doc.get_first(self.id)?.as_i64()?;
                    (doc_kind == kind && allowed.contains(&id)).then_some(id)
                })
                .take(depth)
                .collect()
        }
    }
}

impl Judged {
    fn grade(&self, id: i64) -> u32 {
        if self.best.contains(&id) || self.first == Some(id) {
            3
        } else if self.relevant.contains(&id) {
            2
        } else if self.partial.contains(&id) {
            1
        } else {
            0
        }
    }

    /// Ids of grade 2 or 3.
    fn relevant_ids(&self) -> Vec<i64> {
        let mut ids = self.best.clone();
        ids.extend(self.relevant.iter().filter(|id| !self.best.contains(id)));
        ids
    }

    fn grades(&self) -> Vec<u32> {
        let mut ids = self.relevant_ids();
        ids.extend(&self.partial);
        let mut grades: Vec<u32> = ids.iter().map(|&id| self.grade(id)).collect();
        grades.sort_unstable_by(|a, b| b.cmp(a));
        grades
    }
}

fn gain(grade: u32) -> f64 {
    f64::from((1u32 << grade) - 1)
}

fn dcg(grades: impl Iterator<Item = u32>) -> f64 {
    grades
        .take(DEPTH as usize)
        .enumerate()
        .map(|(i, g)| gain(g) / ((i + 2) as f64).log2())
        .sum()
}

/// One system's answer to one query, scored.
#[derive(Default, Clone, Copy)]
struct Measures {
    ndcg: f64,
    rr: f64,
    p5: f64,
    recall3: f64,
    first: Option<bool>,
    /// No-answer queries: zero hits.
    honest: bool,
    /// No-answer queries: zero hits or every hit flagged partial.
    flagged: bool,
}

fn measure(j: &Judged, ids: &[i64], relaxed: bool) -> Measures {
    if j.no_answer {
        return Measures {
            honest: ids.is_empty(),
            flagged: ids.is_empty() || relaxed,
            ..Default::default()
        };
    }
    let relevant = j.relevant_ids();
    let ideal = dcg(j.grades().into_iter());
    let ndcg = dcg(ids.iter().map(|&id| j.grade(id))) / ideal;
    let rr = ids
        .iter()
        .position(|id| relevant.contains(id))
        .map_or(0.0, |p| 1.0 / (p + 1) as f64);
    let p5 = ids.iter().take(5).filter(|&&id| j.grade(id) > 0).count() as f64 / 5.0;
    let found = ids
        .iter()
        .take(3)
        .filter(|id| relevant.contains(id))
        .count();
    let recall3 = found as f64 / relevant.len().min(3) as f64;
    Measures {
        ndcg,
        rr,
        p5,
        recall3,
        first: j.first.map(|f| ids.first() == Some(&f)),
        honest: false,
        flagged: false,
    }
}

#[derive(Default)]
struct Score {
    answerable: usize,
    no_answer: usize,
    ndcg: f64,
    rr: f64,
    p5: f64,
    recall3: f64,
    first_judged: usize,
    first_right: usize,
    honest: usize,
    flagged: usize,
}

impl Score {
    fn add(&mut self, j: &Judged, m: Measures) {
        if j.no_answer {
            self.no_answer += 1;
            self.honest += usize::from(m.honest);
            self.flagged += usize::from(m.flagged);
            return;
        }
        self.answerable += 1;
        self.ndcg += m.ndcg;
        self.rr += m.rr;
        self.p5 += m.p5;
        self.recall3 += m.recall3;
        if let Some(right) = m.first {
            self.first_judged += 1;
            self.first_right += usize::from(right);
        }
    }

    fn mean(&self, sum: f64) -> f64 {
        sum / self.answerable.max(1) as f64
    }

    fn ndcg(&self) -> f64 {
        self.mean(self.ndcg)
    }

    fn mrr(&self) -> f64 {
        self.mean(self.rr)
    }

    fn recall(&self) -> f64 {
        self.mean(self.recall3)
    }

    fn first(&self) -> f64 {
        if self.first_judged == 0 {
            1.0
        } else {
            self.first_right as f64 / self.first_judged as f64
        }
    }

    fn honest(&self) -> f64 {
        self.honest as f64 / self.no_answer.max(1) as f64
    }

    fn flagged(&self) -> f64 {
        self.flagged as f64 / self.no_answer.max(1) as f64
    }

    fn row(&self) -> String {
        if self.answerable == 0 {
            format!(
                "{:>5} {:>5} {:>5}  honest {:.3} flagged {:.3}",
                "-",
                "-",
                "-",
                self.honest(),
                self.flagged()
            )
        } else if self.no_answer == 0 {
            format!(
                "{:.3} {:.3} {:.3}",
                self.ndcg(),
                self.mrr(),
                self.mean(self.p5)
            )
        } else {
            format!(
                "{:.3} {:.3} {:.3}  honest {:.3} flagged {:.3}",
                self.ndcg(),
                self.mrr(),
                self.mean(self.p5),
                self.honest(),
                self.flagged()
            )
        }
    }
}

#[derive(Default)]
struct Systems {
    hocnghe: Score,
    baseline: Score,
}

#[test]
fn relevance_meets_thresholds() {
    let index = build_index();
    let baseline = baseline::Baseline::build(&corpus());
    let judgements: Judgements = toml::from_str(&fixture("queries.toml")).unwrap();
    assert!(
        judgements.query.len() >= 150,
        "the relevance set needs at least 150 queries"
    );
    let mut total = Systems::default();
    let mut by_category: BTreeMap<String, Systems> = BTreeMap::new();
    let mut dump = Vec::new();
    println!(
        "{:<18} {:<6} {:<42} {:>5} {:>5} {:>5}  top 5 (baseline ndcg)",
        "category", "kind", "query", "ndcg", "rank", "first"
    );
    for j in &judgements.query {
        let (ids, relaxed) = run(&index, j);
        let base_ids = baseline.search(&j.kind, &j.q, &allowed(&index, j), DEPTH as usize);
        let ours = measure(j, &ids, relaxed);
        let theirs = measure(j, &base_ids, false);
        total.hocnghe.add(j, ours);
        total.baseline.add(j, theirs);
        let systems = by_category.entry(j.category.clone()).or_default();
        systems.hocnghe.add(j, ours);
        systems.baseline.add(j, theirs);
        dump.push(serde_json::json!({
            "q": j.q, "kind": j.kind, "category": j.category,
            "hocnghe": ids, "relaxed": relaxed, "baseline": base_ids,
        }));
        let top: Vec<i64> = ids.iter().take(5).copied().collect();
        let verdict = if j.no_answer {
            match (ours.honest, ours.flagged) {
                (true, _) => "zero".to_string(),
                (false, true) => "PARTIAL".to_string(),
                (false, false) => "FALSE".to_string(),
            }
        } else {
            format!("{:.2}", ours.ndcg)
        };
        let rank = if ours.rr > 0.0 {
            format!("{:.0}", 1.0 / ours.rr)
        } else {
            "-".into()
        };
        let first = match ours.first {
            Some(true) => "ok",
            Some(false) => "MISS",
            None => "-",
        };
        let relaxed = if relaxed { " relaxed" } else { "" };
        println!(
            "{:<18} {:<6} {:<42} {:>5} {:>5} {:>5}  {top:?}{relaxed} ({:.2})",
            j.category, j.kind, j.q, verdict, rank, first, theirs.ndcg
        );
    }
    if let Ok(path) = std::env::var("HOCNGHE_RELEVANCE_DUMP") {
        std::fs::write(&path, serde_json::to_string_pretty(&dump).unwrap()).unwrap();
    }
    println!();
    println!(
        "{:<18} {:>4}  hocnghe: NDCG@10 MRR P@5 (honest)   | baseline",
        "category", "n"
    );
    for (category, s) in &by_category {
        println!(
            "{category:<18} {:>4}  {}  | {}",
            s.hocnghe.answerable + s.hocnghe.no_answer,
            s.hocnghe.row(),
            s.baseline.row()
        );
    }
    let t = &total.hocnghe;
    println!(
        "{:<18} {:>4}  {}  | {}",
        "ALL",
        t.answerable + t.no_answer,
        t.row(),
        total.baseline.row()
    );
    println!(
        "hocnghe: recall@3 {:.3}, first {:.3}",
        t.recall(),
        t.first()
    );
    assert!(t.mrr() >= MIN_MRR, "MRR {:.3} < {MIN_MRR}", t.mrr());
    assert!(t.ndcg() >= MIN_NDCG, "NDCG@10 {:.3} < {MIN_NDCG}", t.ndcg());
    let sentences = &by_category["sentence"].hocnghe;
    assert!(
        sentences.ndcg() >= MIN_SENTENCE_NDCG,
        "sentences: NDCG@10 {:.3} < {MIN_SENTENCE_NDCG}",
        sentences.ndcg()
    );
    assert!(
        t.honest() >= MIN_HONEST,
        "no-answer queries with zero hits: {:.3} < {MIN_HONEST}",
        t.honest()
    );
    assert!(
        t.flagged() >= MIN_FLAGGED,
        "no-answer queries empty or flagged partial: {:.3} < {MIN_FLAGGED}",
        t.flagged()
    );
    // Not below plain tantivy overall, nor on any kind of query: NDCG@10 on
    // the answerable ones, the honest rate on the no-answer ones.
    for (category, s) in &by_category {
        assert!(
            s.hocnghe.ndcg() >= s.baseline.ndcg(),
            "{category}: NDCG@10 {:.3} below the baseline's {:.3}",
            s.hocnghe.ndcg(),
            s.baseline.ndcg()
        );
        assert!(
            s.hocnghe.honest() >= s.baseline.honest(),
            "{category}: honest {:.3} below the baseline's {:.3}",
            s.hocnghe.honest(),
            s.baseline.honest()
        );
    }
    assert!(t.ndcg() >= total.baseline.ndcg());
    assert!(
        t.recall() >= MIN_RECALL_AT_3,
        "recall@3 {:.3} < {MIN_RECALL_AT_3}",
        t.recall()
    );
    assert!(
        t.first() >= MIN_FIRST_RIGHT,
        "first {:.3} < {MIN_FIRST_RIGHT}",
        t.first()
    );
}
