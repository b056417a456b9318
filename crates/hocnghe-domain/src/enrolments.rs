//! Enrolments in courses, provider-recorded module completions and
//! certificates, stackable credits, and what learners do afterwards.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::enums::{EmploymentStatus, EnrolmentStatus, Role, StudyTime};
use crate::validation::{FieldError, ValidationErrors, Validator};

/// A worker's place on a course. Providers see the worker's display name
/// only, never their contact details.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Enrolment {
    pub id: i64,
    pub worker_id: i64,
    pub worker_name: String,
    pub course_id: i64,
    /// The class (intake) of the course the place is in.
    pub intake_id: Option<i64>,
    pub intake_start_date: Option<NaiveDate>,
    pub intake_schedule: Option<StudyTime>,
    pub course_title: String,
    pub provider_id: i64,
    pub provider_name: String,
    pub certificate: Option<String>,
    pub status: EnrolmentStatus,
    pub status_vi: String,
    pub status_en: String,
    pub applied_at: DateTime<Utc>,
    pub decided_at: Option<DateTime<Utc>>,
    pub started_at: Option<DateTime<Utc>>,
    pub finished_at: Option<DateTime<Utc>>,
    /// Module codes of the course the provider recorded as passed.
    pub modules_passed: Vec<String>,
    pub certificate_issued: bool,
}

/// Which class of the course to join; without it, the next open one.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ApplyInput {
    pub intake_id: Option<i64>,
}

/// A provider's decision on an enrolment.
#[derive(Debug, Clone, PartialEq, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EnrolmentStatusInput {
    /// `accepted` or `rejected` (from applied), `studying` (from accepted),
    /// `dropped` (from accepted or studying), `completed` (from studying,
    /// when every module is passed).
    pub status: EnrolmentStatus,
    /// Why an application is declined; the learner reads it in their inbox.
    #[serde(default)]
    pub reason: Option<String>,
}

/// A module of the course the learner passed, recorded by the provider.
#[derive(Debug, Clone, PartialEq, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CompletionInput {
    /// Module code of the enrolment's course, e.g. "MĐ01".
    pub module_code: String,
    /// Defaults to today.
    pub completed_on: Option<NaiveDate>,
}

impl CompletionInput {
    pub fn validate(self, today: NaiveDate) -> Result<(String, NaiveDate), ValidationErrors> {
        let mut v = Validator::new();
        let code = v.line("module_code", &self.module_code, 20);
        let on = self.completed_on.unwrap_or(today);
        if on > today {
            v.push(FieldError::invalid(
                "completed_on",
                "Ngày hoàn thành không được ở tương lai.",
                "The completion date cannot be in the future.",
            ));
        }
        v.finish((code, on))
    }
}

/// A module passed, as recorded.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct RecordedCompletion {
    pub id: i64,
    pub enrolment_id: i64,
    pub module_code: String,
    pub title: String,
    pub credits: i64,
    pub completed_on: NaiveDate,
}

/// A certificate issued by a provider for an enrolment.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct IssuedCertificate {
    pub id: i64,
    pub enrolment_id: i64,
    pub name: String,
    pub issuer: String,
    pub issued_year: i32,
}

/// Progress toward one certificate: "12 of 20 credits toward …".
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct CreditProgress {
    pub course_id: i64,
    pub certificate: String,
    pub earned: i64,
    pub required: i64,
    /// True once the certificate has been issued to the worker.
    pub awarded: bool,
    /// "12 trên 20 tín chỉ hướng tới Chứng chỉ sơ cấp Điện dân dụng"
    pub text_vi: String,
    /// "12 of 20 credits toward Chứng chỉ sơ cấp Điện dân dụng"
    pub text_en: String,
}

impl CreditProgress {
    pub fn new(
        course_id: i64,
        certificate: String,
        earned: i64,
        required: i64,
        awarded: bool,
    ) -> Self {
        Self {
            text_vi: format!("{earned} trên {required} tín chỉ hướng tới {certificate}"),
            text_en: format!("{earned} of {required} credits toward {certificate}"),
            course_id,
            certificate,
            earned,
            required,
            awarded,
        }
    }
}

/// Months after the end of the course at which outcomes are surveyed.
pub const OUTCOME_MONTHS: [i64; 3] = [0, 3, 6];
/// Highest monthly income accepted, in VND.
pub const MAX_MONTHLY_INCOME_VND: i64 = 500_000_000;

