//! `match_jobs`: which open jobs near the worker fit, and what is missing.

use chrono::NaiveDate;
use hocnghe_domain::catalogue::{DemandSkill, SkillLabel};
use hocnghe_domain::{EmploymentType, Importance};
use serde::Serialize;
use utoipa::ToSchema;

use crate::common::{
    Code, CodeMap, FxMap, employment_preference, fx_map, held_skills, length_bit, nearby_demands,
    pct, quantize, round1, top_k,
};
use crate::feasibility::{Concern, Covered, Feasibility, Prefs};
use crate::format::{self, km_en, km_vi, short_list};
use crate::model::{CourseCandidate, DemandCandidate, Evidence, SkillCatalog, WorkerContext};
use crate::weights;

/// A skill the worker (or candidate) has that the job asks for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ToSchema)]
pub struct MatchedSkill {
    pub code: String,
    pub label_vi: String,
    pub label_en: String,
    pub importance: Importance,
    pub certified: bool,
}

/// A course that teaches some of the skills missing for a job.
#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct CourseSuggestion {
    pub course_id: i64,
    pub title: String,
    pub provider_name: String,
    /// `None` for online courses; one decimal.
    pub distance_km: Option<f64>,
    pub start_date: NaiveDate,
    pub fee_after_subsidy_vnd: i64,
    /// Within reach, budget, schedule, level and prerequisites, with at least
    /// half its months free from farm work.
    pub feasible: bool,
    /// The missing skills it teaches, essential first.
    pub teaches: Vec<SkillLabel>,
    pub concerns: Vec<Concern>,
}

#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct JobMatch {
    pub demand_id: i64,
    pub title: String,
    pub employer_name: String,
    /// Essential-skill percentage plus a secondary score below 1 (see the crate docs).
    pub score: f64,
    /// Essential skills held ÷ essential skills required, 0–100, rounded down
    /// (100 when the job lists none).
    pub essential_match_pct: u8,
    pub optional_match_pct: u8,
    /// Essential first.
    pub matched_skills: Vec<MatchedSkill>,
    /// Essential first.
    pub missing_skills: Vec<DemandSkill>,
    /// One decimal.
    pub distance_km: f64,
    pub wage_min_vnd: Option<i64>,
    pub wage_max_vnd: Option<i64>,
    pub employment_type: EmploymentType,
    pub expires_on: Option<NaiveDate>,
    pub positions: i64,
    /// Up to three courses teaching missing skills: feasible first, then the
    /// most missing essential skills taught, then the nearest.
    pub courses: Vec<CourseSuggestion>,
    pub summary_vi: String,
    pub summary_en: String,
}

/// Coverage of a job's skills by a set of held skills.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Coverage {
    pub essential_pct: u8,
    pub optional_pct: u8,
    pub optional_share: f64,
    pub certified_share: f64,
}

pub(crate) fn coverage(
    essential: &[String],
    optional: &[String],
    held: impl Fn(&str) -> Option<Evidence>,
) -> Coverage {
    let mut matched = 0usize;
    let mut certified = 0usize;
    let mut count = |codes: &[String]| {
        let mut n = 0;
        for s in codes {
            if let Some(e) = held(s) {
                n += 1;
                matched += 1;
                certified += usize::from(e == Evidence::Certified);
            }
        }
        n
    };
    let ess = count(essential);
    let opt = count(optional);
    Coverage {
        essential_pct: pct(ess, essential.len()),
        optional_pct: pct(opt, optional.len()),
        optional_share: if optional.is_empty() {
            1.0
        } else {
            opt as f64 / optional.len() as f64
        },
        certified_share: if matched == 0 {
            0.0
        } else {
            certified as f64 / matched as f64
        },
    }
}

/// Matched and missing skills, essential first, in the job's order.
pub(crate) fn skill_lists(
    essential: &[String],
    optional: &[String],
    held: impl Fn(&str) -> Option<Evidence>,
    catalog: &SkillCatalog,
) -> (Vec<MatchedSkill>, Vec<DemandSkill>) {
    let mut matched = Vec::new();
    let mut missing = Vec::new();
    for (codes, importance) in [
        (essential, Importance::Essential),
        (optional, Importance::Optional),
    ] {
        for code in codes {
            let label_vi = catalog.label_vi(code).to_owned();
            let label_en = catalog.label_en(code).to_owned();
            match held(code) {
                Some(e) => matched.push(MatchedSkill {
                    code: code.clone(),
                    label_vi,
                    label_en,
                    importance,
                    certified: e == Evidence::Certified,
                }),
                None => missing.push(DemandSkill {
                    code: code.clone(),
                    label_vi,
                    label_en,
                    importance,
                }),
            }
        }
    }
    (matched, missing)
}

