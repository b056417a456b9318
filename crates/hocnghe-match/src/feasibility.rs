//! Can this worker take this course? Distance, schedule, season, fee,
//! prerequisites, level, a certificate already held, access needs — each a fact that is
//! reported, a factor that is scored, and, when it goes against the course, a
//! [`Concern`] with a sentence in Vietnamese and in English.

use std::cell::OnceCell;

use chrono::NaiveDate;
use hocnghe_domain::{
    AccessNeed, CourseLevel, DeliveryMode, EducationLevel, LimitKind, StudyTime, SupportCategory,
};
use serde::Serialize;
use utoipa::ToSchema;

use crate::common::{Code, CodeMap, fx_map, length_bit, radius, round1};
use crate::format::{self, km_en, km_vi, radius_en, radius_vi, vnd_en, vnd_vi};
use crate::index::{MonthCounts, RankingIndex, month_counts_of};
use hocnghe_domain::credits::{self, Programme};

use crate::model::{CompletedModule, CourseCandidate, CourseModule, Location, WorkerContext};
use crate::support::support_cap_vnd;
use crate::weights;

/// Why a course may not suit the worker.
#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Concern {
    /// Farther than the worker can travel.
    TooFar {
        distance_km: f64,
        max_travel_km: f64,
    },
    /// The fee after subsidy is more than the worker can pay.
    OverBudget {
        fee_after_subsidy_vnd: i64,
        max_fee_vnd: i64,
    },
    /// The course meets when the worker is not free.
    Schedule { schedule: StudyTime },
    /// The course is taught in a way the worker cannot take.
    Delivery { mode: DeliveryMode },
    /// Some of the course's months are busy with farm work.
    Season {
        free_months: u32,
        course_months: u32,
        /// Busy months of the year (1–12) the course runs in.
        busy_months: Vec<u32>,
    },
    /// Modules to complete first.
    Prerequisites { missing: Vec<String> },
    /// The course level requires more schooling than the worker has.
    Level {
        level: CourseLevel,
        requires: EducationLevel,
    },
    /// The worker already holds the certificate the course awards.
    CertificateHeld { certificate: String },
    /// The course has not said it accommodates these access needs of the
    /// worker's (shown only in the worker's own advice).
    Access { needs: Vec<AccessNeed> },
}

impl Concern {
    pub fn text_vi(&self) -> String {
        match self {
            Self::TooFar {
                distance_km,
                max_travel_km,
            } => format!(
                "cách {}, xa hơn quãng đường bạn có thể đi ({})",
                km_vi(*distance_km),
                radius_vi(*max_travel_km)
            ),
            Self::OverBudget {
                fee_after_subsidy_vnd,
                max_fee_vnd,
            } => format!(
                "học phí {} vượt mức bạn có thể trả ({})",
                vnd_vi(*fee_after_subsidy_vnd),
                vnd_vi(*max_fee_vnd)
            ),
            Self::Schedule { schedule } => format!(
                "lịch học ({}) không trùng thời gian bạn rảnh",
                schedule.label_vi().to_lowercase()
            ),
            Self::Delivery { mode } => format!(
                "hình thức {} không phải cách bạn có thể học",
                mode.label_vi().to_lowercase()
            ),
            Self::Season {
                free_months,
                course_months,
                busy_months,
            } => format!(
                "chỉ {free_months}/{course_months} tháng học rơi vào lúc bạn rảnh việc đồng áng (bận {})",
                format::months_vi(busy_months)
            ),
            Self::Prerequisites { missing } => {
                format!("cần học trước mô-đun: {}", missing.join(", "))
            }
            Self::Level { level, requires } => format!(
                "trình độ {} yêu cầu tốt nghiệp {}",
                level.label_vi().to_lowercase(),
                requires.label_vi().to_lowercase()
            ),
            Self::CertificateHeld { certificate } => format!("bạn đã có {certificate}"),
            Self::Access { needs } => format!(
                "chưa rõ lớp có hỗ trợ {} — hãy hỏi cơ sở đào tạo trước khi đăng ký",
                hocnghe_domain::provisions_vi(needs)
            ),
        }
    }

