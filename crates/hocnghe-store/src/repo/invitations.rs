//! An employer account invites a suggested worker to apply to a demand: the
//! worker gets an inbox message with a link to the job; the employer learns
//! nothing more about them until they apply.

use std::collections::HashSet;

use hocnghe_domain::InboxKind;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, QueryFilter,
};

use super::{inbox, now};
use crate::db::begin_write;
use crate::entities::invitation;
use crate::error::{StoreError, StoreResult};

/// Invite once per demand and worker (409 the second time); the invitation
/// and the worker's inbox message are written together.
pub async fn invite(
    db: &DatabaseConnection,
    employer_user_id: i64,
    demand_id: i64,
    worker_id: i64,
) -> StoreResult<()> {
    let tx = begin_write(db).await?;
    let demand = super::demands::get(&tx, demand_id).await?;
    let existing = invitation::Entity::find()
        .filter(invitation::Column::DemandId.eq(demand_id))
        .filter(invitation::Column::WorkerId.eq(worker_id))
        .one(&tx)
        .await?;
    if existing.is_some() {
        return Err(StoreError::conflict(
            "Bạn đã mời người này ứng tuyển việc này.",
            "You already invited this worker to apply for this job.",
        ));
    }
    invitation::ActiveModel {
        demand_id: Set(demand_id),
        worker_id: Set(worker_id),
        employer_user_id: Set(employer_user_id),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(&tx)
    .await?;
    inbox::post(
        &tx,
        worker_id,
        InboxKind::Invitation,
        &format!(
            "{} mời bạn ứng tuyển “{}”. Xem việc và ứng tuyển nếu bạn muốn.",
            demand.employer_name, demand.title
        ),
        &format!(
            "{} invites you to apply for “{}”. See the job and apply if you wish.",
            demand.employer_name, demand.title
        ),
        &format!("/jobs/{demand_id}"),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Workers already invited to a demand.
pub async fn invited_to(db: &impl ConnectionTrait, demand_id: i64) -> StoreResult<HashSet<i64>> {
    Ok(invitation::Entity::find()
        .filter(invitation::Column::DemandId.eq(demand_id))
        .all(db)
        .await?
        .into_iter()
        .map(|i| i.worker_id)
        .collect())
}
