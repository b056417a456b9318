//! Workers' applications to employers' demands, and the contact details an
//! employer may see: only of workers who applied or whose contact the
//! employer revealed (within a daily cap), never birth year or ethnicity.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::enums::ApplicationStatus;
use crate::validation::{ValidationErrors, Validator};

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
    fn employers_decide_only_open_applications() {
        assert!(S::Submitted.employer_may_set(S::Shortlisted));
        assert!(S::Shortlisted.employer_may_set(S::Hired));
        assert!(!S::Withdrawn.employer_may_set(S::Hired));
        assert!(!S::Hired.employer_may_set(S::Rejected));
        assert!(!S::Submitted.employer_may_set(S::Withdrawn));
        assert!(!S::Submitted.employer_may_set(S::Submitted));
    }
}
