//! `recommend_courses`: which course a worker should take next.

use std::cmp::Ordering;
use std::collections::BinaryHeap;
use std::collections::hash_map::Entry;

use chrono::NaiveDate;
use hocnghe_domain::StudyTime;
use serde::Serialize;
use utoipa::ToSchema;

use crate::asked::{Asked, TradeFit};

use crate::common::{
    Code, CodeMap, Nearby, fx_map, nearby_demands, nearby_demands_by_place, quantize, round1,
};
use hocnghe_domain::credits::{self, ModuleCredits};

use crate::feasibility::{
    Concern, Covered, Feasibility, Prefs, module_earned, programme, same_programme,
};
use crate::format::{
    self, count_vi, km_en, km_vi, plural_en, radius_en, radius_vi, vnd_en, vnd_vi,
};
use crate::index::RankingIndex;
use crate::model::{CourseCandidate, CourseModule, DemandCandidate, SkillCatalog, WorkerContext};
use crate::weights;

/// The named factors whose product is a course's score. Each is 1.0 when
/// neutral; penalties are below 1, bonuses above.
#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct CourseFactors {
    /// `1 + 0.5 × ln(1 + weighted_positions)`: local demand for the skills gained.
    pub demand: f64,
    /// 1.0 at home (and online), 0.6 at the edge of the travel radius,
    /// falling smoothly beyond it.
    pub distance: f64,
    /// 1.0 when the course meets at a time the worker is free, else 0.3.
    pub schedule: f64,
    /// 1.0 when the worker can take the course's delivery mode, else 0.3.
    pub delivery: f64,
    /// 0.2 + 0.8 × share of the course's days in months free from farm work.
    pub season: f64,
    /// 1.0 when the course starts within 60 days, falling to 0.7 for a
    /// start a year away: a plan that starts soon is one a worker keeps.
    pub start: f64,
    /// 1.0 within budget; falling with the share over it, to 0.03.
    pub fee: f64,
    /// 1.0 when all prerequisites are met, else 0.3 ÷ number missing.
    pub prerequisites: f64,
    /// 1.0 when the worker's schooling meets the course level, else 0.2.
    pub level: f64,
    /// 1 + 0.5 × share of the certificate's credits already earned.
    pub credits: f64,
    /// 4.0 in a trade the worker chose, 2.0 in a related trade, else 1.0.
    pub interest: f64,
    /// The worker's goal: 2.0 for business skills when they want their own
    /// business; 1.25 (short) or 0.7 (long) for a course certifying their
    /// trade when they want a certificate; else 1.0.
    pub goal: f64,
    /// 0.2 when the worker already holds the certificate the course awards.
    pub certificate: f64,
    /// 1.0 when the course accommodates every access need the worker gave
    /// (online counts as step-free), or they gave none; else 0.3.
    pub access: f64,
}

impl CourseFactors {
    /// The score: the product of all factors.
    pub fn product(&self) -> f64 {
        self.demand
            * self.distance
            * self.schedule
            * self.delivery
            * self.season
            * self.start
            * self.fee
            * self.prerequisites
            * self.level
            * self.credits
            * self.interest
            * self.goal
            * self.certificate
            * self.access
    }
}

/// A skill the course teaches that the worker lacks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ToSchema)]
pub struct GainedSkill {
    pub code: String,
    pub label_vi: String,
    pub label_en: String,
    /// Positions of open demands within the travel radius that list this skill.
    pub positions_nearby: i64,
}

/// A job the worker could apply for after the course: it covers every
/// essential skill the worker lacks for it.
#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct UnlockedJob {
    pub demand_id: i64,
    pub title: String,
    pub employer_name: String,
    pub positions: i64,
    pub distance_km: f64,
}

pub use hocnghe_domain::credits::CreditsToward;

#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct CourseExplanation {
    /// Most wanted nearby first.
    pub skills_gained: Vec<GainedSkill>,
    /// Positions of open demands within `demand_reach_km` that list at
    /// least one skill gained (each demand counted once).
    pub open_positions_nearby: i64,
    /// Number of those demands.
    pub demands_nearby: u32,
    /// The demand weight behind the `demand` factor (see the crate docs).
    pub weighted_positions: f64,
    /// Nearest first.
    pub jobs_unlocked: Vec<UnlockedJob>,
    /// `None` for online courses; one decimal.
    pub distance_km: Option<f64>,
    pub max_travel_km: f64,
    /// How far open demands were counted, whole km: the travel radius, or a
    /// little beyond a preferred one (demands there count less).
    pub demand_reach_km: f64,
    pub fee_after_subsidy_vnd: i64,
    pub within_budget: bool,
    pub schedule_fit: bool,
    pub delivery_fit: bool,
    /// Share (0–1) of the course's calendar months that are free from farm work.
    pub season_fit: f64,
    pub level_fit: bool,
    pub prerequisites_missing: Vec<String>,
    pub credits_toward: Option<CreditsToward>,
    /// What goes against the course, most serious first.
    pub concerns: Vec<Concern>,
    /// How the course's trade relates to what the worker asked for.
    pub trade_fit: TradeFit,
    /// Why the course is on the list, in a few words ("Đúng nghề bạn chọn",
    /// "Nghề khác đang cần nhiều người gần bạn", …); empty when nothing
    /// more than the summary can be said.
    pub reason_vi: String,
    pub reason_en: String,
    /// For a worker who gave access needs, when the course accommodates
    /// every one: "Lớp có hỗ trợ: lối đi cho xe lăn"; otherwise empty (the
    /// needs it has not said it accommodates are a concern).
    pub access_vi: String,
    pub access_en: String,
    /// Nothing stands in the way (reach, fee, study times, delivery, level,
    /// prerequisites, at least half its months free, certificate not held).
    pub fits: bool,
    pub summary_vi: String,
    pub summary_en: String,
}

