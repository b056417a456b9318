//! Action plans a counsellor writes with a worker, the caseload they keep,
//! and the forms that change them. Parsing and rules only; no IO.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::validation::{FieldError, ValidationErrors, Validator};
use crate::{CaseStatus, OnBehalfKind, PlanStepKind};

/// Longest plan goal, in characters.
pub const GOAL_MAX: usize = 1_000;
/// Longest step title.
pub const TITLE_MAX: usize = 200;
/// Longest step note.
pub const NOTE_MAX: usize = 2_000;
/// Steps one plan may hold.
pub const STEPS_MAX: usize = 50;

/// A worker's action plan, its steps in due order (undated last).
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct ActionPlan {
    pub worker_id: i64,
    pub goal: String,
    pub updated_at: Option<DateTime<Utc>>,
    pub updated_by_name: Option<String>,
    pub steps: Vec<PlanStep>,
}

impl ActionPlan {
    pub fn is_empty(&self) -> bool {
        self.goal.is_empty() && self.steps.is_empty()
    }

    /// The first step not done, by due date: the plan's next action.
    pub fn next_step(&self) -> Option<&PlanStep> {
        self.steps.iter().find(|s| s.done_at.is_none())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct PlanStep {
    pub id: i64,
    pub kind: PlanStepKind,
    pub title: String,
    pub intake_id: Option<i64>,
    /// The course of the linked intake, to link to its page.
    pub course_id: Option<i64>,
    pub demand_id: Option<i64>,
    pub due_on: Option<NaiveDate>,
    pub note: String,
    pub done_at: Option<DateTime<Utc>>,
    pub done_by_name: Option<String>,
}

impl PlanStep {
    pub fn is_done(&self) -> bool {
        self.done_at.is_some()
    }

    /// Due before `today` and not done.
    pub fn is_late(&self, today: NaiveDate) -> bool {
        !self.is_done() && self.due_on.is_some_and(|d| d < today)
    }
}

/// The plan's goal as typed.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
pub struct PlanGoalInput {
    pub goal: String,
}

impl PlanGoalInput {
    pub fn validate(self) -> Result<String, ValidationErrors> {
        let mut v = Validator::new();
        let goal = v.text("goal", Some(&self.goal), GOAL_MAX);
        v.finish(goal)
    }
}

/// One step as typed in the form: every field a string, so a rejected form
/// comes back exactly as it was.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
pub struct PlanStepInput {
    pub kind: String,
    pub title: String,
    #[serde(default)]
    pub intake_id: String,
    #[serde(default)]
    pub demand_id: String,
    #[serde(default)]
    pub due_on: String,
    #[serde(default)]
    pub note: String,
}

/// A step that passed validation; the store checks that the linked intake
/// or demand exists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidStep {
    pub kind: PlanStepKind,
    /// Empty when the step is linked: the store names it after the link.
    pub title: String,
    pub intake_id: Option<i64>,
    pub demand_id: Option<i64>,
    pub due_on: Option<NaiveDate>,
    pub note: String,
}

impl PlanStepInput {
    pub fn validate(self) -> Result<ValidStep, ValidationErrors> {
        let mut v = Validator::new();
        let kind = match self.kind.parse::<PlanStepKind>() {
            Ok(kind) => Some(kind),
            Err(_) => {
                v.push(FieldError::unknown(
                    "kind",
                    "loại bước",
                    "step kind",
                    &self.kind,
                ));
                None
            }
        };
        let title = v.opt_line("title", Some(&self.title), TITLE_MAX);
        let intake_id = id_field(&mut v, "intake_id", &self.intake_id);
        let demand_id = id_field(&mut v, "demand_id", &self.demand_id);
        let due_on = date_field(&mut v, "due_on", &self.due_on);
        let note = v.text("note", Some(&self.note), NOTE_MAX);
        let (intake_id, demand_id) = match kind {
            Some(PlanStepKind::Course) => {
                if intake_id.is_none() && v.is_ok() {
                    v.push(FieldError::invalid(
                        "intake_id",
                        "Chọn lớp học cho bước này.",
                        "Choose the class for this step.",
                    ));
                }
                (intake_id, None)
            }
            Some(PlanStepKind::Job) => {
                if demand_id.is_none() && v.is_ok() {
                    v.push(FieldError::invalid(
                        "demand_id",
                        "Chọn việc làm cho bước này.",
                        "Choose the job for this step.",
                    ));
                }
                (None, demand_id)
            }
            _ => {
                if title.is_none() {
                    v.push(FieldError::required("title"));
                }
                (None, None)
            }
        };
        let kind = kind.unwrap_or(PlanStepKind::Other);
        v.finish(ValidStep {
            kind,
            title: title.unwrap_or_default(),
            intake_id,
            demand_id,
            due_on,
            note,
        })
    }
}

fn id_field(v: &mut Validator, field: &str, raw: &str) -> Option<i64> {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return None;
    }
    match trimmed.parse::<i64>() {
        Ok(id) if id > 0 => Some(id),
        _ => {
            v.push(FieldError::invalid(
                field,
                "Lựa chọn không hợp lệ.",
                "Not a valid choice.",
            ));
            None
        }
    }
}

