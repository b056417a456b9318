#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Runs every query of `relevance/queries.toml` against an in-RAM index of
//! `relevance/corpus.json`, prints a table, and fails when MRR, recall@3 or the
//! share of "must be first" queries fall under the thresholds below.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::NaiveDate;
use hocnghe_search::{
    CommuneLocator, CourseDoc, CourseQuery, DemandDoc, DemandQuery, IndexOp, SearchIndex, Synonyms,
};
use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;

const MIN_MRR: f64 = 0.98;
const MIN_RECALL_AT_3: f64 = 0.97;
const MIN_FIRST_RIGHT: f64 = 0.97;
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
    relevant: Vec<i64>,
    first: Option<i64>,
    #[serde(default)]
    nfd: bool,
    commune: Option<String>,
    radius_km: Option<f64>,
    level: Option<String>,
    mode: Option<String>,
    max_fee: Option<i64>,
    starts_after: Option<NaiveDate>,
    employment_type: Option<String>,
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
    let rows = fixture("communes.csv")
        .lines()
        .skip(1)
        .map(|line| {
            let cols: Vec<&str> = line.split(',').collect();
            (
                cols[0].to_string(),
                cols[2].parse().unwrap(),
                cols[3].parse().unwrap(),
            )
        })
        .collect();
    CommuneLocator::new(rows)
}

/// The taxonomy's synonym groups plus one group per skill (label and alternative
/// labels), as the API builds them.
fn synonyms(corpus: &Corpus) -> Synonyms {
    let mut groups: Vec<Vec<String>> = fixture("synonyms.csv")
        .lines()
        .skip(1)
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

fn build_index() -> SearchIndex {
    let corpus: Corpus = serde_json::from_str(&fixture("corpus.json")).unwrap();
    let index = SearchIndex::open_in_ram(locator(), synonyms(&corpus)).unwrap();
    let ops = corpus
        .courses
        .into_iter()
        .map(IndexOp::UpsertCourse)
        .chain(corpus.demands.into_iter().map(IndexOp::UpsertDemand));
    index.writer().unwrap().rebuild(ops, 1).unwrap();
    index
}

fn run(index: &SearchIndex, j: &Judged) -> Vec<i64> {
    let q = if j.nfd {
        j.q.nfd().collect()
    } else {
        j.q.clone()
    };
    match j.kind.as_str() {
        "course" => {
            let query = CourseQuery {
                q: Some(q),
                commune: j.commune.clone(),
                radius_km: j.radius_km,
                level: j.level.clone(),
                mode: j.mode.clone(),
                max_fee: j.max_fee,
                starts_after: j.starts_after,
                per_page: DEPTH,
                ..Default::default()
            };
            index
                .search_courses(&query)
                .unwrap()
                .hits
                .iter()
                .map(|h| h.id)
                .collect()
        }
        "demand" => {
            let query = DemandQuery {
                q: Some(q),
                commune: j.commune.clone(),
                radius_km: j.radius_km,
                employment_type: j.employment_type.clone(),
                min_wage: j.min_wage,
                active_on: j.active_on,
                per_page: DEPTH,
                ..Default::default()
            };
            index
                .search_demands(&query)
                .unwrap()
                .hits
                .iter()
                .map(|h| h.id)
                .collect()
        }
        other => panic!("unknown kind {other}"),
    }
}

#[derive(Default)]
struct Score {
    queries: usize,
    reciprocal_ranks: f64,
    recall_at_3: f64,
    first_judged: usize,
    first_right: usize,
}

impl Score {
    fn add(&mut self, rr: f64, recall: f64, first: Option<bool>) {
        self.queries += 1;
        self.reciprocal_ranks += rr;
        self.recall_at_3 += recall;
        if let Some(right) = first {
            self.first_judged += 1;
            self.first_right += usize::from(right);
        }
    }

    fn mrr(&self) -> f64 {
        self.reciprocal_ranks / self.queries as f64
    }

    fn recall(&self) -> f64 {
        self.recall_at_3 / self.queries as f64
    }

    fn first(&self) -> f64 {
        if self.first_judged == 0 {
            1.0
        } else {
            self.first_right as f64 / self.first_judged as f64
        }
    }
}

#[test]
fn relevance_meets_thresholds() {
    let index = build_index();
    let judgements: Judgements = toml::from_str(&fixture("queries.toml")).unwrap();
    assert!(
        judgements.query.len() >= 48,
        "the relevance set needs at least 48 queries"
    );
    let mut total = Score::default();
    let mut by_category: BTreeMap<String, Score> = BTreeMap::new();
    println!(
        "{:<11} {:<6} {:<28} {:>4} {:>5} {:>5}  top 5",
        "category", "kind", "query", "rank", "r@3", "first"
    );
    for j in &judgements.query {
        let ids = run(&index, j);
        let rank = ids
            .iter()
            .position(|id| j.relevant.contains(id))
            .map(|p| p + 1);
        let rr = rank.map_or(0.0, |r| 1.0 / r as f64);
        let found = ids
            .iter()
            .take(3)
            .filter(|id| j.relevant.contains(id))
            .count();
        let recall = found as f64 / j.relevant.len().min(3) as f64;
        let first = j.first.map(|f| ids.first() == Some(&f));
        total.add(rr, recall, first);
        by_category
            .entry(j.category.clone())
            .or_default()
            .add(rr, recall, first);
        let flag = match first {
            Some(true) => "ok",
            Some(false) => "MISS",
            None => "-",
        };
        let rank = rank.map_or("-".to_string(), |r| r.to_string());
        let top: Vec<i64> = ids.iter().take(5).copied().collect();
        println!(
            "{:<11} {:<6} {:<28} {:>4} {:>5.2} {:>5}  {top:?}",
            j.category, j.kind, j.q, rank, recall, flag
        );
    }
    println!();
    for (category, s) in &by_category {
        println!(
            "{category:<11} n={:<3} MRR {:.3}  recall@3 {:.3}  first {:.3}",
            s.queries,
            s.mrr(),
            s.recall(),
            s.first()
        );
    }
    println!(
        "ALL         n={:<3} MRR {:.3}  recall@3 {:.3}  first {:.3}",
        total.queries,
        total.mrr(),
        total.recall(),
        total.first()
    );
    assert!(total.mrr() >= MIN_MRR, "MRR {:.3} < {MIN_MRR}", total.mrr());
    assert!(
        total.recall() >= MIN_RECALL_AT_3,
        "recall@3 {:.3} < {MIN_RECALL_AT_3}",
        total.recall()
    );
    assert!(
        total.first() >= MIN_FIRST_RIGHT,
        "first {:.3} < {MIN_FIRST_RIGHT}",
        total.first()
    );
}
