//! `match_jobs`: which open jobs near the worker fit, and what is missing.

use chrono::NaiveDate;
use hocnghe_domain::catalogue::{DemandSkill, SkillLabel};
use hocnghe_domain::{EmploymentType, Importance};
use serde::Serialize;
use utoipa::ToSchema;

use crate::asked::{Asked, TradeFit};
use crate::common::{
    Code, CodeMap, FxMap, employment_preference, fx_map, held_skills, length_bit, nearby_demands,
    nearby_demands_by_place, pct, quantize, round1, top_k,
};
use crate::feasibility::{Concern, Covered, Feasibility, Prefs};
use crate::format::{self, km_en, km_vi, plural_en, short_list};
use crate::index::RankingIndex;
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

/// A skill the job asks for that the worker lacks, but a close relative of
/// which they have: it counts half toward the match.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ToSchema)]
pub struct PartialSkill {
    pub code: String,
    pub label_vi: String,
    pub label_en: String,
    pub importance: Importance,
    /// The related skill the worker has.
    pub via: SkillLabel,
}

#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct JobMatch {
    pub demand_id: i64,
    pub title: String,
    pub employer_name: String,
    /// 0–100: skills held, the trade, then distance, wage and terms (see the crate docs).
    pub score: f64,
    /// How much of what the job asks the worker has, 0–100: essential
    /// skills count twice as much as optional ones, and a skill the worker
    /// has only a close relative of counts half ("Phù hợp 75 %").
    pub match_pct: u8,
    /// How the job's trade relates to the trades the worker chose.
    pub trade_fit: TradeFit,
    /// Essential skills held ÷ essential skills required, 0–100, rounded down
    /// (100 when the job lists none).
    pub essential_match_pct: u8,
    pub optional_match_pct: u8,
    /// Essential first.
    pub matched_skills: Vec<MatchedSkill>,
    /// Essential first.
    pub missing_skills: Vec<DemandSkill>,
    /// Missing skills with a close relative the worker has, essential first.
    pub partial_skills: Vec<PartialSkill>,
    /// One decimal.
    pub distance_km: f64,
    /// Within the distance the worker gave (a job a little farther is
    /// shown when that distance is a preference, not a hard limit).
    pub within_radius: bool,
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
    /// Essential skills held plus half of those with a related skill held,
    /// over the essential skills (1 when the job lists none).
    pub essential_fit: f64,
    /// The same for optional skills.
    pub optional_fit: f64,
    /// The figure shown: essential skills weigh twice optional ones.
    pub match_pct: u8,
}

/// Coverage of `essential` and `optional` skills (codes or interned ids);
/// `related` tells a skill not held that a close relative of a held one is.
pub(crate) fn coverage<T>(
    essential: &[T],
    optional: &[T],
    held: impl Fn(&T) -> Option<Evidence>,
    related: impl Fn(&T) -> bool,
) -> Coverage {
    let mut matched = 0usize;
    let mut certified = 0usize;
    let mut count = |codes: &[T]| {
        let (mut n, mut partly) = (0, 0);
        for s in codes {
            if let Some(e) = held(s) {
                n += 1;
                matched += 1;
                certified += usize::from(e == Evidence::Certified);
            } else if related(s) {
                partly += 1;
            }
        }
        (n, partly)
    };
    let (ess, ess_partly) = count(essential);
    let (opt, opt_partly) = count(optional);
    let fit = |n: usize, partly: usize, total: usize| {
        if total == 0 {
            1.0
        } else {
            (n as f64 + weights::RELATED_SKILL_CREDIT * partly as f64) / total as f64
        }
    };
    let essential_fit = fit(ess, ess_partly, essential.len());
    let optional_fit = fit(opt, opt_partly, optional.len());
    let (e, o) = (essential.len() as f64, optional.len() as f64);
    let match_pct = if e + o == 0.0 {
        100
    } else {
        let weighted = (2.0 * e * essential_fit + o * optional_fit) / (2.0 * e + o);
        (100.0 * weighted).round().clamp(0.0, 100.0) as u8
    };
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
        essential_fit,
        optional_fit,
        match_pct,
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
    trade_fit: TradeFit,
}