/// Another upcoming intake of the same course (same provider, title,
/// certificate and modules).
#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
// Published as `OtherIntake`: the catalogue's `Intake` has the name already,
// and one would replace the other in the OpenAPI document.
#[schema(as = OtherIntake)]
pub struct Intake {
    pub course_id: i64,
    pub intake_id: Option<i64>,
    pub start_date: NaiveDate,
    pub schedule: StudyTime,
    pub commune_code: String,
    /// Its study times, delivery and season suit the worker and it breaks
    /// none of their hard limits.
    pub fits: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct CourseRecommendation {
    pub course_id: i64,
    /// The intake recommended: the one that suits the worker best.
    pub intake_id: Option<i64>,
    pub schedule: StudyTime,
    pub title: String,
    pub provider_name: String,
    pub start_date: NaiveDate,
    pub score: f64,
    pub factors: CourseFactors,
    pub explanation: CourseExplanation,
    /// The course's other upcoming intakes, soonest first.
    pub other_intakes: Vec<Intake>,
}

/// Course advice: the recommendations, and when the worker chose a trade
/// that has no course on the list, the closest courses in it with what
/// stands in their way.
#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct CourseAdvice {
    pub items: Vec<CourseRecommendation>,
    /// `None` when the worker chose no trade; otherwise whether a course in
    /// a chosen trade is among the items.
    pub chosen_trade_fits: Option<bool>,
    /// When no course of a chosen trade is among the items: up to three in
    /// those trades, best first, each with its concerns (hard limits
    /// included); empty when the trade has no upcoming course at all.
    pub closest_in_chosen_trade: Vec<CourseRecommendation>,
    /// What to tell the worker first, when `chosen_trade_fits` is false.
    pub notice_vi: Option<String>,
    pub notice_en: Option<String>,
    /// For a worker who chose a trade: up to three courses of other trades
    /// that employers near them need, shown apart from the items and
    /// labelled as such ("Nghề khác đang cần nhiều người gần bạn").
    pub other_trades_in_demand: Vec<CourseRecommendation>,
}

/// Closest courses of a chosen trade shown when none is on the list.
const CLOSEST_SHOWN: usize = 3;
/// Courses of other trades in demand shown apart to a worker who chose a trade.
const OTHER_TRADES_SHOWN: usize = 3;

/// Fixed-point scale of skill weights.
const MICRO: f64 = 1e6;

/// Per-call facts about one skill code.
#[derive(Clone, Copy, Default)]
struct SkillInfo {
    /// Demand weight shared out to this skill (see the crate docs), in
    /// millionths of a position: integer sums do not depend on input order.
    weight: i64,
    /// Positions of nearby demands listing it.
    positions: i64,
    held: bool,
    /// Taught by some module the worker completed.
    from_completed: bool,
    /// Last course (index + 1) that counted it, to count a skill once per course.
    stamp: usize,
}

/// Skill codes as dense ids: the snapshot's ids when the call has a
/// [`RankingIndex`], otherwise interned for this call (the worker's skills
/// and the skills of nearby demands; course skills are only looked up, and
/// one that is not there is neither held nor wanted nearby).
struct SkillTable<'a> {
    index: Option<&'a RankingIndex>,
    ids: CodeMap<'a, u32>,
    info: Vec<SkillInfo>,
}

/// A course skill known to no demand nearby and not held.
const UNKNOWN: u32 = u32::MAX;

impl<'a> SkillTable<'a> {
    fn new(index: Option<&'a RankingIndex>) -> Self {
        match index {
            Some(index) => Self {
                index: Some(index),
                ids: fx_map(0),
                info: vec![SkillInfo::default(); index.skills.len()],
            },
            None => Self {
                index: None,
                ids: fx_map(1024),
                info: Vec::with_capacity(1024),
            },
        }
    }

    /// The id of `code`, interning it in a per-call table; `None` only when
    /// the index does not know it (no course or demand lists it).
    fn intern(&mut self, code: &'a str) -> Option<usize> {
        if let Some(index) = self.index {
            return index.skills.get(code).map(|id| id as usize);
        }
        if let Some(id) = self.ids.get(&Code(code)) {
            return Some(*id as usize);
        }
        let next = self.info.len();
        match self.ids.entry(Code(code)) {
            Entry::Occupied(e) => Some(*e.get() as usize),
            Entry::Vacant(e) => {
                e.insert(u32::try_from(next).unwrap_or(u32::MAX));
                self.info.push(SkillInfo::default());
                Some(next)
            }
        }
    }

    #[inline]
    fn get(&self, code: &str) -> Option<usize> {
        match self.index {
            Some(index) => index.skills.get(code).map(|id| id as usize),
            None => self.ids.get(&Code(code)).map(|id| *id as usize),
        }
    }

    fn held(&self, code: &str) -> bool {
        self.get(code).is_some_and(|id| self.info[id].held)
    }

    /// Push the ids of the demand's skills the worker lacks, essential ones
    /// first; returns how many essential and optional ones were pushed.
    fn missing_of(
        &mut self,
        n: &Nearby,
        d: &'a DemandCandidate,
        missing: &mut Vec<u32>,
    ) -> (usize, usize) {
        let start = missing.len();
        if let Some(index) = self.index {
            let (essential, optional) = index.demand_at(n.slot);
            missing.extend(essential.iter().filter(|&&id| !self.info[id as usize].held));
            let e = missing.len() - start;
            missing.extend(optional.iter().filter(|&&id| !self.info[id as usize].held));
            return (e, missing.len() - start - e);
        }
        for s in &d.essential_skills {
            if let Some(id) = self.intern(s).filter(|&id| !self.info[id].held) {
                missing.push(id as u32);
            }
        }
        let e = missing.len() - start;
        for s in &d.optional_skills {
            if let Some(id) = self.intern(s).filter(|&id| !self.info[id].held) {
                missing.push(id as u32);
            }
        }
        (e, missing.len() - start - e)
    }

