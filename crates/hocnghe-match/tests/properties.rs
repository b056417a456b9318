#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Property-style checks over seeded random worlds around Ba Vì, with a
//! brute-force oracle for the explanation numbers.

mod fixtures;

use std::collections::BTreeSet;

use fixtures::*;
use hocnghe_domain::geo::haversine_km;
use hocnghe_domain::{DeliveryMode, EmploymentType, StudyTime};
use hocnghe_match::{
    CandidateWorker, CourseCandidate, DemandCandidate, HeldSkill, WorkerContext, match_jobs,
    rank_candidates, recommend_courses,
};

/// The draws these properties need, on the fixtures' generator.
impl Rng {
    fn skills(&mut self, pool: u64, n: usize) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        while out.len() < n {
            let s = format!("s{:02}", self.below(pool));
            if !out.contains(&s) {
                out.push(s);
            }
        }
        out
    }
    fn near(&mut self) -> (f64, f64) {
        (
            BA_VI.0 + (self.unit() - 0.5) * 0.5,
            BA_VI.1 + (self.unit() - 0.5) * 0.5,
        )
    }
}

const POOL: u64 = 14;

struct World {
    worker: WorkerContext,
    courses: Vec<CourseCandidate>,
    demands: Vec<DemandCandidate>,
}

fn world(seed: u64) -> World {
    let mut rng = Rng(seed);
    let mut w = worker();
    w.max_travel_km = 5.0 + rng.unit() * 25.0;
    let n = rng.below(4) as usize;
    w.skills = rng
        .skills(POOL, n)
        .into_iter()
        .map(|s| {
            if rng.chance(0.5) {
                HeldSkill::certified(s)
            } else {
                HeldSkill::self_reported(s)
            }
        })
        .collect();
    if rng.chance(0.5) {
        w.free_months = (1..=12).filter(|_| rng.chance(0.6)).collect();
    }
    if rng.chance(0.5) {
        w.study_times = vec![StudyTime::Weekday, StudyTime::Evening];
    }
    if rng.chance(0.5) {
        w.max_fee_vnd = Some(1_000_000 + rng.below(3) as i64 * 1_000_000);
    }
    let courses = (0..30)
        .map(|i| {
            let (lat, lon) = rng.near();
            let mut c = course(i + 1, &[], 0.0);
            c.lat = lat;
            c.lon = lon;
            c.modules = (0..1 + rng.below(3))
                .map(|m| {
                    let n = 1 + rng.below(3) as usize;
                    let skills = rng.skills(POOL, n);
                    let refs: Vec<&str> = skills.iter().map(String::as_str).collect();
                    module(&format!("M{m}"), 2 + rng.below(4) as i64, &refs)
                })
                .collect();
            c.delivery_mode = match rng.below(3) {
                0 => DeliveryMode::Online,
                1 => DeliveryMode::Blended,
                _ => DeliveryMode::InPerson,
            };
            c.schedule =
                [StudyTime::Weekday, StudyTime::Evening, StudyTime::Weekend][rng.below(3) as usize];
            c.fee_vnd = rng.below(5) as i64 * 1_000_000;
            c.subsidy_vnd = rng.below(3) as i64 * 500_000;
            c.start_date = date(2026, 1 + rng.below(12) as u32, 1 + rng.below(28) as u32);
            c.weeks = 1 + rng.below(30) as i64;
            c
        })
        .collect();
    let demands = (0..60)
        .map(|i| {
            let (lat, lon) = rng.near();
            let n = 1 + rng.below(4) as usize;
            let ess = rng.skills(POOL, n);
            let n = rng.below(3) as usize;
            let opt: Vec<String> = rng
                .skills(POOL, n)
                .into_iter()
                .filter(|s| !ess.contains(s))
                .collect();
            let ess: Vec<&str> = ess.iter().map(String::as_str).collect();
            let opt: Vec<&str> = opt.iter().map(String::as_str).collect();
            let mut d = demand(100 + i, &ess, &opt, 1 + rng.below(20) as i64, 0.0);
            d.lat = lat;
            d.lon = lon;
            if rng.chance(0.6) {
                let lo = 5_000_000 + rng.below(8) as i64 * 1_000_000;
                d.wage_min_vnd = Some(lo);
                d.wage_max_vnd = rng.chance(0.5).then_some(lo + 2_000_000);
            }
            d.employment_type = [
                EmploymentType::Permanent,
                EmploymentType::Seasonal,
                EmploymentType::Contract,
            ][rng.below(3) as usize];
            d.expires_on = rng
                .chance(0.9)
                .then(|| date(2026, 1 + rng.below(12) as u32, 1));
            d
        })
        .collect();
    World {
        worker: w,
        courses,
        demands,
    }
}

fn all(w: &World) -> Vec<hocnghe_match::CourseRecommendation> {
    recommend_courses(
        &w.worker,
        &w.courses,
        &w.demands,
        &catalog(),
        today(),
        usize::MAX,
    )
}

fn score_of(recs: &[hocnghe_match::CourseRecommendation], id: i64) -> f64 {
    recs.iter().find(|r| r.course_id == id).unwrap().score
}

