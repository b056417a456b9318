#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `recommend_courses` and `match_jobs` at Hanoi scale: 10,000 courses
//! (5–10 modules of 2–4 skills from a pool of 400) and 100,000 demands
//! (2–6 essential and 0–4 optional skills) over 126 points around Hanoi,
//! for a worker with a 30 km radius, each with and without the snapshot's
//! `RankingIndex` (and the index's build time). Seeded, so every run sees the
//! same data.
//!
//! cargo bench -p hocnghe-match --bench recommend -- --warm-up-time 1 --measurement-time 5

use std::hint::black_box;

use chrono::{Days, NaiveDate};
use criterion::{Criterion, criterion_group, criterion_main};
use hocnghe_domain::{CourseLevel, DeliveryMode, EducationLevel, EmploymentType, StudyTime};
use hocnghe_match::{
    CandidateWorker, CompletedModule, CourseCandidate, CourseModule, DemandCandidate, HeldSkill,
    RankingIndex, SkillCatalog, WorkerContext, match_jobs, match_jobs_indexed, rank_candidates,
    recommend_courses, recommend_courses_indexed,
};

const SKILLS: u64 = 400;
const POINTS: usize = 126;
const COURSES: usize = 10_000;
const DEMANDS: usize = 100_000;
const OCCUPATIONS: u64 = 80;

/// SplitMix64.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.below(hi - lo + 1)
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
    fn skills(&mut self, n: u64) -> Vec<String> {
        let mut out: Vec<String> = Vec::with_capacity(n as usize);
        while (out.len() as u64) < n {
            let s = skill(self.below(SKILLS));
            if !out.contains(&s) {
                out.push(s);
            }
        }
        out
    }
}

/// Slugs as long as the real taxonomy's (20–50 bytes), e.g.
/// "lap-dat-he-thong-tuoi-nho-giot-17".
fn skill(i: u64) -> String {
    const STEMS: [&str; 10] = [
        "lap-dat-he-thong-tuoi-nho-giot",
        "van-hanh-may-cnc",
        "sua-chua-dong-co-xe-may",
        "cham-soc-cay-an-qua-theo-vietgap",
        "han-ket-cau-thep",
        "lap-dat-dien-dan-dung",
        "may-cong-nghiep",
        "ban-hang-truc-tuyen-tren-san-thuong-mai-dien-tu",
        "che-bien-nong-san-sau-thu-hoach",
        "an-toan-lao-dong",
    ];
    format!("{}-{}", STEMS[(i % 10) as usize], i / 10)
}

struct World {
    worker: WorkerContext,
    courses: Vec<CourseCandidate>,
    demands: Vec<DemandCandidate>,
    workers: Vec<CandidateWorker>,
    catalog: SkillCatalog,
    today: NaiveDate,
}

