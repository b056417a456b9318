//! Workers' applications to employers' demands, and the contact details an
//! employer may see: only of workers who applied or whose contact the
//! employer revealed (within a daily cap), never birth year or ethnicity.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::enums::{ApplicationStatus, ApplicationStep};
use crate::validation::{ValidationErrors, Validator};

/// How long an employer may take back a hire or a turn-down, in minutes.
pub const UNDO_MINUTES: i64 = 10;

/// Longest message a worker can send with an application, in characters.
pub const MAX_MESSAGE_CHARS: usize = 1_000;

/// A worker applying to a demand.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ApplicationInput {
    /// A few words to the employer (optional, at most 1,000 characters).
    pub message: Option<String>,
}

impl ApplicationInput {
    /// The message, NFC-normalised and trimmed; empty when none was given.
    pub fn validate(self) -> Result<String, ValidationErrors> {
        let mut v = Validator::new();
        let message = v.text("message", self.message.as_deref(), MAX_MESSAGE_CHARS);
        v.finish(message)
    }
}

/// An employer's decision on an application.
#[derive(Debug, Clone, PartialEq, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ApplicationStatusInput {
    /// `shortlisted`, `hired` or `rejected` (from submitted); `hired` or
    /// `rejected` (from shortlisted).
    pub status: ApplicationStatus,
}

/// An application as the worker and the demand's employer see it.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Application {
    pub id: i64,
    pub demand_id: i64,
    pub demand_title: String,
    pub employer_id: i64,
    pub employer_name: String,
    pub commune_code: String,
    pub worker_id: i64,
    pub message: String,
    pub status: ApplicationStatus,
    pub status_vi: String,
    pub status_en: String,
    pub created_at: DateTime<Utc>,
    /// Every step so far, oldest first.
    pub history: Vec<StepRecord>,
    /// What the worker can do now, from the latest step.
    pub next_vi: String,
    pub next_en: String,
}

/// One step of an application, when it happened.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct StepRecord {
    pub step: ApplicationStep,
    pub label_vi: String,
    pub label_en: String,
    pub at: DateTime<Utc>,
}

impl StepRecord {
    pub fn new(step: ApplicationStep, at: DateTime<Utc>) -> Self {
        Self {
            step,
            label_vi: step.label_vi().to_owned(),
            label_en: step.label_en().to_owned(),
            at,
        }
    }
}

impl Application {
    /// Whether the employer has opened it since it was last sent.
    pub fn seen(&self) -> bool {
        self.history
            .iter()
            .rev()
            .take_while(|s| s.step != ApplicationStep::Submitted)
            .any(|s| s.step == ApplicationStep::Seen)
    }

    /// A hire or turn-down the employer may still take back at `now`.
    pub fn undoable(&self, now: &DateTime<Utc>) -> bool {
        matches!(
            self.status,
            ApplicationStatus::Hired | ApplicationStatus::Rejected
        ) && self.history.last().is_some_and(|s| {
            s.step == ApplicationStep::of(self.status)
                && *now - s.at <= chrono::Duration::minutes(UNDO_MINUTES)
        })
    }
}

/// How an employer can reach a worker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct Contact {
    pub phone: Option<String>,
    pub email: Option<String>,
}

/// One time an employer revealed the worker's contact, shown to the worker.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct ContactRevealRecord {
    pub employer_account_name: String,
    pub demand_id: i64,
    pub demand_title: String,
    pub revealed_at: DateTime<Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use ApplicationStatus as S;

    #[test]
    fn the_message_is_optional_and_bounded() {
        assert_eq!(ApplicationInput::default().validate(), Ok(String::new()));
        let long = ApplicationInput {
            message: Some("a".repeat(MAX_MESSAGE_CHARS + 1)),
        };
        let errors = long.validate().unwrap_err();
        assert_eq!(errors.0[0].field, "message");
    }

    #[test]
    fn a_decision_can_be_undone_for_ten_minutes_only() {
        let at = chrono::DateTime::parse_from_rfc3339("2026-12-06T07:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let mut application = Application {
            id: 1,
            demand_id: 2,
            demand_title: String::new(),
            employer_id: 3,
            employer_name: String::new(),
            commune_code: String::new(),
            worker_id: 4,
            message: String::new(),
            status: S::Hired,
            status_vi: String::new(),
            status_en: String::new(),
            created_at: at,
            history: vec![
                StepRecord::new(ApplicationStep::Submitted, at),
                StepRecord::new(ApplicationStep::Hired, at),
            ],
            next_vi: String::new(),
            next_en: String::new(),
        };
        let minutes = |m| at + chrono::Duration::minutes(m);
        assert!(application.undoable(&minutes(10)));
        assert!(!application.undoable(&minutes(11)));
        application.status = S::Shortlisted;
        assert!(
            !application.undoable(&minutes(1)),
            "only hires and turn-downs"
        );
        assert!(!application.seen());
    }

    #[test]
    fn employers_decide_only_open_applications() {
        assert!(S::Submitted.employer_may_set(S::Shortlisted));
        assert!(S::Shortlisted.employer_may_set(S::Hired));
        assert!(!S::Withdrawn.employer_may_set(S::Hired));
        assert!(!S::Hired.employer_may_set(S::Rejected));
        assert!(!S::Submitted.employer_may_set(S::Withdrawn));
        assert!(!S::Submitted.employer_may_set(S::Submitted));
    }
}