#[test]
fn adding_a_nearby_demand_for_a_taught_skill_never_lowers_that_course() {
    for seed in 0..150 {
        let mut w = world(seed);
        let before = all(&w);
        let Some(target) = before
            .iter()
            .find(|r| !r.explanation.skills_gained.is_empty())
        else {
            continue;
        };
        let skill = target.explanation.skills_gained[0].code.clone();
        let id = target.course_id;
        // No wage, so the local median (and every other wage factor) stays.
        w.demands.push(demand(
            9_999,
            &[&skill],
            &["s99"],
            5,
            w.worker.max_travel_km * 0.5,
        ));
        let after = all(&w);
        assert!(
            score_of(&after, id) > score_of(&before, id),
            "seed {seed}: {} -> {}",
            score_of(&before, id),
            score_of(&after, id)
        );
        for r in &before {
            assert!(score_of(&after, r.course_id) >= r.score, "seed {seed}");
        }
    }
}

#[test]
fn results_do_not_depend_on_input_order() {
    for seed in 0..50 {
        let w = world(seed);
        let forward = all(&w);
        let mut reversed = World {
            worker: w.worker.clone(),
            courses: w.courses.iter().rev().cloned().collect(),
            demands: w.demands.iter().rev().cloned().collect(),
        };
        reversed.worker.skills.reverse();
        let backward = all(&reversed);
        assert_eq!(forward.len(), backward.len());
        for (f, b) in forward.iter().zip(&backward) {
            assert_eq!(f.course_id, b.course_id, "seed {seed}");
            assert_eq!(f.factors, b.factors, "seed {seed}");
            assert_eq!(f.score, b.score, "seed {seed}");
            assert_eq!(f.explanation, b.explanation, "seed {seed}");
        }
        let jobs =
            |w: &World| match_jobs(&w.worker, &w.demands, &w.courses, &catalog(), today(), 20);
        assert_eq!(jobs(&w), jobs(&reversed), "seed {seed}");
    }
}

#[test]
fn the_top_few_are_exactly_the_head_of_the_full_ranking() {
    for seed in 0..150 {
        let mut w = world(seed);
        if seed % 2 == 0 {
            // Credits and interest bonuses in play.
            w.worker.occupations_of_interest = vec!["welder".into()];
            w.courses[3].occupation_code = Some("welder".into());
            w.worker.completed_modules = vec![hocnghe_match::CompletedModule {
                code: "M0".into(),
                credits: 3,
                skills: w.courses[5].modules[0].skills.clone(),
                certificate: None,
                course_id: None,
            }];
        }
        let full = all(&w);
        for limit in [1, 3, 7] {
            let top = recommend_courses(
                &w.worker,
                &w.courses,
                &w.demands,
                &catalog(),
                today(),
                limit,
            );
            assert_eq!(
                top.as_slice(),
                &full[..limit.min(full.len())],
                "seed {seed} limit {limit}"
            );
        }
    }
}

#[test]
fn rankings_are_sorted_with_ties_by_id() {
    for seed in 0..100 {
        let w = world(seed);
        let recs = all(&w);
        for pair in recs.windows(2) {
            assert!(
                pair[0].score > pair[1].score
                    || (pair[0].score == pair[1].score && pair[0].course_id < pair[1].course_id)
            );
        }
        assert!(recs.iter().all(|r| r.explanation.summary_vi.ends_with('.')));
        let jobs = match_jobs(&w.worker, &w.demands, &w.courses, &catalog(), today(), 100);
        for pair in jobs.windows(2) {
            assert!(
                pair[0].score > pair[1].score
                    || (pair[0].score == pair[1].score && pair[0].demand_id < pair[1].demand_id)
            );
        }
        for j in &jobs {
            assert!(j.match_pct <= 100);
            let radius = w.worker.max_travel_km;
            assert!(j.distance_km <= radius + 5.0 + 0.25 * radius + 0.05);
            assert!(!j.within_radius || j.distance_km <= radius + 0.05);
            assert!(j.courses.len() <= 3);
            let missing: BTreeSet<&str> =
                j.missing_skills.iter().map(|s| s.code.as_str()).collect();
            let teaching: Vec<i64> = w
                .courses
                .iter()
                .filter(|c| c.start_date >= today())
                .filter(|c| {
                    c.modules
                        .iter()
                        .flat_map(|m| &m.skills)
                        .any(|s| missing.contains(s.as_str()))
                })
                .map(|c| c.id)
                .collect();
            assert_eq!(j.courses.len(), teaching.len().min(3), "seed {seed}");
            for c in &j.courses {
                assert!(teaching.contains(&c.course_id));
                assert!(!c.teaches.is_empty());
            }
            for pair in j.courses.windows(2) {
                assert!(pair[0].feasible >= pair[1].feasible);
            }
        }
    }
}

