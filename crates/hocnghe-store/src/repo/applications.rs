//! Workers' applications to demands: apply (or reopen a withdrawn one),
//! withdraw, and the employer's decision.

use std::collections::HashMap;

use chrono::Utc;
use hocnghe_domain::applications::Application;
use hocnghe_domain::{ApplicationStatus, DemandStatus, FieldError, ValidationErrors};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, QueryFilter, QueryOrder,
};

use super::{BATCH, now};
use crate::db::begin_write;
use crate::entities::{application, demand, employer};
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
    let demand_row = super::demands::find(&tx, demand_id).await?;
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
        .one(&tx)
        .await?;
    let stamp = now();
    let id = match existing {
        Some(row) if row.status == S::Withdrawn.as_str() => {
            let mut active: application::ActiveModel = row.into();
            active.status = Set(S::Submitted.as_str().to_owned());
            active.message = Set(message);
            active.created_at = Set(stamp);
            active.updated_at = Set(Some(stamp));
            active.update(&tx).await?.id
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
            .insert(&tx)
            .await?
            .id
        }
    };
    let application = get(&tx, id).await?;
    tx.commit().await?;
    Ok(application)
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
    let mut active: application::ActiveModel = row.into();
    active.status = Set(next.as_str().to_owned());
    active.updated_at = Set(Some(now()));
    active.update(&tx).await?;
    let application = get(&tx, id).await?;
    tx.commit().await?;
    Ok(application)
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
    rows.into_iter()
        .map(|row| {
            let d = demands
                .get(&row.demand_id)
                .ok_or_else(|| StoreError::not_found("demand", row.demand_id))?;
            let status: S = parse_stored("applications", "status", &row.status)?;
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
    Ok(application::ActiveModel {
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
    .id)
}