    pub fn text_en(&self) -> String {
        match self {
            Self::TooFar {
                distance_km,
                max_travel_km,
            } => format!(
                "{} away, farther than you can travel ({})",
                km_en(*distance_km),
                radius_en(*max_travel_km)
            ),
            Self::OverBudget {
                fee_after_subsidy_vnd,
                max_fee_vnd,
            } => format!(
                "the fee of {} is more than you can pay ({})",
                vnd_en(*fee_after_subsidy_vnd),
                vnd_en(*max_fee_vnd)
            ),
            Self::Schedule { schedule } => format!(
                "it meets on {}, when you are not free",
                schedule.label_en().to_lowercase()
            ),
            Self::Delivery { mode } => format!(
                "it is taught {}, which you cannot take",
                match mode {
                    DeliveryMode::InPerson => "in person",
                    DeliveryMode::Online => "online",
                    DeliveryMode::Blended => "partly in person, partly online",
                }
            ),
            Self::Season {
                free_months,
                course_months,
                busy_months,
            } => format!(
                "only {free_months} of its {course_months} months fall when you are free from farm work (busy in {})",
                format::months_en(busy_months)
            ),
            Self::Prerequisites { missing } => {
                format!("modules to complete first: {}", missing.join(", "))
            }
            Self::Level { level, requires } => format!(
                "the {} level requires {}",
                level.label_en().to_lowercase(),
                requires.label_en().to_lowercase()
            ),
            Self::CertificateHeld { certificate } => format!("you already hold {certificate}"),
            Self::Access { needs } => format!(
                "the class has not said it offers {} — ask the provider before you enrol",
                hocnghe_domain::provisions_en(needs)
            ),
        }
    }
}

/// The schooling a course level requires, if any (Law on Vocational Education:
/// trung cấp after lower secondary, cao đẳng after upper secondary or a
/// trung cấp diploma; sơ cấp and short courses are open to all).
pub fn required_education(level: CourseLevel) -> Option<EducationLevel> {
    match level {
        CourseLevel::CaoDang => Some(EducationLevel::UpperSecondary),
        CourseLevel::TrungCap => Some(EducationLevel::LowerSecondary),
        CourseLevel::SoCap | CourseLevel::ShortCourse => None,
    }
}

/// Module codes of the courses on offer whose skills one completed module of
/// the worker already teaches: a prerequisite with such a code is met by "a
/// module teaching the same skills". Module codes are only unique within a
/// course, so a code may name several modules; any one of them will do.
/// Worked out on first use: one pass over the modules, reading mostly their
/// first skill.
pub(crate) struct Covered<'a> {
    courses: &'a [CourseCandidate],
    completed: &'a [CompletedModule],
    today: NaiveDate,
    /// Skill ids of the courses' modules, when the caller has them.
    index: Option<&'a RankingIndex>,
    codes: OnceCell<CodeMap<'a, ()>>,
}

impl<'a> Covered<'a> {
    pub(crate) fn lazy(
        courses: &'a [CourseCandidate],
        completed: &'a [CompletedModule],
        today: NaiveDate,
    ) -> Self {
        Self {
            courses,
            completed,
            today,
            index: None,
            codes: OnceCell::new(),
        }
    }

    /// Use the index's skill ids (built from `courses`) instead of reading codes.
    pub(crate) fn with_index(mut self, index: Option<&'a RankingIndex>) -> Self {
        self.index = index;
        self
    }

    pub(crate) fn contains(&self, code: &str) -> bool {
        if self.completed.is_empty() {
            return false;
        }
        let codes = self.codes.get_or_init(|| match self.index {
            Some(index) => self.covered_by_ids(index),
            None => self.covered_by_codes(),
        });
        codes.contains_key(&Code(code))
    }

    /// A module is covered when every one of its skills is taught by one
    /// completed module: a cheap filter first (most modules fail on their
    /// first skill), then the exact check.
    fn covers(&self, m: &CourseModule) -> bool {
        self.completed
            .iter()
            .any(|c| m.skills.iter().all(|s| c.skills.contains(s)))
    }

