//! Who read or revealed a person's data, and when. The person can read
//! their own entries.

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder,
};

use super::now;
use crate::entities::{audit_entry, user};
use crate::error::StoreResult;
use hocnghe_domain::accounts::AuditEntry;

pub async fn record(
    db: &impl ConnectionTrait,
    actor_user_id: Option<i64>,
    subject_user_id: i64,
    action: &str,
    detail: &str,
) -> StoreResult<()> {
    audit_entry::ActiveModel {
        actor_user_id: Set(actor_user_id),
        subject_user_id: Set(subject_user_id),
        action: Set(action.to_owned()),
        detail: Set(detail.to_owned()),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Entries about one person, newest first.
pub async fn for_subject(
    db: &impl ConnectionTrait,
    subject_user_id: i64,
) -> StoreResult<Vec<AuditEntry>> {
    let rows = audit_entry::Entity::find()
        .filter(audit_entry::Column::SubjectUserId.eq(subject_user_id))
        .order_by_desc(audit_entry::Column::Id)
        .all(db)
        .await?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let actor = match row.actor_user_id {
            Some(id) => user::Entity::find_by_id(id).one(db).await?,
            None => None,
        };
        out.push(AuditEntry {
            id: row.id,
            actor_user_id: row.actor_user_id,
            actor_name: actor.as_ref().map(|a| a.display_name.clone()),
            actor_role: actor.map(|a| a.role),
            action: row.action,
            detail: row.detail,
            created_at: row.created_at,
        });
    }
    Ok(out)
}
