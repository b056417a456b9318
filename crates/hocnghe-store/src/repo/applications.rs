//! Workers' applications to demands: apply (or reopen a withdrawn one),
//! withdraw, and the employer's decision.

use std::collections::HashMap;

use chrono::Utc;
use hocnghe_domain::applications::{Application, StepRecord};
use hocnghe_domain::{
    ApplicationStatus, ApplicationStep, DemandStatus, FieldError, InboxKind, ValidationErrors,
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder,
};

use super::{BATCH, inbox, now};
use crate::db::begin_write;
use crate::entities::{application, application_event, demand, employer};
use crate::error::{StoreError, StoreResult, parse_stored};

use ApplicationStatus as S;

/// Who an application concerns, for authorisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ApplicationParties {
    pub application_id: i64,
    pub worker_id: i64,
    pub demand_id: i64,
    /// The account owning the demand's employer.
    pub employer_owner: Option<i64>,
}

pub async fn parties(db: &impl ConnectionTrait, id: i64) -> StoreResult<ApplicationParties> {
    let row = find(db, id).await?;
    Ok(ApplicationParties {
        application_id: row.id,
        worker_id: row.worker_id,
        demand_id: row.demand_id,
        employer_owner: super::demands::owner(db, row.demand_id).await?,
    })
}

/// Apply to a demand. 404 for an unknown demand, 422 when it is closed or
/// past its last day, 409 when the worker already applied (a withdrawn
/// application is reopened instead).
pub async fn apply(
    db: &DatabaseConnection,
    worker_id: i64,
    demand_id: i64,
    message: String,
) -> StoreResult<Application> {
    let tx = begin_write(db).await?;
    let application = apply_in(&tx, worker_id, demand_id, message).await?;
    tx.commit().await?;
    Ok(application)
}

/// [`apply`] inside the caller's transaction, for a caller that records
/// more in the same write (a counsellor applying on a worker's behalf).
pub async fn apply_in(
    tx: &DatabaseTransaction,
    worker_id: i64,
    demand_id: i64,
    message: String,
) -> StoreResult<Application> {
    let demand_row = super::demands::find(tx, demand_id).await?;
    let status: DemandStatus = parse_stored("demands", "status", &demand_row.status)?;
    let expired = demand_row
        .expires_on
        .is_some_and(|last| last < Utc::now().date_naive());
    if status != DemandStatus::Open || expired {
        return Err(StoreError::Invalid(ValidationErrors::single(
            FieldError::invalid(
                "demand_id",
                "Tin tuyển dụng này không còn nhận hồ sơ.",
                "This job is no longer taking applications.",
            ),
        )));
    }
    let existing = application::Entity::find()
        .filter(application::Column::DemandId.eq(demand_id))
        .filter(application::Column::WorkerId.eq(worker_id))
        .one(tx)
        .await?;
    let stamp = now();
    let id = match existing {
        Some(row) if row.status == S::Withdrawn.as_str() => {
            let mut active: application::ActiveModel = row.into();
            active.status = Set(S::Submitted.as_str().to_owned());
            active.message = Set(message);
            active.created_at = Set(stamp);
            active.updated_at = Set(Some(stamp));
            active.update(tx).await?.id
        }
        Some(row) => {
            let current: S = parse_stored("applications", "status", &row.status)?;
            return Err(StoreError::conflict(
                format!(
                    "Bạn đã ứng tuyển việc này (trạng thái: {}).",
                    current.label_vi()
                ),
                format!(
                    "You already applied for this job (status: {}).",
                    current.label_en()
                ),
            ));
        }
        None => {
            application::ActiveModel {
                demand_id: Set(demand_id),
                worker_id: Set(worker_id),
                message: Set(message),
                status: Set(S::Submitted.as_str().to_owned()),
                created_at: Set(stamp),
                updated_at: Set(Some(stamp)),
                ..Default::default()
            }
            .insert(tx)
            .await?
            .id
        }
    };
    record_step(tx, id, ApplicationStep::Submitted).await?;
    get(tx, id).await
}

/// The worker withdraws an application still waiting for an answer.
pub async fn withdraw(db: &DatabaseConnection, id: i64) -> StoreResult<Application> {
    change_status(db, id, S::Withdrawn, |from| from.is_open()).await
}

/// The employer shortlists, hires or turns down an application.
pub async fn decide(db: &DatabaseConnection, id: i64, next: S) -> StoreResult<Application> {
    change_status(db, id, next, |from| from.employer_may_set(next)).await
}

