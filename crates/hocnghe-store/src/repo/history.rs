//! Bulk writing of a synthetic training history (enrolments with the
//! completions, certificates and outcomes recorded against them) for demo
//! databases. Rows get explicit ids read under the write lock, as in
//! [`super::bulk`], so links need no round trip per row.

use chrono::{DateTime, NaiveDate, Utc};
use hocnghe_domain::{EmploymentStatus, EnrolmentStatus, Role};
use sea_orm::{
    ActiveValue::Set, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryOrder,
    QuerySelect,
};

use super::bulk::{insert_chunks, max_id, sync_tables};
use crate::db::begin_write;
use crate::entities::{
    certificate, completion_skill, enrolment, module_completion, outcome, worker,
};
use crate::error::StoreResult;

/// One enrolment and everything recorded against it.
#[derive(Debug, Clone, PartialEq)]
pub struct PlannedEnrolment {
    pub worker_id: i64,
    pub course_id: i64,
    pub status: EnrolmentStatus,
    pub applied_at: DateTime<Utc>,
    pub decided_at: Option<DateTime<Utc>>,
    pub started_at: Option<DateTime<Utc>>,
    pub finished_at: Option<DateTime<Utc>>,
    pub completions: Vec<PlannedCompletion>,
    pub certificate: Option<PlannedCertificate>,
    pub outcomes: Vec<PlannedOutcome>,
}

/// A module passed, as `enrolments::record_completion` writes it.
#[derive(Debug, Clone, PartialEq)]
pub struct PlannedCompletion {
    pub module_id: i64,
    pub code: String,
    pub title: String,
    pub credits: i32,
    pub certificate: String,
    pub completed_on: NaiveDate,
    pub recorded_by: Option<i64>,
    pub skill_ids: Vec<i64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PlannedCertificate {
    pub name: String,
    pub issuer: String,
    pub issued_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PlannedOutcome {
    pub months_after: i32,
    pub status: EmploymentStatus,
    pub monthly_income_vnd: Option<i64>,
    pub recorded_by: Option<i64>,
    pub recorded_by_role: Role,
    pub recorded_at: DateTime<Utc>,
}

/// True when any enrolment exists (a history is then not generated again).
pub async fn has_enrolments(db: &impl ConnectionTrait) -> StoreResult<bool> {
    Ok(enrolment::Entity::find().count(db).await? > 0)
}

/// Every worker id, ascending.
pub async fn worker_ids(db: &impl ConnectionTrait) -> StoreResult<Vec<i64>> {
    Ok(worker::Entity::find()
        .select_only()
        .column(worker::Column::Id)
        .order_by_asc(worker::Column::Id)
        .into_tuple()
        .all(db)
        .await?)
}

/// Write one batch in one transaction.
pub async fn insert(db: &DatabaseConnection, batch: &[PlannedEnrolment]) -> StoreResult<()> {
    let tx = begin_write(db).await?;
    let mut next_enrolment = max_id::<enrolment::Entity>(&tx, enrolment::Column::Id).await? + 1;
    let mut next_completion =
        max_id::<module_completion::Entity>(&tx, module_completion::Column::Id).await? + 1;
    let mut next_certificate =
        max_id::<certificate::Entity>(&tx, certificate::Column::Id).await? + 1;
    let mut next_outcome = max_id::<outcome::Entity>(&tx, outcome::Column::Id).await? + 1;
    let first_intakes = super::intakes::first_of(&tx, batch.iter().map(|e| e.course_id)).await?;
    let mut enrolments = Vec::with_capacity(batch.len());
    let mut completions = Vec::new();
    let mut skills = Vec::new();
    let mut certificates = Vec::new();
    let mut outcomes = Vec::new();
    for e in batch {
        let id = next_enrolment;
        next_enrolment += 1;
        let updated = e.finished_at.or(e.started_at).or(e.decided_at);
        enrolments.push(enrolment::ActiveModel {
            id: Set(id),
            worker_id: Set(e.worker_id),
            course_id: Set(e.course_id),
            intake_id: Set(first_intakes.get(&e.course_id).copied()),
            status: Set(e.status.as_str().to_owned()),
            applied_at: Set(e.applied_at),
            decided_at: Set(e.decided_at),
            started_at: Set(e.started_at),
            finished_at: Set(e.finished_at),
            updated_at: Set(updated.unwrap_or(e.applied_at)),
        });
        for c in &e.completions {
            let completion_id = next_completion;
            next_completion += 1;
            completions.push(module_completion::ActiveModel {
                id: Set(completion_id),
                worker_id: Set(e.worker_id),
                module_id: Set(Some(c.module_id)),
                code: Set(c.code.clone()),
                title: Set(c.title.clone()),
                credits: Set(c.credits),
                certificate: Set(Some(c.certificate.clone())),
                completed_on: Set(Some(c.completed_on)),
                verified: Set(true),
                recorded_by: Set(c.recorded_by),
                created_at: Set(day_start(c.completed_on)),
                enrolment_id: Set(Some(id)),
            });
            skills.extend(
                c.skill_ids
                    .iter()
                    .map(|skill_id| completion_skill::ActiveModel {
                        completion_id: Set(completion_id),
                        skill_id: Set(*skill_id),
                    }),
            );
        }
        if let Some(c) = &e.certificate {
            certificates.push(certificate::ActiveModel {
                id: Set(next_certificate),
                worker_id: Set(e.worker_id),
                name: Set(c.name.clone()),
                issuer: Set(Some(c.issuer.clone())),
                issued_year: Set(Some(chrono::Datelike::year(&c.issued_at))),
                course_id: Set(Some(e.course_id)),
                verified: Set(true),
                created_at: Set(c.issued_at),
                enrolment_id: Set(Some(id)),
            });
            next_certificate += 1;
        }
        for o in &e.outcomes {
            outcomes.push(outcome::ActiveModel {
                id: Set(next_outcome),
                worker_id: Set(e.worker_id),
                enrolment_id: Set(id),
                recorded_by: Set(o.recorded_by),
                recorded_by_role: Set(o.recorded_by_role.as_str().to_owned()),
                months_after: Set(o.months_after),
                status: Set(o.status.as_str().to_owned()),
                monthly_income_vnd: Set(o.monthly_income_vnd),
                employer_id: Set(None),
                recorded_at: Set(o.recorded_at),
            });
            next_outcome += 1;
        }
    }
    insert_chunks::<enrolment::Entity>(&tx, enrolments, 200).await?;
    insert_chunks::<module_completion::Entity>(&tx, completions, 200).await?;
    insert_chunks::<completion_skill::Entity>(&tx, skills, 500).await?;
    insert_chunks::<certificate::Entity>(&tx, certificates, 200).await?;
    insert_chunks::<outcome::Entity>(&tx, outcomes, 200).await?;
    super::intakes::recount_seats(&tx, first_intakes.values().copied()).await?;
    sync_tables(
        &tx,
        &[
            "enrolments",
            "module_completions",
            "certificates",
            "outcomes",
        ],
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

fn day_start(day: NaiveDate) -> DateTime<Utc> {
    day.and_time(chrono::NaiveTime::MIN).and_utc()
}
