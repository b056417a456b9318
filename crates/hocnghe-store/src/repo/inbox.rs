//! Workers' inbox messages. They are written by the repository function
//! that makes the change they tell of, in its transaction, so a change is
//! never told twice or lost; the worker reads them at `/me/inbox`.

use hocnghe_domain::InboxKind;
use hocnghe_domain::inbox::{Inbox, InboxMessage};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect,
};

use super::{notifications, now};
use crate::entities::inbox_message;
use crate::error::{StoreResult, parse_stored};

/// Messages an inbox page shows, newest first.
pub const INBOX_LIMIT: u64 = 100;

/// Post a message to a worker, inside the caller's transaction, and queue
/// it for the channel they chose (SMS, Zalo) in the same transaction.
pub async fn post(
    db: &impl ConnectionTrait,
    worker_id: i64,
    kind: InboxKind,
    text_vi: &str,
    text_en: &str,
    link: &str,
) -> StoreResult<()> {
    let message = inbox_message::ActiveModel {
        worker_id: Set(worker_id),
        kind: Set(kind.as_str().to_owned()),
        text_vi: Set(text_vi.to_owned()),
        text_en: Set(text_en.to_owned()),
        link: Set(link.to_owned()),
        created_at: Set(now()),
        read_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    notifications::enqueue_inbox(db, worker_id, message.id, kind, text_vi, link).await
}

/// The worker's latest messages and how many are unread.
pub async fn for_worker(db: &impl ConnectionTrait, worker_id: i64) -> StoreResult<Inbox> {
    let rows = inbox_message::Entity::find()
        .filter(inbox_message::Column::WorkerId.eq(worker_id))
        .order_by_desc(inbox_message::Column::CreatedAt)
        .order_by_desc(inbox_message::Column::Id)
        .limit(INBOX_LIMIT)
        .all(db)
        .await?;
    let items = rows
        .into_iter()
        .map(|row| {
            Ok(InboxMessage {
                id: row.id,
                kind: parse_stored("inbox_messages", "kind", &row.kind)?,
                text_vi: row.text_vi,
                text_en: row.text_en,
                link: row.link,
                created_at: row.created_at,
                read: row.read_at.is_some(),
            })
        })
        .collect::<StoreResult<Vec<_>>>()?;
    Ok(Inbox {
        unread: unread(db, worker_id).await?,
        items,
    })
}

pub async fn unread(db: &impl ConnectionTrait, worker_id: i64) -> StoreResult<u64> {
    Ok(inbox_message::Entity::find()
        .filter(inbox_message::Column::WorkerId.eq(worker_id))
        .filter(inbox_message::Column::ReadAt.is_null())
        .count(db)
        .await?)
}

/// Mark every message of the worker read; returns how many were unread.
pub async fn mark_all_read(db: &impl ConnectionTrait, worker_id: i64) -> StoreResult<u64> {
    let result = inbox_message::Entity::update_many()
        .col_expr(inbox_message::Column::ReadAt, Expr::value(now()))
        .filter(inbox_message::Column::WorkerId.eq(worker_id))
        .filter(inbox_message::Column::ReadAt.is_null())
        .exec(db)
        .await?;
    Ok(result.rows_affected)
}

/// Remove the worker's unread messages linking to `link` posted at or after
/// `since` (a decision taken back before they read it).
pub async fn remove_unread_since(
    db: &impl ConnectionTrait,
    worker_id: i64,
    link: &str,
    since: chrono::DateTime<chrono::Utc>,
) -> StoreResult<u64> {
    let result = inbox_message::Entity::delete_many()
        .filter(inbox_message::Column::WorkerId.eq(worker_id))
        .filter(inbox_message::Column::Link.eq(link))
        .filter(inbox_message::Column::ReadAt.is_null())
        .filter(inbox_message::Column::CreatedAt.gte(since))
        .exec(db)
        .await?;
    Ok(result.rows_affected)
}
