//! A multi-year synthetic training history over the courses and workers in
//! the database: applications, decisions, modules passed, certificates and
//! outcomes 3 and 6 months after, so targets, provider results and the
//! labour market show real figures in a demo. Deterministic for a seed and a
//! `today`: one ChaCha8 stream, courses and workers in id order.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Datelike, Days, Months, NaiveDate, Utc};
use hocnghe_domain::catalogue::Course;
use hocnghe_domain::{EmploymentStatus, EnrolmentStatus, Role};
use hocnghe_store::DatabaseConnection;
use hocnghe_store::repo::history::{
    self, PlannedCertificate, PlannedCompletion, PlannedEnrolment, PlannedOutcome,
};
use hocnghe_store::repo::{courses, taxonomy};
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::Serialize;

use crate::DemoError;

use EnrolmentStatus as S;

/// Enrolments written per transaction.
const BATCH: usize = 250;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HistorySummary {
    /// False when an enrolment history already existed; nothing was written.
    pub loaded: bool,
    pub years: u32,
    pub enrolments: usize,
    /// Enrolments by status (`completed`, `dropped`, `studying`, …).
    pub by_status: BTreeMap<String, usize>,
    pub module_completions: usize,
    pub certificates: usize,
    pub outcomes: usize,
    /// Workers with at least one enrolment.
    pub workers: usize,
}

/// A course as the planner needs it: its view and the skill ids of each module.
struct PlanCourse {
    view: Course,
    owner: Option<i64>,
    module_skills: Vec<Vec<i64>>,
    /// Seats the history may fill, so live applications still find room.
    room: usize,
}

/// Generate and write `years` past years of history plus the current year up
/// to `today`. A no-op (`loaded: false`) when any enrolment exists.
pub async fn load_history(
    db: &DatabaseConnection,
    seed: u64,
    years: u32,
    today: NaiveDate,
) -> Result<HistorySummary, DemoError> {
    let mut summary = HistorySummary {
        loaded: false,
        years,
        enrolments: 0,
        by_status: BTreeMap::new(),
        module_completions: 0,
        certificates: 0,
        outcomes: 0,
        workers: 0,
    };
    if history::has_enrolments(db).await? {
        return Ok(summary);
    }
    let mut plan_courses = Vec::new();
    let skill_ids = taxonomy::all_skill_ids(db).await?;
    let mut after = 0;
    loop {
        let ids = courses::ids_after(db, after, 500).await?;
        let Some(last) = ids.last() else { break };
        after = *last;
        for view in courses::load_many(db, &ids).await? {
            let owner = courses::owner(db, view.id).await?;
            let module_skills = view
                .modules
                .iter()
                .map(|m| {
                    m.skills
                        .iter()
                        .filter_map(|s| skill_ids.get(&s.code).copied())
                        .collect()
                })
                .collect();
            let room = usize::try_from(view.seats / 2).unwrap_or(0);
            plan_courses.push(PlanCourse {
                view,
                owner,
                module_skills,
                room,
            });
        }
    }
    let workers = history::worker_ids(db).await?;
    let plan = plan(seed, years, today, &workers, &mut plan_courses);
    summary.loaded = true;
    summary.workers = plan
        .iter()
        .map(|e| e.worker_id)
        .collect::<BTreeSet<_>>()
        .len();
    for e in &plan {
        summary.enrolments += 1;
        *summary
            .by_status
            .entry(e.status.as_str().to_owned())
            .or_default() += 1;
        summary.module_completions += e.completions.len();
        summary.certificates += usize::from(e.certificate.is_some());
        summary.outcomes += e.outcomes.len();
    }
    for batch in plan.chunks(BATCH) {
        history::insert(db, batch).await?;
    }
    Ok(summary)
}

fn plan(
    seed: u64,
    years: u32,
    today: NaiveDate,
    workers: &[i64],
    courses: &mut [PlanCourse],
) -> Vec<PlannedEnrolment> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut out = Vec::new();
    if courses.is_empty() {
        return out;
    }
    let first_year = today.year() - i32::try_from(years).unwrap_or(0);
    for worker_id in workers {
        // Most rural workers take one or two courses over the years; some none.
        let count = *[0, 1, 1, 1, 2, 2, 2, 3, 3, 4]
            .choose(&mut rng)
            .unwrap_or(&1);
        let mut taken = BTreeSet::new();
        for _ in 0..count {
            let index = rng.random_range(0..courses.len());
            let course = &mut courses[index];
            if course.room == 0 || !taken.insert(index) {
                continue;
            }
            course.room -= 1;
            let year = rng.random_range(first_year..=today.year());
            if let Some(e) = enrolment(&mut rng, *worker_id, course, year, today) {
                out.push(e);
            }
        }
    }
    out
}