/// A date as an HTML date input sends it (`2026-12-31`) or as people type
/// it in Vietnam (`31/12/2026`).
pub fn date_field(v: &mut Validator, field: &str, raw: &str) -> Option<NaiveDate> {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return None;
    }
    let parsed = NaiveDate::parse_from_str(trimmed, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(trimmed, "%d/%m/%Y"));
    match parsed {
        Ok(date) => Some(date),
        Err(_) => {
            v.push(FieldError::invalid(
                field,
                "Ngày không hợp lệ (ví dụ 31/12/2026).",
                "Not a valid date (for example 2026-12-31).",
            ));
            None
        }
    }
}

/// The evidence a caseload status is derived from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CaseEvidence {
    pub has_job: bool,
    pub studying: bool,
    pub advised: bool,
}

impl CaseEvidence {
    pub fn status(self) -> CaseStatus {
        if self.has_job {
            CaseStatus::Employed
        } else if self.studying {
            CaseStatus::Studying
        } else if self.advised {
            CaseStatus::Advised
        } else {
            CaseStatus::New
        }
    }
}

/// One row of a counsellor's caseload.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct CaseRow {
    pub worker_id: i64,
    pub display_name: String,
    pub commune_code: String,
    pub commune_name: String,
    pub registered_by_me: bool,
    pub status: CaseStatus,
    /// The latest note, plan change or on-behalf action by any counsellor.
    pub last_contact: Option<DateTime<Utc>>,
    pub next_action: Option<String>,
    pub next_due: Option<NaiveDate>,
}

/// Caseload filters, parsed from the query string.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaseFilter {
    /// A name fragment (accents optional) or phone digits.
    pub q: Option<String>,
    pub commune_code: Option<String>,
    pub status: Option<CaseStatus>,
    /// Only workers whose next action is due on or before this day.
    pub due_by: Option<NaiveDate>,
}

/// Something a counsellor did for a worker, as both of them see it.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct OnBehalfRecord {
    pub kind: OnBehalfKind,
    pub counsellor_name: Option<String>,
    pub enrolment_id: Option<i64>,
    pub application_id: Option<i64>,
    pub created_at: DateTime<Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(kind: &str) -> PlanStepInput {
        PlanStepInput {
            kind: kind.into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_course_step_needs_its_class_and_a_document_step_its_title() {
        let err = step("course").validate().unwrap_err();
        assert_eq!(err.0[0].field, "intake_id");
        let err = step("document").validate().unwrap_err();
        assert_eq!(err.0[0].field, "title");
        let ok = PlanStepInput {
            intake_id: "7".into(),
            due_on: "31/12/2026".into(),
            ..step("course")
        }
        .validate()
        .unwrap();
        assert_eq!(ok.intake_id, Some(7));
        assert_eq!(ok.due_on, NaiveDate::from_ymd_opt(2026, 12, 31));
    }

    #[test]
    fn bad_dates_kinds_and_ids_are_field_errors() {
        let err = PlanStepInput {
            kind: "party".into(),
            title: "x".into(),
            intake_id: "abc".into(),
            due_on: "soon".into(),
            ..Default::default()
        }
        .validate()
        .unwrap_err();
        let fields: Vec<&str> = err.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["kind", "intake_id", "due_on"]);
    }

    #[test]
    fn a_job_beats_a_course_which_beats_advice() {
        let all = CaseEvidence {
            has_job: true,
            studying: true,
            advised: true,
        };
        assert_eq!(all.status(), CaseStatus::Employed);
        let studying = CaseEvidence {
            has_job: false,
            ..all
        };
        assert_eq!(studying.status(), CaseStatus::Studying);
        assert_eq!(CaseEvidence::default().status(), CaseStatus::New);
    }
}