async fn change_status(
    db: &DatabaseConnection,
    id: i64,
    next: S,
    allowed_from: impl Fn(S) -> bool,
) -> StoreResult<Application> {
    let tx = begin_write(db).await?;
    let row = find(&tx, id).await?;
    let current: S = parse_stored("applications", "status", &row.status)?;
    if !allowed_from(current) {
        return Err(StoreError::conflict(
            format!(
                "Không thể chuyển đơn từ “{}” sang “{}”.",
                current.label_vi(),
                next.label_vi()
            ),
            format!(
                "An application cannot go from “{}” to “{}”.",
                current.label_en(),
                next.label_en()
            ),
        ));
    }
    let worker_id = row.worker_id;
    let mut active: application::ActiveModel = row.into();
    active.status = Set(next.as_str().to_owned());
    active.updated_at = Set(Some(now()));
    active.update(&tx).await?;
    record_step(&tx, id, ApplicationStep::of(next)).await?;
    let application = get(&tx, id).await?;
    if next != S::Withdrawn {
        inbox::post(
            &tx,
            worker_id,
            InboxKind::ApplicationStatus,
            &format!(
                "“{}” ({}): {}.",
                application.demand_title,
                application.employer_name,
                ApplicationStep::of(next).label_vi()
            ),
            &format!(
                "“{}” ({}): {}.",
                application.demand_title,
                application.employer_name,
                ApplicationStep::of(next).label_en()
            ),
            &format!("/me/applications#a{id}"),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(application)
}

/// Turn down every application of a demand still waiting for an answer
/// (its employer's account is being deleted), recording the step; returns
/// (application id, worker id) of each, inside the caller's transaction.
pub(crate) async fn turn_down_open(
    db: &impl ConnectionTrait,
    demand_id: i64,
) -> StoreResult<Vec<(i64, i64)>> {
    let open = application::Entity::find()
        .filter(application::Column::DemandId.eq(demand_id))
        .filter(application::Column::Status.is_in([S::Submitted.as_str(), S::Shortlisted.as_str()]))
        .all(db)
        .await?;
    let mut turned_down = Vec::with_capacity(open.len());
    for row in open {
        let (id, worker_id) = (row.id, row.worker_id);
        let mut active: application::ActiveModel = row.into();
        active.status = Set(S::Rejected.as_str().to_owned());
        active.updated_at = Set(Some(now()));
        active.update(db).await?;
        record_step(db, id, ApplicationStep::Rejected).await?;
        turned_down.push((id, worker_id));
    }
    Ok(turned_down)
}

/// The employer opened the demand's candidates: every live application not
/// seen before gets its "seen" step, in one transaction. Views with nothing
/// new to mark take no write lock.
pub async fn mark_seen(db: &DatabaseConnection, demand_id: i64) -> StoreResult<()> {
    if unseen(db, demand_id).await?.is_empty() {
        return Ok(());
    }
    let tx = begin_write(db).await?;
    for id in unseen(&tx, demand_id).await? {
        record_step(&tx, id, ApplicationStep::Seen).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Submitted applications to the demand not seen since they were sent.
async fn unseen(db: &impl ConnectionTrait, demand_id: i64) -> StoreResult<Vec<i64>> {
    let open: Vec<i64> = application::Entity::find()
        .filter(application::Column::DemandId.eq(demand_id))
        .filter(application::Column::Status.eq(S::Submitted.as_str()))
        .all(db)
        .await?
        .into_iter()
        .map(|a| a.id)
        .collect();
    let history = histories(db, &open).await?;
    Ok(open
        .into_iter()
        .filter(|id| {
            // Seen since it was last sent (a re-application is new again).
            !history.get(id).is_some_and(|steps| {
                steps
                    .iter()
                    .rev()
                    .take_while(|s| s.step != ApplicationStep::Submitted)
                    .any(|s| s.step == ApplicationStep::Seen)
            })
        })
        .collect())
}

async fn record_step(
    db: &impl ConnectionTrait,
    application_id: i64,
    step: ApplicationStep,
) -> StoreResult<()> {
    application_event::ActiveModel {
        application_id: Set(application_id),
        step: Set(step.as_str().to_owned()),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Steps of each application in the order they were made.
async fn histories(
    db: &impl ConnectionTrait,
    ids: &[i64],
) -> StoreResult<HashMap<i64, Vec<StepRecord>>> {
    let mut out: HashMap<i64, Vec<StepRecord>> = HashMap::new();
    for chunk in ids.chunks(BATCH) {
        let rows = application_event::Entity::find()
            .filter(application_event::Column::ApplicationId.is_in(chunk.iter().copied()))
            .order_by_asc(application_event::Column::Id)
            .all(db)
            .await?;
        for row in rows {
            let step: ApplicationStep = parse_stored("application_events", "step", &row.step)?;
            out.entry(row.application_id)
                .or_default()
                .push(StepRecord::new(step, row.created_at));
        }
    }
    Ok(out)
}

pub async fn get(db: &impl ConnectionTrait, id: i64) -> StoreResult<Application> {
    let row = find(db, id).await?;
    let mut views = to_views(db, vec![row]).await?;
    views
        .pop()
        .ok_or_else(|| StoreError::not_found("application", id))
}

/// A worker's applications, newest first.
pub async fn for_worker(
    db: &impl ConnectionTrait,
    worker_id: i64,
) -> StoreResult<Vec<Application>> {
    let rows = application::Entity::find()
        .filter(application::Column::WorkerId.eq(worker_id))
        .order_by_desc(application::Column::CreatedAt)
        .order_by_desc(application::Column::Id)
        .all(db)
        .await?;
    to_views(db, rows).await
}

/// Applications to a demand that were not withdrawn, keyed by worker.
pub async fn active_for_demand(
    db: &impl ConnectionTrait,
    demand_id: i64,
) -> StoreResult<HashMap<i64, Application>> {
    let rows = application::Entity::find()
        .filter(application::Column::DemandId.eq(demand_id))
        .filter(application::Column::Status.ne(S::Withdrawn.as_str()))
        .all(db)
        .await?;
    Ok(to_views(db, rows)
        .await?
        .into_iter()
        .map(|a| (a.worker_id, a))
        .collect())
}

async fn find(db: &impl ConnectionTrait, id: i64) -> StoreResult<application::Model> {
    application::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found("application", id))
}

async fn to_views(
    db: &impl ConnectionTrait,
    rows: Vec<application::Model>,
) -> StoreResult<Vec<Application>> {
    let mut demand_ids: Vec<i64> = rows.iter().map(|r| r.demand_id).collect();
    demand_ids.sort_unstable();
    demand_ids.dedup();
    let mut demands = HashMap::new();
    for chunk in demand_ids.chunks(BATCH) {
        for d in demand::Entity::find()
            .filter(demand::Column::Id.is_in(chunk.iter().copied()))
            .all(db)
            .await?
        {
            demands.insert(d.id, d);
        }
    }
    let mut employer_ids: Vec<i64> = demands.values().map(|d| d.employer_id).collect();
    employer_ids.sort_unstable();
    employer_ids.dedup();
    let employers: HashMap<i64, String> = employer::Entity::find()
        .filter(employer::Column::Id.is_in(employer_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|e| (e.id, e.name))
        .collect();
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut history = histories(db, &ids).await?;
    rows.into_iter()
        .map(|row| {
            let d = demands
                .get(&row.demand_id)
                .ok_or_else(|| StoreError::not_found("demand", row.demand_id))?;
            let status: S = parse_stored("applications", "status", &row.status)?;
            let history = history.remove(&row.id).unwrap_or_default();
            let latest = history
                .last()
                .map_or(ApplicationStep::of(status), |s| s.step);
            Ok(Application {
                id: row.id,
                demand_id: row.demand_id,
                demand_title: d.title.clone(),
                employer_id: d.employer_id,
                employer_name: employers.get(&d.employer_id).cloned().unwrap_or_default(),
                commune_code: d.commune_code.clone(),
                worker_id: row.worker_id,
                message: row.message,
                status,
                status_vi: status.label_vi().to_owned(),
                status_en: status.label_en().to_owned(),
                created_at: row.created_at,
                history,
                next_vi: latest.next_vi().to_owned(),
                next_en: latest.next_en().to_owned(),
            })
        })
        .collect()
}

/// The worker's application to one demand, withdrawn or not.
pub async fn of_worker_for_demand(
    db: &impl ConnectionTrait,
    worker_id: i64,
    demand_id: i64,
) -> StoreResult<Option<Application>> {
    let row = application::Entity::find()
        .filter(application::Column::WorkerId.eq(worker_id))
        .filter(application::Column::DemandId.eq(demand_id))
        .one(db)
        .await?;
    match row {
        Some(row) => Ok(to_views(db, vec![row]).await?.pop()),
        None => Ok(None),
    }
}

/// A submitted application inside a caller's transaction, without the
/// checks of [`apply`] (the demo loader, which knows its demands are open).
pub async fn insert_submitted(
    db: &impl ConnectionTrait,
    worker_id: i64,
    demand_id: i64,
    message: &str,
) -> StoreResult<i64> {
    let stamp = now();
    let id = application::ActiveModel {
        demand_id: Set(demand_id),
        worker_id: Set(worker_id),
        message: Set(message.to_owned()),
        status: Set(S::Submitted.as_str().to_owned()),
        created_at: Set(stamp),
        updated_at: Set(Some(stamp)),
        ..Default::default()
    }
    .insert(db)
    .await?
    .id;
    record_step(db, id, ApplicationStep::Submitted).await?;
    Ok(id)
}

/// How many live applications a demand has, by where they stand.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DemandCounts {
    /// Submitted, not yet shortlisted or decided.
    pub new: u64,
    pub shortlisted: u64,
    pub hired: u64,
}

/// Application counts for each of `demand_ids` (absent: none).
pub async fn counts_for_demands(
    db: &impl ConnectionTrait,
    demand_ids: &[i64],
) -> StoreResult<HashMap<i64, DemandCounts>> {
    let mut out: HashMap<i64, DemandCounts> = HashMap::new();
    for chunk in demand_ids.chunks(BATCH) {
        let rows = application::Entity::find()
            .filter(application::Column::DemandId.is_in(chunk.iter().copied()))
            .all(db)
            .await?;
        for row in rows {
            let status: S = parse_stored("applications", "status", &row.status)?;
            let counts = out.entry(row.demand_id).or_default();
            match status {
                S::Submitted => counts.new += 1,
                S::Shortlisted => counts.shortlisted += 1,
                S::Hired => counts.hired += 1,
                S::Rejected | S::Withdrawn => {}
            }
        }
    }
    Ok(out)
}

pub use hocnghe_domain::applications::UNDO_MINUTES;

/// The employer takes back a hire or turn-down made less than
/// [`UNDO_MINUTES`] ago: the application returns to the status it had, the
/// decision leaves its history, and the worker's inbox message about it is
/// removed if unread, or followed by one saying it was taken back.
pub async fn undo_decision(db: &DatabaseConnection, id: i64) -> StoreResult<Application> {
    let tx = begin_write(db).await?;
    let row = find(&tx, id).await?;
    let current: S = parse_stored("applications", "status", &row.status)?;
    let events = application_event::Entity::find()
        .filter(application_event::Column::ApplicationId.eq(id))
        .order_by_asc(application_event::Column::Id)
        .all(&tx)
        .await?;
    let decision = events
        .last()
        .filter(|e| matches!(current, S::Hired | S::Rejected) && e.step == current.as_str());
    let Some(decision) = decision.cloned() else {
        return Err(StoreError::conflict(
            "Đơn này không có quyết định nào để hoàn tác.",
            "This application has no decision to undo.",
        ));
    };
    if now() - decision.created_at > chrono::Duration::minutes(UNDO_MINUTES) {
        return Err(StoreError::conflict(
            format!("Đã quá {UNDO_MINUTES} phút, không thể hoàn tác quyết định này."),
            format!(
                "More than {UNDO_MINUTES} minutes have passed; this decision can no longer be undone."
            ),
        ));
    }
    let before = events[..events.len() - 1]
        .iter()
        .rev()
        .find_map(|e| match e.step.as_str() {
            "shortlisted" => Some(S::Shortlisted),
            "submitted" => Some(S::Submitted),
            _ => None,
        })
        .unwrap_or(S::Submitted);
    let worker_id = row.worker_id;
    let mut active: application::ActiveModel = row.into();
    active.status = Set(before.as_str().to_owned());
    active.updated_at = Set(Some(now()));
    active.update(&tx).await?;
    application_event::Entity::delete_by_id(decision.id)
        .exec(&tx)
        .await?;
    let link = format!("/me/applications#a{id}");
    let removed = inbox::remove_unread_since(&tx, worker_id, &link, decision.created_at).await?;
    let application = get(&tx, id).await?;
    if removed == 0 {
        inbox::post(
            &tx,
            worker_id,
            InboxKind::ApplicationStatus,
            &format!(
                "“{}” ({}): nhà tuyển dụng đã rút lại quyết định “{}”. Đơn của bạn vẫn đang được xem xét.",
                application.demand_title,
                application.employer_name,
                current.label_vi()
            ),
            &format!(
                "“{}” ({}): the employer took back the decision “{}”. Your application is still being considered.",
                application.demand_title,
                application.employer_name,
                current.label_en()
            ),
            &link,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(application)
}

/// The applicant's display name, for the employer's confirmation page.
pub async fn applicant_name(db: &impl ConnectionTrait, worker_id: i64) -> StoreResult<String> {
    let worker = crate::entities::worker::Entity::find_by_id(worker_id)
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found("worker", worker_id))?;
    Ok(crate::entities::user::Entity::find_by_id(worker.user_id)
        .one(db)
        .await?
        .map(|u| u.display_name)
        .unwrap_or_default())
}
