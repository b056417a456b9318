//! `occupation_gap`: from occupation A to occupation B, what is missing and
//! which courses close the gap.

use chrono::NaiveDate;
use hocnghe_domain::Importance;
use hocnghe_domain::catalogue::{OccupationSkill, SkillLabel};
use serde::Serialize;
use utoipa::ToSchema;

use crate::common::{round1, top_k};
use crate::format::{count_vi, plural_en, short_list};
use crate::model::{CourseCandidate, Location, OccupationSkills, SkillCatalog};

/// A course that teaches some of the missing skills.
#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct GapCourse {
    pub course_id: i64,
    pub title: String,
    pub provider_name: String,
    pub start_date: NaiveDate,
    /// `None` for online courses or when no location was given; one decimal.
    pub distance_km: Option<f64>,
    pub essential_covered: u32,
    pub optional_covered: u32,
    /// The missing skills it teaches, essential first.
    pub covers: Vec<OccupationSkill>,
}

#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct OccupationGap {
    /// Skills of the target occupation already in the current one (importance
    /// as in the target), essential first.
    pub shared_skills: Vec<OccupationSkill>,
    /// Skills of the target occupation not in the current one, essential first.
    pub missing_skills: Vec<OccupationSkill>,
    /// Courses teaching missing skills: most missing essential skills first,
    /// then most optional, then nearest (when a location is given), then id.
    pub courses: Vec<GapCourse>,
    /// A small set of courses that together teach every missing essential
    /// skill any course teaches, in the order picked (greedy set cover: the
    /// course teaching the most still-uncovered essential skills, then the
    /// most optional ones, then the nearest, then the lowest id).
    /// Each course lists all the missing skills it teaches.
    pub cover: Vec<GapCourse>,
    /// Missing essential skills no course teaches.
    pub uncovered_essential: Vec<SkillLabel>,
    pub summary_vi: String,
    pub summary_en: String,
}

/// Target skills as (code, importance), essential first, each code once.
fn target_skills(to: &OccupationSkills) -> Vec<(&str, Importance)> {
    let mut out: Vec<(&str, Importance)> = Vec::new();
    for (codes, importance) in [
        (&to.essential, Importance::Essential),
        (&to.optional, Importance::Optional),
    ] {
        for code in codes {
            if !out.iter().any(|(c, _)| c == code) {
                out.push((code, importance));
            }
        }
    }
    out
}

struct Eligible {
    idx: usize,
    distance: Option<f64>,
    /// Indexes into the missing list.
    covers: Vec<usize>,
}

