//! What learners do 0, 3 and 6 months after a course, and the aggregate
//! results of courses and providers built from it.

use std::collections::{HashMap, HashSet};

use hocnghe_domain::enrolments::{
    DueCall, MIN_GROUP_FOR_INCOME, NewOutcome, Outcome, PERFORMANCE_DEFINITIONS_EN,
    PERFORMANCE_DEFINITIONS_VI, Performance, due_follow_ups, rate,
};
use hocnghe_domain::{EmploymentStatus, EnrolmentStatus, FieldError, Role, ValidationErrors};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::enrolments::ADMITTED;
use super::now;
use crate::db::begin_write;
use crate::entities::{application, certificate, course, demand, employer, enrolment, outcome};
use crate::error::{StoreError, StoreResult, parse_stored};

/// Record an outcome of a completed or dropped enrolment; one per survey
/// month (409 for a second one).
pub async fn record(
    db: &DatabaseConnection,
    enrolment_id: i64,
    input: NewOutcome,
    recorded_by: i64,
    role: Role,
) -> StoreResult<Outcome> {
    let tx = begin_write(db).await?;
    let row = enrolment::Entity::find_by_id(enrolment_id)
        .one(&tx)
        .await?
        .ok_or_else(|| StoreError::not_found("enrolment", enrolment_id))?;
    let status: EnrolmentStatus = parse_stored("enrolments", "status", &row.status)?;
    if !matches!(
        status,
        EnrolmentStatus::Completed | EnrolmentStatus::Dropped
    ) {
        return Err(StoreError::conflict(
            format!(
                "Chỉ ghi nhận kết quả sau khi khóa học kết thúc (trạng thái: {}).",
                status.label_vi()
            ),
            format!(
                "Outcomes are recorded once the course is over (status: {}).",
                status.label_en()
            ),
        ));
    }
    if let Some(id) = input.employer_id
        && employer::Entity::find_by_id(id).one(&tx).await?.is_none()
    {
        return Err(ValidationErrors::single(FieldError::unknown(
            "employer_id",
            "doanh nghiệp",
            "employer",
            &id.to_string(),
        ))
        .into());
    }
    if role == Role::Employer {
        let employer_id = input.employer_id.unwrap_or_default();
        if !hired_through_hocnghe(&tx, row.worker_id, employer_id).await? {
            return Err(StoreError::Forbidden {
                message_vi: "Doanh nghiệp chỉ ghi nhận kết quả cho người lao động đã được doanh nghiệp tuyển qua hocnghe (đơn ứng tuyển ở trạng thái đã tuyển).".into(),
                message_en: "An employer may only record an outcome for a worker it hired through hocnghe (an application marked hired).".into(),
            });
        }
    }
    let existing = outcome::Entity::find()
        .filter(outcome::Column::EnrolmentId.eq(enrolment_id))
        .filter(outcome::Column::MonthsAfter.eq(input.months_after))
        .one(&tx)
        .await?;
    if let Some(existing) = existing {
        // The worker's own account of what they do wins over an employer's.
        let by_employer = existing.recorded_by_role == Role::Employer.as_str();
        if role == Role::Worker && by_employer {
            outcome::Entity::delete_by_id(existing.id).exec(&tx).await?;
        } else {
            return Err(StoreError::conflict(
                format!("Kết quả sau {} tháng đã được ghi nhận.", input.months_after),
                format!(
                    "The outcome {} months after was already recorded.",
                    input.months_after
                ),
            ));
        }
    }
    let saved = outcome::ActiveModel {
        worker_id: Set(row.worker_id),
        enrolment_id: Set(enrolment_id),
        recorded_by: Set(Some(recorded_by)),
        recorded_by_role: Set(role.as_str().to_owned()),
        months_after: Set(input.months_after),
        status: Set(input.status.as_str().to_owned()),
        monthly_income_vnd: Set(input.monthly_income_vnd),
        employer_id: Set(input.employer_id),
        recorded_at: Set(now()),
        ..Default::default()
    }
    .insert(&tx)
    .await?;
    tx.commit().await?;
    Ok(views(db, vec![saved]).await?.remove(0))
}

