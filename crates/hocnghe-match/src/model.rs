//! What the ranking functions take in: plain data the API loads from the
//! store. Nothing here is validated again; the domain crate's validation has
//! already cleaned codes (trimmed, lowercased, no repeats within a list).

use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate};
use hocnghe_domain::catalogue::{Course, Demand, OccupationSkill, Skill, SkillLabel};
use hocnghe_domain::geo::haversine_km;
use hocnghe_domain::{
    AccessNeed, CourseLevel, DeliveryMode, EducationLevel, EmploymentType, Importance,
    IntakeStatus, LimitKind, StudyTime, SupportCategory, WorkerGoal,
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::relations::Relations;

/// A WGS84 point (a commune centroid).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Location {
    pub lat: f64,
    pub lon: f64,
}

impl Location {
    pub fn new(lat: f64, lon: f64) -> Self {
        Self { lat, lon }
    }

    /// Great-circle distance in kilometres.
    pub fn distance_km(self, other: Location) -> f64 {
        haversine_km(self.lat, self.lon, other.lat, other.lon)
    }
}

/// Skill code → Vietnamese and English label, for explanations, and how
/// skills and trades relate (the built-in taxonomy relations unless set).
/// A code the catalogue does not know is shown as the code itself.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SkillCatalog {
    labels: BTreeMap<String, (String, String)>,
    #[serde(skip, default = "Relations::builtin")]
    relations: &'static Relations,
}

impl Default for SkillCatalog {
    fn default() -> Self {
        Self {
            labels: BTreeMap::new(),
            relations: Relations::builtin(),
        }
    }
}

impl SkillCatalog {
    pub fn new() -> Self {
        Self::default()
    }

    /// Use these relations instead of the built-in ones.
    pub fn with_relations(mut self, relations: &'static Relations) -> Self {
        self.relations = relations;
        self
    }

    pub fn relations(&self) -> &'static Relations {
        self.relations
    }

    pub fn insert(
        &mut self,
        code: impl Into<String>,
        label_vi: impl Into<String>,
        label_en: impl Into<String>,
    ) {
        self.labels
            .insert(code.into(), (label_vi.into(), label_en.into()));
    }

    /// Builder form of [`SkillCatalog::insert`].
    pub fn with(
        mut self,
        code: impl Into<String>,
        label_vi: impl Into<String>,
        label_en: impl Into<String>,
    ) -> Self {
        self.insert(code, label_vi, label_en);
        self
    }

    pub fn len(&self) -> usize {
        self.labels.len()
    }

    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }

    /// The Vietnamese label, or the code when unknown.
    pub fn label_vi<'a>(&'a self, code: &'a str) -> &'a str {
        self.labels.get(code).map_or(code, |(vi, _)| vi.as_str())
    }

    /// The English label, or the code when unknown.
    pub fn label_en<'a>(&'a self, code: &'a str) -> &'a str {
        self.labels.get(code).map_or(code, |(_, en)| en.as_str())
    }

    pub fn label(&self, code: &str) -> SkillLabel {
        SkillLabel {
            code: code.to_owned(),
            label_vi: self.label_vi(code).to_owned(),
            label_en: self.label_en(code).to_owned(),
        }
    }
}

impl FromIterator<SkillLabel> for SkillCatalog {
    fn from_iter<I: IntoIterator<Item = SkillLabel>>(iter: I) -> Self {
        let mut catalog = Self::new();
        for s in iter {
            catalog.insert(s.code, s.label_vi, s.label_en);
        }
        catalog
    }
}

impl<'a> FromIterator<&'a Skill> for SkillCatalog {
    fn from_iter<I: IntoIterator<Item = &'a Skill>>(iter: I) -> Self {
        let mut catalog = Self::new();
        for s in iter {
            catalog.insert(s.code.clone(), s.label_vi.clone(), s.label_en.clone());
        }
        catalog
    }
}

/// How the worker's hold on a skill is known.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Evidence {
    /// The worker says so.
    SelfReported,
    /// A certificate or a completed module shows it.
    Certified,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeldSkill {
    pub code: String,
    pub evidence: Evidence,
}

impl HeldSkill {
    pub fn self_reported(code: impl Into<String>) -> Self {
        Self {
            code: code.into(),
            evidence: Evidence::SelfReported,
        }
    }

    pub fn certified(code: impl Into<String>) -> Self {
        Self {
            code: code.into(),
            evidence: Evidence::Certified,
        }
    }
}

/// A module the worker has passed; the credit rules live in the domain.
pub use hocnghe_domain::credits::CompletedModule;