fn enrolment(
    rng: &mut ChaCha8Rng,
    worker_id: i64,
    course: &PlanCourse,
    year: i32,
    today: NaiveDate,
) -> Option<PlannedEnrolment> {
    let year_start = NaiveDate::from_ymd_opt(year, 1, 1)?;
    let last = if year == today.year() {
        today
    } else {
        NaiveDate::from_ymd_opt(year, 12, 31)?
    };
    let span = (last - year_start).num_days();
    // The decision (acceptance or rejection) falls anywhere in the year.
    let decided = year_start + Days::new(u64::try_from(rng.random_range(0..=span)).ok()?);
    let applied = decided - Days::new(rng.random_range(3..=30));
    let mut e = PlannedEnrolment {
        worker_id,
        course_id: course.view.id,
        status: S::Applied,
        applied_at: at(applied, 9),
        decided_at: Some(at(decided, 14)),
        started_at: None,
        finished_at: None,
        completions: Vec::new(),
        certificate: None,
        outcomes: Vec::new(),
    };
    let roll: f64 = rng.random();
    if roll < 0.08 {
        e.status = S::Rejected;
        return Some(e);
    }
    if roll < 0.13 {
        e.status = S::Withdrawn;
        e.decided_at = None;
        e.finished_at = Some(at(decided, 10));
        return Some(e);
    }
    let start = decided + Days::new(rng.random_range(3..=21));
    let weeks = u64::try_from(course.view.weeks.max(1)).unwrap_or(1);
    let end = start + Days::new(weeks * 7);
    if start > today {
        e.status = S::Accepted;
        return Some(e);
    }
    e.started_at = Some(at(start, 8));
    let modules = course.view.modules.len();
    let drops = rng.random_bool(0.2);
    if end > today {
        // Still in class: modules passed so far, a few already dropped out.
        let done = passed_share(start, end, today, modules);
        record_modules(&mut e, course, start, end, done);
        if drops && rng.random_bool(0.3) {
            e.status = S::Dropped;
            e.finished_at = Some(at(today, 16));
        } else {
            e.status = S::Studying;
        }
        return Some(e);
    }
    if drops {
        let left = start + Days::new(rng.random_range(0..=weeks * 7));
        let done = passed_share(start, end, left, modules).min(modules.saturating_sub(1));
        record_modules(&mut e, course, start, end, done);
        e.status = S::Dropped;
        e.finished_at = Some(at(left, 16));
        return Some(e);
    }
    record_modules(&mut e, course, start, end, modules);
    e.status = S::Completed;
    e.finished_at = Some(at(end, 16));
    if rng.random_bool(0.65) {
        e.certificate = Some(PlannedCertificate {
            name: course
                .view
                .certificate
                .clone()
                .unwrap_or_else(|| course.view.title.clone()),
            issuer: course.view.provider_name.clone(),
            issued_at: at(end + Days::new(rng.random_range(0..=14)), 10),
        });
    }
    for months in [3, 6] {
        let Some(survey) = end.checked_add_months(Months::new(months)) else {
            continue;
        };
        // Every completer is surveyed at 6 months, about 40% also at 3.
        if survey > today || (months == 3 && !rng.random_bool(0.4)) {
            continue;
        }
        e.outcomes.push(outcome(
            rng,
            course.owner,
            i32::try_from(months).ok()?,
            survey,
        ));
    }
    Some(e)
}

/// Modules passed by `day` when they are spread evenly over the course.
fn passed_share(start: NaiveDate, end: NaiveDate, day: NaiveDate, modules: usize) -> usize {
    let total = (end - start).num_days().max(1);
    let elapsed = (day - start).num_days().clamp(0, total);
    let modules_i = i64::try_from(modules).unwrap_or(0);
    usize::try_from(elapsed * modules_i / total).unwrap_or(0)
}

fn record_modules(
    e: &mut PlannedEnrolment,
    course: &PlanCourse,
    start: NaiveDate,
    end: NaiveDate,
    done: usize,
) {
    let modules = course.view.modules.len().max(1);
    let total = u64::try_from((end - start).num_days().max(1)).unwrap_or(1);
    let name = course
        .view
        .certificate
        .clone()
        .unwrap_or_else(|| course.view.title.clone());
    for (i, (module, skills)) in course
        .view
        .modules
        .iter()
        .zip(&course.module_skills)
        .take(done)
        .enumerate()
    {
        let offset = total * (i as u64 + 1) / modules as u64;
        e.completions.push(PlannedCompletion {
            module_id: module.id,
            code: module.code.clone(),
            title: module.title.clone(),
            credits: i32::try_from(module.credits).unwrap_or(0),
            certificate: name.clone(),
            completed_on: start + Days::new(offset),
            recorded_by: course.owner,
            skill_ids: skills.clone(),
        });
    }
}

fn outcome(
    rng: &mut ChaCha8Rng,
    recorded_by: Option<i64>,
    months_after: i32,
    survey: NaiveDate,
) -> PlannedOutcome {
    let roll: f64 = rng.random();
    let status = if roll < 0.42 {
        EmploymentStatus::Employed
    } else if roll < 0.65 {
        EmploymentStatus::SelfEmployed
    } else if roll < 0.9 {
        EmploymentStatus::Unemployed
    } else {
        EmploymentStatus::Studying
    };
    let working = matches!(
        status,
        EmploymentStatus::Employed | EmploymentStatus::SelfEmployed
    );
    // 5–12 million VND a month, in steps of 100,000; some do not say.
    let income = (working && rng.random_bool(0.85)).then(|| rng.random_range(50..=120) * 100_000);
    PlannedOutcome {
        months_after,
        status,
        monthly_income_vnd: income,
        recorded_by,
        recorded_by_role: Role::Provider,
        recorded_at: at(survey, 11),
    }
}

fn at(day: NaiveDate, hour: u32) -> DateTime<Utc> {
    day.and_hms_opt(hour, 0, 0)
        .unwrap_or_else(|| day.and_time(chrono::NaiveTime::MIN))
        .and_utc()
}