struct Candidate {
    idx: usize,
    distance_km: f64,
    score: f64,
    coverage: Coverage,
}

/// Rank the open demands within the worker's travel radius.
///
/// Demands past `expires_on` and demands farther than `max_travel_km` are
/// left out (a job the worker cannot reach is not a match; `recommend_courses`
/// and `occupation_gap` cover "what could I become"). Order: essential-skill
/// percentage first, strictly; then a secondary score mixing optional
/// coverage, proximity, wage, employment type and certified skills; then id.
pub fn match_jobs(
    worker: &WorkerContext,
    demands: &[DemandCandidate],
    courses: &[CourseCandidate],
    catalog: &SkillCatalog,
    today: NaiveDate,
    limit: usize,
) -> Vec<JobMatch> {
    if limit == 0 {
        return Vec::new();
    }
    let prefs = Prefs::of(worker);
    let held = held_skills(&worker.skills, Some(worker));
    // Most codes a job lists have a length no held code has: those are
    // answered without reading their bytes (the costly part at this scale).
    let lengths = held
        .keys()
        .fold(0u64, |mask, code| mask | length_bit(code.0.len()));
    let held_fn = |code: &str| {
        if lengths & length_bit(code.len()) == 0 {
            None
        } else {
            held.get(&Code(code)).copied()
        }
    };
    let mut candidates: Vec<Candidate> =
        nearby_demands(prefs.location, prefs.radius_km, today, demands)
            .into_iter()
            .map(|n| {
                let d = &demands[n.idx];
                let coverage = coverage(&d.essential_skills, &d.optional_skills, held_fn);
                let proximity = if prefs.radius_km > 0.0 {
                    (1.0 - n.distance_km / prefs.radius_km).clamp(0.0, 1.0)
                } else {
                    1.0
                };
                let wage = (n.wage_factor - weights::WAGE_FACTOR_MIN)
                    / (weights::WAGE_FACTOR_MAX - weights::WAGE_FACTOR_MIN);
                let secondary = weights::MATCH_OPTIONAL * coverage.optional_share
                    + weights::MATCH_PROXIMITY * proximity
                    + weights::MATCH_WAGE * wage
                    + weights::MATCH_EMPLOYMENT * employment_preference(d.employment_type)
                    + weights::MATCH_CERTIFIED * coverage.certified_share;
                Candidate {
                    idx: n.idx,
                    distance_km: n.distance_km,
                    score: quantize(
                        f64::from(coverage.essential_pct) + 0.99 * secondary.clamp(0.0, 1.0),
                    ),
                    coverage,
                }
            })
            .collect();
    top_k(&mut candidates, limit, |a, b| {
        b.score
            .total_cmp(&a.score)
            .then(demands[a.idx].id.cmp(&demands[b.idx].id))
    });

    let lists: Vec<(Vec<MatchedSkill>, Vec<DemandSkill>)> = candidates
        .iter()
        .map(|c| {
            let d = &demands[c.idx];
            skill_lists(&d.essential_skills, &d.optional_skills, held_fn, catalog)
        })
        .collect();
    let missing: Vec<&[DemandSkill]> = lists.iter().map(|(_, m)| m.as_slice()).collect();
    let mut suggestions = suggest_courses(&missing, courses, &prefs, catalog, today).into_iter();

    candidates
        .into_iter()
        .zip(lists)
        .map(|(c, (matched_skills, missing_skills))| {
            let d = &demands[c.idx];
            let mut m = JobMatch {
                demand_id: d.id,
                title: d.title.clone(),
                employer_name: d.employer_name.clone(),
                score: c.score,
                essential_match_pct: c.coverage.essential_pct,
                optional_match_pct: c.coverage.optional_pct,
                matched_skills,
                missing_skills,
                distance_km: round1(c.distance_km),
                wage_min_vnd: d.wage_min_vnd,
                wage_max_vnd: d.wage_max_vnd,
                employment_type: d.employment_type,
                expires_on: d.expires_on,
                positions: d.positions,
                courses: suggestions.next().unwrap_or_default(),
                summary_vi: String::new(),
                summary_en: String::new(),
            };
            m.summary_vi = summary_vi(&m, d.essential_skills.len());
            m.summary_en = summary_en(&m, d.essential_skills.len());
            m
        })
        .collect()
}

