//! Skills a worker confirmed in skills discovery, added to their profile as
//! self-reported (not certified). Skills already in the profile are kept as
//! they are, certified or not.

use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use super::taxonomy;
use crate::db::begin_write;
use crate::entities::worker_skill;
use crate::error::{StoreError, StoreResult};
use sea_orm::DatabaseConnection;

/// What adding discovered skills did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Added {
    /// Codes newly added to the profile.
    pub added: Vec<String>,
    /// Codes the profile already held.
    pub already_held: Vec<String>,
}

/// Add `codes` (taxonomy skill codes, validated by the caller) to the
/// worker's skills, in one transaction.
pub async fn add_self_reported(
    db: &DatabaseConnection,
    worker_id: i64,
    codes: &[String],
) -> StoreResult<Added> {
    let tx = begin_write(db).await?;
    let ids = taxonomy::skill_ids(&tx, codes).await?;
    let held = held_skill_ids(&tx, worker_id).await?;
    let mut out = Added::default();
    let mut rows = Vec::new();
    for code in codes {
        let id = *ids
            .get(code)
            .ok_or_else(|| StoreError::not_found("skill", code))?;
        if held.contains(&id) {
            if !out.already_held.contains(code) {
                out.already_held.push(code.clone());
            }
        } else if !rows.iter().any(|(i, _)| *i == id) {
            rows.push((id, code.clone()));
        }
    }
    if !rows.is_empty() {
        worker_skill::Entity::insert_many(rows.iter().map(|(id, _)| worker_skill::ActiveModel {
            worker_id: Set(worker_id),
            skill_id: Set(*id),
            certified: Set(false),
        }))
        .exec_without_returning(&tx)
        .await?;
    }
    tx.commit().await?;
    out.added = rows.into_iter().map(|(_, code)| code).collect();
    Ok(out)
}

async fn held_skill_ids(db: &impl ConnectionTrait, worker_id: i64) -> StoreResult<Vec<i64>> {
    Ok(worker_skill::Entity::find()
        .filter(worker_skill::Column::WorkerId.eq(worker_id))
        .all(db)
        .await?
        .into_iter()
        .map(|s| s.skill_id)
        .collect())
}