/// Everything the ranking needs to know about the worker asking.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WorkerContext {
    pub commune_code: String,
    /// Centroid of the worker's commune.
    pub lat: f64,
    pub lon: f64,
    pub education: EducationLevel,
    pub skills: Vec<HeldSkill>,
    /// Skills of completed modules count as held and certified.
    pub completed_modules: Vec<CompletedModule>,
    /// Names of certificates already held.
    pub certificates: Vec<String>,
    /// Occupation codes the worker is interested in.
    pub occupations_of_interest: Vec<String>,
    /// How far the worker can travel, in km (to a course or to a job).
    pub max_travel_km: f64,
    /// Months (1–12) free from farm work; empty means any month.
    pub free_months: Vec<u32>,
    /// When the worker can study; empty means any time.
    pub study_times: Vec<StudyTime>,
    /// The most the worker can pay for a course, after subsidy; `None` means no limit given.
    pub max_fee_vnd: Option<i64>,
    /// What the worker wants from training; `None` when not said.
    #[serde(default)]
    pub goal: Option<WorkerGoal>,
    /// The occupation the worker already practises, if any.
    #[serde(default)]
    pub current_occupation: Option<String>,
    /// Delivery modes the worker can take; empty means any.
    #[serde(default)]
    pub delivery_modes: Vec<DeliveryMode>,
    /// Limits that cannot bend; the others (distance, fee, study times,
    /// delivery) are preferences.
    #[serde(default)]
    pub hard_limits: Vec<LimitKind>,
    /// Support categories the worker consented to give, for the fee after
    /// subsidy. Sensitive: never shown in a result.
    #[serde(default)]
    pub support_categories: Vec<SupportCategory>,
    /// What the worker needs from a class (step-free access, sign
    /// language…), given with consent. Sensitive (health data): shown only
    /// in the worker's own advice.
    #[serde(default)]
    pub access_needs: Vec<AccessNeed>,
}

impl WorkerContext {
    pub fn location(&self) -> Location {
        Location::new(self.lat, self.lon)
    }
}

/// One module of a course.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CourseModule {
    pub code: String,
    pub title: String,
    pub credits: i64,
    /// Skill codes the module teaches.
    pub skills: Vec<String>,
    /// Module codes that must be completed first. A code of another module of
    /// the same course is met by taking the course in order.
    pub prerequisites: Vec<String>,
}

/// A course (one cohort: a start date and a place).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CourseCandidate {
    /// The course's id; a course with several open intakes gives one
    /// candidate per intake, all with this id.
    pub id: i64,
    /// The intake (class) this candidate stands for.
    pub intake_id: Option<i64>,
    pub title: String,
    pub provider_name: String,
    pub level: CourseLevel,
    pub occupation_code: Option<String>,
    pub commune_code: String,
    pub lat: f64,
    pub lon: f64,
    pub delivery_mode: DeliveryMode,
    pub start_date: NaiveDate,
    pub weeks: i64,
    pub schedule: StudyTime,
    pub fee_vnd: i64,
    pub subsidy_vnd: i64,
    pub certificate: Option<String>,
    pub seats: i64,
    pub modules: Vec<CourseModule>,
    /// Access needs the course accommodates; empty means not stated.
    #[serde(default)]
    pub accessibility: Vec<AccessNeed>,
}

impl CourseCandidate {
    /// One candidate per intake open for enrolment with a seat left, by start
    /// date: what the ranking snapshot loads for an open course. `at` gives a
    /// commune's centroid (an intake may meet away from the course's commune).
    pub fn open_intakes(course: &Course, at: impl Fn(&str) -> Location) -> Vec<Self> {
        let base = Self::from_view(course, at(&course.commune_code));
        course
            .intakes
            .iter()
            .filter(|i| i.status == IntakeStatus::Open)
            .map(|i| {
                let place = at(&i.commune_code);
                Self {
                    intake_id: Some(i.id),
                    commune_code: i.commune_code.clone(),
                    lat: place.lat,
                    lon: place.lon,
                    start_date: i.start_date,
                    weeks: i.weeks,
                    schedule: i.schedule,
                    seats: i.seats_left,
                    ..base.clone()
                }
            })
            .collect()
    }

    /// From the catalogue's course view and its commune's centroid, for the
    /// course's next intake. Pass only courses whose status is open.
    pub fn from_view(course: &Course, at: Location) -> Self {
        Self {
            id: course.id,
            intake_id: course.next_intake_id,
            title: course.title.clone(),
            provider_name: course.provider_name.clone(),
            level: course.level,
            occupation_code: course.occupation_code.clone(),
            commune_code: course.commune_code.clone(),
            lat: at.lat,
            lon: at.lon,
            delivery_mode: course.delivery_mode,
            start_date: course.start_date,
            weeks: course.weeks,
            schedule: course.schedule,
            fee_vnd: course.fee_vnd,
            subsidy_vnd: course.subsidy_vnd,
            certificate: course.certificate.clone(),
            accessibility: course.accessibility.clone(),
            seats: course.seats,
            modules: course
                .modules
                .iter()
                .map(|m| CourseModule {
                    code: m.code.clone(),
                    title: m.title.clone(),
                    credits: m.credits,
                    skills: m.skills.iter().map(|s| s.code.clone()).collect(),
                    prerequisites: m.prerequisites.clone(),
                })
                .collect(),
        }
    }