/// Rank the open demands within the worker's travel radius.
///
/// Demands past `expires_on` are left out, and so are demands farther than
/// `max_travel_km` when distance is a hard limit; when it is a preference,
/// demands up to one scale beyond (`BEYOND_RADIUS_KM + BEYOND_RADIUS_SHARE ×
/// radius`) are scored lower and flagged `within_radius: false` (a job the
/// worker cannot reach is not a match; `recommend_courses` and
/// `occupation_gap` cover "what could I become"). Order: a score mixing
/// the essential skills held (a related skill counts half), whether the job
/// is in a trade the worker chose, and a secondary score of optional
/// coverage, proximity, wage, employment type and certified skills; then id.
pub fn match_jobs(
    worker: &WorkerContext,
    demands: &[DemandCandidate],
    courses: &[CourseCandidate],
    catalog: &SkillCatalog,
    today: NaiveDate,
    limit: usize,
) -> Vec<JobMatch> {
    jobs(worker, demands, courses, None, catalog, today, limit)
}

/// [`match_jobs`] over a snapshot with its [`RankingIndex`] (built once from
/// the same `courses` and `demands`): the same result, with the per-snapshot
/// work done once. An index built from other slices is ignored.
pub fn match_jobs_indexed(
    worker: &WorkerContext,
    demands: &[DemandCandidate],
    courses: &[CourseCandidate],
    index: &RankingIndex,
    catalog: &SkillCatalog,
    today: NaiveDate,
    limit: usize,
) -> Vec<JobMatch> {
    let index = index.fits(courses, demands).then_some(index);
    jobs(worker, demands, courses, index, catalog, today, limit)
}