/// For each job's missing skills, up to three courses that teach some of
/// them: feasible first, then more missing essential skills, then more
/// missing optional skills, then nearest (online counts as 0 km), then id.
fn suggest_courses<'c>(
    missing: &[&[DemandSkill]],
    courses: &'c [CourseCandidate],
    prefs: &Prefs<'_>,
    catalog: &SkillCatalog,
    today: NaiveDate,
) -> Vec<Vec<CourseSuggestion>> {
    let mut wanted: CodeMap<'_, ()> = fx_map(64);
    let mut lengths = 0u64;
    for m in missing {
        for s in *m {
            wanted.insert(Code(&s.code), ());
            lengths |= length_bit(s.code.len());
        }
    }
    if wanted.is_empty() {
        return vec![Vec::new(); missing.len()];
    }
    let covered = Covered::lazy(courses, prefs.completed, today);
    let mut assessed: FxMap<usize, Feasibility> = fx_map(256);
    let taught = |course: &'c CourseCandidate| {
        let mut taught: Vec<&str> = Vec::new();
        for s in course.modules.iter().flat_map(|m| &m.skills) {
            if lengths & length_bit(s.len()) != 0
                && wanted.contains_key(&Code(s))
                && !taught.contains(&s.as_str())
            {
                taught.push(s);
            }
        }
        taught
    };
    // Feasible courses rank first, so look at the courses that pass the
    // cheap checks (no string work) first, and at the others only for a job
    // that has fewer than three feasible courses. The result is the same as
    // looking at every course.
    let mut teaching: Vec<(usize, Vec<&str>)> = Vec::new();
    let mut others: Vec<usize> = Vec::new();
    for (idx, course) in courses.iter().enumerate() {
        if course.start_date < today {
            continue;
        }
        if !Feasibility::basic(course, prefs).feasible() {
            others.push(idx);
            continue;
        }
        let t = taught(course);
        if !t.is_empty() {
            teaching.push((idx, t));
        }
    }
    let enough = missing.iter().all(|job_missing| {
        teaching
            .iter()
            .filter(|(idx, t)| {
                job_missing.iter().any(|s| t.contains(&s.code.as_str()))
                    && assessed
                        .entry(*idx)
                        .or_insert_with(|| Feasibility::assess(&courses[*idx], prefs, &covered))
                        .feasible()
            })
            .take(3)
            .count()
            == 3
    });
    if !enough {
        for idx in others {
            let t = taught(&courses[idx]);
            if !t.is_empty() {
                teaching.push((idx, t));
            }
        }
    }
    missing
        .iter()
        .map(|job_missing| {
            struct Ranked<'c> {
                idx: usize,
                feasible: bool,
                essential: usize,
                optional: usize,
                distance: f64,
                teaches: Vec<&'c DemandSkill>,
            }
            let mut ranked: Vec<Ranked<'_>> = Vec::new();
            for (idx, taught) in &teaching {
                let teaches: Vec<&DemandSkill> = job_missing
                    .iter()
                    .filter(|s| taught.contains(&s.code.as_str()))
                    .collect();
                if teaches.is_empty() {
                    continue;
                }
                let course = &courses[*idx];
                let f = assessed
                    .entry(*idx)
                    .or_insert_with(|| Feasibility::assess(course, prefs, &covered));
                let essential = teaches
                    .iter()
                    .filter(|s| s.importance == Importance::Essential)
                    .count();
                ranked.push(Ranked {
                    idx: *idx,
                    feasible: f.feasible(),
                    essential,
                    optional: teaches.len() - essential,
                    distance: f.distance_km.unwrap_or(0.0),
                    teaches,
                });
            }
            top_k(&mut ranked, 3, |a, b| {
                b.feasible
                    .cmp(&a.feasible)
                    .then(b.essential.cmp(&a.essential))
                    .then(b.optional.cmp(&a.optional))
                    .then(a.distance.total_cmp(&b.distance))
                    .then(courses[a.idx].id.cmp(&courses[b.idx].id))
            });
            ranked
                .into_iter()
                .map(|r| {
                    let course = &courses[r.idx];
                    let f = assessed
                        .entry(r.idx)
                        .or_insert_with(|| Feasibility::assess(course, prefs, &covered));
                    CourseSuggestion {
                        course_id: course.id,
                        title: course.title.clone(),
                        provider_name: course.provider_name.clone(),
                        distance_km: f.distance_km.map(round1),
                        start_date: course.start_date,
                        fee_after_subsidy_vnd: f.fee_after_subsidy_vnd,
                        feasible: f.feasible(),
                        teaches: r.teaches.iter().map(|s| catalog.label(&s.code)).collect(),
                        concerns: f.concerns(course, prefs),
                    }
                })
                .collect()
        })
        .collect()
}