    pub fn location(&self) -> Location {
        Location::new(self.lat, self.lon)
    }

    /// What the learner pays: fee minus subsidy, never below zero.
    pub fn fee_after_subsidy_vnd(&self) -> i64 {
        self.fee_after_support_vnd(0)
    }

    /// What a learner whose support category pays up to `support_cap_vnd`
    /// pays: the fee less that cap or the course's subsidy, whichever is
    /// higher, never below zero.
    pub fn fee_after_support_vnd(&self, support_cap_vnd: i64) -> i64 {
        self.fee_vnd
            .saturating_sub(self.subsidy_vnd.max(support_cap_vnd))
            .max(0)
    }

    /// Last day of teaching: start + weeks × 7 − 1 days (a course lasts at least a week).
    pub fn end_date(&self) -> NaiveDate {
        let days = u64::try_from(self.weeks.max(1)).unwrap_or(1) * 7 - 1;
        self.start_date
            .checked_add_days(Days::new(days))
            .unwrap_or(self.start_date)
    }

    pub fn total_credits(&self) -> i64 {
        self.modules.iter().map(|m| m.credits.max(0)).sum()
    }

    /// Calendar months the course runs in, in order, as (year, month).
    pub fn months(&self) -> impl Iterator<Item = (i32, u32)> + use<> {
        let end = self.end_date();
        let end = (end.year(), end.month());
        let mut next = Some((self.start_date.year(), self.start_date.month()));
        std::iter::from_fn(move || {
            let current = next?;
            next = (current < end).then(|| {
                if current.1 == 12 {
                    (current.0 + 1, 1)
                } else {
                    (current.0, current.1 + 1)
                }
            });
            Some(current)
        })
    }

    pub(crate) fn is_online(&self) -> bool {
        self.delivery_mode == DeliveryMode::Online
    }
}

/// An open labour demand: an employer needs `positions` people.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DemandCandidate {
    pub id: i64,
    pub title: String,
    pub employer_name: String,
    pub occupation_code: Option<String>,
    pub commune_code: String,
    pub lat: f64,
    pub lon: f64,
    pub positions: i64,
    pub wage_min_vnd: Option<i64>,
    pub wage_max_vnd: Option<i64>,
    pub employment_type: EmploymentType,
    /// Last day the demand is open; `None` means no end date.
    pub expires_on: Option<NaiveDate>,
    pub essential_skills: Vec<String>,
    pub optional_skills: Vec<String>,
}

impl DemandCandidate {
    /// From the catalogue's demand view and its commune's centroid. Pass
    /// only demands whose status is open (expiry is checked here).
    pub fn from_view(demand: &Demand, at: Location) -> Self {
        let codes = |importance: Importance| {
            demand
                .skills
                .iter()
                .filter(|s| s.importance == importance)
                .map(|s| s.code.clone())
                .collect()
        };
        Self {
            id: demand.id,
            title: demand.title.clone(),
            employer_name: demand.employer_name.clone(),
            occupation_code: demand.occupation_code.clone(),
            commune_code: demand.commune_code.clone(),
            lat: at.lat,
            lon: at.lon,
            positions: demand.positions,
            wage_min_vnd: demand.wage_min_vnd,
            wage_max_vnd: demand.wage_max_vnd,
            employment_type: demand.employment_type,
            expires_on: demand.expires_on,
            essential_skills: codes(Importance::Essential),
            optional_skills: codes(Importance::Optional),
        }
    }

    pub fn location(&self) -> Location {
        Location::new(self.lat, self.lon)
    }

    /// Open on `today`: not past its last day.
    pub fn is_open_on(&self, today: NaiveDate) -> bool {
        self.expires_on.is_none_or(|last| last >= today)
    }

    /// Midpoint of the wage range; the one bound given when only one is.
    pub fn wage_midpoint_vnd(&self) -> Option<f64> {
        match (self.wage_min_vnd, self.wage_max_vnd) {
            (Some(lo), Some(hi)) => Some((lo as f64 + hi as f64) / 2.0),
            (Some(w), None) | (None, Some(w)) => Some(w as f64),
            (None, None) => None,
        }
        .filter(|w| *w > 0.0)
    }
}