fn jobs(
    worker: &WorkerContext,
    demands: &[DemandCandidate],
    courses: &[CourseCandidate],
    index: Option<&RankingIndex>,
    catalog: &SkillCatalog,
    today: NaiveDate,
    limit: usize,
) -> Vec<JobMatch> {
    if limit == 0 {
        return Vec::new();
    }
    let prefs = Prefs::of(worker);
    let asked = Asked::of(worker, catalog.relations());
    // A preferred radius can bend a little; a hard one cannot.
    let beyond_scale = prefs.beyond_scale_km();
    let reach_km = prefs.demand_reach_km();
    let held = held_skills(&worker.skills, Some(worker));
    // Skills not held with a close relative that is: they count half.
    let mut related: CodeMap<'_, &str> = fx_map(held.len() * 2);
    for code in held.keys() {
        for r in catalog.relations().related_skills(code.0) {
            if !held.contains_key(&Code(r)) {
                related.entry(Code(r)).or_insert(code.0);
            }
        }
    }
    let related_fn = |code: &str| related.get(&Code(code)).copied();
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
    // With an index: the evidence for each skill id, and nearby demands by place.
    let held_ids: Vec<Option<Evidence>> = index.map_or_else(Vec::new, |index| {
        let mut ids = vec![None; index.skills.len()];
        for (code, evidence) in &held {
            if let Some(id) = index.skills.get(code.0) {
                ids[id as usize] = Some(*evidence);
            }
        }
        ids
    });
    let related_ids: Vec<bool> = index.map_or_else(Vec::new, |index| {
        let mut ids = vec![false; index.skills.len()];
        for code in related.keys() {
            if let Some(id) = index.skills.get(code.0) {
                ids[id as usize] = true;
            }
        }
        ids
    });
    let nearby = match index {
        Some(index) => nearby_demands_by_place(
            prefs.location,
            reach_km,
            today,
            &index.demand_facts,
            &index.demand_places,
        ),
        None => nearby_demands(prefs.location, reach_km, today, demands),
    };
    let mut candidates: Vec<Candidate> = nearby
        .into_iter()
        .filter(|n| {
            !asked.focused()
                || asked.fit(demands[n.idx].occupation_code.as_deref()) != TradeFit::Other
        })
        .map(|n| {
            let d = &demands[n.idx];
            let coverage = match index {
                Some(index) => {
                    let (essential, optional) = index.demand_at(n.slot);
                    coverage(
                        essential,
                        optional,
                        |&id| held_ids[id as usize],
                        |&id| related_ids[id as usize],
                    )
                }
                None => coverage(
                    &d.essential_skills,
                    &d.optional_skills,
                    |s: &String| held_fn(s),
                    |s: &String| related_fn(s).is_some(),
                ),
            };
            let trade_fit = asked.fit(d.occupation_code.as_deref());
            let trade = match trade_fit {
                TradeFit::Chosen => 1.0,
                TradeFit::Related => 0.5,
                TradeFit::Other => 0.0,
            };
            let proximity = if prefs.radius_km > 0.0 {
                (1.0 - n.distance_km / prefs.radius_km).clamp(0.0, 1.0)
            } else {
                1.0
            };
            let wage = (n.wage_factor - weights::WAGE_FACTOR_MIN)
                / (weights::WAGE_FACTOR_MAX - weights::WAGE_FACTOR_MIN);
            // The wage counts as far as the worker holds the job's essential
            // skills; the weight it loses goes to the number hired, a
            // newcomer's real chance.
            let fit = coverage.essential_fit;
            let secondary = weights::MATCH_OPTIONAL * coverage.optional_fit
                + weights::MATCH_PROXIMITY * proximity
                + weights::MATCH_WAGE * wage * fit
                + weights::MATCH_EMPLOYMENT * employment_preference(d.employment_type)
                + weights::MATCH_CERTIFIED * coverage.certified_share
                + (weights::MATCH_POSITIONS + weights::MATCH_WAGE * (1.0 - fit))
                    * positions_share(d.positions);
            let beyond = ((n.distance_km - prefs.radius_km) / beyond_scale).clamp(0.0, 1.0);
            let score = weights::JOB_SKILLS * coverage.essential_fit
                + weights::JOB_TRADE * trade
                + weights::JOB_SECONDARY * secondary.clamp(0.0, 1.0)
                - weights::JOB_BEYOND_RADIUS * beyond;
            Candidate {
                idx: n.idx,
                distance_km: n.distance_km,
                score: quantize(100.0 * score),
                coverage,
                trade_fit,
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
    let mut suggestions =
        suggest_courses(&missing, courses, index, &prefs, catalog, today).into_iter();

    candidates
        .into_iter()
        .zip(lists)
        .map(|(c, (matched_skills, missing_skills))| {
            let d = &demands[c.idx];
            let partial_skills = missing_skills
                .iter()
                .filter_map(|s| {
                    related_fn(&s.code).map(|via| PartialSkill {
                        code: s.code.clone(),
                        label_vi: s.label_vi.clone(),
                        label_en: s.label_en.clone(),
                        importance: s.importance,
                        via: catalog.label(via),
                    })
                })
                .collect();
            let mut m = JobMatch {
                demand_id: d.id,
                title: d.title.clone(),
                employer_name: d.employer_name.clone(),
                score: c.score,
                match_pct: c.coverage.match_pct,
                trade_fit: c.trade_fit,
                partial_skills,
                essential_match_pct: c.coverage.essential_pct,
                optional_match_pct: c.coverage.optional_pct,
                matched_skills,
                missing_skills,
                distance_km: round1(c.distance_km),
                within_radius: c.distance_km <= prefs.radius_km,
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

/// 0–1: how many people the employer hires, on a log scale (one position
/// 0.18, ten 0.61, fifty or more 1): a big intake is a real chance for a
/// newcomer.
fn positions_share(positions: i64) -> f64 {
    ((positions.max(0) as f64).ln_1p() / weights::MATCH_POSITIONS_FULL.ln_1p()).clamp(0.0, 1.0)
}

/// A course teaching some of one job's missing skills, with its rank key.
struct Ranked<'s> {
    idx: usize,
    essential: usize,
    optional: usize,
    /// Online counts as 0 km.
    distance: f64,
    teaches: Vec<&'s DemandSkill>,
}

/// A course on offer that teaches some wanted skill.
struct Teaching<'c> {
    idx: usize,
    distance: f64,
    taught: Vec<&'c str>,
}

/// For each job's missing skills, up to three courses that teach some of
/// them: feasible first, then more missing essential skills, then more
/// missing optional skills, then nearest (online counts as 0 km), then id.
///
/// Only courses that pass the cheap checks (no string work) can be
/// feasible, so those are ranked first and fully assessed in rank order
/// until three feasible ones are found; the other courses are read only for
/// a job that has fewer than three. The result is the same as assessing
/// every course.
fn suggest_courses<'c>(
    missing: &[&[DemandSkill]],
    courses: &'c [CourseCandidate],
    index: Option<&RankingIndex>,
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
    // With an index: wanted skills as a bit per id, distances per place.
    let wanted_ids: Vec<bool> = index.map_or_else(Vec::new, |index| {
        let mut ids = vec![false; index.skills.len()];
        for code in wanted.keys() {
            if let Some(id) = index.skills.get(code.0) {
                ids[id as usize] = true;
            }
        }
        ids
    });
    let place_km: Vec<f64> = index.map_or_else(Vec::new, |index| {
        index
            .course_places
            .points
            .iter()
            .map(|&at| prefs.location.distance_km(at))
            .collect()
    });
    let teaching = |idx: usize, distance: f64| {
        let course = &courses[idx];
        let mut taught: Vec<&str> = Vec::new();
        for (m, module) in course.modules.iter().enumerate() {
            for (k, s) in module.skills.iter().enumerate() {
                let is_wanted = match index {
                    Some(index) => wanted_ids[index.module(idx, m)[k] as usize],
                    None => lengths & length_bit(s.len()) != 0 && wanted.contains_key(&Code(s)),
                };
                if is_wanted && !taught.contains(&s.as_str()) {
                    taught.push(s);
                }
            }
        }
        (!taught.is_empty()).then_some(Teaching {
            idx,
            distance,
            taught,
        })
    };
    let mut likely: Vec<Teaching<'c>> = Vec::new();
    let mut unlikely: Vec<(usize, f64)> = Vec::new();
    for (idx, course) in courses.iter().enumerate() {
        if course.start_date < today {
            continue;
        }
        let basic = match index {
            Some(index) => Feasibility::basic_from(
                course,
                prefs,
                (!course.is_online()).then(|| place_km[index.course_places.of[idx] as usize]),
                &index.month_counts[idx],
            ),
            None => Feasibility::basic(course, prefs),
        };
        let distance = basic.distance_km.unwrap_or(0.0);
        if basic.feasible() {
            likely.extend(teaching(idx, distance));
        } else {
            unlikely.push((idx, distance));
        }
    }
    let mut unlikely_read: Option<Vec<Teaching<'c>>> = None;
    let covered = Covered::lazy(courses, prefs.completed, today).with_index(index);
    let mut assessed: FxMap<usize, Feasibility> = fx_map(64);
    let by_key = |a: &Ranked<'_>, b: &Ranked<'_>| {
        b.essential
            .cmp(&a.essential)
            .then(b.optional.cmp(&a.optional))
            .then(a.distance.total_cmp(&b.distance))
            .then(courses[a.idx].id.cmp(&courses[b.idx].id))
    };
    missing
        .iter()
        .map(|job_missing| {
            let rank = |t: &Teaching<'_>| {
                let teaches: Vec<&DemandSkill> = job_missing
                    .iter()
                    .filter(|s| t.taught.contains(&s.code.as_str()))
                    .collect();
                let essential = teaches
                    .iter()
                    .filter(|s| s.importance == Importance::Essential)
                    .count();
                (!teaches.is_empty()).then(|| Ranked {
                    idx: t.idx,
                    essential,
                    optional: teaches.len() - essential,
                    distance: t.distance,
                    teaches,
                })
            };
            let mut candidates: Vec<Ranked<'_>> = likely.iter().filter_map(rank).collect();
            candidates.sort_by(by_key);
            let mut chosen: Vec<Ranked<'_>> = Vec::new();
            let mut infeasible: Vec<Ranked<'_>> = Vec::new();
            for r in candidates {
                if chosen.len() == 3 {
                    break;
                }
                // One suggestion per course: its best intake.
                if chosen
                    .iter()
                    .any(|c| courses[c.idx].id == courses[r.idx].id)
                {
                    continue;
                }
                let f = assessed
                    .entry(r.idx)
                    .or_insert_with(|| Feasibility::assess(&courses[r.idx], prefs, &covered));
                if f.feasible() {
                    chosen.push(r);
                } else {
                    infeasible.push(r);
                }
            }
            if chosen.len() < 3 {
                let rest = unlikely_read.get_or_insert_with(|| {
                    unlikely
                        .iter()
                        .filter_map(|&(idx, distance)| teaching(idx, distance))
                        .collect()
                });
                infeasible.extend(rest.iter().filter_map(rank));
                infeasible.sort_by(by_key);
                let mut seen: Vec<i64> = chosen.iter().map(|c| courses[c.idx].id).collect();
                infeasible.retain(|r| {
                    let id = courses[r.idx].id;
                    let first = !seen.contains(&id);
                    seen.push(id);
                    first
                });
                top_k(&mut infeasible, 3 - chosen.len(), by_key);
                chosen.append(&mut infeasible);
            }
            chosen
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
    let mut out = match m.trade_fit {
        TradeFit::Other => String::new(),
        fit => format!("{}. ", fit.label_vi()),
    };
    out.push_str(&if essential_total == 0 {
        "Việc này không yêu cầu kỹ năng bắt buộc nào".to_owned()
    } else {
        format!(
            "Bạn có {held}/{essential_total} kỹ năng bắt buộc ({}%)",
            m.essential_match_pct
        )
    });
    let essential = missing_of(m, Importance::Essential);
    let optional = missing_of(m, Importance::Optional);
    if !m.partial_skills.is_empty() {
        out.push_str(&format!(
            "; {} kỹ năng bạn đã có kỹ năng gần giống ({})",
            m.partial_skills.len(),
            short_list(m.partial_skills.iter().map(|s| s.label_vi.as_str()), 2)
        ));
    }
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
    if !m.within_radius {
        out.push_str(", xa hơn quãng đường bạn muốn đi");
    }
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
    let mut out = match m.trade_fit {
        TradeFit::Other => String::new(),
        fit => format!("{}. ", fit.label_en()),
    };
    out.push_str(&if essential_total == 0 {
        "This job lists no essential skill".to_owned()
    } else {
        format!(
            "You have {held} of {essential_total} essential skills ({}%)",
            m.essential_match_pct
        )
    });
    let essential = missing_of(m, Importance::Essential);
    let optional = missing_of(m, Importance::Optional);
    if !m.partial_skills.is_empty() {
        out.push_str(&format!(
            "; {} close to skills you have ({})",
            plural_en(m.partial_skills.len() as i64, "skill", "skills"),
            short_list(m.partial_skills.iter().map(|s| s.label_en.as_str()), 2)
        ));
    }
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
    if !m.within_radius {
        out.push_str(", farther than you wanted to travel");
    }
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

#[cfg(test)]
mod tests {
    use chrono::Days;
    use hocnghe_domain::{CourseLevel, DeliveryMode, EducationLevel, StudyTime};

    use super::*;
    use crate::model::{CompletedModule, CourseModule};

    /// Rank every course the slow way: assess all, sort by the full key.
    fn naive(
        job_missing: &[DemandSkill],
        courses: &[CourseCandidate],
        prefs: &Prefs<'_>,
        today: NaiveDate,
    ) -> Vec<(i64, bool)> {
        let covered = Covered::lazy(courses, prefs.completed, today);
        let mut all: Vec<(bool, usize, usize, f64, i64)> = courses
            .iter()
            .filter(|c| c.start_date >= today)
            .filter_map(|c| {
                let taught: Vec<&str> = c
                    .modules
                    .iter()
                    .flat_map(|m| m.skills.iter().map(String::as_str))
                    .collect();
                let teaches: Vec<&DemandSkill> = job_missing
                    .iter()
                    .filter(|s| taught.contains(&s.code.as_str()))
                    .collect();
                let essential = teaches
                    .iter()
                    .filter(|s| s.importance == Importance::Essential)
                    .count();
                let f = Feasibility::assess(c, prefs, &covered);
                (!teaches.is_empty()).then(|| {
                    (
                        f.feasible(),
                        essential,
                        teaches.len() - essential,
                        f.distance_km.unwrap_or(0.0),
                        c.id,
                    )
                })
            })
            .collect();
        all.sort_by(|a, b| {
            b.0.cmp(&a.0)
                .then(b.1.cmp(&a.1))
                .then(b.2.cmp(&a.2))
                .then(a.3.total_cmp(&b.3))
                .then(a.4.cmp(&b.4))
        });
        let mut seen = Vec::new();
        all.into_iter()
            .filter(|r| {
                let first = !seen.contains(&r.4);
                seen.push(r.4);
                first
            })
            .take(3)
            .map(|r| (r.4, r.0))
            .collect()
    }

    #[test]
    fn suggestions_match_assessing_every_course() {
        let mut state = 11u64;
        let mut next = move |n: u64| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 33) % n
        };
        let today = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        for _ in 0..200 {
            let skill = |i: u64| format!("ky-nang-{i}");
            let courses: Vec<CourseCandidate> = (0..25)
                .map(|id| CourseCandidate {
                    id,
                    intake_id: None,
                    title: String::new(),
                    provider_name: String::new(),
                    level: [CourseLevel::SoCap, CourseLevel::CaoDang][next(2) as usize],
                    occupation_code: None,
                    commune_code: "00001".into(),
                    lat: 21.0 + next(40) as f64 * 0.01,
                    lon: 105.8,
                    delivery_mode: [DeliveryMode::InPerson, DeliveryMode::Online][next(2) as usize],
                    start_date: today.checked_add_days(Days::new(next(300))).unwrap(),
                    weeks: 1 + next(20) as i64,
                    schedule: [StudyTime::Weekday, StudyTime::Evening][next(2) as usize],
                    fee_vnd: next(3) as i64 * 1_000_000,
                    subsidy_vnd: 0,
                    accessibility: Vec::new(),
                    certificate: None,
                    seats: 10,
                    modules: (0..1 + next(3))
                        .map(|m| CourseModule {
                            code: format!("M{m}"),
                            title: String::new(),
                            credits: 2,
                            skills: (0..1 + next(2)).map(|_| skill(next(8))).collect(),
                            prerequisites: if next(4) == 0 {
                                vec![format!("X{}", next(3))]
                            } else {
                                vec![]
                            },
                        })
                        .collect(),
                })
                .collect();
            let completed = vec![CompletedModule {
                code: format!("X{}", next(3)),
                credits: 2,
                skills: vec![skill(next(8))],
                certificate: None,
                course_id: None,
            }];
            let worker = WorkerContext {
                commune_code: "00001".into(),
                lat: 21.0,
                lon: 105.8,
                education: EducationLevel::LowerSecondary,
                skills: vec![],
                completed_modules: completed,
                certificates: vec![],
                occupations_of_interest: vec![],
                max_travel_km: 20.0,
                free_months: vec![3, 4, 5, 6],
                study_times: vec![StudyTime::Weekday],
                max_fee_vnd: Some(1_000_000),
                goal: None,
                current_occupation: None,
                delivery_modes: Vec::new(),
                hard_limits: Vec::new(),
                support_categories: Vec::new(),
                access_needs: Vec::new(),
            };
            let prefs = Prefs::of(&worker);
            let job: Vec<DemandSkill> = (0..1 + next(3))
                .map(|i| DemandSkill {
                    code: skill(next(8)),
                    label_vi: String::new(),
                    label_en: String::new(),
                    importance: if i == 0 {
                        Importance::Essential
                    } else {
                        Importance::Optional
                    },
                })
                .collect();
            let catalog = SkillCatalog::new();
            let got: Vec<(i64, bool)> =
                suggest_courses(&[&job], &courses, None, &prefs, &catalog, today)[0]
                    .iter()
                    .map(|c| (c.course_id, c.feasible))
                    .collect();
            assert_eq!(got, naive(&job, &courses, &prefs, today));
        }
    }
}