    fn covered_by_codes(&self) -> CodeMap<'a, ()> {
        let mut taught: CodeMap<'a, ()> = fx_map(self.completed.len() * 4);
        let mut lengths = 0u64;
        for c in self.completed {
            for s in &c.skills {
                taught.insert(Code(s), ());
                lengths |= length_bit(s.len());
            }
        }
        let mut codes: CodeMap<'a, ()> = fx_map(16);
        for course in self.courses.iter().filter(|c| c.start_date >= self.today) {
            for m in &course.modules {
                if !m.skills.is_empty()
                    && m.skills.iter().all(|s| {
                        lengths & length_bit(s.len()) != 0 && taught.contains_key(&Code(s))
                    })
                    && self.covers(m)
                {
                    codes.insert(Code(&m.code), ());
                }
            }
        }
        codes
    }

    fn covered_by_ids(&self, index: &RankingIndex) -> CodeMap<'a, ()> {
        let mut taught = vec![false; index.skills.len()];
        let mut firsts = Vec::new();
        for c in self.completed {
            for id in c.skills.iter().filter_map(|s| index.skills.get(s)) {
                if !taught[id as usize] {
                    taught[id as usize] = true;
                    firsts.push(id as usize);
                }
            }
        }
        let mut codes: CodeMap<'a, ()> = fx_map(16);
        for first in firsts {
            for &module in index.modules_by_first_skill.get(first) {
                let c = index.module_course[module as usize] as usize;
                let course = &self.courses[c];
                let m = &course.modules[module as usize - index.course_modules[c] as usize];
                if course.start_date >= self.today
                    && index
                        .module_skills
                        .get(module as usize)
                        .iter()
                        .all(|&id| taught[id as usize])
                    && self.covers(m)
                {
                    codes.insert(Code(&m.code), ());
                }
            }
        }
        codes
    }
}

/// What the worker brings to every course check.
pub(crate) struct Prefs<'a> {
    pub location: Location,
    pub radius_km: f64,
    /// Bit m (1–12) set when month m is free; all set when the worker gave none.
    pub free_mask: u16,
    pub study_times: &'a [StudyTime],
    pub max_fee_vnd: Option<i64>,
    pub education: EducationLevel,
    pub completed: &'a [CompletedModule],
    pub certificates: &'a [String],
    /// Delivery modes the worker can take; empty means any.
    pub delivery_modes: &'a [DeliveryMode],
    pub hard: HardLimits,
    pub support: &'a [SupportCategory],
    /// What the worker needs from a class; empty for most.
    pub access_needs: &'a [AccessNeed],
}

/// The worker's limits that cannot bend: a course breaking one is not
/// recommended (it may still be named as the closest option when nothing
/// in the chosen trade fits).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct HardLimits {
    pub distance: bool,
    pub budget: bool,
    pub schedule: bool,
    pub delivery: bool,
}

impl HardLimits {
    fn of(limits: &[LimitKind]) -> Self {
        Self {
            distance: limits.contains(&LimitKind::Distance),
            budget: limits.contains(&LimitKind::Budget),
            schedule: limits.contains(&LimitKind::Schedule),
            delivery: limits.contains(&LimitKind::Delivery),
        }
    }
}

const ALL_MONTHS: u16 = 0b1_1111_1111_1110;

impl<'a> Prefs<'a> {
    pub(crate) fn of(worker: &'a WorkerContext) -> Self {
        let mut free_mask = 0u16;
        for m in &worker.free_months {
            if (1..=12).contains(m) {
                free_mask |= 1 << m;
            }
        }
        if free_mask == 0 {
            free_mask = ALL_MONTHS;
        }
        Self {
            location: worker.location(),
            radius_km: radius(worker.max_travel_km),
            free_mask,
            study_times: &worker.study_times,
            max_fee_vnd: worker.max_fee_vnd,
            education: worker.education,
            completed: &worker.completed_modules,
            certificates: &worker.certificates,
            delivery_modes: &worker.delivery_modes,
            hard: HardLimits::of(&worker.hard_limits),
            support: &worker.support_categories,
            access_needs: &worker.access_needs,
        }
    }

    /// How far open demands count as local demand for this worker: a
    /// preferred radius bends by one scale beyond it (as a course or a job a
    /// few km further stays an option), a hard one does not bend.
    pub(crate) fn demand_reach_km(&self) -> f64 {
        if self.hard.distance {
            self.radius_km
        } else {
            self.radius_km + self.beyond_scale_km()
        }
    }

