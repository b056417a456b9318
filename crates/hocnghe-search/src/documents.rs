//! Input documents. The indexer maps database rows into these; vocabularies
//! are the domain's enums, so the index holds only values the domain knows.

use chrono::NaiveDate;
use hocnghe_domain::{CourseLevel, DeliveryMode, EmploymentType, Sector, StudyTime};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A skill attached to a course or a job demand (an ESCO skill or a local one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SkillRef {
    pub code: String,
    pub label: String,
    #[serde(default)]
    pub alt_labels: Vec<String>,
    #[serde(default)]
    pub essential: bool,
}

/// A vocational course offered by a training provider.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CourseDoc {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub provider_name: String,
    pub occupation_code: Option<String>,
    pub occupation_name: Option<String>,
    pub sector: Option<Sector>,
    pub level: CourseLevel,
    pub delivery_mode: DeliveryMode,
    pub schedule: StudyTime,
    /// 5-digit Hanoi commune code.
    pub commune_code: String,
    pub fee_vnd: i64,
    /// What the learner pays after public subsidies.
    pub fee_after_subsidy_vnd: i64,
    pub start_date: NaiveDate,
    pub weeks: u32,
    pub credits: u32,
    #[serde(default)]
    pub module_titles: Vec<String>,
    #[serde(default)]
    pub skills: Vec<SkillRef>,
    /// The course's classes open for enrolment, by start date. `start_date`,
    /// `weeks` and `schedule` above are the next one's.
    #[serde(default)]
    pub intakes: Vec<IntakeDoc>,
}

/// One class of a course open for enrolment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[schema(as = IntakeHit)]
pub struct IntakeDoc {
    pub id: i64,
    pub start_date: NaiveDate,
    pub weeks: u32,
    pub schedule: StudyTime,
    pub seats_left: u32,
}

/// An employer's demand for workers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DemandDoc {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub employer_name: String,
    pub occupation_code: Option<String>,
    pub occupation_name: Option<String>,
    pub sector: Option<Sector>,
    pub commune_code: String,
    pub positions: u32,
    pub wage_min_vnd: Option<i64>,
    pub wage_max_vnd: Option<i64>,
    pub employment_type: EmploymentType,
    pub start_date: Option<NaiveDate>,
    pub expires_on: Option<NaiveDate>,
    #[serde(default)]
    pub skills: Vec<SkillRef>,
}

/// One change to apply to the index, usually drained from the database outbox.
#[derive(Debug, Clone, PartialEq)]
pub enum IndexOp {
    UpsertCourse(CourseDoc),
    UpsertDemand(DemandDoc),
    DeleteCourse(i64),
    DeleteDemand(i64),
}