    /// The ids of module `m` of course `c` into `out` ([`UNKNOWN`] for a
    /// code this call has not seen).
    fn module_ids(&self, c: usize, m: usize, module: &CourseModule, out: &mut Vec<u32>) {
        out.clear();
        match self.index {
            Some(index) => out.extend_from_slice(index.module(c, m)),
            None => out.extend(
                module
                    .skills
                    .iter()
                    .map(|s| self.get(s).map_or(UNKNOWN, |id| id as u32)),
            ),
        }
    }
}

/// A nearby demand with the ids of the skills the worker lacks for it,
/// `missing[start..start + essential]` then `optional` more.
struct DemandGap {
    nearby: Nearby,
    start: usize,
    essential: usize,
    optional: usize,
}

struct Scored {
    idx: usize,
    id: i64,
    score: f64,
    factors: CourseFactors,
    weighted_positions: f64,
    /// Its certificate is held, or it awards none and every skill it
    /// teaches is held: never advice. (A course that only certifies what
    /// the worker can already do is what a worker wanting a certificate needs.)
    teaches_nothing_new: bool,
}

/// Greater is worse: lower score, then higher id. A max-heap of these keeps
/// the worst of the best on top, and a sorted list is best first.
impl Ord for Scored {
    fn cmp(&self, other: &Self) -> Ordering {
        other
            .score
            .total_cmp(&self.score)
            .then(self.id.cmp(&other.id))
    }
}