    /// How much an open demand `distance_km` away counts toward local
    /// demand: in full within the radius, fading beyond it as a course's
    /// distance factor does (a limit is a slope, not a cliff).
    pub(crate) fn demand_weight(&self, distance_km: f64) -> f64 {
        if distance_km <= self.radius_km {
            1.0
        } else {
            (-(distance_km - self.radius_km) / self.beyond_scale_km()).exp()
        }
    }

    /// The distance beyond a preferred radius over which an option fades
    /// (see `weights::BEYOND_RADIUS_KM`).
    pub(crate) fn beyond_scale_km(&self) -> f64 {
        weights::BEYOND_RADIUS_KM + weights::BEYOND_RADIUS_SHARE * self.radius_km
    }

    /// What this worker pays: the fee less the course's subsidy, or less
    /// the support cap of the worker's categories when that is higher;
    /// never below zero.
    pub(crate) fn fee_after_subsidy(&self, course: &CourseCandidate) -> i64 {
        course.fee_after_support_vnd(support_cap_vnd(self.support, course.level))
    }

    /// The worker can take a course taught this way. A blended course needs
    /// attendance, so it fits whoever can study in person.
    pub(crate) fn delivery_fits(&self, mode: DeliveryMode) -> bool {
        self.delivery_modes.is_empty()
            || self.delivery_modes.contains(&mode)
            || (mode == DeliveryMode::Blended
                && self.delivery_modes.contains(&DeliveryMode::InPerson))
    }
}

/// Course months that are free and busy.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Season {
    pub course_months: u32,
    pub free_months: u32,
    /// Days of teaching, and those in months free from farm work.
    pub course_days: u32,
    pub free_days: u32,
    /// Bit m set when month m of the year is a busy course month.
    pub busy_mask: u16,
}

impl Season {
    /// Share of the course's days that fall in free months: a course that
    /// starts in the last week of a busy month is mostly free.
    pub(crate) fn share(self) -> f64 {
        if self.course_days == 0 {
            1.0
        } else {
            f64::from(self.free_days) / f64::from(self.course_days)
        }
    }

    pub(crate) fn busy_months(self) -> Vec<u32> {
        (1..=12)
            .filter(|m| self.busy_mask & (1 << m) != 0)
            .collect()
    }
}

/// The facts about one course for one worker.
#[derive(Clone, Debug)]
pub(crate) struct Feasibility {
    /// `None` for online courses.
    pub distance_km: Option<f64>,
    pub within_radius: bool,
    pub fee_after_subsidy_vnd: i64,
    pub within_budget: bool,
    pub schedule_fit: bool,
    pub delivery_fit: bool,
    pub season: Season,
    pub level_fit: bool,
    pub prerequisites_missing: Vec<String>,
    pub certificate_held: bool,
    /// The worker's access needs the course has not said it accommodates.
    pub access_unmet: Vec<AccessNeed>,
}

/// The course meets the need: it says so, or, for step-free access, it is
/// taught online (there is no building to reach).
pub(crate) fn accommodates(course: &CourseCandidate, need: AccessNeed) -> bool {
    course.accessibility.contains(&need) || (need == AccessNeed::StepFree && course.is_online())
}

impl Feasibility {
    /// Everything about the course for this worker.
    pub(crate) fn assess(
        course: &CourseCandidate,
        prefs: &Prefs<'_>,
        covered: &Covered<'_>,
    ) -> Self {
        Self::basic(course, prefs).completed(course, prefs, covered)
    }

    /// Add prerequisites and certificate to [`Feasibility::basic`] facts.
    pub(crate) fn completed(
        mut self,
        course: &CourseCandidate,
        prefs: &Prefs<'_>,
        covered: &Covered<'_>,
    ) -> Self {
        self.prerequisites_missing = missing_prerequisites(course, prefs.completed, covered);
        self.certificate_held = course
            .certificate
            .as_ref()
            .is_some_and(|c| prefs.certificates.contains(c));
        self
    }

    /// The facts that need no string comparison (distance, fee, schedule,
    /// season, level); prerequisites and certificate are left as met and
    /// not held, so the factors are an upper bound.
    pub(crate) fn basic(course: &CourseCandidate, prefs: &Prefs<'_>) -> Self {
        let distance_km =
            (!course.is_online()).then(|| prefs.location.distance_km(course.location()));
        Self::basic_from(course, prefs, distance_km, &month_counts_of(course))
    }