fn missing_of(m: &JobMatch, importance: Importance) -> Vec<&DemandSkill> {
    m.missing_skills
        .iter()
        .filter(|s| s.importance == importance)
        .collect()
}

fn summary_vi(m: &JobMatch, essential_total: usize) -> String {
    let held = essential_total - missing_of(m, Importance::Essential).len();
    let mut out = if essential_total == 0 {
        "Việc này không yêu cầu kỹ năng bắt buộc nào".to_owned()
    } else {
        format!(
            "Bạn có {held}/{essential_total} kỹ năng bắt buộc ({}%)",
            m.essential_match_pct
        )
    };
    let essential = missing_of(m, Importance::Essential);
    let optional = missing_of(m, Importance::Optional);
    if !essential.is_empty() {
        out.push_str("; còn thiếu: ");
        out.push_str(&short_list(
            essential.iter().map(|s| s.label_vi.as_str()),
            3,
        ));
    } else if !optional.is_empty() {
        out.push_str("; nên có thêm: ");
        out.push_str(&short_list(optional.iter().map(|s| s.label_vi.as_str()), 3));
    }
    out.push_str(&format!(". Nơi làm việc cách {}", km_vi(m.distance_km)));
    if let Some(wage) = format::wage_vi(m.wage_min_vnd, m.wage_max_vnd) {
        out.push_str(&format!("; lương {wage}"));
    }
    out.push('.');
    if let Some(c) = m.courses.first() {
        let skills = short_list(c.teaches.iter().map(|s| s.label_vi.as_str()), 3);
        let place = match c.distance_km {
            Some(d) => format!("cách {}", km_vi(d)),
            None => "học trực tuyến".to_owned(),
        };
        out.push_str(&format!(
            " Khóa gần nhất dạy {skills}: {} ({}), {place}.",
            c.title, c.provider_name
        ));
    }
    out
}

fn summary_en(m: &JobMatch, essential_total: usize) -> String {
    let held = essential_total - missing_of(m, Importance::Essential).len();
    let mut out = if essential_total == 0 {
        "This job lists no essential skill".to_owned()
    } else {
        format!(
            "You have {held} of {essential_total} essential skills ({}%)",
            m.essential_match_pct
        )
    };
    let essential = missing_of(m, Importance::Essential);
    let optional = missing_of(m, Importance::Optional);
    if !essential.is_empty() {
        out.push_str("; missing: ");
        out.push_str(&short_list(
            essential.iter().map(|s| s.label_en.as_str()),
            3,
        ));
    } else if !optional.is_empty() {
        out.push_str("; good to add: ");
        out.push_str(&short_list(optional.iter().map(|s| s.label_en.as_str()), 3));
    }
    out.push_str(&format!(". The workplace is {} away", km_en(m.distance_km)));
    if let Some(wage) = format::wage_en(m.wage_min_vnd, m.wage_max_vnd) {
        out.push_str(&format!("; wage {wage}"));
    }
    out.push('.');
    if let Some(c) = m.courses.first() {
        let skills = short_list(c.teaches.iter().map(|s| s.label_en.as_str()), 3);
        let place = match c.distance_km {
            Some(d) => format!("{} away", km_en(d)),
            None => "online".to_owned(),
        };
        out.push_str(&format!(
            " Nearest course teaching {skills}: {} ({}), {place}.",
            c.title, c.provider_name
        ));
    }
    out
}