impl PartialOrd for Scored {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Scored {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Scored {}

/// An upper bound on a course's score. Greater is better: a higher bound,
/// then a lower index (so courses are looked at in a fixed order).
struct Bound {
    bound: f64,
    idx: usize,
}

impl Ord for Bound {
    fn cmp(&self, other: &Self) -> Ordering {
        self.bound
            .total_cmp(&other.bound)
            .then(other.idx.cmp(&self.idx))
    }
}

impl PartialOrd for Bound {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Bound {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Bound {}

/// What the explanation counts for one course, from the nearby demands.
#[derive(Default)]
struct Reach {
    positions: i64,
    demands: u32,
    unlocked: Vec<UnlockedJob>,
}

/// Rank `courses` for `worker`. See the crate documentation for the formula.
///
/// Courses starting before `today`, and courses breaking one of the
/// worker's hard limits, are left out; a course offered in several intakes
/// appears once, as its best intake. Returns at most `limit`
/// recommendations, best first; ties go to the lower course id.
pub fn recommend_courses(
    worker: &WorkerContext,
    courses: &[CourseCandidate],
    demands: &[DemandCandidate],
    catalog: &SkillCatalog,
    today: NaiveDate,
    limit: usize,
) -> Vec<CourseRecommendation> {
    advise(worker, courses, demands, None, catalog, today, limit).items
}

/// [`recommend_courses`] over a snapshot with its [`RankingIndex`] (built
/// once from the same `courses` and `demands`): the same result, with the
/// per-snapshot work done once. An index built from other slices is ignored.
pub fn recommend_courses_indexed(
    worker: &WorkerContext,
    courses: &[CourseCandidate],
    demands: &[DemandCandidate],
    index: &RankingIndex,
    catalog: &SkillCatalog,
    today: NaiveDate,
    limit: usize,
) -> Vec<CourseRecommendation> {
    advise_courses_indexed(worker, courses, demands, index, catalog, today, limit).items
}

/// [`recommend_courses`] with what a counsellor says first: whether a
/// course of a chosen trade is on the list and, when none is, the closest
/// ones with what stands in their way.
pub fn advise_courses(
    worker: &WorkerContext,
    courses: &[CourseCandidate],
    demands: &[DemandCandidate],
    catalog: &SkillCatalog,
    today: NaiveDate,
    limit: usize,
) -> CourseAdvice {
    advise(worker, courses, demands, None, catalog, today, limit)
}

/// [`advise_courses`] over a snapshot with its [`RankingIndex`].
pub fn advise_courses_indexed(
    worker: &WorkerContext,
    courses: &[CourseCandidate],
    demands: &[DemandCandidate],
    index: &RankingIndex,
    catalog: &SkillCatalog,
    today: NaiveDate,
    limit: usize,
) -> CourseAdvice {
    let index = index.fits(courses, demands).then_some(index);
    advise(worker, courses, demands, index, catalog, today, limit)
}

/// Everything one call shares: the worker, the catalogue, the skill table.
struct Call<'a, 'w> {
    worker: &'w WorkerContext,
    courses: &'a [CourseCandidate],
    demands: &'a [DemandCandidate],
    prefs: Prefs<'w>,
    asked: Asked<'w>,
    covered: Covered<'a>,
    catalog: &'a SkillCatalog,
    today: NaiveDate,
}

fn advise<'a>(
    worker: &'a WorkerContext,
    courses: &'a [CourseCandidate],
    demands: &'a [DemandCandidate],
    index: Option<&'a RankingIndex>,
    catalog: &'a SkillCatalog,
    today: NaiveDate,
    limit: usize,
) -> CourseAdvice {
    let asked = Asked::of(worker, catalog.relations());
    let empty = CourseAdvice {
        items: Vec::new(),
        chosen_trade_fits: None,
        closest_in_chosen_trade: Vec::new(),
        notice_vi: None,
        notice_en: None,
        other_trades_in_demand: Vec::new(),
    };
    if limit == 0 {
        return empty;
    }
    let prefs = Prefs::of(worker);
    let mut table = SkillTable::new(index);
    for s in &worker.skills {
        if let Some(id) = table.intern(&s.code) {
            table.info[id].held = true;
        }
    }
    for m in &worker.completed_modules {
        for s in &m.skills {
            if let Some(id) = table.intern(s) {
                table.info[id].held = true;
                table.info[id].from_completed = true;
            }
        }
    }

    let reach_km = prefs.demand_reach_km();
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
    let (missing, gaps) = weigh_demands(&mut table, nearby, demands, &prefs);
    let call = Call {
        worker,
        courses,
        demands,
        covered: Covered::lazy(courses, &worker.completed_modules, today).with_index(index),
        prefs,
        asked,
        catalog,
        today,
    };
    let mut scored = best_courses(&call, &mut table, limit, |c, fit| call.asked.admits(c, fit));
    if call.asked.focused()
        && !scored
            .iter()
            .any(|s| call.asked.fit(courses[s.idx].occupation_code.as_deref()) == TradeFit::Chosen)
    {
        // Nothing of the chosen trade fits: the notice says so first, and
        // the list offers what is close to what they asked for (related
        // trades, business courses for a business). Other trades are never
        // passed off as the answer: they come apart, labelled as demand.
        scored = best_courses(&call, &mut table, limit, |c, fit| {
            call.asked.admits_instead(c, fit)
        });
    }
    if !call.asked.has_trade() {
        let items = explain(&call, &table, &gaps, &missing, scored);
        return CourseAdvice { items, ..empty };
    }
    let chosen_listed = scored
        .iter()
        .any(|s| call.asked.fit(courses[s.idx].occupation_code.as_deref()) == TradeFit::Chosen);
    let others = if call.asked.focused() {
        best_courses(&call, &mut table, OTHER_TRADES_SHOWN, |c, fit| {
            !call.asked.admits(c, fit) && (chosen_listed || !call.asked.admits_instead(c, fit))
        })
        .into_iter()
        .filter(|s| s.weighted_positions > 0.0)
        .collect()
    } else {
        Vec::new()
    };
    let closest = if chosen_listed {
        Vec::new()
    } else {
        closest_in_chosen_trade(&call, &mut table)
    };
    // One pass over the nearby demands explains all three lists.
    let (items_len, others_len) = (scored.len(), others.len());
    let mut all = scored;
    all.extend(others);
    all.extend(closest);
    let mut explained = explain(&call, &table, &gaps, &missing, all);
    let closest = explained.split_off(items_len + others_len);
    let other_trades_in_demand = explained.split_off(items_len);
    let items = explained;
    if chosen_listed {
        return CourseAdvice {
            items,
            chosen_trade_fits: Some(true),
            other_trades_in_demand,
            ..empty
        };
    }
    let (mut notice_vi, mut notice_en) = if closest.is_empty() {
        (
            "Hiện chưa có khóa học nào của nghề bạn chọn sắp khai giảng.".to_owned(),
            "No course in the trade you chose is starting soon.".to_owned(),
        )
    } else {
        (
            "Chưa có khóa học nào của nghề bạn chọn vừa với điều kiện của bạn lúc này. Gần nhất là các khóa sau, kèm điều đang cản trở."
                .to_owned(),
            "No course in the trade you chose fits your situation right now. The closest ones follow, with what stands in the way."
                .to_owned(),
        )
    };
    if !items.is_empty() || !other_trades_in_demand.is_empty() {
        notice_vi.push_str(" Tiếp theo là các lựa chọn khác.");
        notice_en.push_str(" Other options follow.");
    }
    CourseAdvice {
        items,
        chosen_trade_fits: Some(false),
        closest_in_chosen_trade: closest,
        notice_vi: Some(notice_vi),
        notice_en: Some(notice_en),
        other_trades_in_demand,
    }
}

/// The explanation of each course shown, with its other intakes.
fn explain(
    call: &Call<'_, '_>,
    table: &SkillTable<'_>,
    gaps: &[DemandGap],
    missing: &[u32],
    scored: Vec<Scored>,
) -> Vec<CourseRecommendation> {
    let courses = call.courses;
    let gained: Vec<Vec<&str>> = scored
        .iter()
        .map(|s| gained_codes(&courses[s.idx], table))
        .collect();
    let reach = reach(&gained, table, gaps, missing, call.demands);
    let catalog = call.catalog;
    let prefs = &call.prefs;

    scored
        .into_iter()
        .zip(gained)
        .zip(reach)
        .map(|((s, gained), reach)| {
            let course = &courses[s.idx];
            let mut skills_gained: Vec<GainedSkill> = gained
                .iter()
                .map(|&code| GainedSkill {
                    code: code.to_owned(),
                    label_vi: catalog.label_vi(code).to_owned(),
                    label_en: catalog.label_en(code).to_owned(),
                    positions_nearby: table.get(code).map_or(0, |id| table.info[id].positions),
                })
                .collect();
            skills_gained.sort_by(|a, b| {
                b.positions_nearby
                    .cmp(&a.positions_nearby)
                    .then_with(|| a.code.cmp(&b.code))
            });
            let feasibility = Feasibility::assess(course, prefs, &call.covered);
            let credits_toward = credits_toward(course, call.worker, &feasibility);
            let trade_fit = call.asked.fit(course.occupation_code.as_deref());
            let (reason_vi, reason_en) = reason(call, course, trade_fit, reach.positions);
            let (access_vi, access_en) = access_note(prefs.access_needs, &feasibility);
            let mut explanation = CourseExplanation {
                skills_gained,
                open_positions_nearby: reach.positions,
                demands_nearby: reach.demands,
                weighted_positions: s.weighted_positions,
                jobs_unlocked: reach.unlocked,
                distance_km: feasibility.distance_km.map(round1),
                max_travel_km: prefs.radius_km,
                demand_reach_km: prefs.demand_reach_km().round(),
                fee_after_subsidy_vnd: feasibility.fee_after_subsidy_vnd,
                within_budget: feasibility.within_budget,
                schedule_fit: feasibility.schedule_fit,
                delivery_fit: feasibility.delivery_fit,
                season_fit: feasibility.season.share(),
                level_fit: feasibility.level_fit,
                prerequisites_missing: feasibility.prerequisites_missing.clone(),
                credits_toward,
                concerns: feasibility.concerns(course, prefs),
                trade_fit,
                reason_vi,
                reason_en,
                access_vi,
                access_en,
                fits: feasibility.feasible() && !feasibility.certificate_held,
                summary_vi: String::new(),
                summary_en: String::new(),
            };
            explanation.summary_vi = summary_vi(&explanation);
            explanation.summary_en = summary_en(&explanation);
            CourseRecommendation {
                course_id: course.id,
                intake_id: course.intake_id,
                schedule: course.schedule,
                title: course.title.clone(),
                provider_name: course.provider_name.clone(),
                start_date: course.start_date,
                score: s.score,
                factors: s.factors,
                explanation,
                other_intakes: other_intakes(call, s.idx),
            }
        })
        .collect()
}

/// Why the course is on the list, in a few words.
fn reason(
    call: &Call<'_, '_>,
    course: &CourseCandidate,
    fit: TradeFit,
    positions_nearby: i64,
) -> (String, String) {
    let business = call.asked.goal == Some(hocnghe_domain::WorkerGoal::OwnBusiness)
        && call.asked.teaches_business(course);
    let (vi, en) = match fit {
        TradeFit::Chosen | TradeFit::Related => (fit.label_vi(), fit.label_en()),
        TradeFit::Other if business => (
            "Kỹ năng kinh doanh cho mục tiêu tự làm chủ",
            "Business skills for your own business",
        ),
        TradeFit::Other if call.asked.focused() && call.asked.lays_foundation(course) => (
            "Kỹ năng nền tảng mà nghề bạn chọn cần",
            "A foundation skill the trade you chose needs",
        ),
        TradeFit::Other if positions_nearby > 0 && call.asked.has_trade() => (
            "Nghề khác đang cần nhiều người gần bạn",
            "Another trade that many employers near you need",
        ),
        TradeFit::Other if positions_nearby > 0 => (
            "Nghề đang cần người gần bạn",
            "A trade employers near you need",
        ),
        TradeFit::Other => ("", ""),
    };
    (vi.to_owned(), en.to_owned())
}

/// "Lớp có hỗ trợ: …" when the worker gave access needs and the course
/// accommodates every one.
fn access_note(needs: &[hocnghe_domain::AccessNeed], f: &Feasibility) -> (String, String) {
    if needs.is_empty() || !f.access_unmet.is_empty() {
        return (String::new(), String::new());
    }
    (
        format!("Lớp có hỗ trợ: {}", hocnghe_domain::provisions_vi(needs)),
        format!(
            "The class offers support: {}",
            hocnghe_domain::provisions_en(needs)
        ),
    )
}

/// Same course, another intake: the same programme (provider, title,
/// level, certificate, delivery, fee and subsidy, module codes); the start,
/// schedule and place may differ.
/// Two intakes of one course, or two copies of the same programme listed as
/// separate courses (same provider, title, modules, fee and certificate).
fn same_course(a: &CourseCandidate, b: &CourseCandidate) -> bool {
    a.id == b.id || same_listing(a, b)
}

fn same_listing(a: &CourseCandidate, b: &CourseCandidate) -> bool {
    a.title == b.title
        && a.provider_name == b.provider_name
        && a.level == b.level
        && a.certificate == b.certificate
        && a.delivery_mode == b.delivery_mode
        && a.fee_vnd == b.fee_vnd
        && a.subsidy_vnd == b.subsidy_vnd
        && a.modules.len() == b.modules.len()
        && a.modules
            .iter()
            .zip(&b.modules)
            .all(|(x, y)| x.code == y.code)
}

/// The other upcoming intakes of the course at `idx`, soonest first.
fn other_intakes(call: &Call<'_, '_>, idx: usize) -> Vec<Intake> {
    let course = &call.courses[idx];
    let mut out: Vec<Intake> = call
        .courses
        .iter()
        .enumerate()
        .filter(|&(i, c)| i != idx && c.start_date >= call.today && same_course(course, c))
        .map(|(_, c)| {
            let f = Feasibility::basic(c, &call.prefs);
            Intake {
                course_id: c.id,
                intake_id: c.intake_id,
                start_date: c.start_date,
                schedule: c.schedule,
                commune_code: c.commune_code.clone(),
                fits: f.schedule_fit
                    && f.delivery_fit
                    && f.season.share() >= 0.5
                    && !f.breaks_hard_limit(call.prefs.hard),
            }
        })
        .collect();
    out.sort_by(|a, b| {
        a.start_date
            .cmp(&b.start_date)
            .then(a.course_id.cmp(&b.course_id))
    });
    out
}

/// Share each nearby demand's value out to the skills the worker lacks for
/// it (see the crate docs): O(demands × skills), once per call. Returns the
/// missing skill ids of every demand with a gap, and those demands.
fn weigh_demands<'a>(
    table: &mut SkillTable<'a>,
    nearby: Vec<Nearby>,
    demands: &'a [DemandCandidate],
    prefs: &Prefs<'_>,
) -> (Vec<u32>, Vec<DemandGap>) {
    let mut missing: Vec<u32> = Vec::with_capacity(nearby.len() * 6);
    let mut gaps: Vec<DemandGap> = Vec::with_capacity(nearby.len());
    for n in nearby {
        let d = &demands[n.idx];
        let start = missing.len();
        let (essential, optional) = table.missing_of(&n, d, &mut missing);
        let value = n.positions as f64 * n.wage_factor * prefs.demand_weight(n.distance_km);
        for (ids, importance, count) in [
            (
                &missing[start..start + essential],
                weights::ESSENTIAL,
                essential,
            ),
            (&missing[start + essential..], weights::OPTIONAL, optional),
        ] {
            let share = (value * importance / count.max(1) as f64 * MICRO).round() as i64;
            for &id in ids {
                let info = &mut table.info[id as usize];
                info.weight += share;
                info.positions += n.positions;
            }
        }
        if essential + optional > 0 {
            gaps.push(DemandGap {
                nearby: n,
                start,
                essential,
                optional,
            });
        }
    }

    (missing, gaps)
}

/// The best `limit` courses that have not started yet and break no hard
/// limit, one intake per course, best first.
///
/// Branch and bound: an upper bound on each course's score comes from its
/// cheap factors (no string work beyond its trade) and the heaviest skill
/// weights it could collect; courses are scored exactly in order of that
/// bound until no remaining bound can reach the current top `limit`. The
/// result is exactly that of scoring every course; most are never looked
/// at closely. A course's other intakes can only replace it when better,
/// so the stopping rule still holds.
fn best_courses(
    call: &Call<'_, '_>,
    table: &mut SkillTable<'_>,
    limit: usize,
    admit: impl Fn(&CourseCandidate, TradeFit) -> bool,
) -> Vec<Scored> {
    let courses = call.courses;
    let prefs = &call.prefs;
    let mut weights_desc: Vec<i64> = table.info.iter().map(|i| i.weight).collect();
    weights_desc.sort_unstable_by(|a, b| b.cmp(a));
    let mut heaviest = Vec::with_capacity(weights_desc.len() + 1);
    heaviest.push(0i64);
    for w in &weights_desc {
        heaviest.push(heaviest[heaviest.len() - 1] + w);
    }
    let credits_bound = if call.worker.completed_modules.is_empty() {
        1.0
    } else {
        1.0 + weights::CREDITS_BONUS
    };
    let goal_bound = call.asked.goal_bound();
    // In an indexed call, one distance per course place.
    let index = table.index;
    let place_km: Vec<f64> = index.map_or_else(Vec::new, |index| {
        index
            .course_places
            .points
            .iter()
            .map(|&at| prefs.location.distance_km(at))
            .collect()
    });
    let basic = |idx: usize, c: &CourseCandidate| match index {
        Some(index) => Feasibility::basic_from(
            c,
            prefs,
            (!c.is_online()).then(|| place_km[index.course_places.of[idx] as usize]),
            &index.month_counts[idx],
        ),
        None => Feasibility::basic(c, prefs),
    };
    let queue: Vec<Bound> = courses
        .iter()
        .enumerate()
        .filter(|(_, c)| c.start_date >= call.today)
        .filter_map(|(idx, c)| {
            let fit = call.asked.fit(c.occupation_code.as_deref());
            if !admit(c, fit) {
                return None;
            }
            let f = basic(idx, c);
            if f.breaks_hard_limit(prefs.hard) {
                return None;
            }
            let skills: usize = c.modules.iter().map(|m| m.skills.len()).sum();
            let most = heaviest[skills.min(heaviest.len() - 1)] as f64 / MICRO;
            let bound = demand_factor(most)
                * start_factor(c, call.today)
                * f.distance_factor(prefs.radius_km)
                * f.schedule_factor()
                * f.delivery_factor()
                * f.season_factor()
                * f.fee_factor(prefs.max_fee_vnd)
                * f.level_factor()
                * f.access_factor()
                * credits_bound
                * Asked::interest_factor(fit)
                * goal_bound;
            Some(Bound { bound, idx })
        })
        .collect();
    // A heap, not a sort: building it is linear, and only the courses looked
    // at closely are taken out.
    let mut queue = BinaryHeap::from(queue);
    // Best first; at most one intake of each course.
    let mut best: Vec<Scored> = Vec::with_capacity(limit.min(queue.len()) + 1);
    let mut ids = Vec::new();
    while let Some(Bound { bound, idx }) = queue.pop() {
        if best.len() >= limit
            && best
                .last()
                .is_some_and(|worst| bound * (1.0 + 1e-9) + 1e-9 < worst.score)
        {
            break;
        }
        let scored = score(call, table, idx, basic(idx, &courses[idx]), &mut ids);
        if scored.teaches_nothing_new {
            continue;
        }
        keep_best(&mut best, scored, courses, limit);
    }
    best
}

/// Put `scored` into `best` (best first, at most `limit`, one intake per
/// course): it replaces another intake of its course only when better.
fn keep_best(best: &mut Vec<Scored>, scored: Scored, courses: &[CourseCandidate], limit: usize) {
    let course = &courses[scored.idx];
    if let Some(at) = best
        .iter()
        .position(|b| same_course(&courses[b.idx], course))
    {
        if scored < best[at] {
            best.remove(at);
        } else {
            return;
        }
    }
    let at = best.partition_point(|b| *b < scored);
    best.insert(at, scored);
    best.truncate(limit);
}

/// The exact score of the course at `idx`, from its cheap facts `basic`.
fn score(
    call: &Call<'_, '_>,
    table: &mut SkillTable<'_>,
    idx: usize,
    basic: Feasibility,
    ids: &mut Vec<u32>,
) -> Scored {
    let course = &call.courses[idx];
    let (weighted_positions, earned) = demand_and_credits(course, idx, table, call.worker, ids);
    let feasibility = basic.completed(course, &call.prefs, &call.covered);
    let factors = factors(call, course, &feasibility, weighted_positions, earned);
    Scored {
        idx,
        id: course.id,
        score: quantize(factors.product()),
        factors,
        weighted_positions,
        teaches_nothing_new: feasibility.certificate_held
            || (course.certificate.is_none() && gained_codes(course, table).is_empty()),
    }
}

/// When no course of a chosen trade made the list: the best few of those
/// trades whatever the hard limits, one intake per course.
fn closest_in_chosen_trade(call: &Call<'_, '_>, table: &mut SkillTable<'_>) -> Vec<Scored> {
    let mut best = Vec::new();
    let mut ids = Vec::new();
    for (idx, c) in call.courses.iter().enumerate() {
        if c.start_date < call.today
            || call.asked.fit(c.occupation_code.as_deref()) != TradeFit::Chosen
        {
            continue;
        }
        let scored = score(
            call,
            table,
            idx,
            Feasibility::basic(c, &call.prefs),
            &mut ids,
        );
        keep_best(&mut best, scored, call.courses, CLOSEST_SHOWN);
    }
    best
}

fn start_factor(course: &CourseCandidate, today: NaiveDate) -> f64 {
    let days = (course.start_date - today).num_days() as f64;
    let late = ((days - weights::START_SOON_DAYS)
        / (weights::START_LATE_DAYS - weights::START_SOON_DAYS))
        .clamp(0.0, 1.0);
    1.0 - (1.0 - weights::START_LATE) * late
}

fn demand_factor(weighted_positions: f64) -> f64 {
    1.0 + weights::DEMAND_SCALE * weighted_positions.max(0.0).ln_1p()
}

/// Distinct skills the course teaches that the worker lacks, in module order.
fn gained_codes<'c>(course: &'c CourseCandidate, table: &SkillTable<'_>) -> Vec<&'c str> {
    let mut out: Vec<&str> = Vec::new();
    for s in course.modules.iter().flat_map(|m| &m.skills) {
        if !table.held(s) && !out.contains(&s.as_str()) {
            out.push(s);
        }
    }
    out
}

/// For each shown course: positions and demands nearby that list a skill it
/// teaches (each demand once), and the demands it unlocks (every missing
/// essential skill taught). One pass over the nearby demands per 64 courses,
/// with a bit per course on each skill.
fn reach(
    gained: &[Vec<&str>],
    table: &SkillTable<'_>,
    gaps: &[DemandGap],
    missing: &[u32],
    demands: &[DemandCandidate],
) -> Vec<Reach> {
    let mut out: Vec<Reach> = gained.iter().map(|_| Reach::default()).collect();
    for (chunk_no, chunk) in gained.chunks(64).enumerate() {
        let mut teaches = vec![0u64; table.info.len()];
        for (bit, codes) in chunk.iter().enumerate() {
            for id in codes.iter().filter_map(|c| table.get(c)) {
                teaches[id] |= 1 << bit;
            }
        }
        for g in gaps {
            let essential = &missing[g.start..g.start + g.essential];
            let optional = &missing[g.start + g.essential..g.start + g.essential + g.optional];
            let mut any = 0u64;
            let mut all = if essential.is_empty() { 0 } else { u64::MAX };
            for &id in essential {
                any |= teaches[id as usize];
                all &= teaches[id as usize];
            }
            for &id in optional {
                any |= teaches[id as usize];
            }
            if any == 0 {
                continue;
            }
            for bit in bits(any) {
                let r = &mut out[chunk_no * 64 + bit];
                r.positions += g.nearby.positions;
                r.demands += 1;
            }
            let d = &demands[g.nearby.idx];
            for bit in bits(all) {
                out[chunk_no * 64 + bit].unlocked.push(UnlockedJob {
                    demand_id: d.id,
                    title: d.title.clone(),
                    employer_name: d.employer_name.clone(),
                    positions: d.positions,
                    distance_km: round1(g.nearby.distance_km),
                });
            }
        }
    }
    for r in &mut out {
        r.unlocked.sort_by(|a, b| {
            a.distance_km
                .total_cmp(&b.distance_km)
                .then(a.demand_id.cmp(&b.demand_id))
        });
    }
    out
}

/// Indexes of the set bits, lowest first.
fn bits(mut word: u64) -> impl Iterator<Item = usize> {
    std::iter::from_fn(move || {
        (word != 0).then(|| {
            let bit = word.trailing_zeros() as usize;
            word &= word - 1;
            bit
        })
    })
}

/// The demand weight of the skills the course teaches that the worker lacks
/// (each skill once), and the credits of its modules the worker has earned.
fn demand_and_credits(
    course: &CourseCandidate,
    idx: usize,
    table: &mut SkillTable<'_>,
    worker: &WorkerContext,
    ids: &mut Vec<u32>,
) -> (f64, i64) {
    let stamp = idx + 1;
    let completed = &worker.completed_modules;
    let same = completed.iter().any(|c| same_programme(c, course));
    let mut weighted = 0i64;
    let mut earned = 0;
    for (m_idx, m) in course.modules.iter().enumerate() {
        table.module_ids(idx, m_idx, m, ids);
        let mut all_completed = !ids.is_empty();
        for &id in ids.iter() {
            let Some(info) = table.info.get_mut(id as usize) else {
                all_completed = false;
                continue;
            };
            all_completed &= info.from_completed;
            if info.stamp == stamp {
                continue;
            }
            info.stamp = stamp;
            if !info.held {
                weighted += info.weight;
            }
        }
        if (same || all_completed) && module_earned(course, m, completed) {
            earned += m.credits.max(0);
        }
    }
    (weighted as f64 / MICRO, earned)
}

fn factors(
    call: &Call<'_, '_>,
    course: &CourseCandidate,
    f: &Feasibility,
    weighted_positions: f64,
    earned: i64,
) -> CourseFactors {
    let prefs = &call.prefs;
    let required = course.total_credits();
    let credits = if earned > 0 && required > 0 && !f.certificate_held {
        1.0 + weights::CREDITS_BONUS * (earned.min(required) as f64 / required as f64)
    } else {
        1.0
    };
    let fit = call.asked.fit(course.occupation_code.as_deref());
    CourseFactors {
        demand: demand_factor(weighted_positions),
        distance: f.distance_factor(prefs.radius_km),
        schedule: f.schedule_factor(),
        delivery: f.delivery_factor(),
        season: f.season_factor(),
        start: start_factor(course, call.today),
        fee: f.fee_factor(prefs.max_fee_vnd),
        prerequisites: f.prerequisites_factor(),
        level: f.level_factor(),
        credits,
        interest: Asked::interest_factor(fit),
        goal: call.asked.goal_factor(course, fit, f.certificate_held),
        certificate: f.certificate_factor(),
        access: f.access_factor(),
    }
}

fn credits_toward(
    course: &CourseCandidate,
    worker: &WorkerContext,
    f: &Feasibility,
) -> Option<CreditsToward> {
    if f.certificate_held {
        return None;
    }
    let modules = course.modules.iter().map(|m| ModuleCredits {
        code: &m.code,
        credits: m.credits,
        skills: &m.skills,
    });
    let name = course.certificate.as_deref().unwrap_or(&course.title);
    let credits =
        credits::credits_toward(programme(course), name, modules, &worker.completed_modules);
    (credits.earned > 0 && credits.required > 0).then_some(credits)
}

fn summary_vi(e: &CourseExplanation) -> String {
    let mut parts = Vec::new();
    let n = e.skills_gained.len();
    let labels = format::short_list(e.skills_gained.iter().map(|s| s.label_vi.as_str()), 3);
    let radius = radius_vi(e.demand_reach_km);
    parts.push(if n == 0 {
        "Khóa học không dạy thêm kỹ năng nào bạn chưa có".to_owned()
    } else if e.open_positions_nearby > 0 {
        format!(
            "Học {n} kỹ năng mới ({labels}) mà {} vị trí tuyển dụng trong bán kính {radius} đang cần",
            count_vi(e.open_positions_nearby)
        )
    } else {
        format!(
            "Học {n} kỹ năng mới ({labels}); chưa có vị trí tuyển dụng nào trong bán kính {radius} cần các kỹ năng này"
        )
    });
    if !e.jobs_unlocked.is_empty() {
        parts.push(format!(
            "mở ra {} việc làm",
            count_vi(e.jobs_unlocked.len() as i64)
        ));
    }
    parts.push(match e.distance_km {
        Some(d) => format!("cách nhà {}", km_vi(d)),
        None => "học trực tuyến".to_owned(),
    });
    parts.push(format!(
        "học phí sau hỗ trợ {}",
        vnd_vi(e.fee_after_subsidy_vnd)
    ));
    if let Some(c) = &e.credits_toward {
        parts.push(format!(
            "bạn đã có {}/{} tín chỉ của {}",
            c.earned, c.required, c.certificate
        ));
    }
    let mut out = parts.join("; ");
    out.push('.');
    if !e.access_vi.is_empty() {
        out = format!("{}. {out}", e.access_vi);
    }
    if !e.reason_vi.is_empty() {
        out = format!("{}. {out}", e.reason_vi);
    }
    if !e.concerns.is_empty() {
        let concerns: Vec<String> = e.concerns.iter().map(Concern::text_vi).collect();
        out.push_str(&format!(" Lưu ý: {}.", concerns.join("; ")));
    }
    out
}

fn summary_en(e: &CourseExplanation) -> String {
    let mut parts = Vec::new();
    let n = e.skills_gained.len();
    let labels = format::short_list(e.skills_gained.iter().map(|s| s.label_en.as_str()), 3);
    let radius = radius_en(e.demand_reach_km);
    let skills = plural_en(n as i64, "new skill", "new skills");
    parts.push(if n == 0 {
        "Teaches no skill you do not already have".to_owned()
    } else if e.open_positions_nearby > 0 {
        let positions = plural_en(e.open_positions_nearby, "open position", "open positions");
        let verb = if e.open_positions_nearby == 1 {
            "needs"
        } else {
            "need"
        };
        format!("Learn {skills} ({labels}) that {positions} within {radius} {verb}")
    } else {
        format!("Learn {skills} ({labels}); no open position within {radius} asks for them yet")
    });
    if !e.jobs_unlocked.is_empty() {
        parts.push(format!(
            "unlocks {}",
            plural_en(e.jobs_unlocked.len() as i64, "job", "jobs")
        ));
    }
    parts.push(match e.distance_km {
        Some(d) => format!("{} from home", km_en(d)),
        None => "online".to_owned(),
    });
    parts.push(format!(
        "fee after subsidy {}",
        vnd_en(e.fee_after_subsidy_vnd)
    ));
    if let Some(c) = &e.credits_toward {
        parts.push(format!(
            "{} of {} credits toward {}",
            c.earned, c.required, c.certificate
        ));
    }
    let mut out = parts.join("; ");
    out.push('.');
    if !e.access_en.is_empty() {
        out = format!("{}. {out}", e.access_en);
    }
    if !e.reason_en.is_empty() {
        out = format!("{}. {out}", e.reason_en);
    }
    if !e.concerns.is_empty() {
        let concerns: Vec<String> = e.concerns.iter().map(Concern::text_en).collect();
        out.push_str(&format!(" Note: {}.", concerns.join("; ")));
    }
    out
}