fn world() -> World {
    let mut rng = Rng(2026);
    let today = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
    let points: Vec<(String, f64, f64)> = (0..POINTS)
        .map(|i| {
            (
                format!("{:05}", 1 + i * 7),
                20.55 + rng.unit() * 0.85,
                105.30 + rng.unit() * 0.75,
            )
        })
        .collect();
    let catalog: SkillCatalog = (0..SKILLS).fold(SkillCatalog::new(), |c, i| {
        c.with(skill(i), format!("Kỹ năng {i}"), format!("Skill {i}"))
    });

    let courses = (0..COURSES)
        .map(|i| {
            let (commune, lat, lon) = points[rng.below(POINTS as u64) as usize].clone();
            let modules = (0..rng.range(5, 10))
                .map(|m| {
                    let mut prerequisites = Vec::new();
                    if m > 0 && rng.chance(0.3) {
                        prerequisites.push(format!("MĐ{:02}", m - 1));
                    }
                    if rng.chance(0.05) {
                        prerequisites.push(format!("NỀN-{:02}", rng.below(40)));
                    }
                    let n = rng.range(2, 4);
                    CourseModule {
                        code: format!("MĐ{m:02}"),
                        title: format!("Mô-đun {m}"),
                        credits: rng.range(2, 6) as i64,
                        skills: rng.skills(n),
                        prerequisites,
                    }
                })
                .collect();
            let occupation = rng.below(OCCUPATIONS);
            CourseCandidate {
                id: i as i64 + 1,
                intake_id: None,
                title: format!("Khóa học {i}"),
                provider_name: format!("Trung tâm {}", i % 300),
                level: match rng.below(10) {
                    0 => CourseLevel::CaoDang,
                    1 | 2 => CourseLevel::TrungCap,
                    3..=6 => CourseLevel::SoCap,
                    _ => CourseLevel::ShortCourse,
                },
                occupation_code: Some(format!("nghe_{occupation:02}")),
                commune_code: commune,
                lat,
                lon,
                delivery_mode: match rng.below(20) {
                    0 | 1 => DeliveryMode::Online,
                    2..=4 => DeliveryMode::Blended,
                    _ => DeliveryMode::InPerson,
                },
                start_date: today
                    .checked_add_days(Days::new(rng.below(380)))
                    .unwrap()
                    .checked_sub_days(Days::new(15))
                    .unwrap(),
                weeks: rng.range(4, 52) as i64,
                schedule: [StudyTime::Weekday, StudyTime::Evening, StudyTime::Weekend]
                    [rng.below(3) as usize],
                fee_vnd: rng.below(13) as i64 * 500_000,
                subsidy_vnd: rng.below(7) as i64 * 500_000,
                accessibility: Vec::new(),
                certificate: Some(format!("Chứng chỉ nghề {occupation:02}")),
                seats: rng.range(10, 60) as i64,
                modules,
            }
        })
        .collect();

    let demands = (0..DEMANDS)
        .map(|i| {
            let (commune, lat, lon) = points[rng.below(POINTS as u64) as usize].clone();
            let essential = rng.range(2, 6);
            let optional = rng.below(5);
            let mut skills = rng.skills(essential + optional);
            let optional_skills = skills.split_off(essential as usize);
            let (wage_min_vnd, wage_max_vnd) = if rng.chance(0.6) {
                let lo = rng.range(5, 15) as i64 * 1_000_000;
                (Some(lo), Some(lo + rng.below(4) as i64 * 1_000_000))
            } else {
                (None, None)
            };
            DemandCandidate {
                id: i as i64 + 1,
                title: format!("Tuyển dụng {i}"),
                employer_name: format!("Doanh nghiệp {}", i % 5_000),
                occupation_code: Some(format!("nghe_{:02}", rng.below(OCCUPATIONS))),
                commune_code: commune,
                lat,
                lon,
                positions: rng.range(1, 30) as i64,
                wage_min_vnd,
                wage_max_vnd,
                employment_type: [
                    EmploymentType::Permanent,
                    EmploymentType::Seasonal,
                    EmploymentType::Contract,
                ][rng.below(3) as usize],
                expires_on: today
                    .checked_add_days(Days::new(rng.below(200)))
                    .and_then(|d| d.checked_sub_days(Days::new(20))),
                essential_skills: skills,
                optional_skills,
            }
        })
        .collect();

    let workers = (0..20_000)
        .map(|i| {
            let (commune, lat, lon) = points[rng.below(POINTS as u64) as usize].clone();
            let n = rng.range(2, 12);
            CandidateWorker {
                worker_id: i + 1,
                display_name: format!("Người lao động {i}"),
                commune_code: commune,
                lat,
                lon,
                skills: rng
                    .skills(n)
                    .into_iter()
                    .map(HeldSkill::self_reported)
                    .collect(),
                max_travel_km: rng.range(5, 40) as f64,
                applied: false,
            }
        })
        .collect();

    let worker = WorkerContext {
        commune_code: "00400".into(),
        lat: 21.0,
        lon: 105.75,
        education: EducationLevel::LowerSecondary,
        skills: rng
            .skills(8)
            .into_iter()
            .map(HeldSkill::self_reported)
            .collect(),
        completed_modules: (0..3)
            .map(|m| CompletedModule {
                code: format!("MĐ{m:02}"),
                credits: 4,
                skills: rng.skills(3),
                certificate: Some("Chứng chỉ nghề 07".into()),
                course_id: None,
            })
            .collect(),
        certificates: vec![],
        occupations_of_interest: vec!["nghe_07".into(), "nghe_21".into(), "nghe_55".into()],
        max_travel_km: 30.0,
        free_months: vec![1, 2, 3, 4, 7, 8, 11, 12],
        study_times: vec![StudyTime::Weekday, StudyTime::Evening],
        max_fee_vnd: Some(3_000_000),
        goal: None,
        current_occupation: None,
        delivery_modes: Vec::new(),
        hard_limits: Vec::new(),
        support_categories: Vec::new(),
        access_needs: Vec::new(),
    };

    World {
        worker,
        courses,
        demands,
        workers,
        catalog,
        today,
    }
}

fn bench(c: &mut Criterion) {
    let w = world();
    let first = recommend_courses(&w.worker, &w.courses, &w.demands, &w.catalog, w.today, 10);
    assert_eq!(first.len(), 10);
    eprintln!("top course: {}", first[0].explanation.summary_en);
    let index = RankingIndex::new(&w.courses, &w.demands);
    let indexed = recommend_courses_indexed(
        &w.worker, &w.courses, &w.demands, &index, &w.catalog, w.today, 10,
    );
    assert_eq!(first, indexed);
    let jobs = match_jobs(&w.worker, &w.demands, &w.courses, &w.catalog, w.today, 10);
    assert_eq!(jobs.len(), 10);
    let jobs_indexed = match_jobs_indexed(
        &w.worker, &w.demands, &w.courses, &index, &w.catalog, w.today, 10,
    );
    assert_eq!(jobs, jobs_indexed);
    eprintln!("top job: {}", jobs[0].summary_en);

    c.bench_function("recommend_courses 10k courses 100k demands r=30km", |b| {
        b.iter(|| {
            recommend_courses(
                black_box(&w.worker),
                black_box(&w.courses),
                black_box(&w.demands),
                &w.catalog,
                w.today,
                10,
            )
        })
    });
    c.bench_function(
        "recommend_courses_indexed 10k courses 100k demands r=30km",
        |b| {
            b.iter(|| {
                recommend_courses_indexed(
                    black_box(&w.worker),
                    black_box(&w.courses),
                    black_box(&w.demands),
                    &index,
                    &w.catalog,
                    w.today,
                    10,
                )
            })
        },
    );
    c.bench_function("RankingIndex::new 10k courses 100k demands", |b| {
        b.iter(|| RankingIndex::new(black_box(&w.courses), black_box(&w.demands)))
    });
    c.bench_function("match_jobs 100k demands 10k courses r=30km", |b| {
        b.iter(|| {
            match_jobs(
                black_box(&w.worker),
                black_box(&w.demands),
                black_box(&w.courses),
                &w.catalog,
                w.today,
                10,
            )
        })
    });
    c.bench_function("match_jobs_indexed 100k demands 10k courses r=30km", |b| {
        b.iter(|| {
            match_jobs_indexed(
                black_box(&w.worker),
                black_box(&w.demands),
                black_box(&w.courses),
                &index,
                &w.catalog,
                w.today,
                10,
            )
        })
    });
    c.bench_function("rank_candidates 20k workers", |b| {
        b.iter(|| {
            rank_candidates(
                black_box(&w.demands[0]),
                black_box(&w.workers),
                &w.catalog,
                20,
            )
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
