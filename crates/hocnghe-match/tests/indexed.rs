#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Course recommendations and job matches over a snapshot's [`RankingIndex`]
//! are those without it:
//! seeded random worlds with few places (demands and courses share commune
//! centroids), completed modules, and prerequisites met by another course's
//! module the worker's completed modules cover; every course and the top few
//! compared field by field.

mod fixtures;

use fixtures::*;
use hocnghe_domain::DeliveryMode;
use hocnghe_match::{
    CompletedModule, CourseCandidate, DemandCandidate, HeldSkill, RankingIndex, WorkerContext,
    match_jobs, match_jobs_indexed, recommend_courses, recommend_courses_indexed,
};

/// The draws these worlds need, on the fixtures' generator.
impl Rng {
    /// `at_least` to `at_least + spread - 1` distinct skill codes.
    fn skills(&mut self, at_least: u64, spread: u64) -> Vec<String> {
        let n = at_least + self.below(spread);
        let mut out: Vec<String> = Vec::new();
        while (out.len() as u64) < n {
            let s = format!("ky-nang-{:02}", self.below(16));
            if !out.contains(&s) {
                out.push(s);
            }
        }
        out
    }
}

struct World {
    worker: WorkerContext,
    courses: Vec<CourseCandidate>,
    demands: Vec<DemandCandidate>,
}

fn world(seed: u64) -> World {
    let mut rng = Rng(seed);
    let places: Vec<(f64, f64)> = (0..6).map(|i| north(i as f64 * 7.0)).collect();
    let place = |rng: &mut Rng| places[rng.below(places.len() as u64) as usize];
    let courses = (0..40)
        .map(|i| {
            let mut c = course(i + 1, &[], 0.0);
            (c.lat, c.lon) = place(&mut rng);
            c.modules = (0..1 + rng.below(3))
                .map(|m| {
                    let skills = rng.skills(1, 3);
                    let refs: Vec<&str> = skills.iter().map(String::as_str).collect();
                    let mut module = module(&format!("M{m}"), 2, &refs);
                    if rng.below(4) == 0 {
                        module.prerequisites = vec![format!("M{}", rng.below(4))];
                    }
                    module
                })
                .collect();
            if rng.below(5) == 0 {
                c.delivery_mode = DeliveryMode::Online;
            }
            c.start_date = date(2026, 1 + rng.below(12) as u32, 1);
            c.weeks = 1 + rng.below(60) as i64;
            c.fee_vnd = rng.below(4) as i64 * 1_000_000;
            c
        })
        .collect();
    let demands = (0..80)
        .map(|i| {
            let ess = rng.skills(1, 3);
            let opt: Vec<String> = rng
                .skills(0, 3)
                .into_iter()
                .filter(|s| !ess.contains(s))
                .collect();
            let ess: Vec<&str> = ess.iter().map(String::as_str).collect();
            let opt: Vec<&str> = opt.iter().map(String::as_str).collect();
            let mut d = demand(1000 + i, &ess, &opt, 1 + rng.below(9) as i64, 0.0);
            (d.lat, d.lon) = place(&mut rng);
            if rng.below(2) == 0 {
                d.wage_min_vnd = Some(4_000_000 + rng.below(6) as i64 * 1_000_000);
            }
            if rng.below(6) == 0 {
                d.expires_on = Some(date(2026, 1, 1));
            }
            d
        })
        .collect();
    let mut w = worker();
    w.max_travel_km = 5.0 + rng.below(30) as f64;
    w.skills = rng
        .skills(0, 4)
        .into_iter()
        .map(HeldSkill::self_reported)
        .collect();
    w.completed_modules = (0..rng.below(3))
        .map(|m| CompletedModule {
            code: format!("X{m}"),
            credits: 2,
            skills: rng.skills(1, 2),
            certificate: None,
            course_id: None,
        })
        .collect();
    World {
        worker: w,
        courses,
        demands,
    }
}

#[test]
fn the_index_changes_no_result() {
    for seed in 0..200 {
        let w = world(seed);
        let index = RankingIndex::new(&w.courses, &w.demands);
        for limit in [usize::MAX, 3] {
            let plain = recommend_courses(
                &w.worker,
                &w.courses,
                &w.demands,
                &catalog(),
                today(),
                limit,
            );
            let indexed = recommend_courses_indexed(
                &w.worker,
                &w.courses,
                &w.demands,
                &index,
                &catalog(),
                today(),
                limit,
            );
            assert_eq!(plain, indexed, "seed {seed}, limit {limit}");
            let plain = match_jobs(
                &w.worker,
                &w.demands,
                &w.courses,
                &catalog(),
                today(),
                limit,
            );
            let indexed = match_jobs_indexed(
                &w.worker,
                &w.demands,
                &w.courses,
                &index,
                &catalog(),
                today(),
                limit,
            );
            assert_eq!(plain, indexed, "jobs: seed {seed}, limit {limit}");
        }
    }
}

#[test]
fn an_index_of_other_slices_is_ignored() {
    let w = world(7);
    let stale = RankingIndex::new(&w.courses[1..], &w.demands[..10]);
    let plain = recommend_courses(&w.worker, &w.courses, &w.demands, &catalog(), today(), 10);
    let with_stale = recommend_courses_indexed(
        &w.worker,
        &w.courses,
        &w.demands,
        &stale,
        &catalog(),
        today(),
        10,
    );
    assert_eq!(plain, with_stale);
    assert!(!plain.is_empty());
}