    /// [`Feasibility::basic`] from the distance (`None` online) and the
    /// course's months, already known.
    pub(crate) fn basic_from(
        course: &CourseCandidate,
        prefs: &Prefs<'_>,
        distance_km: Option<f64>,
        months: &MonthCounts,
    ) -> Self {
        let fee = prefs.fee_after_subsidy(course);
        let mut season = Season {
            course_months: 0,
            free_months: 0,
            course_days: 0,
            free_days: 0,
            busy_mask: 0,
        };
        for (month, (&n, &days)) in months.months.iter().zip(&months.days).enumerate().skip(1) {
            if n == 0 {
                continue;
            }
            season.course_months += n;
            season.course_days += days;
            if prefs.free_mask & (1 << month) != 0 {
                season.free_months += n;
                season.free_days += days;
            } else {
                season.busy_mask |= 1 << month;
            }
        }
        Self {
            distance_km,
            within_radius: distance_km.is_none_or(|d| d <= prefs.radius_km),
            fee_after_subsidy_vnd: fee,
            within_budget: prefs.max_fee_vnd.is_none_or(|b| fee <= b),
            schedule_fit: prefs.study_times.is_empty()
                || prefs.study_times.contains(&course.schedule),
            delivery_fit: prefs.delivery_fits(course.delivery_mode),
            season,
            level_fit: required_education(course.level).is_none_or(|r| prefs.education >= r),
            prerequisites_missing: Vec::new(),
            certificate_held: false,
            access_unmet: prefs
                .access_needs
                .iter()
                .copied()
                .filter(|&need| !accommodates(course, need))
                .collect(),
        }
    }

    /// Nothing stands in the way (at least half the months free).
    pub(crate) fn feasible(&self) -> bool {
        self.within_radius
            && self.within_budget
            && self.schedule_fit
            && self.delivery_fit
            && self.season.share() >= 0.5
            && self.level_fit
            && self.prerequisites_missing.is_empty()
    }

    /// The course breaks a limit the worker said cannot bend.
    pub(crate) fn breaks_hard_limit(&self, hard: HardLimits) -> bool {
        (hard.distance && !self.within_radius)
            || (hard.budget && !self.within_budget)
            || (hard.schedule && !self.schedule_fit)
            || (hard.delivery && !self.delivery_fit)
    }

    /// 1.0 at home (and online), falling linearly to `DISTANCE_AT_EDGE` at
    /// the edge of the radius, then on smoothly: a course a few km beyond a
    /// preferred radius stays a real option, one at twice the radius does not.
    pub(crate) fn distance_factor(&self, radius_km: f64) -> f64 {
        match self.distance_km {
            None => 1.0,
            Some(d) if d <= radius_km && radius_km > 0.0 => {
                1.0 - (1.0 - weights::DISTANCE_AT_EDGE) * d / radius_km
            }
            Some(d) if d <= radius_km => 1.0,
            Some(d) => {
                let scale = weights::BEYOND_RADIUS_KM + weights::BEYOND_RADIUS_SHARE * radius_km;
                weights::DISTANCE_AT_EDGE * (-(d - radius_km) / scale).exp()
            }
        }
    }

    pub(crate) fn schedule_factor(&self) -> f64 {
        if self.schedule_fit {
            1.0
        } else {
            weights::SCHEDULE_MISMATCH
        }
    }

    pub(crate) fn delivery_factor(&self) -> f64 {
        if self.delivery_fit {
            1.0
        } else {
            weights::DELIVERY_MISMATCH
        }
    }

    pub(crate) fn season_factor(&self) -> f64 {
        weights::SEASON_FLOOR + (1.0 - weights::SEASON_FLOOR) * self.season.share()
    }

    pub(crate) fn fee_factor(&self, max_fee_vnd: Option<i64>) -> f64 {
        match max_fee_vnd {
            Some(budget) if !self.within_budget => {
                if budget <= 0 {
                    return weights::OVER_BUDGET_FLOOR;
                }
                let over = self.fee_after_subsidy_vnd as f64 / budget as f64 - 1.0;
                (-weights::OVER_BUDGET_STEEPNESS * over)
                    .exp()
                    .max(weights::OVER_BUDGET_FLOOR)
            }
            _ => 1.0,
        }
    }

