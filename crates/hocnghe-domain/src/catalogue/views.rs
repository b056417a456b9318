use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use super::intakes::Intake;
use crate::enums::*;

/// One of Hanoi's 126 commune-level units.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Commune {
    #[schema(example = "00004")]
    pub code: String,
    #[schema(example = "Ba Đình")]
    pub name: String,
    #[schema(example = "Phường Ba Đình")]
    pub full_name: String,
    pub kind: CommuneKind,
    pub name_en: String,
    pub lat: f64,
    pub lon: f64,
    pub area_km2: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Skill {
    pub code: String,
    pub label_vi: String,
    pub label_en: String,
    /// Other ways people say it, including unaccented and colloquial forms.
    pub alt_labels: Vec<String>,
    pub group: SkillGroup,
    pub esco_uri: Option<String>,
}

/// A skill as referenced from a course module, a demand or a profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct SkillLabel {
    pub code: String,
    pub label_vi: String,
    pub label_en: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct OccupationSkill {
    pub code: String,
    pub label_vi: String,
    pub label_en: String,
    pub importance: Importance,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Occupation {
    pub code: String,
    /// ISCO-08 unit group.
    pub isco_code: String,
    pub name_vi: String,
    pub name_en: String,
    pub sector: Option<Sector>,
    pub esco_uri: Option<String>,
    pub description_vi: String,
    /// Filled on single-occupation reads; empty in lists.
    pub skills: Vec<OccupationSkill>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Provider {
    pub id: i64,
    pub name: String,
    pub kind: ProviderKind,
    pub commune_code: String,
    pub commune_name: String,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub description: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Module {
    pub id: i64,
    pub code: String,
    pub title: String,
    pub credits: i64,
    pub hours: i64,
    pub skills: Vec<SkillLabel>,
    pub prerequisites: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Course {
    pub id: i64,
    pub provider_id: i64,
    pub provider_name: String,
    pub title: String,
    pub description: String,
    pub level: CourseLevel,
    pub occupation_code: Option<String>,
    pub occupation_name: Option<String>,
    pub sector: Option<Sector>,
    pub commune_code: String,
    pub commune_name: String,
    pub delivery_mode: DeliveryMode,
    /// Start, length, schedule and seats of the course's next intake
    /// (`next_intake_id`); every intake is in `intakes`.
    pub start_date: NaiveDate,
    pub weeks: i64,
    pub schedule: StudyTime,
    pub fee_vnd: i64,
    pub subsidy_vnd: i64,
    /// True when eligible rural workers get public support for this course.
    pub subsidy_eligible: bool,
    /// What a subsidised learner pays: fee minus subsidy, never below zero.
    pub fee_after_subsidy_vnd: i64,
    pub seats: i64,
    pub certificate: Option<String>,
    /// Access needs the course's classes accommodate; empty means not stated.
    pub accessibility: Vec<AccessNeed>,
    /// `open` while the course is published and has an intake open for enrolment.
    pub status: CourseStatus,
    pub total_credits: i64,
    pub total_hours: i64,
    pub modules: Vec<Module>,
    pub next_intake_id: Option<i64>,
    /// Every class of the course, by start date.
    pub intakes: Vec<Intake>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Course {
    pub fn fee_after_subsidy(fee_vnd: i64, subsidy_vnd: i64) -> i64 {
        (fee_vnd - subsidy_vnd).max(0)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Employer {
    pub id: i64,
    pub name: String,
    pub kind: EmployerKind,
    pub commune_code: String,
    pub commune_name: String,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub website: Option<String>,
    pub description: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct DemandSkill {
    pub code: String,
    pub label_vi: String,
    pub label_en: String,
    pub importance: Importance,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Demand {
    pub id: i64,
    pub employer_id: i64,
    pub employer_name: String,
    pub title: String,
    pub description: String,
    pub occupation_code: Option<String>,
    pub occupation_name: Option<String>,
    pub sector: Option<Sector>,
    pub skills: Vec<DemandSkill>,
    pub positions: i64,
    pub commune_code: String,
    pub commune_name: String,
    pub wage_min_vnd: Option<i64>,
    pub wage_max_vnd: Option<i64>,
    pub employment_type: EmploymentType,
    pub start_date: Option<NaiveDate>,
    pub expires_on: Option<NaiveDate>,
    pub status: DemandStatus,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}