/// Whether the worker applied to one of this employer's demands and was
/// marked hired.
async fn hired_through_hocnghe(
    db: &impl ConnectionTrait,
    worker_id: i64,
    employer_id: i64,
) -> StoreResult<bool> {
    let demand_ids: Vec<i64> = demand::Entity::find()
        .filter(demand::Column::EmployerId.eq(employer_id))
        .select_only()
        .column(demand::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    if demand_ids.is_empty() {
        return Ok(false);
    }
    let hired = application::Entity::find()
        .filter(application::Column::WorkerId.eq(worker_id))
        .filter(application::Column::DemandId.is_in(demand_ids))
        .filter(application::Column::Status.eq(hocnghe_domain::ApplicationStatus::Hired.as_str()))
        .count(db)
        .await?;
    Ok(hired > 0)
}

pub async fn for_enrolment(
    db: &impl ConnectionTrait,
    enrolment_id: i64,
) -> StoreResult<Vec<Outcome>> {
    let rows = outcome::Entity::find()
        .filter(outcome::Column::EnrolmentId.eq(enrolment_id))
        .order_by_asc(outcome::Column::MonthsAfter)
        .all(db)
        .await?;
    views(db, rows).await
}

pub async fn for_worker(db: &impl ConnectionTrait, worker_id: i64) -> StoreResult<Vec<Outcome>> {
    let rows = outcome::Entity::find()
        .filter(outcome::Column::WorkerId.eq(worker_id))
        .order_by_asc(outcome::Column::Id)
        .all(db)
        .await?;
    views(db, rows).await
}

/// True when this account recorded an outcome of the enrolment.
pub async fn recorded_by(
    db: &impl ConnectionTrait,
    enrolment_id: i64,
    user_id: i64,
) -> StoreResult<bool> {
    Ok(outcome::Entity::find()
        .filter(outcome::Column::EnrolmentId.eq(enrolment_id))
        .filter(outcome::Column::RecordedBy.eq(user_id))
        .count(db)
        .await?
        > 0)
}

async fn views(db: &impl ConnectionTrait, rows: Vec<outcome::Model>) -> StoreResult<Vec<Outcome>> {
    let names: HashMap<i64, String> = employer::Entity::find()
        .filter(employer::Column::Id.is_in(rows.iter().filter_map(|r| r.employer_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|e| (e.id, e.name))
        .collect();
    rows.into_iter()
        .map(|r| {
            Ok(Outcome {
                id: r.id,
                enrolment_id: r.enrolment_id,
                months_after: r.months_after,
                status: parse_stored("outcomes", "status", &r.status)?,
                monthly_income_vnd: r.monthly_income_vnd,
                employer_name: r.employer_id.and_then(|id| names.get(&id).cloned()),
                employer_id: r.employer_id,
                recorded_by_role: parse_stored(
                    "outcomes",
                    "recorded_by_role",
                    &r.recorded_by_role,
                )?,
                recorded_at: r.recorded_at,
            })
        })
        .collect()
}

/// Results of one course.
pub async fn course_performance(
    db: &impl ConnectionTrait,
    course_id: i64,
) -> StoreResult<Performance> {
    course::Entity::find_by_id(course_id)
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found("course", course_id))?;
    performance(db, &[course_id]).await
}

/// Results of all of a provider's courses together.
pub async fn provider_performance(
    db: &impl ConnectionTrait,
    provider_id: i64,
) -> StoreResult<Performance> {
    super::providers::get(db, provider_id).await?;
    let ids: Vec<i64> = course::Entity::find()
        .filter(course::Column::ProviderId.eq(provider_id))
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.id)
        .collect();
    performance(db, &ids).await
}

/// Results of one class of a course, as for a course.
pub async fn intake_performance(
    db: &impl ConnectionTrait,
    intake_id: i64,
) -> StoreResult<Performance> {
    super::intakes::get(db, intake_id).await?;
    let admitted = enrolment::Entity::find()
        .filter(enrolment::Column::IntakeId.eq(intake_id))
        .filter(enrolment::Column::Status.is_in(ADMITTED.map(|s| s.as_str())))
        .all(db)
        .await?;
    figures(db, admitted).await
}

async fn performance(db: &impl ConnectionTrait, course_ids: &[i64]) -> StoreResult<Performance> {
    let mut admitted = Vec::new();
    for chunk in course_ids.chunks(super::BATCH) {
        admitted.extend(
            enrolment::Entity::find()
                .filter(enrolment::Column::CourseId.is_in(chunk.iter().copied()))
                .filter(enrolment::Column::Status.is_in(ADMITTED.map(|s| s.as_str())))
                .all(db)
                .await?,
        );
    }
    figures(db, admitted).await
}

/// The performance figures of these admitted enrolments.
async fn figures(
    db: &impl ConnectionTrait,
    admitted: Vec<enrolment::Model>,
) -> StoreResult<Performance> {
    let ids: Vec<i64> = admitted.iter().map(|e| e.id).collect();
    let completers: HashSet<i64> = admitted
        .iter()
        .filter(|e| e.status == EnrolmentStatus::Completed.as_str())
        .map(|e| e.id)
        .collect();
    let mut certified = HashSet::new();
    let mut six_months = Vec::new();
    for chunk in ids.chunks(super::BATCH) {
        certified.extend(
            certificate::Entity::find()
                .filter(certificate::Column::EnrolmentId.is_in(chunk.iter().copied()))
                .all(db)
                .await?
                .into_iter()
                .filter_map(|c| c.enrolment_id),
        );
        six_months.extend(
            outcome::Entity::find()
                .filter(outcome::Column::EnrolmentId.is_in(chunk.iter().copied()))
                .filter(outcome::Column::MonthsAfter.eq(6))
                .all(db)
                .await?
                .into_iter()
                .filter(|o| completers.contains(&o.enrolment_id)),
        );
    }
    let enrolled = len(admitted.len());
    let completed = len(completers.len());
    let certified = len(certified.len());
    let with_outcome = len(six_months.len());
    let employed = len(six_months
        .iter()
        .filter(|o| {
            o.status == EmploymentStatus::Employed.as_str()
                || o.status == EmploymentStatus::SelfEmployed.as_str()
        })
        .count());
    let incomes: Vec<i64> = six_months
        .iter()
        .filter_map(|o| o.monthly_income_vnd)
        .collect();
    let reported = len(incomes.len());
    let average = (reported >= MIN_GROUP_FOR_INCOME).then(|| {
        let sum: i128 = incomes.iter().map(|&i| i128::from(i)).sum();
        i64::try_from((sum + i128::from(reported) / 2) / i128::from(reported)).unwrap_or(i64::MAX)
    });
    Ok(Performance {
        enrolled,
        completed,
        completion_rate: rate(completed, enrolled),
        certified,
        certificate_rate: rate(certified, enrolled),
        completers_with_6_month_outcome: with_outcome,
        employed_at_6_months: employed,
        employment_rate_6_months: rate(employed, with_outcome),
        incomes_reported_6_months: reported,
        average_income_6_months_vnd: average,
        definitions_vi: PERFORMANCE_DEFINITIONS_VI.to_owned(),
        definitions_en: PERFORMANCE_DEFINITIONS_EN.to_owned(),
    })
}

fn len(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// Former learners of these courses to call: completed, their 3- or
/// 6-month date (from the day they completed, Hanoi time) has come and no
/// outcome for it is recorded. Earliest due first.
pub async fn due_calls(
    db: &impl ConnectionTrait,
    course_ids: &[i64],
    today: chrono::NaiveDate,
) -> StoreResult<Vec<DueCall>> {
    let mut completed = Vec::new();
    for &course_id in course_ids {
        completed.extend(
            super::enrolments::for_course(db, course_id)
                .await?
                .into_iter()
                .filter(|e| e.status == EnrolmentStatus::Completed),
        );
    }
    let mut recorded: HashMap<i64, Vec<i32>> = HashMap::new();
    let ids: Vec<i64> = completed.iter().map(|e| e.id).collect();
    for chunk in ids.chunks(super::BATCH) {
        let rows: Vec<(i64, i32)> = outcome::Entity::find()
            .filter(outcome::Column::EnrolmentId.is_in(chunk.iter().copied()))
            .select_only()
            .column(outcome::Column::EnrolmentId)
            .column(outcome::Column::MonthsAfter)
            .into_tuple()
            .all(db)
            .await?;
        for (id, months) in rows {
            recorded.entry(id).or_default().push(months);
        }
    }
    let mut due = Vec::new();
    for e in completed {
        let Some(finished) = e.finished_at else {
            continue;
        };
        let finished_on = finished
            .with_timezone(&hocnghe_domain::time::HANOI)
            .date_naive();
        let done = recorded.get(&e.id).map(Vec::as_slice).unwrap_or_default();
        for (months_after, due_on) in due_follow_ups(finished_on, done, today) {
            due.push(DueCall {
                enrolment_id: e.id,
                worker_name: e.worker_name.clone(),
                course_id: e.course_id,
                course_title: e.course_title.clone(),
                intake_id: e.intake_id,
                months_after,
                due_on,
            });
        }
    }
    due.sort_by_key(|d| (d.due_on, d.enrolment_id, d.months_after));
    Ok(due)
}
