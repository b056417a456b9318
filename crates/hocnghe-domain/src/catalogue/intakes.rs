//! Intakes: the classes of one course (khóa khai giảng). A course is the
//! programme (modules, credits, certificate, fee); each intake has its own
//! start date, length, schedule, place and seats.

use chrono::{DateTime, Datelike, Days, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::Valid;
use super::inputs::MAX_ADDRESS;
use crate::enums::{IntakeStatus, StudyTime};
use crate::validation::{FieldError, ValidationErrors, Validator};

/// Most intakes one course may list at once.
pub const MAX_INTAKES: usize = 24;
pub const MAX_SEATS: i64 = 5_000;
pub const MAX_WEEKS: i64 = 156;

/// One class of a course: when it starts, how long, when in the week, where
/// and how many learners it takes.
#[derive(Debug, Clone, PartialEq, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct IntakeInput {
    /// Opening day (ngày khai giảng).
    pub start_date: NaiveDate,
    /// Length in weeks, 1 to 156.
    pub weeks: i64,
    pub schedule: StudyTime,
    /// Where this class meets, when it is not the course's own commune.
    pub commune_code: Option<String>,
    pub address: Option<String>,
    /// Seats, 1 to 5,000.
    pub seats: i64,
    /// `open` when a class is added without it; an edit without it keeps
    /// the class's status. `full` closes enrolment before the seats run out.
    pub status: Option<IntakeStatus>,
}

impl IntakeInput {
    pub fn validate(self) -> Result<Valid<Self>, ValidationErrors> {
        let mut v = Validator::new();
        let cleaned = self.check(&mut v, "");
        v.finish(Valid::new(cleaned))
    }

    /// Checks the fields, naming them under `prefix` (e.g. "intakes[1].").
    pub(crate) fn check(self, v: &mut Validator, prefix: &str) -> Self {
        let at = |field: &str| format!("{prefix}{field}");
        if !(2000..=2100).contains(&self.start_date.year()) {
            v.push(FieldError::invalid(
                at("start_date"),
                "Ngày phải trong khoảng năm 2000 đến 2100.",
                "The date must be between the years 2000 and 2100.",
            ));
        }
        let commune_code = match self.commune_code.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(raw) => v.commune(&at("commune_code"), raw).map(String::from),
        };
        Self {
            start_date: self.start_date,
            weeks: v.range(&at("weeks"), self.weeks, 1, MAX_WEEKS),
            schedule: self.schedule,
            commune_code,
            address: v.opt_line(&at("address"), self.address.as_deref(), MAX_ADDRESS),
            seats: v.range(&at("seats"), self.seats, 1, MAX_SEATS),
            // Left out: `open` for a new class, unchanged for an edited one.
            status: self.status,
        }
    }
}

/// A change of an intake's status by its provider.
#[derive(Debug, Clone, PartialEq, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct IntakeStatusInput {
    pub status: IntakeStatus,
}

/// A learner moves to another intake of the same course.
#[derive(Debug, Clone, PartialEq, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MoveIntakeInput {
    pub intake_id: i64,
}

/// One class of a course as shown to people.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Intake {
    pub id: i64,
    pub course_id: i64,
    pub start_date: NaiveDate,
    /// Last day of teaching.
    pub end_date: NaiveDate,
    pub weeks: i64,
    pub schedule: StudyTime,
    /// The intake's own place, or the course's.
    pub commune_code: String,
    pub commune_name: String,
    pub address: Option<String>,
    pub seats: i64,
    pub seats_taken: i64,
    pub seats_left: i64,
    /// As stored, except that an open intake with no seat left reads `full`.
    pub status: IntakeStatus,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Intake {
    pub fn end_of(start: NaiveDate, weeks: i64) -> NaiveDate {
        let days = u64::try_from(weeks.max(1)).unwrap_or(1) * 7 - 1;
        start.checked_add_days(Days::new(days)).unwrap_or(start)
    }

    /// The status people see: stored `open` with no seat left is `full`.
    pub fn effective_status(stored: IntakeStatus, seats: i64, seats_taken: i64) -> IntakeStatus {
        if stored == IntakeStatus::Open && seats_taken >= seats {
            IntakeStatus::Full
        } else {
            stored
        }
    }

    /// A worker can ask for a place: open, a seat left, not yet finished.
    pub fn takes_enrolments(&self, today: NaiveDate) -> bool {
        self.status == IntakeStatus::Open && self.end_date >= today
    }

    /// Open for enrolment and not started before `today`: what search and
    /// recommendations offer.
    pub fn is_upcoming_open(&self, today: NaiveDate) -> bool {
        self.status == IntakeStatus::Open && self.start_date >= today
    }
}

/// The intake a course is summed up by: the first upcoming open one, else the
/// first upcoming one of any live status, else the latest.
pub fn lead_intake(intakes: &[Intake], today: NaiveDate) -> Option<&Intake> {
    let by_start = |pred: &dyn Fn(&Intake) -> bool| {
        intakes
            .iter()
            .filter(|i| pred(i))
            .min_by_key(|i| (i.start_date, i.id))
    };
    by_start(&|i| i.is_upcoming_open(today))
        .or_else(|| {
            by_start(&|i| {
                i.start_date >= today && matches!(i.status, IntakeStatus::Open | IntakeStatus::Full)
            })
        })
        .or_else(|| by_start(&|i| i.takes_enrolments(today)))
        .or_else(|| intakes.iter().max_by_key(|i| (i.start_date, i.id)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn intake(id: i64, start: (i32, u32, u32), status: IntakeStatus, taken: i64) -> Intake {
        let start_date = NaiveDate::from_ymd_opt(start.0, start.1, start.2).unwrap();
        Intake {
            id,
            course_id: 1,
            start_date,
            end_date: Intake::end_of(start_date, 4),
            weeks: 4,
            schedule: StudyTime::Weekday,
            commune_code: "00004".into(),
            commune_name: String::new(),
            address: None,
            seats: 10,
            seats_taken: taken,
            seats_left: 10 - taken,
            status: Intake::effective_status(status, 10, taken),
            created_at: DateTime::UNIX_EPOCH,
            updated_at: DateTime::UNIX_EPOCH,
        }
    }

    #[test]
    fn an_open_intake_with_every_seat_taken_reads_full() {
        assert_eq!(
            intake(1, (2026, 3, 1), IntakeStatus::Open, 10).status,
            IntakeStatus::Full
        );
        assert_eq!(
            intake(1, (2026, 3, 1), IntakeStatus::Cancelled, 10).status,
            IntakeStatus::Cancelled
        );
    }

    #[test]
    fn the_lead_intake_is_the_next_one_open_for_enrolment() {
        let today = NaiveDate::from_ymd_opt(2026, 4, 1).unwrap();
        let intakes = [
            intake(1, (2026, 2, 1), IntakeStatus::Open, 0),
            intake(2, (2026, 5, 1), IntakeStatus::Open, 10),
            intake(3, (2026, 9, 1), IntakeStatus::Open, 2),
            intake(4, (2026, 6, 1), IntakeStatus::Cancelled, 0),
        ];
        assert_eq!(lead_intake(&intakes, today).unwrap().id, 3);
        let none_open = [intakes[1].clone(), intakes[3].clone()];
        assert_eq!(lead_intake(&none_open, today).unwrap().id, 2);
        let past = [intake(1, (2025, 2, 1), IntakeStatus::Finished, 0)];
        assert_eq!(lead_intake(&past, today).unwrap().id, 1);
        assert!(lead_intake(&[], today).is_none());
    }
}