/// A worker as an employer sees them: no personal data beyond a display name.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CandidateWorker {
    pub worker_id: i64,
    pub display_name: String,
    pub commune_code: String,
    pub lat: f64,
    pub lon: f64,
    pub skills: Vec<HeldSkill>,
    pub max_travel_km: f64,
    /// The worker applied to this demand: they are listed whatever their
    /// travel radius, since they chose the job themselves.
    pub applied: bool,
}

impl CandidateWorker {
    pub fn location(&self) -> Location {
        Location::new(self.lat, self.lon)
    }
}

/// The skills of an occupation, split by importance.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OccupationSkills {
    pub essential: Vec<String>,
    pub optional: Vec<String>,
}

impl OccupationSkills {
    pub fn from_occupation(skills: &[OccupationSkill]) -> Self {
        let mut out = Self::default();
        for s in skills {
            match s.importance {
                Importance::Essential => out.essential.push(s.code.clone()),
                Importance::Optional => out.optional.push(s.code.clone()),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn course(start: NaiveDate, weeks: i64) -> CourseCandidate {
        CourseCandidate {
            id: 1,
            intake_id: None,
            title: String::new(),
            provider_name: String::new(),
            level: CourseLevel::SoCap,
            occupation_code: None,
            commune_code: "00001".into(),
            lat: 21.0,
            lon: 105.8,
            delivery_mode: DeliveryMode::InPerson,
            start_date: start,
            weeks,
            schedule: StudyTime::Weekday,
            fee_vnd: 0,
            subsidy_vnd: 0,
            accessibility: Vec::new(),
            certificate: None,
            seats: 20,
            modules: vec![],
        }
    }

    #[test]
    fn months_span_the_course() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(course(d(2026, 3, 1), 4).end_date(), d(2026, 3, 28));
        assert_eq!(
            course(d(2026, 3, 10), 12).months().collect::<Vec<_>>(),
            vec![(2026, 3), (2026, 4), (2026, 5), (2026, 6)]
        );
        assert_eq!(
            course(d(2026, 12, 20), 3).months().collect::<Vec<_>>(),
            vec![(2026, 12), (2027, 1)]
        );
    }

    #[test]
    fn fee_after_subsidy_never_negative() {
        let mut c = course(NaiveDate::MIN, 1);
        c.fee_vnd = 1_000_000;
        c.subsidy_vnd = 1_500_000;
        assert_eq!(c.fee_after_subsidy_vnd(), 0);
        c.subsidy_vnd = 400_000;
        assert_eq!(c.fee_after_subsidy_vnd(), 600_000);
    }

    #[test]
    fn demand_view_splits_skills_by_importance() {
        use chrono::{DateTime, Utc};
        use hocnghe_domain::DemandStatus;
        use hocnghe_domain::catalogue::DemandSkill;
        let skill = |code: &str, importance| DemandSkill {
            code: code.into(),
            label_vi: String::new(),
            label_en: String::new(),
            importance,
        };
        let view = Demand {
            id: 7,
            employer_id: 1,
            employer_name: "HTX Văn Đức".into(),
            title: "Tuyển thợ hàn".into(),
            description: String::new(),
            occupation_code: None,
            occupation_name: None,
            sector: None,
            skills: vec![
                skill("han-mig", Importance::Essential),
                skill("doc-ban-ve", Importance::Optional),
                skill("an-toan", Importance::Essential),
            ],
            positions: 5,
            commune_code: "09619".into(),
            commune_name: "Ba Vì".into(),
            wage_min_vnd: Some(8_000_000),
            wage_max_vnd: None,
            employment_type: EmploymentType::Permanent,
            start_date: None,
            expires_on: None,
            status: DemandStatus::Open,
            created_at: DateTime::<Utc>::UNIX_EPOCH,
            updated_at: DateTime::<Utc>::UNIX_EPOCH,
        };
        let d = DemandCandidate::from_view(&view, Location::new(21.2, 105.42));
        assert_eq!(d.essential_skills, vec!["han-mig", "an-toan"]);
        assert_eq!(d.optional_skills, vec!["doc-ban-ve"]);
        assert_eq!((d.lat, d.lon, d.positions), (21.2, 105.42, 5));
        assert_eq!(d.wage_midpoint_vnd(), Some(8_000_000.0));
    }

    #[test]
    fn unknown_skill_shows_its_code() {
        let catalog = SkillCatalog::new().with("han_mig", "Hàn MIG", "MIG welding");
        assert_eq!(catalog.label("han_mig").label_en, "MIG welding");
        assert_eq!(catalog.label("xyz").label_vi, "xyz");
    }
}
