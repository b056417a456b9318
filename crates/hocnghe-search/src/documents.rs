//! Plain input documents. The API maps its database rows into these; the search
//! crate never sees database or domain types.

use chrono::NaiveDate;
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
    /// e.g. "green_agriculture", "mechanics", "digital".
    pub sector: Option<String>,
    /// "so_cap" | "trung_cap" | "cao_dang" | "short_course".
    pub level: String,
    /// "in_person" | "online" | "blended".
    pub delivery_mode: String,
    /// "weekday" | "evening" | "weekend".
    pub schedule: String,
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
    /// "weekday" | "evening" | "weekend".
    pub schedule: String,
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
    pub sector: Option<String>,
    pub commune_code: String,
    pub positions: u32,
    pub wage_min_vnd: Option<i64>,
    pub wage_max_vnd: Option<i64>,
    /// "permanent" | "seasonal" | "contract".
    pub employment_type: String,
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