/// The explanation numbers, recomputed the slow, obvious way.
#[test]
fn explanation_numbers_match_a_brute_force_oracle() {
    for seed in 0..100 {
        let w = world(seed);
        let held: BTreeSet<&str> = w.worker.skills.iter().map(|s| s.code.as_str()).collect();
        // A preferred radius bends by one scale; demands past it fade.
        let radius = w.worker.max_travel_km;
        let scale = 5.0 + 0.25 * radius;
        let nearby: Vec<(&DemandCandidate, f64)> = w
            .demands
            .iter()
            .filter(|d| d.expires_on.is_none_or(|e| e >= today()))
            .map(|d| (d, haversine_km(w.worker.lat, w.worker.lon, d.lat, d.lon)))
            .filter(|(_, km)| *km <= radius + scale)
            .collect();
        let mut wages: Vec<f64> = nearby
            .iter()
            .filter_map(|(d, _)| d.wage_midpoint_vnd())
            .collect();
        wages.sort_by(f64::total_cmp);
        let median = match wages.len() {
            0 => None,
            n if n % 2 == 1 => Some(wages[n / 2]),
            n => Some((wages[n / 2 - 1] + wages[n / 2]) / 2.0),
        };
        for r in all(&w) {
            let c = w.courses.iter().find(|c| c.id == r.course_id).unwrap();
            assert!(c.start_date >= today());
            let taught: BTreeSet<&str> = c
                .modules
                .iter()
                .flat_map(|m| m.skills.iter().map(String::as_str))
                .collect();
            let gained: BTreeSet<&str> = taught.difference(&held).copied().collect();
            let got: BTreeSet<&str> = r
                .explanation
                .skills_gained
                .iter()
                .map(|s| s.code.as_str())
                .collect();
            assert_eq!(got, gained, "seed {seed}");

            let (mut positions, mut count, mut weighted, mut unlocked) = (0, 0, 0.0, Vec::new());
            for (d, km) in &nearby {
                let miss_e: Vec<&str> = d
                    .essential_skills
                    .iter()
                    .map(String::as_str)
                    .filter(|s| !held.contains(s))
                    .collect();
                let miss_o: Vec<&str> = d
                    .optional_skills
                    .iter()
                    .map(String::as_str)
                    .filter(|s| !held.contains(s))
                    .collect();
                if miss_e.iter().chain(&miss_o).any(|s| gained.contains(s)) {
                    positions += d.positions;
                    count += 1;
                }
                if !miss_e.is_empty() && miss_e.iter().all(|s| gained.contains(s)) {
                    unlocked.push(d.id);
                }
                let wf = match (d.wage_midpoint_vnd(), median) {
                    (Some(m), Some(med)) => (m / med).clamp(0.6, 1.6),
                    _ => 1.0,
                };
                let fade = if *km <= radius {
                    1.0
                } else {
                    (-(km - radius) / scale).exp()
                };
                let value = d.positions as f64 * wf * fade;
                let taught_e = miss_e.iter().filter(|s| gained.contains(*s)).count();
                let taught_o = miss_o.iter().filter(|s| gained.contains(*s)).count();
                if !miss_e.is_empty() {
                    weighted += value * taught_e as f64 / miss_e.len() as f64;
                }
                if !miss_o.is_empty() {
                    weighted += value * 0.4 * taught_o as f64 / miss_o.len() as f64;
                }
            }
            let e = &r.explanation;
            assert_eq!(e.open_positions_nearby, positions, "seed {seed}");
            assert_eq!(e.demands_nearby, count, "seed {seed}");
            assert!(
                (e.weighted_positions - weighted).abs() < 1e-4,
                "seed {seed}"
            );
            let mut got: Vec<i64> = e.jobs_unlocked.iter().map(|j| j.demand_id).collect();
            got.sort_unstable();
            unlocked.sort_unstable();
            assert_eq!(got, unlocked, "seed {seed}");
            assert_eq!(e.fee_after_subsidy_vnd, (c.fee_vnd - c.subsidy_vnd).max(0));
            if c.delivery_mode == DeliveryMode::Online {
                assert_eq!(e.distance_km, None);
            }
        }
    }
}

#[test]
fn candidates_only_include_workers_who_can_reach_the_job() {
    let mut rng = Rng(42);
    let workers: Vec<CandidateWorker> = (0..200)
        .map(|i| {
            let (lat, lon) = rng.near();
            let n = rng.below(5) as usize;
            let skills = rng
                .skills(POOL, n)
                .into_iter()
                .map(HeldSkill::self_reported)
                .collect();
            let mut c = candidate(i, skills, 0.0, 3.0 + rng.unit() * 20.0);
            c.lat = lat;
            c.lon = lon;
            c
        })
        .collect();
    let job = demand(1, &["s01", "s02", "s03"], &["s04"], 5, 0.0);
    let ranked = rank_candidates(&job, &workers, &catalog(), usize::MAX);
    let reachable = workers
        .iter()
        .filter(|w| haversine_km(w.lat, w.lon, job.lat, job.lon) <= w.max_travel_km)
        .count();
    assert_eq!(ranked.len(), reachable);
    for pair in ranked.windows(2) {
        assert!(pair[0].essential_match_pct >= pair[1].essential_match_pct);
    }
}
