#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Runs the current ranking over the judged advice panel in `bench/advice/`
//! and prints, for every persona, the ids of the top ten courses and jobs:
//!
//! ```text
//! {"p01": {"courses": [101, …], "jobs": [502, …]}, …}
//! ```
//!
//! `bench/advice/score.py` runs this and scores the lists against the
//! counsellor's judgments.
//!
//! cargo run -p hocnghe-match --example advice_panel --release -- [CATALOGUE [PERSONAS [SKILLS_CSV]]]
//!
//! Paths default to `bench/advice/catalogue.json`, `bench/advice/personas.json`
//! and `data/taxonomy/skills.csv` under the workspace root. The personas
//! carry fields the current `WorkerContext` does not have (goal, hard
//! limits, …); serde ignores them here.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::BufReader;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use hocnghe_match::{
    CourseCandidate, DemandCandidate, SkillCatalog, WorkerContext, match_jobs, recommend_courses,
};
use serde::{Deserialize, Serialize};

const LIMIT: usize = 10;

#[derive(Deserialize)]
struct Catalogue {
    today: NaiveDate,
    courses: Vec<CourseCandidate>,
    demands: Vec<DemandCandidate>,
}

#[derive(Deserialize)]
struct Persona {
    id: String,
    worker: WorkerContext,
}

#[derive(Serialize)]
struct Ranked {
    courses: Vec<i64>,
    jobs: Vec<i64>,
}

#[derive(Deserialize)]
struct SkillRow {
    code: String,
    label_vi: String,
    label_en: String,
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read_json<T: for<'de> Deserialize<'de>>(path: &Path) -> T {
    let file = File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_reader(BufReader::new(file))
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn skill_catalog(path: &Path) -> SkillCatalog {
    let mut reader =
        csv::Reader::from_path(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut catalog = SkillCatalog::new();
    for row in reader.deserialize::<SkillRow>() {
        let row = row.unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        catalog.insert(row.code, row.label_vi, row.label_en);
    }
    catalog
}

fn main() {
    let root = workspace_root();
    let mut args = std::env::args_os().skip(1).map(PathBuf::from);
    let catalogue_path = args
        .next()
        .unwrap_or_else(|| root.join("bench/advice/catalogue.json"));
    let personas_path = args
        .next()
        .unwrap_or_else(|| root.join("bench/advice/personas.json"));
    let skills_path = args
        .next()
        .unwrap_or_else(|| root.join("data/taxonomy/skills.csv"));

    let catalogue: Catalogue = read_json(&catalogue_path);
    let personas: Vec<Persona> = read_json(&personas_path);
    let catalog = skill_catalog(&skills_path);

    let mut out = BTreeMap::new();
    for persona in &personas {
        let courses = recommend_courses(
            &persona.worker,
            &catalogue.courses,
            &catalogue.demands,
            &catalog,
            catalogue.today,
            LIMIT,
        );
        let jobs = match_jobs(
            &persona.worker,
            &catalogue.demands,
            &catalogue.courses,
            &catalog,
            catalogue.today,
            LIMIT,
        );
        // ADVICE_DEBUG=p03 prints that persona's full results to stderr.
        if std::env::var("ADVICE_DEBUG").is_ok_and(|id| id == persona.id) {
            for c in &courses {
                eprintln!(
                    "course {} {} | {} | {:?} | {}",
                    c.course_id, c.title, c.score, c.factors, c.explanation.summary_en
                );
            }
            for j in &jobs {
                eprintln!(
                    "job {} {} | {} | {}% | {:?} | {}",
                    j.demand_id, j.title, j.score, j.match_pct, j.trade_fit, j.summary_en
                );
            }
        }
        let ranked = Ranked {
            courses: courses.iter().map(|c| c.course_id).collect(),
            jobs: jobs.iter().map(|j| j.demand_id).collect(),
        };
        assert!(
            out.insert(persona.id.clone(), ranked).is_none(),
            "persona id {} repeated",
            persona.id
        );
    }
    println!("{}", serde_json::to_string_pretty(&out).unwrap());
}