/// What a worker in occupation `from` lacks for occupation `to`, and the
/// courses (not started before `today`) that teach it. `limit` bounds
/// `courses`; the cover is computed over all courses.
pub fn occupation_gap(
    from: &OccupationSkills,
    to: &OccupationSkills,
    courses: &[CourseCandidate],
    catalog: &SkillCatalog,
    location: Option<Location>,
    today: NaiveDate,
    limit: usize,
) -> OccupationGap {
    let has = |code: &str| {
        from.essential
            .iter()
            .chain(&from.optional)
            .any(|c| c == code)
    };
    let label = |(code, importance): (&str, Importance)| OccupationSkill {
        code: code.to_owned(),
        label_vi: catalog.label_vi(code).to_owned(),
        label_en: catalog.label_en(code).to_owned(),
        importance,
    };
    let (shared, missing): (Vec<_>, Vec<_>) = target_skills(to)
        .into_iter()
        .partition(|(code, _)| has(code));

    let eligible: Vec<Eligible> = courses
        .iter()
        .enumerate()
        .filter(|(_, c)| c.start_date >= today)
        .filter_map(|(idx, c)| {
            let covers: Vec<usize> = missing
                .iter()
                .enumerate()
                .filter(|(_, (code, _))| {
                    c.modules.iter().any(|m| m.skills.iter().any(|s| s == code))
                })
                .map(|(i, _)| i)
                .collect();
            (!covers.is_empty()).then(|| Eligible {
                idx,
                distance: location
                    .filter(|_| !c.is_online())
                    .map(|at| at.distance_km(c.location())),
                covers,
            })
        })
        .collect();
    let is_essential = |i: &usize| missing[*i].1 == Importance::Essential;
    let counts = |e: &Eligible, open: &dyn Fn(usize) -> bool| {
        let ess = e
            .covers
            .iter()
            .filter(|i| is_essential(i) && open(**i))
            .count();
        let opt = e
            .covers
            .iter()
            .filter(|i| !is_essential(i) && open(**i))
            .count();
        (ess, opt)
    };
    let better = |a: &Eligible, b: &Eligible, ka: (usize, usize), kb: (usize, usize)| {
        kb.0.cmp(&ka.0)
            .then(kb.1.cmp(&ka.1))
            .then(
                a.distance
                    .unwrap_or(0.0)
                    .total_cmp(&b.distance.unwrap_or(0.0)),
            )
            .then(courses[a.idx].id.cmp(&courses[b.idx].id))
    };
    let gap_course = |e: &Eligible| {
        let c = &courses[e.idx];
        let (ess, opt) = counts(e, &|_| true);
        GapCourse {
            course_id: c.id,
            title: c.title.clone(),
            provider_name: c.provider_name.clone(),
            start_date: c.start_date,
            distance_km: e.distance.map(round1),
            essential_covered: u32::try_from(ess).unwrap_or(u32::MAX),
            optional_covered: u32::try_from(opt).unwrap_or(u32::MAX),
            covers: e.covers.iter().map(|&i| label(missing[i])).collect(),
        }
    };

    // Greedy set cover of the missing essential skills.
    let mut open: Vec<bool> = missing
        .iter()
        .map(|(_, imp)| *imp == Importance::Essential)
        .collect();
    let mut cover = Vec::new();
    loop {
        let still = |i: usize| open[i];
        let best = eligible
            .iter()
            .map(|e| (e, (counts(e, &still).0, counts(e, &|_| true).1)))
            .filter(|(_, k)| k.0 > 0)
            .min_by(|(a, ka), (b, kb)| better(a, b, *ka, *kb));
        let Some((e, _)) = best else { break };
        for &i in &e.covers {
            open[i] = false;
        }
        cover.push(gap_course(e));
    }
    let uncovered_essential: Vec<SkillLabel> = missing
        .iter()
        .zip(&open)
        .filter(|(_, o)| **o)
        .map(|((code, _), _)| catalog.label(code))
        .collect();

    let mut ranked: Vec<(&Eligible, (usize, usize))> =
        eligible.iter().map(|e| (e, counts(e, &|_| true))).collect();
    top_k(&mut ranked, limit, |(a, ka), (b, kb)| {
        better(a, b, *ka, *kb)
    });

    let mut gap = OccupationGap {
        shared_skills: shared.into_iter().map(label).collect(),
        missing_skills: missing.iter().copied().map(label).collect(),
        courses: ranked.into_iter().map(|(e, _)| gap_course(e)).collect(),
        cover,
        uncovered_essential,
        summary_vi: String::new(),
        summary_en: String::new(),
    };
    gap.summary_vi = summary_vi(&gap);
    gap.summary_en = summary_en(&gap);
    gap
}

fn essential_missing(g: &OccupationGap) -> usize {
    g.missing_skills
        .iter()
        .filter(|s| s.importance == Importance::Essential)
        .count()
}

fn summary_vi(g: &OccupationGap) -> String {
    let total = g.shared_skills.len() + g.missing_skills.len();
    let mut out = format!(
        "Nghề mới cần {total} kỹ năng; bạn đã có {}, còn thiếu {} ({} bắt buộc).",
        g.shared_skills.len(),
        g.missing_skills.len(),
        essential_missing(g)
    );
    if !g.cover.is_empty() {
        let all = if g.uncovered_essential.is_empty() {
            "tất cả"
        } else {
            "một phần"
        };
        out.push_str(&format!(
            " {} khóa học đủ để học {all} kỹ năng bắt buộc còn thiếu.",
            count_vi(g.cover.len() as i64)
        ));
    }
    if !g.uncovered_essential.is_empty() {
        out.push_str(&format!(
            " Chưa có khóa học nào dạy: {}.",
            short_list(g.uncovered_essential.iter().map(|s| s.label_vi.as_str()), 3)
        ));
    }
    out
}

fn summary_en(g: &OccupationGap) -> String {
    let total = g.shared_skills.len() + g.missing_skills.len();
    let mut out = format!(
        "The new occupation needs {}; you have {} and lack {} ({} essential).",
        plural_en(total as i64, "skill", "skills"),
        g.shared_skills.len(),
        g.missing_skills.len(),
        essential_missing(g)
    );
    if !g.cover.is_empty() {
        let which = if g.uncovered_essential.is_empty() {
            "all"
        } else {
            "some of"
        };
        out.push_str(&format!(
            " {} {which} the missing essential skills.",
            plural_en(g.cover.len() as i64, "course covers", "courses cover")
        ));
    }
    if !g.uncovered_essential.is_empty() {
        out.push_str(&format!(
            " No course teaches: {}.",
            short_list(g.uncovered_essential.iter().map(|s| s.label_en.as_str()), 3)
        ));
    }
    out
}