    pub(crate) fn prerequisites_factor(&self) -> f64 {
        match self.prerequisites_missing.len() {
            0 => 1.0,
            n => weights::PREREQUISITE_MISSING / n as f64,
        }
    }

    pub(crate) fn level_factor(&self) -> f64 {
        if self.level_fit {
            1.0
        } else {
            weights::LEVEL_MISMATCH
        }
    }

    pub(crate) fn access_factor(&self) -> f64 {
        if self.access_unmet.is_empty() {
            1.0
        } else {
            weights::ACCESS_UNMET
        }
    }

    pub(crate) fn certificate_factor(&self) -> f64 {
        if self.certificate_held {
            weights::CERTIFICATE_HELD
        } else {
            1.0
        }
    }

    /// Everything that goes against the course, most serious first.
    pub(crate) fn concerns(&self, course: &CourseCandidate, prefs: &Prefs<'_>) -> Vec<Concern> {
        let mut out = Vec::new();
        if let Some(certificate) = course
            .certificate
            .as_ref()
            .filter(|_| self.certificate_held)
        {
            out.push(Concern::CertificateHeld {
                certificate: certificate.clone(),
            });
        }
        if let Some(d) = self.distance_km.filter(|_| !self.within_radius) {
            out.push(Concern::TooFar {
                distance_km: round1(d),
                max_travel_km: prefs.radius_km,
            });
        }
        if let Some(budget) = prefs.max_fee_vnd.filter(|_| !self.within_budget) {
            out.push(Concern::OverBudget {
                fee_after_subsidy_vnd: self.fee_after_subsidy_vnd,
                max_fee_vnd: budget,
            });
        }
        if !self.level_fit
            && let Some(requires) = required_education(course.level)
        {
            out.push(Concern::Level {
                level: course.level,
                requires,
            });
        }
        if !self.prerequisites_missing.is_empty() {
            out.push(Concern::Prerequisites {
                missing: self.prerequisites_missing.clone(),
            });
        }
        if !self.schedule_fit {
            out.push(Concern::Schedule {
                schedule: course.schedule,
            });
        }
        if !self.delivery_fit {
            out.push(Concern::Delivery {
                mode: course.delivery_mode,
            });
        }
        if !self.access_unmet.is_empty() {
            out.push(Concern::Access {
                needs: self.access_unmet.clone(),
            });
        }
        if self.season.free_months < self.season.course_months {
            out.push(Concern::Season {
                free_months: self.season.free_months,
                course_months: self.season.course_months,
                busy_months: self.season.busy_months(),
            });
        }
        out
    }
}

/// Prerequisite module codes the worker has not met, sorted. A prerequisite
/// is met when it is another module of the same course (taken in order), when
/// the worker completed a module with that code, or when the worker completed
/// a module that teaches every skill of a module with that code.
fn missing_prerequisites(
    course: &CourseCandidate,
    completed: &[CompletedModule],
    covered: &Covered<'_>,
) -> Vec<String> {
    let mut missing: Vec<String> = Vec::new();
    for module in &course.modules {
        for p in &module.prerequisites {
            let met = course.modules.iter().any(|m| m.code == *p)
                || completed.iter().any(|c| c.code == *p)
                || covered.contains(p);
            if !met && !missing.contains(p) {
                missing.push(p.clone());
            }
        }
    }
    missing.sort();
    missing
}

/// True when the completed module belongs to this course's certificate (or
/// to this very course).
pub(crate) fn same_programme(c: &CompletedModule, course: &CourseCandidate) -> bool {
    programme(course).includes(c)
}

/// The worker already has this module's credits (the domain's rule).
pub(crate) fn module_earned(
    course: &CourseCandidate,
    module: &CourseModule,
    completed: &[CompletedModule],
) -> bool {
    credits::module_earned(programme(course), &module.code, &module.skills, completed)
}

pub(crate) fn programme(course: &CourseCandidate) -> Programme<'_> {
    Programme {
        course_id: course.id,
        certificate: course.certificate.as_deref(),
    }
}