/// What a former learner does some months after the course.
#[derive(Debug, Clone, PartialEq, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OutcomeInput {
    /// 0, 3 or 6.
    pub months_after: i64,
    pub status: EmploymentStatus,
    /// Monthly income in VND, when known.
    pub monthly_income_vnd: Option<i64>,
    /// One of the caller's employers (required when an employer records).
    pub employer_id: Option<i64>,
}

/// A validated [`OutcomeInput`].
#[derive(Debug, Clone, PartialEq)]
pub struct NewOutcome {
    pub months_after: i32,
    pub status: EmploymentStatus,
    pub monthly_income_vnd: Option<i64>,
    pub employer_id: Option<i64>,
}

impl OutcomeInput {
    pub fn validate(self) -> Result<NewOutcome, ValidationErrors> {
        let mut v = Validator::new();
        if !OUTCOME_MONTHS.contains(&self.months_after) {
            v.push(FieldError::invalid(
                "months_after",
                "Chỉ ghi nhận sau 0, 3 hoặc 6 tháng.",
                "Outcomes are recorded 0, 3 or 6 months after the course.",
            ));
        }
        if let Some(income) = self.monthly_income_vnd {
            v.range("monthly_income_vnd", income, 0, MAX_MONTHLY_INCOME_VND);
        }
        v.finish(NewOutcome {
            months_after: i32::try_from(self.months_after).unwrap_or(0),
            status: self.status,
            monthly_income_vnd: self.monthly_income_vnd,
            employer_id: self.employer_id,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Outcome {
    pub id: i64,
    pub enrolment_id: i64,
    pub months_after: i32,
    pub status: EmploymentStatus,
    pub monthly_income_vnd: Option<i64>,
    pub employer_id: Option<i64>,
    pub employer_name: Option<String>,
    /// The role of whoever recorded it (worker, counsellor or employer).
    pub recorded_by_role: Role,
    pub recorded_at: DateTime<Utc>,
}

/// Aggregate results of a course or of all a provider's courses.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Performance {
    /// Enrolments the provider accepted (accepted, studying, completed or dropped).
    pub enrolled: i64,
    /// Enrolments with status completed.
    pub completed: i64,
    /// completed ÷ enrolled, 4 decimals; null when nobody enrolled.
    pub completion_rate: Option<f64>,
    /// Enrolled learners who were issued the certificate.
    pub certified: i64,
    /// certified ÷ enrolled, 4 decimals.
    pub certificate_rate: Option<f64>,
    /// Completers with an outcome recorded 6 months after the course.
    pub completers_with_6_month_outcome: i64,
    /// Of those, employed or self-employed.
    pub employed_at_6_months: i64,
    /// employed_at_6_months ÷ completers_with_6_month_outcome, 4 decimals.
    pub employment_rate_6_months: Option<f64>,
    /// Incomes given in those 6-month outcomes.
    pub incomes_reported_6_months: i64,
    /// Mean of those incomes, rounded to the dong; null when fewer than
    /// [`MIN_GROUP_FOR_INCOME`] were given, so no one's income can be read off.
    pub average_income_6_months_vnd: Option<i64>,
    pub definitions_vi: String,
    pub definitions_en: String,
}

/// Fewest incomes averaged before an average is shown.
pub const MIN_GROUP_FOR_INCOME: i64 = 3;

pub const PERFORMANCE_DEFINITIONS_VI: &str = "Đã nhập học: số đăng ký được cơ sở nhận (đã nhận, đang học, hoàn thành hoặc bỏ học). \
Tỷ lệ hoàn thành = hoàn thành ÷ đã nhập học. Tỷ lệ cấp chứng chỉ = số người được cấp chứng chỉ ÷ đã nhập học. \
Tỷ lệ có việc làm sau 6 tháng = số người có việc làm hoặc tự tạo việc làm ÷ số người hoàn thành có kết quả 6 tháng. \
Thu nhập bình quân sau 6 tháng: trung bình các mức thu nhập được khai trong kết quả 6 tháng của người hoàn thành, chỉ hiện khi có từ 3 mức trở lên.";

pub const PERFORMANCE_DEFINITIONS_EN: &str = "Enrolled: enrolments the provider accepted (accepted, studying, completed or dropped). \
Completion rate = completed ÷ enrolled. Certificate rate = learners issued the certificate ÷ enrolled. \
Employment rate at 6 months = employed or self-employed ÷ completers with a 6-month outcome. \
Average income at 6 months: mean of the incomes given in completers' 6-month outcomes, shown only when at least 3 were given.";

/// `part ÷ whole` rounded to 4 decimals; `None` when `whole` is 0.
pub fn rate(part: i64, whole: i64) -> Option<f64> {
    (whole > 0).then(|| (part as f64 / whole as f64 * 10_000.0).round() / 10_000.0)
}

/// Months after the course at which a provider calls a former learner.
pub const FOLLOW_UP_MONTHS: [i32; 2] = [3, 6];

/// A former learner to call: their 3- or 6-month date has come and no
/// outcome for it is recorded.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct DueCall {
    pub enrolment_id: i64,
    pub worker_name: String,
    pub course_id: i64,
    pub course_title: String,
    pub intake_id: Option<i64>,
    pub months_after: i32,
    pub due_on: NaiveDate,
}

/// The day a follow-up `months` after `finished_on` falls due.
pub fn follow_up_day(finished_on: NaiveDate, months: i32) -> NaiveDate {
    let months = chrono::Months::new(u32::try_from(months).unwrap_or(0));
    finished_on
        .checked_add_months(months)
        .unwrap_or(finished_on)
}

/// The follow-ups of a completed enrolment that are due by `today` and not
/// yet recorded (`recorded` lists the months already recorded).
pub fn due_follow_ups(
    finished_on: NaiveDate,
    recorded: &[i32],
    today: NaiveDate,
) -> Vec<(i32, NaiveDate)> {
    FOLLOW_UP_MONTHS
        .iter()
        .map(|&m| (m, follow_up_day(finished_on, m)))
        .filter(|(m, day)| *day <= today && !recorded.contains(m))
        .collect()
}

/// Where an applicant stands in a class: offered one of the free seats, or
/// waiting at a position (1 = first) until a seat frees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Queue {
    Offered,
    Waiting(usize),
}

/// Applicants in the order they applied: the first `seats_left` are offered
/// a seat, the rest wait in that order. A seat given back offers the first
/// one waiting.
pub fn queue(applicants_in_order: usize, seats_left: i64) -> Vec<Queue> {
    let free = usize::try_from(seats_left.max(0)).unwrap_or(usize::MAX);
    (0..applicants_in_order)
        .map(|i| {
            if i < free {
                Queue::Offered
            } else {
                Queue::Waiting(i - free + 1)
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn follow_ups_fall_due_at_three_and_six_months_until_recorded() {
        let done = NaiveDate::from_ymd_opt(2026, 1, 31).unwrap();
        let at = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert!(due_follow_ups(done, &[], at(2026, 4, 29)).is_empty());
        assert_eq!(
            due_follow_ups(done, &[], at(2026, 4, 30)),
            [(3, at(2026, 4, 30))]
        );
        assert_eq!(
            due_follow_ups(done, &[3], at(2026, 8, 1)),
            [(6, at(2026, 7, 31))]
        );
        assert!(due_follow_ups(done, &[3, 6], at(2027, 1, 1)).is_empty());
    }

    #[test]
    fn applicants_beyond_the_free_seats_wait_in_order() {
        use Queue::*;
        assert_eq!(queue(3, 1), [Offered, Waiting(1), Waiting(2)]);
        assert_eq!(queue(2, 0), [Waiting(1), Waiting(2)]);
        assert_eq!(queue(1, 5), [Offered]);
    }

    #[test]
    fn credit_text_is_bilingual() {
        let p = CreditProgress::new(1, "Chứng chỉ sơ cấp Điện dân dụng".into(), 12, 20, false);
        assert_eq!(
            p.text_en,
            "12 of 20 credits toward Chứng chỉ sơ cấp Điện dân dụng"
        );
        assert_eq!(
            p.text_vi,
            "12 trên 20 tín chỉ hướng tới Chứng chỉ sơ cấp Điện dân dụng"
        );
    }

    #[test]
    fn rates_round_and_handle_empty_groups() {
        assert_eq!(rate(2, 3), Some(0.6667));
        assert_eq!(rate(0, 0), None);
    }

    #[test]
    fn outcome_months_and_income_are_checked() {
        let bad = OutcomeInput {
            months_after: 4,
            status: EmploymentStatus::Employed,
            monthly_income_vnd: Some(-1),
            employer_id: None,
        }
        .validate()
        .unwrap_err();
        let fields: Vec<_> = bad.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["months_after", "monthly_income_vnd"]);
    }
}
